// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The packages of any commit (a release tag, a branch, a commit id), read by
// the same machinery that reads the tier branches.
#include "core/Error.h"
#include "storage/StorageReader.h"
#include "storage/StorageSnapshot.h"
#include "tierdesk_core_export.h"

#include <memory>

namespace tierdesk {

struct RefContents {
    QString revision;   // as asked: "7.10.0", "refs/tags/7.10.0", "production~3", a commit id
    QString refName;    // the full reference it names ("refs/tags/7.10.0"), empty for a bare commit id
    QString shortName;  // the reference without its "refs/tags/"/"refs/heads/" prefix, else the revision
    bool annotatedTag = false;
    TierState packages; // name = shortName, refName as above; every version's tier = shortName
};

struct ResolvedRevision {
    QString refName; // the full reference, empty for a bare commit id or expression
    git::ObjectId commit;
    bool annotated = false;
};

// Tags first, then local and remote-tracking branches, then anything git accepts ("production~3", an id).
[[nodiscard]] TIERDESK_CORE_EXPORT Result<ResolvedRevision> resolveRevision(const git::Repository &repo,
                                                                          const QString &revision);

// Resolves `revision` in `repo` (tags first, then branches, then anything git
// accepts) and reads its packages/ tree like StorageReader reads a tier.
// The cache is shared with StorageReader, so content already seen is not parsed again.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<RefContents> readRefContents(const git::Repository &repo, const QString &revision,
                                                         std::shared_ptr<VersionCache> cache = {},
                                                         const JobControl &job = {});

} // namespace tierdesk
