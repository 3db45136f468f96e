// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which words changed between a removed line and the added line that replaces it.
#include "tierdesk_core_export.h"

#include <QList>
#include <QStringView>

namespace tierdesk {

// A span of a line, in UTF-16 code units.
struct TextRange {
    int start = 0;
    int length = 0;
    int end() const { return start + length; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

struct WordChanges {
    QList<TextRange> removed; // spans of the old line that are gone
    QList<TextRange> added;   // spans of the new line that are new
    bool isEmpty() const { return removed.isEmpty() && added.isEmpty(); }
};

// Word-level difference of two lines: words (letters, digits, '_'), runs of
// white space and single other characters are compared with a longest common
// subsequence. Bounded: lines longer than `maxLineLength` or whose differing
// middles exceed `maxCells` comparison cells yield no word changes (the whole
// line stays marked as changed). Lines with nothing but white space in common
// also yield none: marking every word would say less than the line colour.
TIERDESK_CORE_EXPORT WordChanges wordChanges(QStringView oldLine, QStringView newLine, int maxLineLength = 2000,
                                             int maxCells = 160000);

} // namespace tierdesk
