// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drafts that already promote or remove a version: the draft store's records,
// and Tierdesk's draft branches (local, or fetched from a fork) that have no
// record here. A branch's versions are read from git objects, from what its
// commit changes against its parent, so a draft made in another clone counts.
// Reading the upstream's open pull requests from GitHub is tierdesk-github's
// (promotion/PullRequestLookup.h).
#include "promotion/PromotionDraft.h"
#include "core/TierConfig.h"
#include "github/GitHubRepo.h"

namespace tierdesk {

struct TIERDESK_CORE_EXPORT PendingDraft {
    QString id;              // the recorded draft's id; empty for a branch without a record
    QString branch;          // the reference it was found through (a record: its removal branch)
    QString sourceTier;      // the tier the versions are removed from; empty when only a promotion branch was found
    QString destinationTier; // the tier they are promoted to; empty when only a removal branch was found
    QStringList keys;        // name@version of every version it promotes or removes
    QStringList pullRequestUrls;
    int pullRequestNumber = 0; // an open pull request found upstream by its title (not a draft of this clone)
    QString author;            // its author's GitHub login

    // Whether it covers `tier`'s copy of `key` (name@version): removes it from there, or promotes it above it.
    bool covers(const TierConfig &config, const QString &tier, const QString &key) const;
    QString label() const;   // "the draft 20240101-1200-ab12cd3", the branch or the pull request, for sentences
};

// Every pending draft of `repo`; unreadable branches are skipped (a draft record is still found).
[[nodiscard]] TIERDESK_CORE_EXPORT Result<QList<PendingDraft>> findPendingDrafts(const git::Repository &repo,
                                                                               const TierConfig &config);

// The upstream's open pull requests that promote or remove listed versions, read from their titles
// (PullRequestTitle): a colleague's, the old tool's or another clone's. A title that is no promotion or
// removal, lists no versions, names a tier that is not configured or another branch than the pull request
// merges into is no pending draft. One already in `known` (by its URL: a draft of this clone) is left out.
TIERDESK_CORE_EXPORT QList<PendingDraft> pendingFromPullRequests(const QList<PullRequestSummary> &open,
                                                                 const TierConfig &config,
                                                                 const QList<PendingDraft> &known = {});
// The ones covering `tier`'s copy of `key`.
TIERDESK_CORE_EXPORT QList<PendingDraft> pendingFor(const QList<PendingDraft> &all, const TierConfig &config,
                                                    const QString &tier, const QString &key);

} // namespace tierdesk
