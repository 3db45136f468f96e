// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/PromotionPublish.h"

#include "promotion/PromotionDraftStore.h"
#include "github/GitHubClient.h"
#include "core/Redact.h"
#include "core/Tr.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::PromotionPublish;

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

Error cancelledError() { return Error{Tr::tr("Publishing was cancelled; the draft is kept."), {}, GIT_EUSER}; }

// The push's credentials: those given, with the GitHub token for HTTPS unless another was given.
GitCredentials pushCredentials(const PublishOptions &options)
{
    GitCredentials credentials = options.credentials;
    if (credentials.httpsToken.isEmpty())
        credentials.httpsToken = options.token;
    return credentials;
}

// One publication under way: what its steps read, and what they record.
struct Publication {
    const git::Repository &repo;
    const PublishOptions &options;
    const JobControl &job;
    PromotionDraftStore store;
    GitCredentials credentials;
    PublishOutcome out;

    static constexpr int Steps = 4;
};
} // namespace

namespace {
// Pushes both draft branches to the fork and records that they are there.
[[nodiscard]] Status pushDraftBranches(Publication &p)
{
    const PublishOptions &options = p.options;
    PromotionDraft &draft = p.out.draft;
    if (options.remote.isEmpty())
        return fail(Tr::tr("Choose the remote (your fork) to push the draft branches to."));
    for (const QString &b : draft.branchNames())
        if (!isDraftBranchName(b))
            return fail(Tr::tr("“%1” is not a tierdesk/… branch a draft created; nothing was pushed.").arg(b));
    if (auto allowed = checkPushTarget(p.repo, options); !allowed)
        return allowed;
    p.job.progress(0, Publication::Steps, Tr::tr("Pushing the draft branches"));
    auto report = pushBranches(p.repo, options.remote, draft.branchNames(), p.credentials, p.job);
    if (!report)
        return std::unexpected(scrubbed(report.error(), options));
    p.out.push = *report;
    if (!report->ok())
        return fail(Tr::tr("%1 refused the draft branches: %2").arg(report->url, report->rejections().join(u"; "_s)),
                    report->remoteMessages.join(u'\n'));
    draft.pushRemote = options.remote;
    draft.pushedAt = QDateTime::currentDateTimeUtc();
    return p.store.save(draft);
}

void addCompareUrls(PublishOutcome &out, const PublishTarget &target)
{
    const PromotionDraft &draft = out.draft;
    if (draft.promotion.exists())
        out.promotionCompareUrl = target.endpoint.compareUrl(target.upstream, draft.promotion.baseTier,
                                                             target.forkOwner, draft.promotion.name);
    out.removalCompareUrl = target.endpoint.compareUrl(target.upstream, draft.removal.baseTier, target.forkOwner,
                                                       draft.removal.name);
}

// Why no pull request is opened, if so: a sentence for the outcome's notes.
std::optional<QString> reasonNotToOpen(const PublishOptions &options)
{
    if (!options.openPullRequests)
        return Tr::tr("No pull requests were opened, as asked.");
    if (options.token.isEmpty())
        return Tr::tr("No GitHub token was found (GITHUB_TOKEN, GH_TOKEN, ~/.elastic/github.token or the "
                      "system keychain): open the pull requests from the compare links.");
    return std::nullopt;
}

// Opens (or, after an earlier attempt GitHub completed, finds) one pull request and records it.
[[nodiscard]] Status openPullRequest(Publication &p, GitHubClient &client, const PublishTarget &target,
                                     DraftBranch &branch, const QString &body)
{
    if (branch.pullRequest.exists())
        return {};
    NewPullRequest request{target.upstream, branch.baseTier, target.forkOwner, branch.name, branch.title, body};
    auto made = client.createPullRequestAndWait(request, p.job);
    if (!made && GitHubClient::isAlreadyExists(made.error())) {
        // An earlier attempt GitHub completed without our hearing of it: adopt that pull request.
        auto existing = client.findOpenPullRequestAndWait(target.upstream, branch.baseTier, target.forkOwner,
                                                          branch.name, p.job);
        if (existing || existing.error().code != GIT_ENOTFOUND)
            made = existing;
    }
    if (!made)
        return std::unexpected(scrubbed(made.error(), p.options));
    branch.pullRequest = {made->number, made->url};
    return p.store.save(p.out.draft);
}

// Compares the destination tier, fetched when it can be, with the promoted versions; notes what it found.
void noteRemovalSafety(Publication &p)
{
    p.job.progress(2, Publication::Steps, Tr::tr("Checking the destination tier"));
    auto safety = checkRemovalSafety(p.repo, p.out.draft, p.options.upstreamRemote, p.credentials, p.job);
    if (!safety)
        return;
    p.out.safety = *safety;
    p.out.notes.append(safety->sentence());
    if (!safety->fetchProblem.isEmpty())
        p.out.notes.append(Tr::tr("The destination tier could not be fetched: %1")
                               .arg(redactSecret(safety->fetchProblem, p.options.token)));
}

// The promotion's pull request first, then the removal's, which links to it.
[[nodiscard]] Status openPullRequests(Publication &p, const PublishTarget &target)
{
    GitHubClient client(target.endpoint, p.options.token);
    client.setTimeout(p.options.timeout);
    PromotionDraft &draft = p.out.draft;
    draft.apiUrl = target.endpoint.api.toString();
    draft.upstream = target.upstream.fullName();
    draft.forkOwner = target.forkOwner;
    if (draft.promotion.exists()) {
        p.job.progress(1, Publication::Steps, Tr::tr("Opening the promotion pull request"));
        if (auto s = openPullRequest(p, client, target, draft.promotion, draft.promotion.body); !s)
            return s;
    }
    if (p.job.isCancelled())
        return std::unexpected(cancelledError());
    noteRemovalSafety(p);
    if (p.job.isCancelled())
        return std::unexpected(cancelledError());
    p.job.progress(3, Publication::Steps, Tr::tr("Opening the removal pull request"));
    if (auto s = openPullRequest(p, client, target, draft.removal, removalBodyFor(draft, &target)); !s)
        return s;
    p.job.progress(Publication::Steps, Publication::Steps, QString());
    return {};
}
} // namespace

Result<PublishOutcome> publishDraft(const QString &repositoryPath, const QString &draftId, const PublishOptions &options,
                                    const JobControl &job)
{
    auto repo = git::Repository::open(repositoryPath);
    if (!repo)
        return std::unexpected(repo.error());
    auto found = findDraft(repositoryPath, draftId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->branchesIntact)
        return fail(Tr::tr("A branch of the draft %1 was moved or deleted since drafting; delete the draft and draft "
                       "again.")
                        .arg(found->id));
    Publication p{*repo, options, job, PromotionDraftStore(*repo), pushCredentials(options), {}};
    p.out.draft = *found;
    if (options.push) {
        if (auto pushed = pushDraftBranches(p); !pushed)
            return std::unexpected(pushed.error());
    }
    if (job.isCancelled())
        return std::unexpected(cancelledError());

    auto target = resolvePublishTarget(*repo, options);
    if (target)
        addCompareUrls(p.out, *target);
    if (const auto reason = reasonNotToOpen(options)) {
        p.out.notes.append(*reason);
        return std::move(p.out);
    }
    if (!target)
        return std::unexpected(target.error());
    if (auto opened = openPullRequests(p, *target); !opened)
        return std::unexpected(opened.error());
    return std::move(p.out);
}

} // namespace tierdesk
