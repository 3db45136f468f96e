// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tiers as last read, kept across processes: a second start on tier
// branches that have not moved reads no tree and parses nothing. A tier's
// content is fixed by its commit id, so an entry is reused only for the same
// tier, branch and commit; the file is checked whole (format, language,
// checksum, repository) and every object a tier was read from must still be
// in the repository, else that tier is read again. It lives in the user's
// cache directory, never in the repository.
#include "git/Repository.h"
#include "storage/StorageSnapshot.h"
#include "tierdesk_core_export.h"

#include <optional>

namespace tierdesk {

class TIERDESK_CORE_EXPORT SnapshotStore {
public:
    // The file for the repository whose git directory is `gitDir`.
    static QString fileFor(const QString &gitDir);
    // Off when the environment sets TIERDESK_NO_MANIFEST_STORE=1 (nothing kept at all).
    static bool enabled();

    // The tiers last saved for `repo` whose objects are all still there; nothing when
    // there is no trusted file. Only name, refName, head and content are meaningful.
    static std::optional<StorageSnapshot> load(const git::Repository &repo);
    // Writes every present tier of `snapshot` (atomically; a failure costs the next start time).
    static bool save(const git::Repository &repo, const StorageSnapshot &snapshot);
};

} // namespace tierdesk
