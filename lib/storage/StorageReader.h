// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads every tier of a package storage from git objects: no checkout, no files.
#include "core/Error.h"
#include "core/JobControl.h"
#include "storage/StorageSnapshot.h"
#include "tierdesk_core_export.h"

#include <functional>
#include <memory>

namespace tierdesk {

class VersionCache;

class TIERDESK_CORE_EXPORT StorageReader {
public:
    // The cache may be shared by readers on several threads.
    explicit StorageReader(std::shared_ptr<VersionCache> cache = {});
    ~StorageReader();

    // Opens `repositoryPath` itself, so each call may run on any thread.
    // Tiers whose tip is unchanged since `previous` are reused as they are.
    [[nodiscard]] Result<StorageSnapshot> read(const QString &repositoryPath, const TierConfig &config,
                                 const JobControl &job = {}, const StorageSnapshot *previous = nullptr);
    [[nodiscard]] Result<StorageSnapshot> read(const git::Repository &repo, const TierConfig &config,
                                 const JobControl &job = {}, const StorageSnapshot *previous = nullptr);

    // Reads only the packages named `names` in each tier (every tier's branch, commit,
    // Dockerfile and packages/ tree as always): what a promotion or an explanation of a
    // few packages needs, without parsing every manifest. A scoped read neither takes
    // nor leaves the tiers in the snapshot store and ignores `previous`; its snapshot
    // says so in onlyPackages. An empty list reads everything again.
    void readOnly(const QStringList &names) { m_only = names; }

    // How many versions were parsed (not taken from the cache) by this reader.
    int parsedCount() const { return m_parsed; }

    // Reads through the stores of the repository at `gitDir` instead of the one read (a
    // throw-away view of it); then nothing is persisted as that repository's tiers.
    void useStoresOf(const QString &gitDir) { m_storesOf = gitDir; }

private:
    std::shared_ptr<VersionCache> m_cache;
    int m_parsed = 0;
    QString m_storesOf;
    QStringList m_only;
};

// Parsed version content keyed by tree id: an unchanged version is never parsed twice.
class TIERDESK_CORE_EXPORT VersionCache {
public:
    VersionCache();
    ~VersionCache();
    struct Entry;
    std::shared_ptr<const Entry> find(const git::ObjectId &tree) const;
    void insert(const git::ObjectId &tree, std::shared_ptr<const Entry> entry);
    qsizetype size() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tierdesk
