#include "release/ReleaseTag.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <git2/sys/errors.h>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::ReleaseTag;

Result<git::SignatureHandle> taggerSignature(const git::Repository &repo, const std::optional<git::Signature> &given)
{
    git_signature *sig = nullptr;
    if (given) {
        const QDateTime when = given->when.isValid() ? given->when : QDateTime::currentDateTime();
        if (int rc = git_signature_new(&sig, given->name.toUtf8().constData(), given->email.toUtf8().constData(),
                                       git_time_t(when.toSecsSinceEpoch()), when.offsetFromUtc() / 60);
            rc < 0)
            return git::failGit(rc, Tr::tr("The tagger “%1 <%2>” is not valid.").arg(given->name, given->email));
        return git::SignatureHandle(sig);
    }
    if (int rc = git_signature_default_from_env(nullptr, &sig, repo.raw()); rc < 0)
        return git::failGit(rc, Tr::tr("No git identity is configured for the tag: set user.name and user.email "
                                   "(git config --global user.name \"Your Name\") or GIT_COMMITTER_NAME and "
                                   "GIT_COMMITTER_EMAIL."));
    return git::SignatureHandle(sig);
}

// Tries each way to authenticate once, so a refused credential ends the push
// instead of being offered again forever.
struct Credentials {
    bool triedUsername = false;
    bool triedAgent = false;
    int keyIndex = 0;
    bool triedToken = false;
    int calls = 0;
    QStringList tried; // for the error message
    QString failure;

    static QStringList keyFiles()
    {
        QStringList files;
        const QDir ssh(QDir::home().filePath(u".ssh"_s));
        for (const QString &name : {u"id_ed25519"_s, u"id_ecdsa"_s, u"id_rsa"_s})
            if (QFileInfo::exists(ssh.filePath(name)))
                files.append(ssh.filePath(name));
        return files;
    }

    int acquire(git_credential **out, const char *url, const char *usernameFromUrl, unsigned int allowed)
    {
        // A hard stop whatever libgit2 asks: no combination needs more attempts than this.
        if (++calls > 12)
            return refuse(url);
        const QByteArray user = usernameFromUrl && *usernameFromUrl ? QByteArray(usernameFromUrl) : QByteArray("git");
        if ((allowed & GIT_CREDENTIAL_USERNAME) && !triedUsername) {
            triedUsername = true;
            return git_credential_username_new(out, user.constData());
        }
        if (allowed & GIT_CREDENTIAL_SSH_KEY) {
            if (!triedAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
                triedAgent = true;
                tried.append(Tr::tr("ssh-agent"));
                return git_credential_ssh_key_from_agent(out, user.constData());
            }
            triedAgent = true;
            const QStringList keys = keyFiles();
            if (keyIndex < keys.size()) {
                const QString key = keys.at(keyIndex++);
                tried.append(QDir::toNativeSeparators(key));
                const QString pub = key + u".pub"_s;
                const QByteArray pubPath = QFileInfo::exists(pub) ? pub.toUtf8() : QByteArray();
                const QByteArray passphrase = qgetenv("TIERDESK_SSH_PASSPHRASE");
                return git_credential_ssh_key_new(out, user.constData(), pubPath.isEmpty() ? nullptr : pubPath.constData(),
                                                  key.toUtf8().constData(),
                                                  passphrase.isEmpty() ? nullptr : passphrase.constData());
            }
        }
        if ((allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) && !triedToken) {
            triedToken = true;
            QByteArray token = qgetenv("GITHUB_TOKEN");
            if (token.isEmpty())
                token = qgetenv("GH_TOKEN");
            if (!token.isEmpty()) {
                tried.append(Tr::tr("the token in GITHUB_TOKEN/GH_TOKEN"));
                const QByteArray name = usernameFromUrl && *usernameFromUrl ? QByteArray(usernameFromUrl)
                                                                          : QByteArray("x-access-token");
                return git_credential_userpass_plaintext_new(out, name.constData(), token.constData());
            }
        }
        return refuse(url);
    }

    int refuse(const char *url)
    {
        failure = tried.isEmpty()
                      ? Tr::tr("No credentials for %1: start ssh-agent, add a key in ~/.ssh, or set GITHUB_TOKEN for https.")
                            .arg(QString::fromUtf8(url))
                      : Tr::tr("%1 refused every credential tried (%2).").arg(QString::fromUtf8(url), tried.join(u", "_s));
        git_error_set_str(GIT_ERROR_NET, failure.toUtf8().constData());
        return GIT_EAUTH;
    }
};

struct PushState {
    Credentials credentials;
    QList<QPair<QString, QString>> rejected; // (ref, reason)
    QStringList updated;
    const JobControl *job = nullptr;
};

int credentialsCallback(git_credential **out, const char *url, const char *user, unsigned int allowed, void *payload)
{
    return static_cast<PushState *>(payload)->credentials.acquire(out, url, user, allowed);
}

int updateReferenceCallback(const char *refname, const char *status, void *payload)
{
    auto *state = static_cast<PushState *>(payload);
    if (status)
        state->rejected.append({QString::fromUtf8(refname), QString::fromUtf8(status)});
    else
        state->updated.append(QString::fromUtf8(refname));
    return 0;
}

int transferCallback(unsigned int current, unsigned int total, size_t, void *payload)
{
    auto *state = static_cast<PushState *>(payload);
    if (state->job->isCancelled())
        return GIT_EUSER;
    state->job->progress(int(current), int(total), Tr::tr("Uploading objects"));
    return 0;
}

bool looksLikeLocation(const QString &remote)
{
    return remote.contains(u"://"_s) || remote.contains(u'/') || remote.contains(u'\\') || remote.contains(u'@')
        || QFileInfo::exists(remote);
}
} // namespace

QString releaseTagMessage(const TagReadiness &readiness)
{
    QString message = u"Elastic Stack "_s + readiness.tagName + u"\n\n"_s;
    message += u"Packages in "_s + readiness.productionTier + u" accepting "_s + readiness.stackVersion.toString()
        + u" at "_s + readiness.productionCommit.shortHex(12) + u":\n"_s;
    for (const ContentEntry &e : readiness.contents)
        message += u"- "_s + e.name + u": "_s + e.version + u'\n';
    return message;
}

Result<git::ObjectId> createReleaseTag(const git::Repository &repo, const TagReadiness &readiness,
                                       const TagOptions &options)
{
    switch (readiness.verdict()) {
    case Verdict::NotReady: {
        QStringList why;
        for (const Finding &f : readiness.reasons())
            why.append(f.message);
        return fail(Tr::tr("Production is not ready for the tag %1.").arg(readiness.tagName), why.join(u' '));
    }
    case Verdict::ReadyWithWarnings:
        if (!options.allowWarnings)
            return fail(Tr::tr("The check for %1 has warnings; confirm them to create the tag anyway.").arg(readiness.tagName));
        break;
    case Verdict::Ready: break;
    }
    // The tag records what the check saw: refuse when production moved since.
    auto tip = repo.resolveCommit(readiness.productionRef);
    if (!tip)
        return std::unexpected(tip.error());
    if (*tip != readiness.productionCommit)
        return fail(Tr::tr("%1 moved from %2 to %3 since the check; check again before tagging.")
                        .arg(readiness.productionRef, readiness.productionCommit.shortHex(12), tip->shortHex(12)));
    const QString ref = u"refs/tags/"_s + readiness.tagName;
    if (repo.hasReference(ref))
        return fail(Tr::tr("The tag %1 already exists; it was left as it is.").arg(readiness.tagName), {}, GIT_EEXISTS);

    auto tagger = taggerSignature(repo, options.tagger);
    if (!tagger)
        return std::unexpected(tagger.error());
    git_object *target = nullptr;
    if (int rc = git_object_lookup(&target, repo.raw(), readiness.productionCommit.raw(), GIT_OBJECT_COMMIT); rc < 0)
        return git::failGit(rc, Tr::tr("The commit to tag is missing from the repository."));
    git::ObjectHandle targetOwner(target);
    git_oid id;
    const QByteArray message = releaseTagMessage(readiness).toUtf8();
    // force = 0: libgit2 refuses to replace a tag that appeared meanwhile.
    const int rc = git_tag_create(&id, repo.raw(), readiness.tagName.toUtf8().constData(), target, tagger->get(),
                                  message.constData(), 0);
    if (rc == GIT_EEXISTS)
        return git::failGit(rc, Tr::tr("The tag %1 already exists; it was left as it is.").arg(readiness.tagName));
    if (rc < 0)
        return git::failGit(rc, Tr::tr("Could not create the tag %1.").arg(readiness.tagName));
    return git::ObjectId(id);
}

Result<PushReport> pushTag(const git::Repository &repo, const QString &remote, const QString &tagName,
                           const JobControl &job)
{
    const QString ref = u"refs/tags/"_s + tagName;
    if (!repo.hasReference(ref))
        return fail(Tr::tr("There is no tag %1 to push.").arg(tagName));

    git_remote *raw = nullptr;
    int rc = git_remote_lookup(&raw, repo.raw(), remote.toUtf8().constData());
    if (rc < 0) {
        if (!looksLikeLocation(remote))
            return git::failGit(rc, Tr::tr("There is no remote named “%1”.").arg(remote));
        QString location = remote;
        if (!remote.contains(u"://"_s) && QFileInfo::exists(remote))
            location = QFileInfo(remote).absoluteFilePath();
        rc = git_remote_create_anonymous(&raw, repo.raw(), location.toUtf8().constData());
        if (rc < 0)
            return git::failGit(rc, Tr::tr("“%1” is neither a remote nor a repository location.").arg(remote));
    }
    git::RemoteHandle handle(raw);

    PushReport report;
    report.remote = remote;
    report.refName = ref;
    const char *pushUrl = git_remote_pushurl(raw);
    report.url = QString::fromUtf8(pushUrl ? pushUrl : git_remote_url(raw));

    PushState state;
    state.job = &job;
    git_push_options options;
    git_push_options_init(&options, GIT_PUSH_OPTIONS_VERSION);
    options.callbacks.credentials = credentialsCallback;
    options.callbacks.push_update_reference = updateReferenceCallback;
    options.callbacks.push_transfer_progress = transferCallback;
    options.callbacks.payload = &state;

    // No "+": the remote refuses to replace a tag it already has.
    const QByteArray refspec = (ref + u':' + ref).toUtf8();
    char *specs[] = {const_cast<char *>(refspec.constData())};
    const git_strarray refspecs{specs, 1};
    rc = git_remote_push(raw, &refspecs, &options);
    if (rc < 0) {
        if (!state.credentials.failure.isEmpty())
            return fail(Tr::tr("Could not push %1 to %2.").arg(tagName, report.url), state.credentials.failure, rc);
        return git::failGit(rc, Tr::tr("Could not push %1 to %2.").arg(tagName, report.url));
    }
    if (!state.rejected.isEmpty()) {
        QStringList why;
        for (const auto &[name, reason] : std::as_const(state.rejected))
            why.append(name + u": "_s + reason);
        return fail(Tr::tr("%1 rejected the tag %2; nothing was overwritten.").arg(report.url, tagName), why.join(u"; "_s));
    }
    return report;
}

} // namespace tierdesk
