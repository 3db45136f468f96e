// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/StatusLine.h"

#include <QPainter>
#include <QSizeGrip>
#include <QStyleOption>

namespace tierdesk {

StatusLine::StatusLine(QWidget *parent)
    : QStatusBar(parent)
{
    setAccessibleName(tr("Status"));
    connect(this, &QStatusBar::messageChanged, this, [this](const QString &message) {
        setAccessibleDescription(message);
        update();
    });
}

QRect StatusLine::messageRect() const
{
    // While a message shows, only permanent widgets stay visible: the message ends where the first begins.
    int left = 6;
    int right = width() - 12;
    const auto children = findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (const QWidget *w : children) {
        if (!w->isVisible() || qobject_cast<const QSizeGrip *>(w))
            continue;
        if (layoutDirection() == Qt::RightToLeft)
            left = std::max(left, w->geometry().right() + 4);
        else
            right = std::min(right, w->x() - 4);
    }
    return QRect(left, 0, std::max(0, right - left), height());
}

QString StatusLine::shownMessage() const
{
    return fontMetrics().elidedText(currentMessage(), Qt::ElideRight, messageRect().width());
}

void StatusLine::paintEvent(QPaintEvent *event)
{
    if (currentMessage().isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    QPainter p(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &option, &p, this);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(messageRect(), Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, shownMessage());
}

} // namespace tierdesk
