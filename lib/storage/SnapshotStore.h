// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tiers as last read, kept across processes: a second start on tier
// branches that have not moved reads no tree and parses nothing. A tier's
// content is fixed by its commit id, so an entry is reused only for the same
// tier, branch and commit; the file is checked whole (format, language,
// checksum, repository) and every object a tier was read from must still be
// in the repository, else that tier is read again. Objects leave a repository
// only with their files (a loose object, a pack), which changes the time of
// their directory: while the object directories are as they were before the
// tiers were read (objectStoreState()), nothing is looked up; when they
// changed, every object is. It lives in the user's cache directory, never in
// the repository.
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

    // The object directories of `repo` and their modification times; empty when they
    // cannot tell (alternates, an unreadable directory, one changed in the last seconds).
    static QByteArray objectStoreState(const git::Repository &repo);

    // The tiers last saved for `repo` whose objects are all still there; nothing when
    // there is no trusted file. Only name, refName, head and content are meaningful.
    // `state` is objectStoreState(repo) as it is now.
    static std::optional<StorageSnapshot> load(const git::Repository &repo, const QByteArray &state);
    static std::optional<StorageSnapshot> load(const git::Repository &repo);
    // Writes every present tier of `snapshot` (atomically; a failure costs the next start
    // time); `stateBeforeRead` is objectStoreState() taken before the tiers were read.
    static bool save(const git::Repository &repo, const StorageSnapshot &snapshot, const QByteArray &stateBeforeRead);
};

} // namespace tierdesk
