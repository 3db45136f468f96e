// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The application's theme (Settings › Appearance): the platform's own look,
// or Fusion with a light or a dark palette. Applies at once, while running.
#include "settings/UserSettings.h"

namespace tierdesk {

// appearance/theme from the settings.
Theme storedTheme();

// The first call remembers the platform's style and palette, so System can return to them.
void applyTheme(Theme theme);

} // namespace tierdesk
