// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asking GitHub about pull requests: the states of a draft's own (for the
// drafts view and `drafts`), and the upstream's open ones that promote or
// remove listed versions (pending drafts of colleagues, the old tool or
// another clone). Part of tierdesk-github; what is done with the answers is
// tierdesk-core's (promotion/DraftStatus.h, promotion/PendingDrafts.h).
#include "promotion/DraftStatus.h"
#include "promotion/PendingDrafts.h"
#include "promotion/PublishTarget.h"
#include "tierdesk_github_export.h"

namespace tierdesk {

// The pull requests' states (one GET each) for a draft; blocking: a worker thread or the CLI.
[[nodiscard]] TIERDESK_GITHUB_EXPORT DraftStatus pullRequestStates(const PromotionDraft &draft,
                                                                   const DraftStatusOptions &options,
                                                                   const JobControl &job = {});
// States, safety (fetching the destination when it can) and the verdict.
[[nodiscard]] TIERDESK_GITHUB_EXPORT Result<DraftStatus> draftStatus(const QString &repositoryPath,
                                                                     const PromotionDraft &draft,
                                                                     const DraftStatusOptions &options,
                                                                     const JobControl &job = {});

// The upstream's open pull requests as pending drafts (pendingFromPullRequests): the upstream named by
// `options` (resolveUpstreamTarget), with its token. Blocking: a worker thread or the CLI.
[[nodiscard]] TIERDESK_GITHUB_EXPORT Result<QList<PendingDraft>>
    findOpenPullRequestDrafts(const git::Repository &repo, const PublishOptions &options, const TierConfig &config,
                              const QList<PendingDraft> &known, const JobControl &job = {});

} // namespace tierdesk
