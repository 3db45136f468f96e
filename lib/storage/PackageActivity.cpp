// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PackageActivity.h"

using namespace Qt::StringLiterals;

namespace tierdesk {

Result<PackageActivity> PackageActivity::compute(VersionHistoryCache &cache, const StorageSnapshot &snapshot,
                                                 const JobControl &job)
{
    PackageActivity activity;
    int done = 0;
    for (const TierState &tier : snapshot.tiers) {
        if (!tier.present())
            continue;
        if (job.progress)
            job.progress(done++, int(snapshot.tiers.size()), tier.name);
        auto entries = VersionHistory::tierThroughCache(cache, snapshot.repositoryPath, tier.head.id, job);
        if (!entries)
            return std::unexpected(entries.error());
        for (const VersionHistoryEntry &entry : std::as_const(*entries)) {
            // packages/<name>/<version>
            const QString name = entry.path.section(u'/', 1, 1);
            const HistoryCommit &changed = entry.lastChanged;
            if (name.isEmpty() || !changed.commitTime.isValid())
                continue;
            QDateTime &newest = activity.lastChange[name];
            if (!newest.isValid() || changed.commitTime > newest) {
                newest = changed.commitTime;
                activity.lastCommit.insert(name, changed);
            }
        }
    }
    return activity;
}

} // namespace tierdesk
