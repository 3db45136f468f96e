// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A dark palette for checking that every colour stays readable (tierdesk --dark),
// and the style to show it with.
#include <QPalette>

class QStyle;

namespace tierdesk {

QPalette darkPalette();

// Fusion, which draws everything from the palette, with check box and radio
// indicators outlined in the text colour when the palette is dark: Fusion's own
// outline is the window colour darkened, invisible on a dark base.
QStyle *createPaletteStyle();

} // namespace tierdesk
