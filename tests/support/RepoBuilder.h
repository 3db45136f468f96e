// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds package-storage repositories for tests, through libgit2 only.
#include "git/Repository.h"
#include "git/TreeEditor.h"

#include <QMap>
#include <QTemporaryDir>

#include <functional>

using Files = QMap<QString, QByteArray>;

class RepoBuilder {
public:
    explicit RepoBuilder(bool bare = false);

    bool isValid() const { return m_repo.has_value(); }
    QString path() const { return m_dir.path(); }
    const tierdesk::git::Repository &repo() const { return *m_repo; }

    // One commit on `branch` (created from `from`'s tip, or as a root commit,
    // when it does not exist yet) writing `files` and removing `removals`.
    tierdesk::git::ObjectId commit(const QString &branch, const Files &files, const QString &message = {},
                                   const QStringList &removals = {}, const QString &from = {});
    // Same, with full control over the tree edit.
    tierdesk::git::ObjectId commitEdit(const QString &branch, const std::function<void(tierdesk::git::TreeEditor &)> &edit,
                                       const QString &message, const QString &from = {});

    tierdesk::git::ObjectId tip(const QString &branch) const;
    // `git remote add NAME URL`; false when it failed.
    bool addRemote(const QString &name, const QString &url) const;
    // Creates or moves any reference (refs/heads/x, refs/remotes/origin/x) to `id`.
    bool setReference(const QString &name, const tierdesk::git::ObjectId &id) const;
    // The tree id of packages/<name>/<version> on `branch`.
    tierdesk::git::ObjectId versionTree(const QString &branch, const QString &name, const QString &version) const;

    // A realistic manifest.yml.
    static QByteArray manifest(const QString &name, const QString &version,
                               const QString &kibana = QStringLiteral("^7.16.0 || ^8.0.0"),
                               const QString &release = QStringLiteral("ga"), const QString &extra = {});
    // packages/<name>/<version>/{manifest.yml, changelog.yml, docs/README.md}; `note` varies the content.
    static Files package(const QString &name, const QString &version, const QString &note = {});

private:
    QTemporaryDir m_dir;
    std::optional<tierdesk::git::Repository> m_repo;
    int m_clock = 0; // commit times advance so history is ordered and deterministic
};

// Every reference of the repository at `path` and the commit it resolves to
// (hex), to show that an operation left them alone or wrote exactly these.
QMap<QString, QString> refsOf(const QString &path);
