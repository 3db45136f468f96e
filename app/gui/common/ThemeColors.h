// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Colours derived from the current palette, so light and dark themes both stay readable.
#include <QColor>
#include <QPalette>

namespace tierdesk {

struct VersionChip;

// `a` moved towards `b` by `amount` (0..1).
QColor mix(const QColor &a, const QColor &b, qreal amount);

// Fixed hues for meaning; always blended with the palette before use.
QColor problemHue();
QColor warningHue();

struct ChipColors {
    QColor fill;
    QColor border;
    QColor text;
    Qt::PenStyle borderStyle = Qt::SolidLine;
};

ChipColors chipColors(const QPalette &palette, const VersionChip &chip);

// A banner or indicator background and frame for an accent colour.
QColor tintedBackground(const QPalette &palette, const QColor &accent);
QColor tintedFrame(const QPalette &palette, const QColor &accent);
// Secondary text: between the text and base colours.
QColor dimmedText(const QPalette &palette, QPalette::ColorRole text = QPalette::Text);

} // namespace tierdesk
