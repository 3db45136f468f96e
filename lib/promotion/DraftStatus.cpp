// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/DraftStatus.h"

#include "core/Tr.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::PromotionSafety;

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

bool hasPullRequests(const PromotionDraft &draft)
{
    return draft.promotion.pullRequest.exists() || draft.removal.pullRequest.exists();
}

Result<DraftStatus> withRemovalVerdict(const QString &repositoryPath, const PromotionDraft &draft, DraftStatus states,
                                       const DraftStatusOptions &options, const JobControl &job)
{
    auto repo = git::Repository::open(repositoryPath);
    if (!repo)
        return std::unexpected(repo.error());
    auto safety = checkRemovalSafety(*repo, draft, options.upstreamRemote, options.credentials, job);
    if (safety)
        states.safety = *safety;
    judgeRemoval(states, draft);
    return states;
}

} // namespace tierdesk
