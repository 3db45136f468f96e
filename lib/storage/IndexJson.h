// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The index as one JSON document (tierdesk-cli index --json).
#include "storage/Distribution.h"
#include "storage/StorageSnapshot.h"
#include "tierdesk_core_export.h"

#include <QJsonObject>

namespace tierdesk {

TIERDESK_CORE_EXPORT QJsonObject indexToJson(const StorageSnapshot &snapshot, const DistributionAnalysis &analysis);

} // namespace tierdesk
