// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/StatusPage.h"

#include "common/PlainText.h"
#include "common/ThemeColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tierdesk {

StatusPage::StatusPage(QWidget *parent)
    : QWidget(parent)
    , m_symbol(new QLabel(this))
    , m_title(plainLabel(new QLabel(this)))
    , m_text(plainLabel(new QLabel(this)))
    , m_buttons(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    QFont symbolFont = font();
    symbolFont.setPointSizeF(symbolFont.pointSizeF() * 3);
    m_symbol->setFont(symbolFont);
    m_symbol->setAlignment(Qt::AlignCenter);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setObjectName(u"statusPageTitle"_s);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"statusPageText"_s);
    // Wide enough for an error's details, narrow enough to read on a wide window.
    m_text->setMaximumWidth(720);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_symbol);
    layout->addWidget(m_title);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text, 10);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(12);
    m_buttons->addStretch();
    m_buttons->addStretch();
    layout->addLayout(m_buttons);
    layout->addStretch(3);
}

void StatusPage::showMessage(const QString &title, const QString &text, bool error)
{
    m_error = error;
    m_symbol->setText(error ? u"⚠"_s : QString());
    m_symbol->setVisible(error);
    QPalette p = m_symbol->palette();
    p.setColor(QPalette::WindowText, mix(palette().color(QPalette::WindowText), problemHue(), 0.85));
    m_symbol->setPalette(p);
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    // Buttons belong to one message: drop the previous one's.
    while (m_buttons->count() > 2) {
        QLayoutItem *item = m_buttons->takeAt(1);
        delete item->widget();
        delete item;
    }
}

QPushButton *StatusPage::addButton(const QString &text, const QString &description)
{
    auto *button = new QPushButton(text, this);
    button->setToolTip(description);
    button->setAccessibleDescription(description);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

QString StatusPage::title() const
{
    return m_title->text();
}

QString StatusPage::text() const
{
    return m_text->text();
}

} // namespace tierdesk
