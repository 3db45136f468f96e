// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrix/PackageDelegate.h"

#include "common/ThemeColors.h"
#include "matrix/TierMatrixModel.h"
#include "matrix/VersionChipDelegate.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
constexpr int Padding = 8;

QFont nameFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}
} // namespace

void PackageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QString name = index.data(TierMatrixModel::PackageNameRole).toString();
    const QString title = index.data(TierMatrixModel::PackageTitleRole).toString();
    const int problems = index.data(TierMatrixModel::ProblemCountRole).toInt();

    const QFont bold = nameFont(option.font);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics fm(option.font);
    QRect area = option.rect.adjusted(Padding, 0, -Padding, 0);
    const int blockHeight = boldMetrics.height() + (title.isEmpty() ? 0 : fm.height());
    const int top = area.top() + (area.height() - blockHeight) / 2;

    painter->save();
    painter->setClipRect(option.rect);
    if (problems > 0) {
        // A marker with a symbol and a count, so colour is not the only signal.
        const QString marker = u"⚠ "_s + QString::number(problems);
        const int w = fm.horizontalAdvance(marker);
        painter->setFont(option.font);
        painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                                 : mix(option.palette.color(QPalette::Text), problemHue(), 0.8));
        painter->drawText(QRect(area.right() - w, top, w, boldMetrics.height()), Qt::AlignRight | Qt::AlignVCenter,
                          marker);
        area.setRight(area.right() - w - Padding / 2);
    }
    painter->setFont(bold);
    painter->setPen(option.palette.color(textRole));
    painter->drawText(QRect(area.left(), top, area.width(), boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(name, Qt::ElideRight, area.width()));
    if (!title.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(dimmedText(option.palette, textRole));
        const QRect titleRect(option.rect.left() + Padding, top + boldMetrics.height(),
                              option.rect.width() - 2 * Padding, fm.height());
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(title, Qt::ElideRight, titleRect.width()));
    }
    painter->restore();
}

QSize PackageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics boldMetrics(nameFont(option.font));
    const QFontMetrics fm(option.font);
    const int width = std::max(boldMetrics.horizontalAdvance(index.data(TierMatrixModel::PackageNameRole).toString()),
                               fm.horizontalAdvance(index.data(TierMatrixModel::PackageTitleRole).toString()));
    return {width + 2 * Padding, VersionChipDelegate::rowHeight(fm)};
}

} // namespace tierdesk
