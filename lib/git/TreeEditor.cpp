// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/TreeEditor.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace tierdesk::git {

namespace {
namespace Tr = trcontext::TreeEditor;

Result<SignatureHandle> toGit(const Signature &s)
{
    const QDateTime when = s.when.isValid() ? s.when : QDateTime::currentDateTime();
    git_signature *sig = nullptr;
    const int offsetMinutes = when.offsetFromUtc() / 60;
    if (int rc = git_signature_new(&sig, s.name.toUtf8().constData(), s.email.toUtf8().constData(),
                                   git_time_t(when.toSecsSinceEpoch()), offsetMinutes);
        rc < 0)
        return failGit(rc, Tr::tr("The author “%1 <%2>” is not valid.").arg(s.name, s.email));
    return SignatureHandle(sig);
}
} // namespace

TreeEditor::TreeEditor(const Repository &repo, ObjectId base) : m_repo(repo), m_base(base) {}

Status TreeEditor::putFile(const QString &path, const QByteArray &content, bool executable)
{
    git_oid oid;
    if (int rc = git_blob_create_from_buffer(&oid, m_repo.raw(), content.constData(), size_t(content.size())); rc < 0)
        return failGit(rc, Tr::tr("Could not store “%1” in the repository.").arg(path));
    putEntry(path, ObjectId(oid), executable ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB);
    return {};
}

void TreeEditor::putEntry(const QString &path, const ObjectId &id, git_filemode_t mode)
{
    m_updates.append({false, path.toUtf8(), id, mode});
}

void TreeEditor::remove(const QString &path)
{
    m_updates.append({true, path.toUtf8(), {}, GIT_FILEMODE_UNREADABLE});
}

Result<ObjectId> TreeEditor::write()
{
    TreeHandle base;
    if (!m_base.isNull()) {
        auto t = m_repo.lookupTree(m_base);
        if (!t)
            return std::unexpected(t.error());
        base = std::move(*t);
    } else {
        git_treebuilder *b = nullptr;
        git_oid empty;
        if (int rc = git_treebuilder_new(&b, m_repo.raw(), nullptr); rc < 0)
            return failGit(rc, Tr::tr("Could not write a tree."));
        TreeBuilderHandle owner(b);
        if (int rc = git_treebuilder_write(&empty, b); rc < 0)
            return failGit(rc, Tr::tr("Could not write a tree."));
        auto t = m_repo.lookupTree(ObjectId(empty));
        if (!t)
            return std::unexpected(t.error());
        base = std::move(*t);
    }
    std::vector<git_tree_update> updates;
    updates.reserve(size_t(m_updates.size()));
    for (const Update &u : m_updates) {
        git_tree_update gu{};
        gu.action = u.remove ? GIT_TREE_UPDATE_REMOVE : GIT_TREE_UPDATE_UPSERT;
        gu.path = u.path.constData();
        if (!u.remove) {
            gu.id = *u.id.raw();
            gu.filemode = u.mode;
        }
        updates.push_back(gu);
    }
    git_oid out;
    if (int rc = git_tree_create_updated(&out, m_repo.raw(), base.get(), updates.size(), updates.data()); rc < 0)
        return failGit(rc, Tr::tr("Could not write the new tree."));
    return ObjectId(out);
}

Result<Signature> defaultSignature(const Repository &repo)
{
    git_signature *sig = nullptr;
    if (int rc = git_signature_default(&sig, repo.raw()); rc < 0)
        return failGit(rc, Tr::tr("No git identity is configured: set user.name and user.email "
                              "(git config --global user.name \"Your Name\")."));
    SignatureHandle owner(sig);
    return Signature{QString::fromUtf8(sig->name), QString::fromUtf8(sig->email), toDateTime(sig->when)};
}

Result<ObjectId> writeCommit(const Repository &repo, const ObjectId &tree, const QList<ObjectId> &parents,
                             const QString &message, const Signature &author, const Signature &committer)
{
    auto a = toGit(author);
    if (!a)
        return std::unexpected(a.error());
    auto c = toGit(committer);
    if (!c)
        return std::unexpected(c.error());
    auto t = repo.lookupTree(tree);
    if (!t)
        return std::unexpected(t.error());
    std::vector<CommitHandle> owners;
    std::vector<const git_commit *> raw;
    for (const ObjectId &p : parents) {
        auto pc = repo.lookupCommit(p);
        if (!pc)
            return std::unexpected(pc.error());
        raw.push_back(pc->get());
        owners.push_back(std::move(*pc));
    }
    git_oid out;
    const QByteArray msg = message.toUtf8();
    if (int rc = git_commit_create(&out, repo.raw(), nullptr, a->get(), c->get(), "UTF-8", msg.constData(), t->get(),
                                   raw.size(), raw.data());
        rc < 0)
        return failGit(rc, Tr::tr("Could not write the commit."));
    return ObjectId(out);
}

Status createReference(const Repository &repo, const QString &name, const ObjectId &target, const QString &logMessage)
{
    git_reference *ref = nullptr;
    const int rc = git_reference_create(&ref, repo.raw(), name.toUtf8().constData(), target.raw(), 0,
                                        logMessage.toUtf8().constData());
    if (rc == GIT_EEXISTS)
        return failGit(rc, Tr::tr("The reference “%1” already exists; it was left as it is.").arg(name));
    if (rc < 0)
        return failGit(rc, Tr::tr("Could not create the reference “%1”.").arg(name));
    ReferenceHandle owner(ref);
    return {};
}

} // namespace tierdesk::git
