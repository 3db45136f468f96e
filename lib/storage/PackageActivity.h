// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// When each package last changed: the newest commit that changed any of its
// version directories in any tier. Sorting by "newest change" needs this
// finer date than the tier tips, which every package of a tier shares.
#include "core/Error.h"
#include "storage/StorageSnapshot.h"
#include "storage/VersionHistory.h"
#include "tierdesk_core_export.h"

#include <QDateTime>
#include <QHash>

namespace tierdesk {

struct TIERDESK_CORE_EXPORT PackageActivity {
    QHash<QString, QDateTime> lastChange; // by package name: commit time of the newest change
    QHash<QString, HistoryCommit> lastCommit; // by package name: that commit

    // Walks each present tier's history once through `cache` (free when the tips
    // are unchanged). Opens its own repository: call it on a worker thread.
    [[nodiscard]] static Result<PackageActivity> compute(VersionHistoryCache &cache, const StorageSnapshot &snapshot,
                                           const JobControl &job = {});
};

} // namespace tierdesk
