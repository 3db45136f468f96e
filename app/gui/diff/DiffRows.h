// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How one file's lines are laid out as rows: side by side or unified, with
// long unchanged regions collapsed into an expandable row.
#include "diff/PackageDiff.h"

#include <QList>
#include <QSet>

namespace tierdesk {

enum class DiffMode { SideBySide, Unified };

enum class RowKind : quint8 {
    Context,
    Added,
    Removed,
    Filler,    // side by side: the line exists only on the other side
    Collapsed, // "… N unchanged lines …", expands when clicked
};

struct DiffRow {
    RowKind kind = RowKind::Context;
    int line = -1;   // index into FileDetail::lines; -1 for Filler and Collapsed
    int gap = -1;    // Collapsed: the id of the hidden region (its first line's index)
    int hidden = 0;  // Collapsed: how many lines it stands for
};

struct DiffRows {
    QList<DiffRow> left;  // side by side: the old file; unified: every row
    QList<DiffRow> right; // side by side: the new file (as long as `left`); unified: empty

    // Unchanged regions longer than this many lines plus the context around
    // changes are collapsed (shorter ones are cheaper to show than to expand).
    static constexpr int minimumHidden = 4;

    static DiffRows build(const QList<DiffLine> &lines, DiffMode mode, const QSet<int> &expandedGaps, int context = 3);
    // Every collapsible region's id, for "expand all".
    static QSet<int> allGaps(const QList<DiffLine> &lines, int context = 3);
    // The collapsible regions, in order: lines [start, end) of FileDetail::lines; `start` is the id.
    struct Gap {
        int start;
        int end;
    };
    static QList<Gap> gaps(const QList<DiffLine> &lines, int context = 3);

    bool isChange(int row) const;
    // The first row of each change (a run of added, removed or filler rows).
    QList<int> changeStarts() const;
    // The last row of the change starting at `start`.
    int changeEnd(int start) const;
};

} // namespace tierdesk
