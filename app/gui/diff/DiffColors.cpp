// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/DiffColors.h"

namespace tierdesk {

namespace {
// `over` painted with `alpha` on `base`, as an opaque colour.
QColor blend(const QColor &base, const QColor &over, qreal alpha)
{
    // 8 bits per channel: exactly what ends up on screen.
    auto channel = [alpha](int b, int o) { return qRound(b + (o - b) * alpha); };
    return QColor(channel(base.red(), over.red()), channel(base.green(), over.green()),
                  channel(base.blue(), over.blue()));
}
} // namespace

bool DiffColors::isDark(const QPalette &palette) { return palette.color(QPalette::Base).lightness() < 128; }

DiffColors DiffColors::forPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = isDark(palette);
    // Hues as the common code-review tools use them; the alphas are tuned so
    // that the syntax colours on top keep their contrast.
    const QColor green = dark ? QColor(46, 160, 67) : QColor(40, 167, 69);
    const QColor red = dark ? QColor(248, 81, 73) : QColor(215, 58, 73);
    DiffColors c;
    c.addedLine = blend(base, green, dark ? 0.15 : 0.13);
    c.addedWord = blend(base, green, dark ? 0.32 : 0.33);
    c.removedLine = blend(base, red, dark ? 0.14 : 0.11);
    c.removedWord = blend(base, red, dark ? 0.30 : 0.28);
    c.addedText = dark ? QColor(86, 211, 100) : QColor(26, 127, 55);
    c.removedText = dark ? QColor(248, 113, 106) : QColor(207, 34, 46);
    c.modifiedText = dark ? QColor(210, 153, 34) : QColor(154, 103, 0);
    c.renamedText = dark ? QColor(121, 192, 255) : QColor(9, 105, 218);
    c.filler = blend(base, text, dark ? 0.05 : 0.04);
    c.fillerHatch = blend(base, text, dark ? 0.13 : 0.10);
    c.expander = blend(base, palette.color(QPalette::Highlight), dark ? 0.22 : 0.12);
    c.expanderText = blend(base, text, 0.72);
    c.gutter = blend(base, text, dark ? 0.06 : 0.035);
    c.gutterText = blend(base, text, 0.55);
    c.currentChange = palette.color(QPalette::Highlight);
    return c;
}

} // namespace tierdesk
