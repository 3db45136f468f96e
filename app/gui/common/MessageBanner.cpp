// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/MessageBanner.h"

#include "common/PlainText.h"
#include "common/ThemeColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace tierdesk {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_symbol(new QLabel(this))
    , m_text(plainLabel(new QLabel(this)))
    , m_buttons(new QHBoxLayout)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(10);
    QFont symbolFont = font();
    symbolFont.setPointSizeF(symbolFont.pointSizeF() * 1.3);
    m_symbol->setFont(symbolFont);
    m_symbol->setAccessibleName(tr("Message type"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"bannerText"_s);
    m_buttons->setSpacing(6);
    layout->addWidget(m_symbol);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    updateSymbol();
}

void MessageBanner::setKind(Kind kind)
{
    m_kind = kind;
    updateSymbol();
    update();
}

void MessageBanner::setText(const QString &text)
{
    m_text->setText(text);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QPushButton *MessageBanner::addButton(const QString &text, const QString &description)
{
    auto *button = new QPushButton(text, this);
    button->setToolTip(description);
    button->setAccessibleDescription(description);
    m_buttons->addWidget(button);
    return button;
}

QColor MessageBanner::accent() const
{
    switch (m_kind) {
    case Kind::Warning: return warningHue();
    case Kind::Error: return problemHue();
    case Kind::Information: break;
    }
    return palette().color(QPalette::Highlight);
}

void MessageBanner::updateSymbol()
{
    switch (m_kind) {
    case Kind::Information: m_symbol->setText(u"ℹ"_s); break;
    case Kind::Warning: m_symbol->setText(u"⚠"_s); break;
    case Kind::Error: m_symbol->setText(u"✖"_s); break;
    }
    QPalette p = m_symbol->palette();
    p.setColor(QPalette::WindowText, mix(palette().color(QPalette::WindowText), accent(), 0.7));
    m_symbol->setPalette(p);
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(tintedFrame(palette(), accent()), 1));
    painter.setBrush(tintedBackground(palette(), accent()));
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.drawRoundedRect(r, 4, 4);
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateSymbol();
    QFrame::changeEvent(event);
}

} // namespace tierdesk
