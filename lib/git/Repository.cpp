// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/Repository.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimeZone>

namespace tierdesk::git {

namespace {
namespace Tr = trcontext::Repository;

// Absent and damaged are different repairs: fetch again, or replace the broken object file.
Error lookupFailure(int rc, const QString &missing, const QString &damaged)
{
    return lastError(rc, rc == GIT_ENOTFOUND ? missing : damaged);
}
} // namespace

Result<Repository> Repository::open(const QString &path)
{
    ensureInitialized();
    git_repository *repo = nullptr;
    const QByteArray p = path8(QDir::cleanPath(path));
    if (int rc = git_repository_open_ext(&repo, p.constData(), 0, nullptr); rc < 0) {
        if (rc == GIT_ENOTFOUND)
            return failGit(rc, Tr::tr("“%1” is not a git repository.").arg(QDir::toNativeSeparators(path)));
        return failGit(rc, Tr::tr("Could not open the repository “%1”.").arg(QDir::toNativeSeparators(path)));
    }
    return Repository(repo);
}

Result<Repository> Repository::init(const QString &path, bool bare)
{
    ensureInitialized();
    git_repository *repo = nullptr;
    if (int rc = git_repository_init(&repo, path8(path).constData(), bare ? 1 : 0); rc < 0)
        return failGit(rc, Tr::tr("Could not create a repository in “%1”.").arg(QDir::toNativeSeparators(path)));
    return Repository(repo);
}

QString Repository::path() const { return QString::fromUtf8(git_repository_path(raw())); }

QString Repository::workdir() const
{
    const char *w = git_repository_workdir(raw());
    return w ? QString::fromUtf8(w) : QString();
}

bool Repository::isBare() const { return git_repository_is_bare(raw()) == 1; }

QStringList Repository::references(const QString &glob) const
{
    QStringList names;
    git_reference_iterator *it = nullptr;
    const QByteArray g = glob.toUtf8();
    if ((glob.isEmpty() ? git_reference_iterator_new(&it, raw())
                        : git_reference_iterator_glob_new(&it, raw(), g.constData())) < 0)
        return names;
    ReferenceIteratorHandle owner(it);
    const char *name = nullptr;
    while (git_reference_next_name(&name, it) == 0)
        names.append(QString::fromUtf8(name));
    names.sort();
    return names;
}

bool Repository::hasReference(const QString &name) const
{
    git_oid oid;
    return git_reference_name_to_id(&oid, raw(), name.toUtf8().constData()) == 0;
}

Result<ObjectId> Repository::resolveCommit(const QString &revision) const
{
    git_object *obj = nullptr;
    const QByteArray spec = revision.toUtf8();
    // A full reference name is looked up directly: git_revparse_single (libgit2
    // 1.9) leaks the reference, and with it the reference database, when the
    // reference points at a missing or damaged object (a broken tier).
    git_reference *ref = nullptr;
    const bool direct = revision.startsWith(QLatin1StringView("refs/")) && git_reference_lookup(&ref, raw(), spec.constData()) == 0;
    ReferenceHandle refOwner(ref);
    if (int rc = direct ? git_reference_peel(&obj, ref, GIT_OBJECT_ANY) : git_revparse_single(&obj, raw(), spec.constData());
        rc < 0)
        return failGit(rc, Tr::tr("“%1” does not name a commit.").arg(revision));
    ObjectHandle owner(obj);
    git_object *peeled = nullptr;
    if (int rc = git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT); rc < 0)
        return failGit(rc, Tr::tr("“%1” does not point to a commit.").arg(revision));
    ObjectHandle peeledOwner(peeled);
    return ObjectId(git_object_id(peeled));
}

Result<CommitHandle> Repository::lookupCommit(const ObjectId &id) const
{
    git_commit *c = nullptr;
    if (int rc = git_commit_lookup(&c, raw(), id.raw()); rc < 0)
        return std::unexpected(lookupFailure(rc, Tr::tr("Commit %1 is missing from the repository.").arg(id.shortHex(12)),
                                             Tr::tr("Commit %1 is damaged (corrupt object).").arg(id.shortHex(12))));
    return CommitHandle(c);
}

Result<TreeHandle> Repository::lookupTree(const ObjectId &id) const
{
    git_tree *t = nullptr;
    if (int rc = git_tree_lookup(&t, raw(), id.raw()); rc < 0)
        return std::unexpected(lookupFailure(rc, Tr::tr("Tree %1 is missing from the repository.").arg(id.shortHex(12)),
                                             Tr::tr("Tree %1 is damaged (corrupt object).").arg(id.shortHex(12))));
    return TreeHandle(t);
}

Result<BlobHandle> Repository::lookupBlob(const ObjectId &id) const
{
    git_blob *b = nullptr;
    if (int rc = git_blob_lookup(&b, raw(), id.raw()); rc < 0)
        return std::unexpected(
            lookupFailure(rc, Tr::tr("File content %1 is missing from the repository.").arg(id.shortHex(12)),
                          Tr::tr("File content %1 is damaged (corrupt object).").arg(id.shortHex(12))));
    return BlobHandle(b);
}

Result<QByteArray> Repository::readBlob(const ObjectId &id) const
{
    auto blob = lookupBlob(id);
    if (!blob)
        return std::unexpected(blob.error());
    return blobBytes(blob->get());
}

QDateTime toDateTime(const git_time &t)
{
    return QDateTime::fromSecsSinceEpoch(t.time, QTimeZone::fromSecondsAheadOfUtc(t.offset * 60));
}

CommitInfo Repository::commitInfo(const git_commit *commit)
{
    CommitInfo info;
    info.id = ObjectId(git_commit_id(commit));
    info.tree = ObjectId(git_commit_tree_id(commit));
    info.message = QString::fromUtf8(git_commit_message(commit));
    info.subject = QString::fromUtf8(git_commit_summary(const_cast<git_commit *>(commit)));
    if (const git_signature *a = git_commit_author(commit)) {
        info.authorName = QString::fromUtf8(a->name);
        info.authorEmail = QString::fromUtf8(a->email);
        info.authorTime = toDateTime(a->when);
    }
    if (const git_signature *c = git_commit_committer(commit))
        info.commitTime = toDateTime(c->when);
    return info;
}

Result<std::pair<int, int>> Repository::aheadBehind(const ObjectId &local, const ObjectId &upstream) const
{
    size_t ahead = 0;
    size_t behind = 0;
    if (const int rc = git_graph_ahead_behind(&ahead, &behind, raw(), local.raw(), upstream.raw()); rc < 0)
        return failGit(rc, Tr::tr("Could not compare %1 with %2.").arg(local.shortHex(), upstream.shortHex()));
    return std::pair{int(ahead), int(behind)};
}

QStringList Repository::remoteNames() const
{
    QStringList names;
    git_strarray list{};
    if (git_remote_list(&list, raw()) < 0)
        return names;
    for (size_t i = 0; i < list.count; ++i)
        names.append(QString::fromUtf8(list.strings[i]));
    git_strarray_dispose(&list);
    names.sort();
    return names;
}

Result<CommitInfo> Repository::commitInfo(const ObjectId &id) const
{
    auto commit = lookupCommit(id);
    if (!commit)
        return std::unexpected(commit.error());
    return commitInfo(commit->get());
}

Result<TreeHandle> Repository::subtree(const git_tree *root, const QString &path) const
{
    git_tree_entry *entry = nullptr;
    if (int rc = git_tree_entry_bypath(&entry, root, path.toUtf8().constData()); rc < 0)
        return failGit(rc, Tr::tr("“%1” does not exist.").arg(path));
    TreeEntryHandle owner(entry);
    if (git_tree_entry_type(entry) != GIT_OBJECT_TREE)
        return fail(Tr::tr("“%1” is not a directory.").arg(path), {}, GIT_ENOTFOUND);
    return lookupTree(ObjectId(git_tree_entry_id(entry)));
}

} // namespace tierdesk::git
