// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes new trees and commits as objects only: no index, no working tree,
// no existing reference moves. Existing tree objects can be placed at any
// path, so a copied directory is byte-identical by construction.
#include "git/Repository.h"

#include <QByteArray>
#include <QList>

namespace tierdesk::git {

class TIERDESK_CORE_EXPORT TreeEditor {
public:
    // Starts from `base` (a tree id), or from an empty tree when null.
    explicit TreeEditor(const Repository &repo, ObjectId base = {});

    // Writes the blob now; the tree is written by write().
    [[nodiscard]] Status putFile(const QString &path, const QByteArray &content, bool executable = false);
    void putEntry(const QString &path, const ObjectId &id, git_filemode_t mode);
    void putTree(const QString &path, const ObjectId &tree) { putEntry(path, tree, GIT_FILEMODE_TREE); }
    void remove(const QString &path);

    [[nodiscard]] Result<ObjectId> write();

private:
    struct Update {
        bool remove;
        QByteArray path;
        ObjectId id;
        git_filemode_t mode;
    };
    const Repository &m_repo;
    ObjectId m_base;
    QList<Update> m_updates;
};

struct Signature {
    QString name;
    QString email;
    QDateTime when; // now when invalid
};

// The user's identity from the git configuration; a clear error when none is set.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<Signature> defaultSignature(const Repository &repo);

// Writes a commit object without touching any reference.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<ObjectId> writeCommit(const Repository &repo, const ObjectId &tree,
                                                  const QList<ObjectId> &parents, const QString &message,
                                                  const Signature &author, const Signature &committer);

// Creates `name` pointing at `target` only if it does not exist yet (never moves a ref).
[[nodiscard]] TIERDESK_CORE_EXPORT Status createReference(const Repository &repo, const QString &name, const ObjectId &target,
                                            const QString &logMessage);

} // namespace tierdesk::git
