#include "git/GitPush.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <vector>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::GitPush;

bool looksLikeUrl(const QString &s)
{
    if (s.contains(u"://"_s))
        return true;
    const qsizetype colon = s.indexOf(u':');
    if (colon > 0 && !s.left(colon).contains(u'/'))
        return true; // scp-like: git@github.com:owner/repo.git
    return QFileInfo(s).isDir();
}

Result<git::RemoteHandle> openRemote(const git::Repository &repo, const QString &remoteOrUrl)
{
    git_remote *remote = nullptr;
    const QByteArray name = remoteOrUrl.toUtf8();
    int rc = git_remote_lookup(&remote, repo.raw(), name.constData());
    if (rc == 0)
        return git::RemoteHandle(remote);
    if (rc != GIT_ENOTFOUND && rc != GIT_EINVALIDSPEC)
        return git::failGit(rc, Tr::tr("Could not read the remote “%1”.").arg(remoteOrUrl));
    if (!looksLikeUrl(remoteOrUrl))
        return fail(Tr::tr("There is no remote named “%1” in this repository.").arg(remoteOrUrl), {}, GIT_ENOTFOUND);
    if (rc = git_remote_create_anonymous(&remote, repo.raw(), name.constData()); rc < 0)
        return git::failGit(rc, Tr::tr("“%1” is not a usable remote address.").arg(displayUrl(remoteOrUrl)));
    return git::RemoteHandle(remote);
}

QStringList defaultKeyFiles()
{
    const QDir ssh(QDir::home().filePath(u".ssh"_s));
    return {ssh.filePath(u"id_ed25519"_s), ssh.filePath(u"id_ecdsa"_s), ssh.filePath(u"id_rsa"_s)};
}

// Shared by every callback of one transfer.
struct Transfer {
    const GitCredentials *credentials = nullptr;
    const JobControl *job = nullptr;
    QString activity;
    int attempts = 0;
    bool triedAgent = false;
    qsizetype nextKey = 0;
    bool triedToken = false;
    bool exhausted = false; // every way was tried, or maxAttempts reached
    bool cancelled = false;
    QStringList tried;      // what was offered, for the error message
    QList<RefUpdateStatus> refs;
    QStringList remoteMessages;
    QString partialLine;
};

int credentialsCallback(git_credential **out, const char *, const char *usernameFromUrl, unsigned int allowed,
                        void *payload)
{
    auto *t = static_cast<Transfer *>(payload);
    if (t->job->isCancelled()) {
        t->cancelled = true;
        return GIT_EUSER;
    }
    if (++t->attempts > t->credentials->maxAttempts) {
        t->exhausted = true;
        return GIT_EUSER;
    }
    const QByteArray sshUser = usernameFromUrl && *usernameFromUrl ? QByteArray(usernameFromUrl) : QByteArray("git");
    if (allowed & GIT_CREDENTIAL_USERNAME)
        return git_credential_username_new(out, sshUser.constData());
    if (allowed & GIT_CREDENTIAL_SSH_KEY) {
        if (t->credentials->useSshAgent && !t->triedAgent) {
            t->triedAgent = true;
            if (!qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
                t->tried.append(Tr::tr("the ssh agent"));
                return git_credential_ssh_key_from_agent(out, sshUser.constData());
            }
        }
        const QStringList keys =
            t->credentials->sshKeyFiles.isEmpty() ? defaultKeyFiles() : t->credentials->sshKeyFiles;
        while (t->nextKey < keys.size()) {
            const QString key = keys.at(t->nextKey++);
            if (!QFileInfo::exists(key))
                continue;
            t->tried.append(QDir::toNativeSeparators(key));
            const QByteArray priv = key.toUtf8();
            const QByteArray pub = (key + u".pub"_s).toUtf8();
            const QByteArray pass = t->credentials->sshKeyPassphrase.toUtf8();
            return git_credential_ssh_key_new(out, sshUser.constData(),
                                              QFileInfo::exists(key + u".pub"_s) ? pub.constData() : nullptr,
                                              priv.constData(), pass.isEmpty() ? nullptr : pass.constData());
        }
    }
    if ((allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) && !t->credentials->httpsToken.isEmpty() && !t->triedToken) {
        t->triedToken = true;
        t->tried.append(Tr::tr("the GitHub token"));
        return git_credential_userpass_plaintext_new(out, t->credentials->httpsUser.toUtf8().constData(),
                                                     t->credentials->httpsToken.toUtf8().constData());
    }
    t->exhausted = true;
    return GIT_EUSER;
}

int pushUpdateReference(const char *refname, const char *status, void *payload)
{
    auto *t = static_cast<Transfer *>(payload);
    t->refs.append({QString::fromUtf8(refname), status ? QString::fromUtf8(status) : QString()});
    return 0;
}

int sideband(const char *text, int length, void *payload)
{
    auto *t = static_cast<Transfer *>(payload);
    t->partialLine += QString::fromUtf8(text, length);
    static const QRegularExpression lineEnd(u"[\r\n]"_s);
    qsizetype nl;
    while ((nl = t->partialLine.indexOf(lineEnd)) >= 0) {
        const QString line = t->partialLine.left(nl).trimmed();
        t->partialLine.remove(0, nl + 1);
        if (!line.isEmpty() && !t->remoteMessages.contains(line))
            t->remoteMessages.append(line);
    }
    if (t->job->isCancelled()) {
        t->cancelled = true;
        return GIT_EUSER;
    }
    return 0;
}

int pushProgress(unsigned int current, unsigned int total, size_t, void *payload)
{
    auto *t = static_cast<Transfer *>(payload);
    t->job->progress(int(current), int(total), t->activity);
    if (t->job->isCancelled()) {
        t->cancelled = true;
        return GIT_EUSER;
    }
    return 0;
}

int fetchProgress(const git_indexer_progress *stats, void *payload)
{
    auto *t = static_cast<Transfer *>(payload);
    t->job->progress(int(stats->received_objects), int(stats->total_objects), t->activity);
    if (t->job->isCancelled()) {
        t->cancelled = true;
        return GIT_EUSER;
    }
    return 0;
}

git_remote_callbacks callbacksFor(Transfer &t)
{
    git_remote_callbacks cb;
    git_remote_init_callbacks(&cb, GIT_REMOTE_CALLBACKS_VERSION);
    cb.credentials = credentialsCallback;
    // No certificate_check on purpose: libgit2 then accepts only SSH hosts listed in
    // ~/.ssh/known_hosts and HTTPS certificates the system trusts (tst_pushcredentials).
    cb.push_update_reference = pushUpdateReference;
    cb.sideband_progress = sideband;
    cb.push_transfer_progress = pushProgress;
    cb.transfer_progress = fetchProgress;
    cb.payload = &t;
    return cb;
}

QString redacted(QString text, const GitCredentials &c)
{
    if (!c.httpsToken.isEmpty())
        text.replace(c.httpsToken, u"***"_s);
    if (!c.sshKeyPassphrase.isEmpty())
        text.replace(c.sshKeyPassphrase, u"***"_s);
    return text;
}

// The error for a failed transfer, explaining cancellation and refused credentials.
Error transferError(int rc, const Transfer &t, const QString &what)
{
    if (t.cancelled)
        return Error{Tr::tr("%1 was cancelled.").arg(what), {}, GIT_EUSER};
    Error e = git::lastError(rc, {});
    e.detail = redacted(e.detail, *t.credentials);
    // libgit2 checks SSH host keys against ~/.ssh/known_hosts and HTTPS certificates
    // against the system's CAs before any credential is offered; say so plainly.
    if (rc == GIT_ECERTIFICATE) {
        e.message = Tr::tr("%1 failed: the server's identity could not be verified (its SSH host key is not in "
                           "~/.ssh/known_hosts, or its HTTPS certificate is not trusted). No credentials were sent.")
                        .arg(what);
        return e;
    }
    if (t.exhausted || rc == GIT_EAUTH) {
        // Our callback ended the transfer: libgit2 set no error for that, so whatever
        // git_error_last() holds is stale ("no error", or an unrelated config lookup).
        if (t.exhausted)
            e.detail.clear();
        e.message = t.tried.isEmpty()
                        ? Tr::tr("%1 failed: the server asks for credentials and none is available (an ssh agent, a "
                             "key file in ~/.ssh, or a GitHub token for HTTPS).")
                              .arg(what)
                        // Counts what was offered, not the callback's calls (the last one only gives up).
                        : Tr::tr("%1 failed: the server refused the credentials after %n attempt(s) (tried %2).",
                                 nullptr, int(t.tried.size()))
                              .arg(what, t.tried.join(u", "_s));
        e.code = GIT_EAUTH;
        return e;
    }
    e.message = Tr::tr("%1 failed.").arg(what);
    return e;
}
} // namespace

bool PushReport::ok() const
{
    for (const RefUpdateStatus &r : refs)
        if (!r.accepted())
            return false;
    return true;
}

QStringList PushReport::rejections() const
{
    QStringList out;
    for (const RefUpdateStatus &r : refs)
        if (!r.accepted())
            out.append(r.ref + u": "_s + r.rejection);
    return out;
}

QString displayUrl(const QString &url)
{
    if (!url.contains(u"://"_s))
        return url; // a path or scp-like address carries no password
    QUrl u(url);
    if (!u.isValid())
        return url.section(u'@', -1);
    u.setPassword(QString());
    if (u.scheme().startsWith(u"http"_s))
        u.setUserName(QString());
    return u.toString();
}

Result<QString> remoteUrl(const git::Repository &repo, const QString &remoteOrUrl)
{
    auto remote = openRemote(repo, remoteOrUrl);
    if (!remote)
        return std::unexpected(remote.error());
    const char *push = git_remote_pushurl(remote->get());
    const char *url = push ? push : git_remote_url(remote->get());
    return url ? QString::fromUtf8(url) : remoteOrUrl;
}

Result<PushReport> pushBranches(const git::Repository &repo, const QString &remoteOrUrl, const QStringList &branches,
                                const GitCredentials &credentials, const JobControl &job)
{
    auto remote = openRemote(repo, remoteOrUrl);
    if (!remote)
        return std::unexpected(remote.error());
    PushReport report;
    report.remote = remoteOrUrl;
    {
        const char *push = git_remote_pushurl(remote->get());
        const char *url = push ? push : git_remote_url(remote->get());
        report.url = displayUrl(url ? QString::fromUtf8(url) : remoteOrUrl);
    }
    QList<QByteArray> specs;
    for (const QString &b : branches)
        specs.append((u"refs/heads/"_s + b + u":refs/heads/"_s + b).toUtf8());
    std::vector<char *> raw;
    for (QByteArray &s : specs)
        raw.push_back(s.data());
    git_strarray refspecs{raw.data(), raw.size()};

    Transfer t;
    t.credentials = &credentials;
    t.job = &job;
    t.activity = Tr::tr("Pushing to %1").arg(report.url);
    git_push_options options;
    git_push_options_init(&options, GIT_PUSH_OPTIONS_VERSION);
    options.callbacks = callbacksFor(t);
    // Upload without updating tips: no remote-tracking reference is written locally.
    const int rc = git_remote_upload(remote->get(), &refspecs, &options);
    git_remote_disconnect(remote->get());
    if (rc < 0)
        return std::unexpected(transferError(rc, t, Tr::tr("Pushing to %1").arg(report.url)));
    report.refs = t.refs;
    report.remoteMessages = t.remoteMessages;
    // A server that reported nothing for a reference accepted nothing for it.
    for (const QString &b : branches) {
        const QString ref = u"refs/heads/"_s + b;
        bool seen = false;
        for (const RefUpdateStatus &r : std::as_const(report.refs))
            seen = seen || r.ref == ref;
        if (!seen)
            report.refs.append({ref, Tr::tr("the server did not confirm this update")});
    }
    return report;
}

Result<git::ObjectId> fetchBranchTip(const git::Repository &repo, const QString &remoteOrUrl, const QString &branch,
                                     const GitCredentials &credentials, const JobControl &job)
{
    auto remote = openRemote(repo, remoteOrUrl);
    if (!remote)
        return std::unexpected(remote.error());
    const char *rawUrl = git_remote_url(remote->get());
    const QString url = displayUrl(rawUrl ? QString::fromUtf8(rawUrl) : remoteOrUrl);
    Transfer t;
    t.credentials = &credentials;
    t.job = &job;
    t.activity = Tr::tr("Fetching %1 from %2").arg(branch, url);
    git_remote_callbacks cb = callbacksFor(t);
    if (int rc = git_remote_connect(remote->get(), GIT_DIRECTION_FETCH, &cb, nullptr, nullptr); rc < 0)
        return std::unexpected(transferError(rc, t, Tr::tr("Fetching from %1").arg(url)));
    const git_remote_head **heads = nullptr;
    size_t count = 0;
    if (int rc = git_remote_ls(&heads, &count, remote->get()); rc < 0) {
        git_remote_disconnect(remote->get());
        return std::unexpected(transferError(rc, t, Tr::tr("Fetching from %1").arg(url)));
    }
    const QByteArray wanted = (u"refs/heads/"_s + branch).toUtf8();
    git::ObjectId tip;
    for (size_t i = 0; i < count; ++i)
        if (wanted == heads[i]->name)
            tip = git::ObjectId(heads[i]->oid);
    if (tip.isNull()) {
        git_remote_disconnect(remote->get());
        return fail(Tr::tr("%1 has no branch “%2”.").arg(url, branch), {}, GIT_ENOTFOUND);
    }
    git_odb *odb = nullptr;
    bool present = false;
    if (git_repository_odb(&odb, repo.raw()) == 0) {
        git::OdbHandle owner(odb);
        present = git_odb_exists(odb, tip.raw()) == 1;
    }
    if (!present) {
        QByteArray spec = wanted; // no destination: nothing local is updated
        char *raw = spec.data();
        git_strarray refspecs{&raw, 1};
        git_fetch_options options;
        git_fetch_options_init(&options, GIT_FETCH_OPTIONS_VERSION);
        options.callbacks = cb;
        options.update_fetchhead = 0;
        options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE;
        if (int rc = git_remote_download(remote->get(), &refspecs, &options); rc < 0) {
            git_remote_disconnect(remote->get());
            return std::unexpected(transferError(rc, t, Tr::tr("Fetching from %1").arg(url)));
        }
    }
    git_remote_disconnect(remote->get());
    return tip;
}

} // namespace tierdesk
