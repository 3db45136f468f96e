// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/DiffRows.h"

namespace tierdesk {

namespace {

using HiddenRange = DiffRows::Gap;

// Regions of unchanged lines that are far enough from every change to hide.
QList<HiddenRange> hiddenRanges(const QList<DiffLine> &lines, int context)
{
    QList<HiddenRange> out;
    const int n = int(lines.size());
    int i = 0;
    while (i < n) {
        if (lines[i].origin != DiffLine::Context) {
            ++i;
            continue;
        }
        const int s = i;
        while (i < n && lines[i].origin == DiffLine::Context)
            ++i;
        const int e = i;
        if (s == 0 && e == n)
            break; // nothing changed: nothing to hide around
        const int from = s == 0 ? 0 : s + context;
        const int to = e == n ? n : e - context;
        if (to - from >= DiffRows::minimumHidden)
            out.append({from, to});
    }
    return out;
}

RowKind kindOf(DiffLine::Origin origin)
{
    switch (origin) {
    case DiffLine::Added: return RowKind::Added;
    case DiffLine::Removed: return RowKind::Removed;
    case DiffLine::Context: break;
    }
    return RowKind::Context;
}

} // namespace

QList<DiffRows::Gap> DiffRows::gaps(const QList<DiffLine> &lines, int context) { return hiddenRanges(lines, context); }

QSet<int> DiffRows::allGaps(const QList<DiffLine> &lines, int context)
{
    QSet<int> gaps;
    for (const HiddenRange &r : hiddenRanges(lines, context))
        gaps.insert(r.start);
    return gaps;
}

DiffRows DiffRows::build(const QList<DiffLine> &lines, DiffMode mode, const QSet<int> &expandedGaps, int context)
{
    DiffRows rows;
    const QList<HiddenRange> hidden = hiddenRanges(lines, context);
    const int n = int(lines.size());
    const bool sideBySide = mode == DiffMode::SideBySide;
    auto both = [&rows, sideBySide](DiffRow row) {
        rows.left.append(row);
        if (sideBySide)
            rows.right.append(row);
    };
    qsizetype nextHidden = 0;
    int i = 0;
    while (i < n) {
        if (nextHidden < hidden.size() && hidden[nextHidden].start == i) {
            const HiddenRange r = hidden[nextHidden++];
            if (!expandedGaps.contains(r.start)) {
                both({RowKind::Collapsed, -1, r.start, r.end - r.start});
                i = r.end;
                continue;
            }
        }
        const DiffLine &line = lines[i];
        if (line.origin == DiffLine::Context) {
            both({RowKind::Context, i, -1, 0});
            ++i;
            continue;
        }
        if (!sideBySide) {
            rows.left.append({kindOf(line.origin), i, -1, 0});
            ++i;
            continue;
        }
        // Side by side: removed lines face the added lines that replace them.
        QList<int> removed, added;
        while (i < n && lines[i].origin == DiffLine::Removed)
            removed.append(i++);
        while (i < n && lines[i].origin == DiffLine::Added)
            added.append(i++);
        const qsizetype height = std::max(removed.size(), added.size());
        for (qsizetype k = 0; k < height; ++k) {
            rows.left.append(k < removed.size() ? DiffRow{RowKind::Removed, removed[k], -1, 0}
                                                : DiffRow{RowKind::Filler, -1, -1, 0});
            rows.right.append(k < added.size() ? DiffRow{RowKind::Added, added[k], -1, 0}
                                               : DiffRow{RowKind::Filler, -1, -1, 0});
        }
    }
    return rows;
}

bool DiffRows::isChange(int row) const
{
    auto changed = [](RowKind k) { return k == RowKind::Added || k == RowKind::Removed || k == RowKind::Filler; };
    if (row < 0 || row >= left.size())
        return false;
    return changed(left[row].kind) || (row < right.size() && changed(right[row].kind));
}

QList<int> DiffRows::changeStarts() const
{
    QList<int> starts;
    for (int r = 0; r < int(left.size()); ++r)
        if (isChange(r) && !isChange(r - 1))
            starts.append(r);
    return starts;
}

int DiffRows::changeEnd(int start) const
{
    int r = start;
    while (isChange(r + 1))
        ++r;
    return r;
}

} // namespace tierdesk
