// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One file's syntax formats, computed on a worker thread so the GUI thread
// only looks them up. Both files are highlighted line by line from their
// start; where a collapsed region ends, the state starts afresh (the visible
// fragment may begin inside a construct whose start is hidden), and those
// restarted formats are kept apart until the state meets the continuous one
// again, so expanding or collapsing needs no new highlighting.
#include "diff/DiffRows.h"

#include <QHash>
#include <QList>
#include <QPalette>
#include <QSet>
#include <QTextLayout>

#include <functional>
#include <memory>

namespace tierdesk {

struct DiffSyntax {
    using Formats = QList<QTextLayout::FormatRange>;
    struct Restarted {
        int gap = -1; // the collapsed region whose end restarted the state
        Formats oldFormats;
        Formats newFormats;
        bool oldKnown = false; // false: the old side had met the continuous state already
        bool newKnown = false;
    };

    QPalette palette; // the palette the theme was chosen for
    // By FileDetail::lines index: the line as the old file shows it (context,
    // removed) and as the new file shows it (context, added).
    QList<Formats> oldFormats;
    QList<Formats> newFormats;
    // Lines whose formats differ while the region above them is collapsed.
    QHash<int, Restarted> restarted;

    // True when the formats suit `other` (the theme follows Base and Highlight).
    bool suits(const QPalette &other) const;
    // The formats of `line` on one side, given which regions are expanded.
    const Formats &formats(int line, bool newSide, const QSet<int> &expandedGaps) const;
};

// Highlights `detail`'s lines with the theme matching `palette`. Any thread;
// returns null when `cancelled` turns true on the way.
std::shared_ptr<const DiffSyntax> computeDiffSyntax(const FileDetail &detail, const QPalette &palette,
                                                    const std::function<bool()> &cancelled = {});

} // namespace tierdesk
