// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/DraftStatus.h"

#include "github/GitHubClient.h"
#include "core/Redact.h"
#include "core/Tr.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::PromotionSafety;

PullRequestState stateOf(GitHubClient *client, const std::optional<GitHubRepo> &upstream, const DraftBranch &branch,
                         const DraftStatusOptions &options, const JobControl &job)
{
    if (!branch.exists() || !branch.pullRequest.exists())
        return {};
    if (!client || !upstream)
        return {QString(), options.token.isEmpty()
                               ? Tr::tr("no GitHub token was found, so the pull requests' states are unknown")
                               : Tr::tr("the draft does not record which GitHub repository its pull requests are in")};
    auto pr = client->getPullRequestAndWait(*upstream, branch.pullRequest.number, job);
    if (!pr)
        return {QString(), redactSecret(pr.error().text(), options.token)};
    return {pr->lifecycleId(), QString()};
}

QString promotionNotMerged(const PromotionDraft &draft, const PullRequestState &promotion)
{
    if (!draft.promotion.pullRequest.exists())
        return Tr::tr("Not safe to merge yet: the promotion has no pull request yet; publish it and merge it first.");
    if (promotion.id.isEmpty())
        return Tr::tr("Not known to be safe: the state of the promotion pull request %1 is unknown (%2).")
            .arg(draft.promotion.pullRequest.url, promotion.problem);
    if (promotion.id == u"closed")
        return Tr::tr("Do not merge: the promotion pull request %1 was closed without being merged.")
            .arg(draft.promotion.pullRequest.url);
    return Tr::tr("Not safe to merge yet: the promotion pull request %1 is %2, not merged.")
        .arg(draft.promotion.pullRequest.url, DraftStatus::stateText(promotion.id));
}
} // namespace

QString DraftStatus::stateText(const QString &id)
{
    if (id == u"draft")
        return Tr::tr("a draft");
    if (id == u"open")
        return Tr::tr("open");
    if (id == u"merged")
        return Tr::tr("merged");
    if (id == u"closed")
        return Tr::tr("closed");
    return Tr::tr("unknown");
}

DraftStatus pullRequestStates(const PromotionDraft &draft, const DraftStatusOptions &options, const JobControl &job)
{
    std::optional<GitHubRepo> upstream;
    if (!draft.upstream.isEmpty() && !draft.apiUrl.isEmpty())
        upstream = GitHubRepo::fromFullName(draft.upstream, GitHubEndpoint::fromApiUrl(QUrl(draft.apiUrl)).web.host());
    std::unique_ptr<GitHubClient> client;
    if (!options.token.isEmpty() && upstream) {
        client = std::make_unique<GitHubClient>(GitHubEndpoint::fromApiUrl(QUrl(draft.apiUrl)), options.token);
        client->setTimeout(options.timeout);
    }
    DraftStatus status;
    status.promotion = stateOf(client.get(), upstream, draft.promotion, options, job);
    status.removal = stateOf(client.get(), upstream, draft.removal, options, job);
    return status;
}

void judgeRemoval(DraftStatus &status, const PromotionDraft &draft)
{
    status.removalSafe = false;
    if (draft.promotion.exists() && status.promotion.id != u"merged") {
        status.removalVerdict = promotionNotMerged(draft, status.promotion);
        return;
    }
    if (!status.safety) {
        status.removalVerdict = Tr::tr("Not known to be safe: the destination tier could not be checked.");
        return;
    }
    status.removalSafe = status.safety->safe();
    status.removalVerdict = status.removalSafe
                                ? (draft.promotion.exists()
                                       ? Tr::tr("Safe to merge: the promotion pull request is merged and %1")
                                             .arg(status.safety->sentence())
                                       : Tr::tr("Safe to merge: there is no promotion pull request, and %1")
                                             .arg(status.safety->sentence()))
                                : status.safety->sentence();
}

Result<DraftStatus> draftStatus(const QString &repositoryPath, const PromotionDraft &draft,
                                const DraftStatusOptions &options, const JobControl &job)
{
    auto repo = git::Repository::open(repositoryPath);
    if (!repo)
        return std::unexpected(repo.error());
    DraftStatus status = pullRequestStates(draft, options, job);
    auto safety = checkRemovalSafety(*repo, draft, options.upstreamRemote, options.credentials, job);
    if (safety)
        status.safety = *safety;
    judgeRemoval(status, draft);
    return status;
}

} // namespace tierdesk
