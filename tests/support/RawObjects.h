// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Objects no well-behaved git writes: tree entries named "..", ".git", "a/b"
// or invalid UTF-8, damaged and missing objects. Written straight into the
// object database, past libgit2's checks, the way a hostile repository arrives.
#include "git/Repository.h"

#include <QByteArrayList>
#include <QList>

struct RawEntry {
    QByteArray name;
    unsigned mode = 0040000; // 040000 tree, 0100644 file, 0120000 symlink, 0160000 submodule
    tierdesk::git::ObjectId id;
};

namespace raw {

tierdesk::git::ObjectId blob(const tierdesk::git::Repository &repo, const QByteArray &content);
// A tree object with exactly `entries`, unchecked.
tierdesk::git::ObjectId tree(const tierdesk::git::Repository &repo, QList<RawEntry> entries);
// A tree holding `files` (name -> content) and nothing else.
tierdesk::git::ObjectId treeOfFiles(const tierdesk::git::Repository &repo, const QList<std::pair<QByteArray, QByteArray>> &files);
// `root` with `entry` added (or replacing the same name) in the directory `dirs` below it, written raw.
tierdesk::git::ObjectId withEntry(const tierdesk::git::Repository &repo, const tierdesk::git::ObjectId &root,
                                  const QByteArrayList &dirs, const RawEntry &entry);
// A commit of `tree` with `parents`, and the branch `ref` moved to it.
tierdesk::git::ObjectId commitOnto(const tierdesk::git::Repository &repo, const QString &ref,
                                   const tierdesk::git::ObjectId &tree);
// `ref`'s tip with `entry` added in `dirs` (a new commit on it).
tierdesk::git::ObjectId addEntry(const tierdesk::git::Repository &repo, const QString &ref, const QByteArrayList &dirs,
                                 const RawEntry &entry);
// The loose object's file, replaced by bytes that are no zlib stream: a damaged object.
bool corrupt(const tierdesk::git::Repository &repo, const tierdesk::git::ObjectId &id);
// The loose object's file removed: a missing object.
bool remove(const tierdesk::git::Repository &repo, const tierdesk::git::ObjectId &id);
// `ref` pointing at any object (a blob, a tree, a missing id), past every check.
bool pointRef(const tierdesk::git::Repository &repo, const QString &ref, const tierdesk::git::ObjectId &id);

} // namespace raw
