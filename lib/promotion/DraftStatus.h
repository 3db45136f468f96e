// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A draft followed to the merge: each pull request's state on GitHub (draft,
// open, merged, closed) and whether the removal may be merged now. The removal
// is safe to merge when the promotion's pull request is merged (or there is
// none: the destination's distribution served every version already) and the
// destination holds the very same trees. Asking GitHub for the states is
// tierdesk-github's (promotion/PullRequestLookup.h).
#include "promotion/PromotionSafety.h"

#include <chrono>

namespace tierdesk {

struct PullRequestState {
    QString id;      // "draft", "open", "merged", "closed"; empty when unknown or there is none
    QString problem; // why it is unknown (no token, GitHub's answer); empty otherwise
};

struct TIERDESK_CORE_EXPORT DraftStatus {
    PullRequestState promotion;
    PullRequestState removal;
    std::optional<RemovalSafety> safety;
    bool removalSafe = false;
    QString removalVerdict; // one sentence: safe to merge, or why not

    static QString stateText(const QString &id); // translated "draft", "open", "merged", "closed", "unknown"
};

struct DraftStatusOptions {
    QString token;                                     // without it the states stay unknown, with that reason
    QString upstreamRemote = QStringLiteral("origin"); // fetched for the removal safety; empty: local branch only
    GitCredentials credentials;
    std::chrono::milliseconds timeout{30000};
};

// Whether any branch of the draft has a pull request: only then do its states need GitHub.
TIERDESK_CORE_EXPORT bool hasPullRequests(const PromotionDraft &draft);
// Fills removalSafe and removalVerdict from the states and the safety check.
TIERDESK_CORE_EXPORT void judgeRemoval(DraftStatus &status, const PromotionDraft &draft);
// `states` (tierdesk-github's pullRequestStates(), or none when the draft has no pull request) with the
// safety, fetching the destination when it can, and the verdict.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<DraftStatus> withRemovalVerdict(const QString &repositoryPath,
                                                                          const PromotionDraft &draft,
                                                                          DraftStatus states,
                                                                          const DraftStatusOptions &options,
                                                                          const JobControl &job = {});

} // namespace tierdesk
