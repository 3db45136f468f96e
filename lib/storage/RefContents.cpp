// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RefContents.h"

#include "git/TreeEditor.h"
#include "core/Tr.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <git2/sys/repository.h>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::RefContents;

// The branch name the reading view gives the commit; never visible to users.
const QString viewBranch = u"tierdesk-view"_s;

QString shortRefName(const QString &refName, const QString &revision)
{
    for (const QString &prefix : {u"refs/tags/"_s, u"refs/heads/"_s, u"refs/remotes/"_s})
        if (refName.startsWith(prefix))
            return refName.mid(prefix.size());
    return refName.isEmpty() ? revision : refName;
}
} // namespace

Result<ResolvedRevision> resolveRevision(const git::Repository &repo, const QString &revision)
{
    // A version-named tag wins over a branch of the same name, as release tags are what is compared.
    const QStringList candidates{u"refs/tags/"_s + revision, u"refs/heads/"_s + revision,
                                 u"refs/remotes/"_s + revision, revision};
    for (const QString &candidate : candidates) {
        if (!candidate.startsWith(u"refs/"_s) || !repo.hasReference(candidate))
            continue;
        auto id = repo.resolveCommit(candidate);
        if (!id)
            return std::unexpected(id.error());
        ResolvedRevision r{candidate, *id, false};
        git_object *obj = nullptr;
        if (git_revparse_single(&obj, repo.raw(), candidate.toUtf8().constData()) == 0) {
            git::ObjectHandle owner(obj);
            r.annotated = git_object_type(obj) == GIT_OBJECT_TAG;
        }
        return r;
    }
    auto id = repo.resolveCommit(revision);
    if (!id)
        return std::unexpected(id.error());
    return ResolvedRevision{QString(), *id, false};
}

Result<RefContents> readRefContents(const git::Repository &repo, const QString &revision,
                                    std::shared_ptr<VersionCache> cache, const JobControl &job)
{
    auto resolved = resolveRevision(repo, revision);
    if (!resolved)
        return std::unexpected(resolved.error());

    // StorageReader reads tier branches. To read any commit with exactly the
    // same code, give it a throw-away repository that shares this one's
    // object database and holds one branch pointing at the commit. Nothing
    // is written to `repo`.
    QTemporaryDir viewDir;
    if (!viewDir.isValid())
        return fail(Tr::tr("Could not create a temporary directory to read “%1”.").arg(revision), viewDir.errorString());
    auto view = git::Repository::init(viewDir.path(), true);
    if (!view)
        return std::unexpected(view.error());
    git_odb *odb = nullptr;
    if (int rc = git_repository_odb(&odb, repo.raw()); rc < 0)
        return git::failGit(rc, Tr::tr("Could not open the object database to read “%1”.").arg(revision));
    git::OdbHandle odbOwner(odb);
    if (int rc = git_repository_set_odb(view->raw(), odb); rc < 0)
        return git::failGit(rc, Tr::tr("Could not open the object database to read “%1”.").arg(revision));
    if (auto s = git::createReference(*view, u"refs/heads/"_s + viewBranch, resolved->commit, u"tierdesk view"_s); !s)
        return std::unexpected(s.error());

    TierConfig config;
    config.tiers = {viewBranch};
    config.source = RefSource::Local;
    StorageReader reader(std::move(cache));
    reader.useStoresOf(repo.path()); // the view is thrown away: its parses are the repository's
    auto snapshot = reader.read(*view, config, job);
    if (!snapshot)
        return std::unexpected(snapshot.error());

    RefContents contents;
    contents.revision = revision;
    contents.refName = resolved->refName;
    contents.shortName = shortRefName(resolved->refName, revision);
    contents.annotatedTag = resolved->annotated;
    contents.packages = std::move(snapshot->tiers.first());
    contents.packages.name = contents.shortName;
    contents.packages.refName = resolved->refName.isEmpty() ? resolved->commit.toHex() : resolved->refName;
    for (PackageVersion &v : contents.packages.versions)
        v.tier = contents.shortName;
    return contents;
}

} // namespace tierdesk
