// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints a tier cell as rounded version chips, each marked by colour and symbol,
// and explains the chip under the mouse in its tooltip.
#include "matrix/MatrixView.h" // ChipRef
#include "storage/TierMatrix.h"

#include <QStyledItemDelegate>

namespace tierdesk {

class VersionChipDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    struct Layout {
        QList<QRect> chips; // where each shown chip goes
        QList<int> order;   // which chip each rectangle shows (index into the cell's chips)
        QRect more;         // the "+N" chip when some do not fit
        int hidden = 0;
    };
    // Newest first as far as the cell allows; a `pinned` version is always shown.
    static Layout layout(const QRect &cell, const QFontMetrics &metrics, const QList<VersionChip> &chips,
                         const QString &pinned = {});
    // The layout of a matrix cell, with the view's current chip pinned when it is in that cell.
    static Layout cellLayout(const QRect &cell, const QFontMetrics &metrics, const QModelIndex &index,
                             const ChipRef &current);
    // Rows fit two lines of chips (and the package column's name and title).
    static int rowHeight(const QFontMetrics &metrics);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace tierdesk
