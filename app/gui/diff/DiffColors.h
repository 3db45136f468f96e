// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Diff backgrounds derived from the palette: tints that keep syntax colours readable in light and dark themes.
#include <QColor>
#include <QPalette>

namespace tierdesk {

struct DiffColors {
    QColor addedLine;
    QColor addedWord;
    QColor removedLine;
    QColor removedWord;
    QColor addedText;    // "+12" counts, status badges
    QColor removedText;
    QColor modifiedText;
    QColor renamedText;
    QColor filler;       // rows that exist only on the other side
    QColor fillerHatch;
    QColor expander;     // "… N unchanged lines …" rows
    QColor expanderText;
    QColor gutter;
    QColor gutterText;
    QColor currentChange; // the bar beside the change navigated to

    static DiffColors forPalette(const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace tierdesk
