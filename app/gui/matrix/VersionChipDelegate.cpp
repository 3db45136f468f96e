// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrix/VersionChipDelegate.h"

#include "common/PlainText.h"
#include "common/ThemeColors.h"
#include "matrix/MatrixView.h"
#include "matrix/TierMatrixModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {

constexpr int TextPadding = 6; // inside a chip, left and right
constexpr int Gap = 4;         // between chips and lines
constexpr int Margin = 4;      // between the cell's edge and its chips

int chipHeight(const QFontMetrics &fm) { return fm.height() + 2; }
// Fractional advances, rounded up with a pixel to spare, so a label never gets elided by rounding.
int chipWidth(const QFontMetrics &fm, const QString &label)
{
    return int(std::ceil(QFontMetricsF(fm).horizontalAdvance(label))) + 1 + 2 * TextPadding;
}
QString moreLabel(int hidden) { return u"+"_s + QString::number(hidden); }

QList<VersionChip> chipsOf(const QModelIndex &index)
{
    return index.data(TierMatrixModel::ChipsRole).value<QList<VersionChip>>();
}

void paintChip(QPainter *painter, const QRect &rect, const QString &label, const ChipColors &colors,
               const QFontMetrics &fm)
{
    const QRectF r = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = r.height() / 2.5;
    QPen pen(colors.border, 1, colors.borderStyle);
    painter->setPen(pen);
    painter->setBrush(colors.fill);
    painter->drawRoundedRect(r, radius, radius);
    painter->setPen(colors.text);
    const QRect textRect = rect.adjusted(TextPadding, 0, -TextPadding, 0);
    // Elide only chips that were narrowed to fit a very narrow column.
    const bool fits = rect.width() >= chipWidth(fm, label);
    painter->drawText(textRect, Qt::AlignCenter | Qt::TextDontClip,
                      fits ? label : fm.elidedText(label, Qt::ElideRight, textRect.width()));
}

} // namespace

int VersionChipDelegate::rowHeight(const QFontMetrics &fm)
{
    // One pixel more for the grid line, which the cell's rectangle does not include.
    return std::max(2 * fm.height() + 10, 2 * chipHeight(fm) + Gap + 2 * Margin) + 1;
}

namespace {

struct Placed {
    int line;
    int x;
    int w;
};

// Where "+N" goes (x, line): after the last chip when it fits there, else at
// the start of the next line when the cell has one, else in place of the last
// chips. Never squeezed into a sliver, where it would show as an empty pill.
QPoint placeMore(QList<Placed> &placed, QList<int> &order, qsizetype total, int width, int maxLines,
                 const QFontMetrics &fm)
{
    while (!placed.isEmpty()) {
        const Placed &last = placed.constLast();
        const int x = last.x + last.w + Gap;
        if (x + chipWidth(fm, moreLabel(int(total - placed.size()))) <= width)
            return {x, last.line};
        if (last.line + 1 < maxLines)
            return {0, last.line + 1};
        placed.removeLast();
        order.removeLast();
    }
    return {0, 0};
}

// Chips placed in `sequence` order (indices into the cell's chips) on as many
// lines as the cell holds, keeping room for "+N" on the last line.
VersionChipDelegate::Layout place(const QRect &cell, const QFontMetrics &fm, const QList<int> &widths,
                                  const QList<int> &sequence)
{
    VersionChipDelegate::Layout result;
    const QRect area = cell.adjusted(Margin, Margin, -Margin, -Margin);
    const int width = std::max(area.width(), 1);
    const int height = chipHeight(fm);
    const int maxLines = std::max(1, (area.height() + Gap) / (height + Gap));
    const qsizetype n = sequence.size();

    QList<Placed> placed;
    int line = 0;
    int x = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const int w = widths[sequence[i]];
        if (x > 0 && x + w > width) {
            ++line;
            x = 0;
        }
        if (line >= maxLines)
            break;
        if (line == maxLines - 1 && i + 1 < n) {
            // On the last line keep room for "+N" unless everything left fits.
            int rest = 0;
            for (qsizetype j = i + 1; j < n; ++j)
                rest += Gap + widths[sequence[j]];
            const bool restFits = x + w + rest <= width;
            if (!restFits && x + w + Gap + chipWidth(fm, moreLabel(int(n - i - 1))) > width)
                break;
        }
        placed.append({line, x, w});
        result.order.append(sequence[i]);
        x += w + Gap;
    }
    QPoint more;
    if (placed.size() < n)
        more = placeMore(placed, result.order, n, width, maxLines, fm);
    result.hidden = int(n - placed.size());
    const int lastLine = std::max(placed.isEmpty() ? 0 : placed.constLast().line, result.hidden > 0 ? more.y() : 0);
    const int usedLines = lastLine + 1;
    const int blockHeight = usedLines * height + (usedLines - 1) * Gap;
    const int top = area.top() + std::max(0, (area.height() - blockHeight) / 2);
    for (const Placed &p : placed)
        result.chips.append(QRect(area.left() + p.x, top + p.line * (height + Gap), p.w, height));
    if (result.hidden > 0)
        result.more = QRect(area.left() + more.x(), top + more.y() * (height + Gap),
                            std::min(chipWidth(fm, moreLabel(result.hidden)), std::max(width - more.x(), 1)), height);
    return result;
}

} // namespace

VersionChipDelegate::Layout VersionChipDelegate::layout(const QRect &cell, const QFontMetrics &fm,
                                                        const QList<VersionChip> &chips, const QString &pinned)
{
    const qsizetype n = chips.size();
    const int width = std::max(cell.width() - 2 * Margin, 1);
    QList<int> widths;
    QList<int> sequence;
    widths.reserve(n);
    sequence.reserve(n);
    qsizetype pin = -1;
    for (qsizetype i = 0; i < n; ++i) {
        widths.append(std::min(chipWidth(fm, chips[i].label()), width));
        sequence.append(int(i));
        if (!pinned.isEmpty() && chips[i].version == pinned)
            pin = i;
    }
    Layout l = place(cell, fm, widths, sequence);
    if (pin < 0 || l.order.contains(int(pin)))
        return l;
    // The selected version would hide behind "+N": it takes the place of the
    // last shown ones, so a selection is always visible.
    for (qsizetype keep = l.order.size() - 1; keep >= 0; --keep) {
        QList<int> pinnedFirst = l.order.first(keep);
        pinnedFirst.append(int(pin));
        for (qsizetype i = 0; i < n; ++i)
            if (i != pin && !pinnedFirst.contains(int(i)))
                pinnedFirst.append(int(i));
        Layout candidate = place(cell, fm, widths, pinnedFirst);
        if (candidate.order.contains(int(pin)))
            return candidate;
    }
    return l;
}

VersionChipDelegate::Layout VersionChipDelegate::cellLayout(const QRect &cell, const QFontMetrics &fm,
                                                            const QModelIndex &index, const ChipRef &current)
{
    const bool here = !current.isNull() && current.tier == index.data(TierMatrixModel::TierRole).toString()
        && current.name == index.data(TierMatrixModel::PackageNameRole).toString();
    return layout(cell, fm, chipsOf(index), here ? current.version : QString());
}

void VersionChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QList<VersionChip> chips = chipsOf(index);
    const QFontMetrics fm(option.font);
    const QPalette &palette = option.palette;
    painter->save();
    painter->setClipRect(option.rect);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(option.font);
    if (chips.isEmpty()) {
        // A quiet dash: "no version here", not "not loaded".
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(dimmedText(palette, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(option.rect.adjusted(Margin + TextPadding, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          u"–"_s);
        painter->restore();
        return;
    }
    // The matrix's current chip gets a strong ring in the highlight colour (and a bold label).
    ChipRef current;
    if (const auto *view = qobject_cast<const MatrixView *>(widget))
        current = view->currentChip();
    const Layout l = cellLayout(option.rect, fm, index, current);
    const bool currentHere = !current.isNull() && current.tier == index.data(TierMatrixModel::TierRole).toString()
        && current.name == index.data(TierMatrixModel::PackageNameRole).toString();
    for (qsizetype i = 0; i < l.chips.size(); ++i) {
        const VersionChip &chip = chips[l.order[i]];
        const bool isCurrent = currentHere && chip.version == current.version;
        if (isCurrent) {
            QFont bold = option.font;
            bold.setBold(true);
            painter->setFont(bold);
        }
        paintChip(painter, l.chips[i], chip.label(), chipColors(palette, chip), fm);
        if (isCurrent) {
            painter->setFont(option.font);
            const QRectF ring = QRectF(l.chips[i]).adjusted(-1.5, -1.5, 1.5, 1.5);
            painter->setPen(QPen(palette.color(QPalette::Highlight), 2.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(ring, ring.height() / 2.5, ring.height() / 2.5);
        }
    }
    if (l.hidden > 0) {
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        paintChip(painter, l.more, moreLabel(l.hidden), {mix(base, text, 0.1), mix(base, text, 0.4), text}, fm);
    }
    painter->restore();
}

QSize VersionChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    int width = 2 * Margin;
    for (const VersionChip &c : chipsOf(index))
        width += chipWidth(fm, c.label()) + Gap;
    return {width, rowHeight(fm)};
}

bool VersionChipDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                    const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QList<VersionChip> chips = chipsOf(index);
    if (chips.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    ChipRef current;
    if (const auto *matrix = qobject_cast<const MatrixView *>(view))
        current = matrix->currentChip();
    const Layout l = cellLayout(option.rect, QFontMetrics(option.font), index, current);
    for (qsizetype i = 0; i < l.chips.size(); ++i) {
        if (l.chips[i].contains(event->pos())) {
            QToolTip::showText(event->globalPos(), plainToolTip(chips[l.order[i]].toolTip), view->viewport(), l.chips[i]);
            return true;
        }
    }
    if (l.hidden > 0 && l.more.contains(event->pos())) {
        QStringList labels;
        for (qsizetype i = 0; i < chips.size(); ++i)
            if (!l.order.contains(int(i)))
                labels.append(chips[i].label());
        QToolTip::showText(event->globalPos(),
                           plainToolTip(tr("%n more version(s): %1", nullptr, l.hidden).arg(labels.join(u", "_s))),
                           view->viewport(), l.more);
        return true;
    }
    // Between chips: the whole cell explained.
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace tierdesk
