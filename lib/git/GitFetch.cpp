#include "git/GitFetch.h"

#include "git/Git.h"
#include "git/Repository.h"
#include "core/Tr.h"

#include <QCoreApplication>
#include <QHash>

#include <git2.h>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {

namespace Tr = trcontext::GitFetch;

struct FetchState {
    const JobControl *job = nullptr;
    bool cancelled = false;
    bool triedAgent = false;
    int received = 0;
    qint64 bytes = 0;
};

int transferProgress(const git_indexer_progress *stats, void *payload)
{
    auto *s = static_cast<FetchState *>(payload);
    if (s->job->isCancelled()) {
        s->cancelled = true;
        return -1; // stops the transfer
    }
    s->received = int(stats->received_objects);
    s->bytes = qint64(stats->received_bytes);
    s->job->progress(int(stats->received_objects), int(stats->total_objects),
                     Tr::tr("Receiving objects (%1 KiB)").arg(stats->received_bytes / 1024));
    return 0;
}

int sidebandProgress(const char *, int, void *payload)
{
    auto *s = static_cast<FetchState *>(payload);
    if (s->job->isCancelled()) {
        s->cancelled = true;
        return -1;
    }
    return 0;
}

int credentials(git_credential **out, const char *, const char *userFromUrl, unsigned int allowed, void *payload)
{
    auto *s = static_cast<FetchState *>(payload);
    // Only the ssh agent, once: anything interactive belongs to the user's own git setup.
    if ((allowed & GIT_CREDENTIAL_SSH_KEY) && !s->triedAgent && qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
        s->triedAgent = true;
        return git_credential_ssh_key_from_agent(out, userFromUrl ? userFromUrl : "git");
    }
    return GIT_PASSTHROUGH;
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

} // namespace

Result<FetchReport> fetchRemote(const QString &repositoryPath, const QString &remoteName, const JobControl &job)
{
    const QString remote = remoteName.isEmpty() ? u"origin"_s : remoteName;
    if (job.isCancelled())
        return fail(Tr::tr("Fetching from “%1” was cancelled.").arg(remote), {}, GIT_EUSER);
    auto repo = git::Repository::open(repositoryPath);
    if (!repo)
        return std::unexpected(repo.error());

    git_remote *raw = nullptr;
    if (const int rc = git_remote_lookup(&raw, repo->raw(), remote.toUtf8().constData()); rc != 0) {
        if (rc == GIT_ENOTFOUND)
            return fail(Tr::tr("The repository has no remote named “%1”; add one with git remote add, or choose "
                           "another remote.")
                            .arg(remote),
                        {}, rc);
        return git::failGit(rc, Tr::tr("Could not read the remote “%1”.").arg(remote));
    }
    git::RemoteHandle handle(raw);

    FetchReport report;
    report.remote = remote;
    report.url = QString::fromUtf8(git_remote_url(raw));
    if (const qsizetype at = report.url.indexOf(u'@'); at > 0 && report.url.contains(u"://"_s))
        report.url = report.url.mid(0, report.url.indexOf(u"://"_s) + 3) + report.url.mid(at + 1);

    const auto before = trackingRefs(repo->raw(), remote);
    FetchState state;
    state.job = &job;
    git_fetch_options options;
    git_fetch_options_init(&options, GIT_FETCH_OPTIONS_VERSION);
    options.callbacks.transfer_progress = transferProgress;
    options.callbacks.sideband_progress = sidebandProgress;
    options.callbacks.credentials = credentials;
    options.callbacks.payload = &state;
    options.prune = GIT_FETCH_NO_PRUNE;
    const int rc = git_remote_fetch(raw, nullptr, &options, "fetch (tierdesk)");
    if (rc != 0 || state.cancelled) {
        if (state.cancelled || job.isCancelled())
            return fail(Tr::tr("Fetching from “%1” was cancelled.").arg(remote), {}, GIT_EUSER);
        return git::failGit(rc, Tr::tr("Could not fetch from “%1” (%2).").arg(remote, report.url));
    }
    const auto after = trackingRefs(repo->raw(), remote);
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            report.updatedRefs.append(it.key());
    report.updatedRefs.sort();
    report.receivedObjects = state.received;
    report.receivedBytes = state.bytes;
    return report;
}

} // namespace tierdesk
