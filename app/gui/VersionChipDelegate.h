#pragma once
// Paints a tier cell as rounded version chips, each marked by colour and symbol,
// and explains the chip under the mouse in its tooltip.
#include "TierMatrix.h"

#include <QStyledItemDelegate>

namespace tierdesk {

class VersionChipDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    struct Layout {
        QList<QRect> chips; // the first chips.size() chips, in order
        QRect more;         // the "+N" chip when some do not fit
        int hidden = 0;
    };
    static Layout layout(const QRect &cell, const QFontMetrics &metrics, const QList<VersionChip> &chips);
    // Rows fit two lines of chips (and the package column's name and title).
    static int rowHeight(const QFontMetrics &metrics);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace tierdesk
