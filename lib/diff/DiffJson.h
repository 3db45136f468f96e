// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A comparison of two package versions as one JSON document (tierdesk-cli diff --json).
#include "diff/ManifestDiff.h"
#include "diff/PackageDiff.h"
#include "tierdesk_core_export.h"

#include <QJsonObject>

namespace tierdesk {

// A file mode as git writes it: six octal digits ("100644").
TIERDESK_CORE_EXPORT QString fileModeText(quint32 mode);

// The files with their line counts, the totals, and the manifest summary.
TIERDESK_CORE_EXPORT QJsonObject diffToJson(const PackageComparison &comparison, const ManifestSummary &manifest);

} // namespace tierdesk
