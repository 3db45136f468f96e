// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What publishing a draft needs and gives, without talking to GitHub: its
// options, where the branches and pull requests go (resolved from the remotes'
// URLs), the refusal to push to the upstream repository, the removal's body
// and the outcome. Publishing itself is tierdesk-github's publishDraft()
// (promotion/PromotionPublish.h).
#include "github/GitHubRepo.h"
#include "git/Remote.h"
#include "promotion/PromotionSafety.h"

#include <chrono>

namespace tierdesk {

struct PublishOptions {
    QString remote;                 // where the branches go: the user's fork, a remote name or URL
    bool push = true;               // false: the branches are on the remote already
    GitCredentials credentials;     // for the push; httpsToken defaults to `token`
    QString token;                  // the GitHub token; without it nothing is opened, compare URLs are offered
    bool openPullRequests = true;
    QString upstreamRemote = QStringLiteral("origin"); // names the upstream repository; fetched for the removal safety
    // Pushing to the repository the tier branches come from (upstreamRemote's URL) is refused unless allowed
    // for this one publication: draft branches belong in a fork.
    bool allowUpstream = false;
    QString upstream;               // "owner/repo" for the pull requests; default: from upstreamRemote's URL
    QString forkOwner;              // the head's owner; default: the owner in `remote`'s URL
    QUrl apiUrl;                    // GitHub API base (Enterprise: https://host/api/v3); default: from the upstream's host
    std::chrono::milliseconds timeout{30000};
};

// Where pull requests go, resolved from the options and the remotes' URLs.
struct PublishTarget {
    GitHubEndpoint endpoint;
    GitHubRepo upstream;
    QString forkOwner;
};

struct PublishOutcome {
    PromotionDraft draft;                 // as recorded afterwards (push state, pull-request links)
    std::optional<PushReport> push;
    std::optional<RemovalSafety> safety;  // checked before the removal pull request is opened
    QString promotionCompareUrl;          // to open a pull request by hand
    QString removalCompareUrl;
    QStringList notes;                    // sentences: what was skipped and why
};

[[nodiscard]] TIERDESK_CORE_EXPORT Result<PublishTarget>
    resolvePublishTarget(const git::Repository &repo, const PublishOptions &options);
// The endpoint and upstream repository alone (forkOwner empty): enough to read the upstream's pull requests.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<PublishTarget>
    resolveUpstreamTarget(const git::Repository &repo, const PublishOptions &options);

// Whether two remote URLs name the same repository (scheme, user, ".git" and a trailing "/" aside; GitHub
// addresses compared by host, owner and name, so git@host:o/r and https://host/o/r are the same).
TIERDESK_CORE_EXPORT bool sameRepository(const QString &urlA, const QString &urlB);

// Refuses `options.remote` when it is the upstream repository itself and that is not allowed for this run.
[[nodiscard]] TIERDESK_CORE_EXPORT Status checkPushTarget(const git::Repository &repo, const PublishOptions &options);

// The removal body with the promotion link filled in: the pull request's URL,
// else the promotion's compare URL (when `target` is known), else its branch.
TIERDESK_CORE_EXPORT QString removalBodyFor(const PromotionDraft &draft, const PublishTarget *target);

} // namespace tierdesk
