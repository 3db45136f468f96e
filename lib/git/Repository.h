// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A move-only owner of one git_repository. Never share one between threads:
// each worker opens its own (opening is cheap).
#include "git/Git.h"
#include "git/ObjectId.h"

#include <QDateTime>
#include <QStringList>

namespace tierdesk::git {

struct CommitInfo {
    ObjectId id;
    ObjectId tree;
    QString subject;
    QString message;
    QString authorName;
    QString authorEmail;
    QDateTime authorTime;
    QDateTime commitTime;
};

class TIERDESK_CORE_EXPORT Repository {
public:
    [[nodiscard]] static Result<Repository> open(const QString &path);
    static Result<Repository> init(const QString &path, bool bare);

    Repository(Repository &&) noexcept = default;
    Repository &operator=(Repository &&) noexcept = default;

    git_repository *raw() const { return m_repo.get(); }
    QString path() const;      // the .git directory (or the bare repository)
    QString workdir() const;   // empty for a bare repository
    bool isBare() const;

    // Full names of the references matching a glob such as "refs/heads/*".
    QStringList references(const QString &glob = {}) const;
    bool hasReference(const QString &name) const;
    // The configured remotes, sorted; empty when there are none.
    QStringList remoteNames() const;
    // Commits reachable from `local` only, and from `upstream` only.
    [[nodiscard]] Result<std::pair<int, int>> aheadBehind(const ObjectId &local, const ObjectId &upstream) const;
    // The commit a reference (or any revision) finally points to.
    [[nodiscard]] Result<ObjectId> resolveCommit(const QString &revision) const;

    [[nodiscard]] Result<CommitHandle> lookupCommit(const ObjectId &id) const;
    Result<TreeHandle> lookupTree(const ObjectId &id) const;
    [[nodiscard]] Result<BlobHandle> lookupBlob(const ObjectId &id) const;
    // The content of blob `id`.
    [[nodiscard]] Result<QByteArray> readBlob(const ObjectId &id) const;
    Result<CommitInfo> commitInfo(const ObjectId &id) const;
    static CommitInfo commitInfo(const git_commit *commit);

    // The tree at `path` below `root` ("packages/foo/1.0.0"); GIT_ENOTFOUND when absent.
    [[nodiscard]] Result<TreeHandle> subtree(const git_tree *root, const QString &path) const;

private:
    explicit Repository(git_repository *repo) : m_repo(repo) {}
    RepositoryHandle m_repo;
};

QDateTime toDateTime(const git_time &t);

} // namespace tierdesk::git
