// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/Transfer.h"
#include "core/Tr.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tierdesk::git {

namespace {
namespace Tr = trcontext::GitPush;
namespace FetchTr = trcontext::GitFetch;

bool looksLikeUrl(const QString &s)
{
    if (s.contains(u"://"_s))
        return true;
    const qsizetype colon = s.indexOf(u':');
    if (colon > 0 && !s.left(colon).contains(u'/'))
        return true; // scp-like: git@github.com:owner/repo.git
    return QFileInfo(s).isDir();
}

Transfer &transferOf(void *payload) { return *static_cast<Transfer *>(payload); }

// Whether the job asked to stop; a callback then returns GIT_EUSER.
bool stopsFor(Transfer &t)
{
    if (t.job.isCancelled())
        t.cancelled = true;
    return t.cancelled;
}

int onCredentials(git_credential **out, const char *url, const char *userFromUrl, unsigned int allowed, void *payload)
{
    Transfer &t = transferOf(payload);
    if (stopsFor(t))
        return GIT_EUSER;
    return t.requests.answer(out, url, userFromUrl, allowed);
}

int onPushUpdateReference(const char *refname, const char *status, void *payload)
{
    transferOf(payload).refs.append({QString::fromUtf8(refname), status ? QString::fromUtf8(status) : QString()});
    return 0;
}

int onSideband(const char *text, int length, void *payload)
{
    Transfer &t = transferOf(payload);
    t.partialLine += QString::fromUtf8(text, length);
    static const QRegularExpression lineEnd(u"[\r\n]"_s);
    qsizetype nl;
    while ((nl = t.partialLine.indexOf(lineEnd)) >= 0) {
        const QString line = t.credentials.redacted(t.partialLine.left(nl).trimmed());
        t.partialLine.remove(0, nl + 1);
        if (!line.isEmpty() && !t.remoteMessages.contains(line))
            t.remoteMessages.append(line);
    }
    return stopsFor(t) ? GIT_EUSER : 0;
}

int onPushProgress(unsigned int current, unsigned int total, size_t, void *payload)
{
    Transfer &t = transferOf(payload);
    t.job.progress(int(current), int(total), t.activity);
    return stopsFor(t) ? GIT_EUSER : 0;
}

int onFetchProgress(const git_indexer_progress *stats, void *payload)
{
    Transfer &t = transferOf(payload);
    if (stopsFor(t))
        return GIT_EUSER;
    t.receivedObjects = int(stats->received_objects);
    t.receivedBytes = qint64(stats->received_bytes);
    t.job.progress(int(stats->received_objects), int(stats->total_objects),
                   t.receivingKiB ? FetchTr::tr("Receiving objects (%1 KiB)").arg(stats->received_bytes / 1024)
                                  : t.activity);
    return 0;
}

Error credentialsError(const Error &libgit2, const Transfer &t, const QString &subject)
{
    Error e = libgit2;
    // Our callback ended the transfer: libgit2 set no error for that, so whatever
    // git_error_last() holds is stale ("no error", or an unrelated config lookup).
    if (t.requests.exhausted())
        e.detail.clear();
    const QStringList &offered = t.requests.offered();
    if (offered.isEmpty() && !t.requests.withheldFrom().isEmpty()) {
        e.message = Tr::tr("%1 failed: the server asks for credentials, and the GitHub token is sent only over HTTPS "
                           "to %2, the configured GitHub host; it was not sent to %3.")
                        .arg(subject, chosenGitHubHost(t.credentials.githubHost),
                             displayUrl(t.requests.withheldFrom()));
        e.code = GIT_EAUTH;
        return e;
    }
    e.message = offered.isEmpty()
                    ? Tr::tr("%1 failed: the server asks for credentials and none is available (an ssh agent, a "
                             "key file in ~/.ssh, or a GitHub token for HTTPS).")
                          .arg(subject)
                    // Counts what was offered, not the callback's calls (the last one only gives up).
                    : Tr::tr("%1 failed: the server refused the credentials after %n attempt(s) (tried %2).", nullptr,
                             int(offered.size()))
                          .arg(subject, offered.join(u", "_s));
    e.code = GIT_EAUTH;
    return e;
}
} // namespace

Result<std::optional<RemoteHandle>> lookupRemote(const Repository &repo, const QString &name)
{
    git_remote *remote = nullptr;
    const int rc = git_remote_lookup(&remote, repo.raw(), name.toUtf8().constData());
    if (rc == 0)
        return std::optional<RemoteHandle>(RemoteHandle(remote));
    if (rc == GIT_ENOTFOUND || rc == GIT_EINVALIDSPEC)
        return std::optional<RemoteHandle>();
    return failGit(rc, Tr::tr("Could not read the remote “%1”.").arg(name));
}

Result<RemoteHandle> openRemote(const Repository &repo, const QString &remoteOrUrl)
{
    auto named = lookupRemote(repo, remoteOrUrl);
    if (!named)
        return std::unexpected(named.error());
    if (*named)
        return std::move(**named);
    if (!looksLikeUrl(remoteOrUrl))
        return fail(Tr::tr("There is no remote named “%1” in this repository.").arg(remoteOrUrl), {}, GIT_ENOTFOUND);
    const QString location = !remoteOrUrl.contains(u"://"_s) && QFileInfo(remoteOrUrl).isDir()
                                 ? QFileInfo(remoteOrUrl).absoluteFilePath()
                                 : remoteOrUrl;
    git_remote *remote = nullptr;
    if (const int rc = git_remote_create_anonymous(&remote, repo.raw(), location.toUtf8().constData()); rc < 0)
        return failGit(rc, Tr::tr("“%1” is not a usable remote address.").arg(displayUrl(remoteOrUrl)));
    return RemoteHandle(remote);
}

QString pushUrlOf(git_remote *remote, const QString &fallback)
{
    const char *push = git_remote_pushurl(remote);
    const char *url = push ? push : git_remote_url(remote);
    return url ? QString::fromUtf8(url) : fallback;
}

QString fetchUrlOf(git_remote *remote, const QString &fallback)
{
    const char *url = git_remote_url(remote);
    return url ? QString::fromUtf8(url) : fallback;
}

git_remote_callbacks Transfer::callbacks()
{
    git_remote_callbacks cb;
    git_remote_init_callbacks(&cb, GIT_REMOTE_CALLBACKS_VERSION);
    cb.credentials = onCredentials;
    // No certificate_check on purpose: libgit2 then accepts only SSH hosts listed in
    // ~/.ssh/known_hosts and HTTPS certificates the system trusts (tst_pushcredentials).
    cb.push_update_reference = onPushUpdateReference;
    cb.sideband_progress = onSideband;
    cb.push_transfer_progress = onPushProgress;
    cb.transfer_progress = onFetchProgress;
    cb.payload = this;
    return cb;
}

TransferWording TransferWording::about(const QString &subject)
{
    return {subject, Tr::tr("%1 was cancelled.").arg(subject), Tr::tr("%1 failed.").arg(subject)};
}

Error transferError(int rc, const Transfer &t, const TransferWording &wording)
{
    if (t.cancelledNow())
        return Error{wording.cancelled, {}, GIT_EUSER};
    Error e = lastError(rc, wording.failed);
    e.detail = t.credentials.redacted(e.detail);
    // libgit2 checks SSH host keys against ~/.ssh/known_hosts and HTTPS certificates
    // against the system's CAs before any credential is offered; say so plainly.
    if (rc == GIT_ECERTIFICATE) {
        e.message = Tr::tr("%1 failed: the server's identity could not be verified (its SSH host key is not in "
                           "~/.ssh/known_hosts, or its HTTPS certificate is not trusted). No credentials were sent.")
                        .arg(wording.subject);
        return e;
    }
    if (t.requests.exhausted() || rc == GIT_EAUTH)
        return credentialsError(e, t, wording.subject);
    return e;
}

} // namespace tierdesk::git
