// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// When a version directory arrived in a tier and when it last changed, found
// by walking the tier branch's first-parent history once for many paths.
//
// "Added" is the newest commit whose first parent lacks the directory (so a
// directory removed and re-added counts from its re-addition; a move counts
// from the commit that moved it). "Last changed" is the newest commit whose
// directory tree differs from its first parent's. Both are computed on the
// first-parent chain, the way tier branches are written. When history is
// truncated (a shallow clone, or the fixture bundle, whose branches keep only
// their last 25 commits), a directory present since the oldest commit is
// reported as added by that commit with HistoryCommit::isRoot set: it means
// "present since", not necessarily "added by".
#include "core/Error.h"
#include "storage/StorageReader.h"
#include "git/Repository.h"
#include "tierdesk_core_export.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

namespace tierdesk {

struct TIERDESK_CORE_EXPORT HistoryCommit {
    git::ObjectId id;
    QString subject;
    QString authorName;
    QString authorEmail;
    QDateTime authorTime;
    QDateTime commitTime; // when it landed on the tier branch (a merge or a squash)
    int pullRequest = 0;  // from a trailing "(#1234)" in the subject; 0 when none
    bool isRoot = false;  // the oldest commit of the walked history: it may be truncated

    bool isNull() const { return id.isNull(); }
    // 1234 for "Update nginx to 1.2.0 (#1234)", else 0.
    static int pullRequestOf(const QString &subject);
    static HistoryCommit from(const git::CommitInfo &info, bool isRoot);
};

struct TIERDESK_CORE_EXPORT VersionHistoryEntry {
    QString path;            // packages/<name>/<version>
    git::ObjectId tip;       // the tier's tip commit it was computed from
    git::ObjectId tree;      // the directory's tree at the tip
    HistoryCommit added;
    HistoryCommit lastChanged;
};

// Results keyed by (tip commit, path): a tier whose tip is unchanged never
// walks its history twice. Safe to share between threads.
class TIERDESK_CORE_EXPORT VersionHistoryCache {
public:
    VersionHistoryCache();
    ~VersionHistoryCache();
    std::optional<VersionHistoryEntry> find(const git::ObjectId &tip, const QString &path) const;
    void insert(const VersionHistoryEntry &entry);
    // Every entry computed from `tip`, by path.
    QHash<QString, VersionHistoryEntry> entries(const git::ObjectId &tip) const;
    // Whether every version of the tier at `tip` was computed (by computeTier).
    bool hasTier(const git::ObjectId &tip) const;
    void markTier(const git::ObjectId &tip);
    qsizetype size() const;
    void clear();

    // One walk per tier at a time: the first thread to ask for a tier walks it, and another that
    // asks meanwhile waits for that walk instead of doing the same work beside it (at load, the
    // "newest change" column and the details panel both ask for every tier, while the user types).
    class TierClaim {
    public:
        TierClaim() = default;
        TierClaim(TierClaim &&other) noexcept;
        TierClaim &operator=(TierClaim &&) = delete;
        ~TierClaim(); // ends the walk, and another thread's wait
        explicit operator bool() const { return m_cache != nullptr; }

    private:
        friend class VersionHistoryCache;
        TierClaim(VersionHistoryCache *cache, const git::ObjectId &tip) : m_cache(cache), m_tip(tip) {}
        VersionHistoryCache *m_cache = nullptr;
        git::ObjectId m_tip;
    };
    // Waits while another thread walks `tip`; then the caller's claim on walking it, or no claim
    // when the tier is complete by then or `job` was cancelled while waiting.
    TierClaim claimTier(const git::ObjectId &tip, const JobControl &job);
    int walksStarted() const; // claims given, for the diagnostics and the tests
    int waiting() const;      // threads waiting for another's walk now

private:
    struct Private;
    std::unique_ptr<Private> d;
};

struct TIERDESK_CORE_EXPORT VersionHistoryStats {
    int commitsWalked = 0; // commits whose first-parent link was compared
    int treesRead = 0;     // directory trees read to compare them: about the changed ones, not every path
};

class TIERDESK_CORE_EXPORT VersionHistory {
public:
    using Entries = QHash<QString, VersionHistoryEntry>; // by path

    // One walk from `tip` for every path; paths absent at the tip are left out.
    // The walk stops as soon as every path's addition is found.
    [[nodiscard]] static Result<Entries> compute(const git::Repository &repo, const git::ObjectId &tip,
                                                 const QStringList &paths, const JobControl &job = {},
                                                 VersionHistoryStats *stats = nullptr);
    // Every packages/<name>/<version> directory at `tip`, in one walk.
    [[nodiscard]] static Result<Entries> computeTier(const git::Repository &repo, const git::ObjectId &tip,
                                       const JobControl &job = {}, VersionHistoryStats *stats = nullptr);
    // One path; GIT_ENOTFOUND when the tip has no such directory.
    [[nodiscard]] static Result<VersionHistoryEntry> computeOne(const git::Repository &repo, const git::ObjectId &tip,
                                                  const QString &path, VersionHistoryStats *stats = nullptr);

    // Every version directory of the tree at `tip`: "packages/<name>/<version>".
    [[nodiscard]] static Result<QStringList> versionPaths(const git::Repository &repo, const git::ObjectId &tip);

    // The whole tier through the cache: computed in one walk the first time,
    // free afterwards. Entries come back for every version present at `tip`.
    [[nodiscard]] static Result<Entries> tierThroughCache(VersionHistoryCache &cache, const git::Repository &repo,
                                            const git::ObjectId &tip, const JobControl &job = {});
    // Same, opening the repository itself: for worker threads.
    [[nodiscard]] static Result<Entries> tierThroughCache(VersionHistoryCache &cache, const QString &repositoryPath,
                                            const git::ObjectId &tip, const JobControl &job = {});
};

} // namespace tierdesk
