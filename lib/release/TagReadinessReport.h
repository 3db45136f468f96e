// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The release check as a Markdown document (for people: issues, chat) and as
// JSON (for scripts: tierdesk-cli release-check --json).
#include "release/TagReadiness.h"
#include "tierdesk_core_export.h"

#include <QJsonObject>

namespace tierdesk {

TIERDESK_CORE_EXPORT QString readinessToMarkdown(const TagReadiness &readiness);
TIERDESK_CORE_EXPORT QJsonObject readinessToJson(const TagReadiness &readiness);

} // namespace tierdesk
