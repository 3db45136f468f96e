// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fetching: a remote into its remote-tracking branches, or one branch's tip
// without writing any reference.
#include "git/Remote.h"
#include "core/Tr.h"

#include "git/Transfer.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::GitPush;
namespace FetchTr = trcontext::GitFetch;

QString fetchCancelled(const QString &remote) { return FetchTr::tr("Fetching from “%1” was cancelled.").arg(remote); }

// fetchRemote needs a configured remote: its tracking branches are named after it.
[[nodiscard]] Result<git::RemoteHandle> openNamedRemote(const git::Repository &repo, const QString &remote)
{
    auto named = git::lookupRemote(repo, remote);
    if (!named)
        return std::unexpected(named.error());
    if (!*named)
        return fail(FetchTr::tr("The repository has no remote named “%1”; add one with git remote add, or choose "
                                "another remote.")
                        .arg(remote),
                    {}, GIT_ENOTFOUND);
    return std::move(**named);
}

QHash<QString, QByteArray> trackingRefs(git_repository *repo, const QString &remote)
{
    QHash<QString, QByteArray> refs;
    git_strarray names{};
    if (git_reference_list(&names, repo) != 0)
        return refs;
    const QString prefix = u"refs/remotes/"_s + remote + u'/';
    for (size_t i = 0; i < names.count; ++i) {
        const QString name = QString::fromUtf8(names.strings[i]);
        if (!name.startsWith(prefix))
            continue;
        git_oid oid;
        if (git_reference_name_to_id(&oid, repo, names.strings[i]) == 0)
            refs.insert(name, QByteArray(reinterpret_cast<const char *>(oid.id), GIT_OID_RAWSZ));
    }
    git_strarray_dispose(&names);
    return refs;
}

QStringList movedRefs(const QHash<QString, QByteArray> &before, const QHash<QString, QByteArray> &after)
{
    QStringList moved;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            moved.append(it.key());
    moved.sort();
    return moved;
}

// The tip the connected `remote` advertises for `branch`.
[[nodiscard]] Result<git::ObjectId> advertisedTip(git_remote *remote, const QString &branch, const QString &url,
                                                  const git::Transfer &t, const git::TransferWording &wording)
{
    const git_remote_head **heads = nullptr;
    size_t count = 0;
    if (const int rc = git_remote_ls(&heads, &count, remote); rc < 0)
        return std::unexpected(git::transferError(rc, t, wording));
    const QByteArray wanted = (u"refs/heads/"_s + branch).toUtf8();
    for (size_t i = 0; i < count; ++i)
        if (wanted == heads[i]->name)
            return git::ObjectId(heads[i]->oid);
    return fail(Tr::tr("%1 has no branch “%2”.").arg(url, branch), {}, GIT_ENOTFOUND);
}

bool hasObject(const git::Repository &repo, const git::ObjectId &id)
{
    git_odb *odb = nullptr;
    if (git_repository_odb(&odb, repo.raw()) != 0)
        return false;
    git::OdbHandle owner(odb);
    return git_odb_exists(odb, id.raw()) == 1;
}

// Downloads `branch`'s objects over the connected `remote`; no destination, so nothing local is updated.
[[nodiscard]] Status downloadBranch(git_remote *remote, const QString &branch, git::Transfer &t,
                                    const git::TransferWording &wording)
{
    QByteArray spec = (u"refs/heads/"_s + branch).toUtf8();
    char *raw = spec.data();
    const git_strarray refspecs{&raw, 1};
    git_fetch_options options;
    git_fetch_options_init(&options, GIT_FETCH_OPTIONS_VERSION);
    options.callbacks = t.callbacks();
    options.update_fetchhead = 0;
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE;
    if (const int rc = git_remote_download(remote, &refspecs, &options); rc < 0)
        return std::unexpected(git::transferError(rc, t, wording));
    return {};
}
} // namespace

Result<FetchReport> fetchRemote(const QString &repositoryPath, const QString &remoteName,
                                const GitCredentials &credentials, const JobControl &job)
{
    const QString remote = remoteName.isEmpty() ? u"origin"_s : remoteName;
    if (job.isCancelled())
        return fail(fetchCancelled(remote), {}, GIT_EUSER);
    auto repo = git::Repository::open(repositoryPath);
    if (!repo)
        return std::unexpected(repo.error());
    auto handle = openNamedRemote(*repo, remote);
    if (!handle)
        return std::unexpected(handle.error());

    FetchReport report;
    report.remote = remote;
    report.url = displayUrl(git::fetchUrlOf(handle->get(), remote));
    const auto before = trackingRefs(repo->raw(), remote);
    git::Transfer t(credentials, job, {});
    t.receivingKiB = true;
    git_fetch_options options;
    git_fetch_options_init(&options, GIT_FETCH_OPTIONS_VERSION);
    options.callbacks = t.callbacks();
    options.prune = GIT_FETCH_NO_PRUNE;
    const int rc = git_remote_fetch(handle->get(), nullptr, &options, "fetch (tierdesk)");
    if (rc != 0 || t.cancelled) {
        git::TransferWording wording = git::TransferWording::about(Tr::tr("Fetching from %1").arg(report.url));
        wording.cancelled = fetchCancelled(remote);
        wording.failed = FetchTr::tr("Could not fetch from “%1” (%2).").arg(remote, report.url);
        return std::unexpected(git::transferError(rc, t, wording));
    }
    report.updatedRefs = movedRefs(before, trackingRefs(repo->raw(), remote));
    report.receivedObjects = t.receivedObjects;
    report.receivedBytes = t.receivedBytes;
    return report;
}

Result<git::ObjectId> fetchBranchTip(const git::Repository &repo, const QString &remoteOrUrl, const QString &branch,
                                     const GitCredentials &credentials, const JobControl &job)
{
    auto remote = git::openRemote(repo, remoteOrUrl);
    if (!remote)
        return std::unexpected(remote.error());
    const QString url = displayUrl(git::fetchUrlOf(remote->get(), remoteOrUrl));
    git::Transfer t(credentials, job, Tr::tr("Fetching %1 from %2").arg(branch, url));
    const git::TransferWording wording = git::TransferWording::about(Tr::tr("Fetching from %1").arg(url));
    git_remote_callbacks callbacks = t.callbacks();
    if (const int rc = git_remote_connect(remote->get(), GIT_DIRECTION_FETCH, &callbacks, nullptr, nullptr); rc < 0)
        return std::unexpected(git::transferError(rc, t, wording));
    const auto disconnect = qScopeGuard([&remote] { git_remote_disconnect(remote->get()); });
    auto tip = advertisedTip(remote->get(), branch, url, t, wording);
    if (!tip || hasObject(repo, *tip))
        return tip;
    if (auto downloaded = downloadBranch(remote->get(), branch, t, wording); !downloaded)
        return std::unexpected(downloaded.error());
    return tip;
}

} // namespace tierdesk
