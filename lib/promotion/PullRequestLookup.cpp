// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/PullRequestLookup.h"

#include "github/GitHubClient.h"
#include "core/Redact.h"
#include "core/Tr.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// The states' sentences are the draft status's.
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
} // namespace

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

Result<DraftStatus> draftStatus(const QString &repositoryPath, const PromotionDraft &draft,
                                const DraftStatusOptions &options, const JobControl &job)
{
    return withRemovalVerdict(repositoryPath, draft, pullRequestStates(draft, options, job), options, job);
}

Result<QList<PendingDraft>> findOpenPullRequestDrafts(const git::Repository &repo, const PublishOptions &options,
                                                      const TierConfig &config, const QList<PendingDraft> &known,
                                                      const JobControl &job)
{
    auto target = resolveUpstreamTarget(repo, options);
    if (!target)
        return std::unexpected(target.error());
    GitHubClient client(target->endpoint, options.token);
    client.setTimeout(options.timeout);
    auto open = client.listOpenPullRequestsAndWait(target->upstream, job);
    if (!open)
        return std::unexpected(open.error());
    return pendingFromPullRequests(*open, config, known);
}

} // namespace tierdesk
