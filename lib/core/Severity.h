// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How much a finding matters: one scale for the promotion checks and the
// release check, so "blocks" means the same everywhere.
#include "tierdesk_core_export.h"

#include <QString>

namespace tierdesk {

enum class Severity {
    Info,    // worth knowing, nothing to do
    Warning, // may go ahead once someone looked; a promotion asks to confirm this very finding
    Blocks,  // must not go ahead
};

// For sorting: most severe first.
constexpr bool moreSevere(Severity a, Severity b) { return int(a) > int(b); }

// The release check's words; a promotion check names a warning "needs confirmation"
// (PromotionCheck::severityId/severityText), which is what it asks of the user.
TIERDESK_CORE_EXPORT QString severityId(Severity severity);   // "blocks", "warning", "info"
TIERDESK_CORE_EXPORT QString severityText(Severity severity); // translated words

} // namespace tierdesk
