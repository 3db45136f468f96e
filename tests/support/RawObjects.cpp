// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/RawObjects.h"

#include <QDir>
#include <QFile>

#include <git2.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using tierdesk::git::ObjectId;
using tierdesk::git::Repository;

namespace raw {

namespace {
ObjectId write(const Repository &repo, const QByteArray &data, git_object_t type)
{
    git_odb *odb = nullptr;
    if (git_repository_odb(&odb, repo.raw()) < 0)
        return {};
    git_oid id;
    const int rc = git_odb_write(&id, odb, data.constData(), size_t(data.size()), type);
    git_odb_free(odb);
    return rc < 0 ? ObjectId() : ObjectId(id);
}

QString loosePath(const Repository &repo, const ObjectId &id)
{
    const QString hex = id.toHex();
    return QDir(repo.path()).filePath(u"objects/"_s + hex.left(2) + u'/' + hex.mid(2));
}

QList<RawEntry> entriesOf(const Repository &repo, const ObjectId &treeId)
{
    QList<RawEntry> out;
    auto t = repo.lookupTree(treeId);
    if (!t)
        return out;
    for (size_t i = 0; i < git_tree_entrycount(t->get()); ++i) {
        const git_tree_entry *e = git_tree_entry_byindex(t->get(), i);
        out.append({QByteArray(git_tree_entry_name(e)), unsigned(git_tree_entry_filemode_raw(e)),
                    ObjectId(git_tree_entry_id(e))});
    }
    return out;
}
} // namespace

ObjectId blob(const Repository &repo, const QByteArray &content) { return write(repo, content, GIT_OBJECT_BLOB); }

ObjectId tree(const Repository &repo, QList<RawEntry> entries)
{
    // git's order: names compared as if trees ended in "/".
    auto key = [](const RawEntry &e) { return e.mode == 0040000 ? e.name + '/' : e.name; };
    std::sort(entries.begin(), entries.end(), [&](const RawEntry &a, const RawEntry &b) { return key(a) < key(b); });
    QByteArray data;
    for (const RawEntry &e : entries) {
        data += QByteArray::number(e.mode, 8) + ' ' + e.name + '\0';
        data += QByteArray(reinterpret_cast<const char *>(e.id.raw()->id), GIT_OID_RAWSZ);
    }
    return write(repo, data, GIT_OBJECT_TREE);
}

ObjectId treeOfFiles(const Repository &repo, const QList<std::pair<QByteArray, QByteArray>> &files)
{
    QList<RawEntry> entries;
    for (const auto &[name, content] : files)
        entries.append({name, 0100644, blob(repo, content)});
    return tree(repo, entries);
}

ObjectId withEntry(const Repository &repo, const ObjectId &root, const QByteArrayList &dirs, const RawEntry &entry)
{
    QList<RawEntry> entries = root.isNull() ? QList<RawEntry>() : entriesOf(repo, root);
    RawEntry put = entry;
    if (!dirs.isEmpty()) {
        ObjectId sub;
        for (const RawEntry &e : std::as_const(entries))
            if (e.name == dirs.constFirst() && e.mode == 0040000)
                sub = e.id;
        put = {dirs.constFirst(), 0040000, withEntry(repo, sub, dirs.mid(1), entry)};
    }
    entries.removeIf([&](const RawEntry &e) { return e.name == put.name; });
    entries.append(put);
    return tree(repo, entries);
}

ObjectId commitOnto(const Repository &repo, const QString &ref, const ObjectId &treeId)
{
    QByteArray data = "tree " + treeId.toHex().toLatin1() + '\n';
    if (auto parent = repo.resolveCommit(ref))
        data += "parent " + parent->toHex().toLatin1() + '\n';
    data += "author Hostile <hostile@example.com> 1700000000 +0000\n"
            "committer Hostile <hostile@example.com> 1700000000 +0000\n\nhostile content\n";
    const ObjectId id = write(repo, data, GIT_OBJECT_COMMIT);
    return pointRef(repo, ref, id) ? id : ObjectId();
}

ObjectId addEntry(const Repository &repo, const QString &ref, const QByteArrayList &dirs, const RawEntry &entry)
{
    auto tip = repo.resolveCommit(ref);
    ObjectId root;
    if (tip)
        root = repo.commitInfo(*tip)->tree;
    return commitOnto(repo, ref, withEntry(repo, root, dirs, entry));
}

bool corrupt(const Repository &repo, const ObjectId &id)
{
    QFile f(loosePath(repo, id));
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write("this is not a zlib stream, the object is damaged") > 0;
}

bool remove(const Repository &repo, const ObjectId &id)
{
    QFile f(loosePath(repo, id));
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return f.remove();
}

bool pointRef(const Repository &repo, const QString &ref, const ObjectId &id)
{
    // A loose reference file, written by hand: libgit2 would refuse a missing target.
    const QString path = QDir(repo.path()).filePath(ref);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(id.toHex().toLatin1() + '\n') > 0;
}

} // namespace raw
