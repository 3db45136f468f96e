#include "promotion/PromotionPublish.h"

#include "promotion/PromotionDraftStore.h"
#include "github/TokenSource.h"
#include "core/Tr.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::PromotionPublish;

std::optional<GitHubRepo> repoOfRemote(const git::Repository &repo, const QString &remote)
{
    if (remote.isEmpty())
        return std::nullopt;
    auto url = remoteUrl(repo, remote);
    if (!url)
        return std::nullopt;
    return GitHubRepo::fromRemoteUrl(*url);
}

// Scrubs the token from every sentence that leaves this file.
Error scrubbed(Error e, const PublishOptions &o)
{
    e.message = redactSecret(e.message, o.token);
    e.detail = redactSecret(e.detail, o.token);
    if (!o.credentials.httpsToken.isEmpty()) {
        e.message = redactSecret(e.message, o.credentials.httpsToken);
        e.detail = redactSecret(e.detail, o.credentials.httpsToken);
    }
    return e;
}
} // namespace

Result<PublishTarget> resolvePublishTarget(const git::Repository &repo, const PublishOptions &options)
{
    const std::optional<GitHubRepo> upstreamFromRemote = repoOfRemote(repo, options.upstreamRemote);
    PublishTarget target;
    QString host = upstreamFromRemote ? upstreamFromRemote->host : QString();
    if (!options.apiUrl.isEmpty()) {
        target.endpoint = GitHubEndpoint::fromApiUrl(options.apiUrl);
        host = target.endpoint.web.host();
    } else {
        target.endpoint = GitHubEndpoint::forHost(host);
    }
    if (!options.upstream.isEmpty()) {
        auto named = GitHubRepo::fromFullName(options.upstream, host);
        if (!named)
            return fail(Tr::tr("“%1” is not a GitHub repository name of the form owner/repository.").arg(options.upstream));
        target.upstream = *named;
    } else if (upstreamFromRemote) {
        target.upstream = *upstreamFromRemote;
    } else {
        return fail(Tr::tr("Cannot tell which GitHub repository the pull requests belong to: the remote “%1” has no GitHub "
                       "address; name it (owner/repository).")
                        .arg(options.upstreamRemote));
    }
    if (!options.forkOwner.isEmpty()) {
        target.forkOwner = options.forkOwner;
    } else if (auto fork = repoOfRemote(repo, options.remote)) {
        target.forkOwner = fork->owner;
    } else {
        return fail(Tr::tr("Cannot tell who owns the fork “%1”: name the fork's owner.").arg(options.remote));
    }
    return target;
}

QString removalBodyFor(const PromotionDraft &draft, const PublishTarget *target)
{
    QString link;
    if (!draft.promotion.exists())
        link = Tr::tr("`%1`, which already has every version").arg(draft.destinationTier);
    else if (draft.promotion.pullRequest.exists())
        link = draft.promotion.pullRequest.url;
    else if (target)
        link = target->endpoint.compareUrl(target->upstream, draft.promotion.baseTier, target->forkOwner,
                                           draft.promotion.name);
    else
        link = u"`"_s + draft.promotion.name + u'`';
    return withPromotionLink(draft.removal.body, link);
}

Result<PublishOutcome> publishDraft(const QString &repositoryPath, const QString &draftId, const PublishOptions &options,
                                    const JobControl &job)
{
    auto opened = git::Repository::open(repositoryPath);
    if (!opened)
        return std::unexpected(opened.error());
    const git::Repository &repo = *opened;
    auto found = findDraft(repositoryPath, draftId);
    if (!found)
        return std::unexpected(found.error());
    PublishOutcome out;
    out.draft = *found;
    PromotionDraft &draft = out.draft;
    if (!draft.branchesIntact)
        return fail(Tr::tr("A branch of the draft %1 was moved or deleted since drafting; delete the draft and draft "
                       "again.")
                        .arg(draft.id));
    PromotionDraftStore store(repo);
    auto cancelled = [] { return fail(Tr::tr("Publishing was cancelled; the draft is kept."), {}, GIT_EUSER); };
    const int steps = 4;

    GitCredentials credentials = options.credentials;
    if (credentials.httpsToken.isEmpty())
        credentials.httpsToken = options.token;
    if (options.push) {
        if (options.remote.isEmpty())
            return fail(Tr::tr("Choose the remote (your fork) to push the draft branches to."));
        job.progress(0, steps, Tr::tr("Pushing the draft branches"));
        auto report = pushBranches(repo, options.remote, draft.branchNames(), credentials, job);
        if (!report)
            return std::unexpected(scrubbed(report.error(), options));
        out.push = *report;
        if (!report->ok())
            return fail(Tr::tr("%1 refused the draft branches: %2").arg(report->url, report->rejections().join(u"; "_s)),
                        report->remoteMessages.join(u'\n'));
        draft.pushRemote = options.remote;
        draft.pushedAt = QDateTime::currentDateTimeUtc();
        if (auto s = store.save(draft); !s)
            return std::unexpected(s.error());
    }
    if (job.isCancelled())
        return cancelled();

    auto target = resolvePublishTarget(repo, options);
    if (target) {
        if (draft.promotion.exists())
            out.promotionCompareUrl = target->endpoint.compareUrl(target->upstream, draft.promotion.baseTier,
                                                                  target->forkOwner, draft.promotion.name);
        out.removalCompareUrl = target->endpoint.compareUrl(target->upstream, draft.removal.baseTier,
                                                            target->forkOwner, draft.removal.name);
    }
    if (!options.openPullRequests) {
        out.notes.append(Tr::tr("No pull requests were opened, as asked."));
        return out;
    }
    if (options.token.isEmpty()) {
        out.notes.append(Tr::tr("No GitHub token was found (GITHUB_TOKEN, GH_TOKEN, ~/.elastic/github.token or the "
                            "system keychain): open the pull requests from the compare links."));
        return out;
    }
    if (!target)
        return std::unexpected(target.error());

    GitHubClient client(target->endpoint, options.token);
    client.setTimeout(options.timeout);
    draft.apiUrl = target->endpoint.api.toString();
    draft.upstream = target->upstream.fullName();
    draft.forkOwner = target->forkOwner;

    // Opens (or, after an earlier attempt GitHub completed, finds) one pull request and records it.
    auto open = [&](DraftBranch &branch, const QString &body) -> Status {
        if (branch.pullRequest.exists())
            return {};
        NewPullRequest request{target->upstream, branch.baseTier, target->forkOwner, branch.name, branch.title, body};
        auto made = client.createPullRequestAndWait(request, job);
        if (!made && GitHubClient::isAlreadyExists(made.error())) {
            // An earlier attempt GitHub completed without our hearing of it: adopt that pull request.
            auto existing = client.findOpenPullRequestAndWait(target->upstream, branch.baseTier, target->forkOwner,
                                                              branch.name, job);
            if (existing || existing.error().code != GIT_ENOTFOUND)
                made = existing;
        }
        if (!made)
            return std::unexpected(scrubbed(made.error(), options));
        branch.pullRequest = {made->number, made->url};
        return store.save(draft);
    };

    if (draft.promotion.exists()) {
        job.progress(1, steps, Tr::tr("Opening the promotion pull request"));
        if (auto s = open(draft.promotion, draft.promotion.body); !s)
            return std::unexpected(s.error());
    }
    if (job.isCancelled())
        return cancelled();

    job.progress(2, steps, Tr::tr("Checking the destination tier"));
    auto safety = checkRemovalSafety(repo, draft, options.upstreamRemote, credentials, job);
    if (safety) {
        out.safety = *safety;
        out.notes.append(safety->sentence());
        if (!safety->fetchProblem.isEmpty())
            out.notes.append(Tr::tr("The destination tier could not be fetched: %1")
                                 .arg(redactSecret(safety->fetchProblem, options.token)));
    }
    if (job.isCancelled())
        return cancelled();

    job.progress(3, steps, Tr::tr("Opening the removal pull request"));
    if (auto s = open(draft.removal, removalBodyFor(draft, &*target)); !s)
        return std::unexpected(s.error());
    job.progress(steps, steps, QString());
    return out;
}

} // namespace tierdesk
