// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/LoadProgress.h"

#include "common/PlainText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace tierdesk {

LoadProgressWidget::LoadProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_text(plainLabel(new QLabel(this)))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text->setObjectName(u"progressText"_s);
    m_text->setMinimumWidth(200);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(u"cancelLoadButton"_s);
    m_cancel->setToolTip(tr("Stop loading; whatever was shown before stays."));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &LoadProgressWidget::cancelRequested);
}

void LoadProgressWidget::begin(const QString &text)
{
    m_text->setText(text);
    m_bar->setRange(0, 0);
}

void LoadProgressWidget::setProgress(int done, int total, const QString &what)
{
    if (!what.isEmpty())
        m_text->setText(what);
    m_bar->setRange(0, std::max(total, 0));
    if (total > 0)
        m_bar->setValue(std::clamp(done, 0, total));
}

QString LoadProgressWidget::text() const
{
    return m_text->text();
}

} // namespace tierdesk
