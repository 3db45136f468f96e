// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/PromotionSafety.h"

#include "core/Tr.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::PromotionSafety;

QStringList labelsWith(const QList<VersionSafety> &versions, VersionSafety::Status status)
{
    QStringList out;
    for (const VersionSafety &v : versions)
        if (v.status == status)
            out.append(v.version.label());
    return out;
}
// A version the destination's distribution served from a tier above it: that tier's branch (beside the
// destination's reference) must still hold it, for the destination's distribution to keep serving it.
VersionSafety::Status servedAboveStatus(const git::Repository &repo, const PromotionDraft &draft, const DraftVersion &v,
                                        git::ObjectId &tree)
{
    QString ref = draft.destinationRef;
    if (!ref.endsWith(u'/' + draft.destinationTier))
        return VersionSafety::Missing;
    ref.chop(draft.destinationTier.size());
    auto tip = repo.resolveCommit(ref + v.servedFrom);
    if (!tip)
        return VersionSafety::Missing;
    auto info = repo.commitInfo(*tip);
    if (!info)
        return VersionSafety::Missing;
    auto root = repo.lookupTree(info->tree);
    if (!root)
        return VersionSafety::Missing;
    auto sub = repo.subtree(root->get(), v.path());
    if (!sub)
        return VersionSafety::Missing;
    tree = git::ObjectId(git_tree_id(sub->get()));
    return tree == v.tree ? VersionSafety::Same : VersionSafety::Different;
}
} // namespace

bool RemovalSafety::safe() const
{
    for (const VersionSafety &v : versions)
        if (v.status != VersionSafety::Same)
            return false;
    return true;
}

QStringList RemovalSafety::missing() const { return labelsWith(versions, VersionSafety::Missing); }
QStringList RemovalSafety::different() const { return labelsWith(versions, VersionSafety::Different); }

QString RemovalSafety::sentence() const
{
    if (safe())
        return Tr::tr("%1 contains every promoted version with the same tree id (checked against %2): the removal can "
                  "be merged.")
            .arg(destinationTier, checkedAgainst);
    QStringList parts;
    if (const QStringList m = missing(); !m.isEmpty())
        parts.append(Tr::tr("%1 does not contain %2 yet (checked against %3): merge the promotion first, then the "
                        "removal.")
                         .arg(destinationTier, m.join(u", "_s), checkedAgainst));
    if (const QStringList d = different(); !d.isEmpty())
        parts.append(Tr::tr("%1 has %2 with different content than promoted (checked against %3): do not merge the "
                        "removal.")
                         .arg(destinationTier, d.join(u", "_s), checkedAgainst));
    return parts.join(u' ');
}

Result<RemovalSafety> removalSafetyAt(const git::Repository &repo, const PromotionDraft &draft,
                                      const git::ObjectId &destinationCommit)
{
    auto info = repo.commitInfo(destinationCommit);
    if (!info)
        return std::unexpected(info.error());
    auto root = repo.lookupTree(info->tree);
    if (!root)
        return std::unexpected(root.error());
    RemovalSafety safety;
    safety.destinationTier = draft.destinationTier;
    safety.destinationTip = destinationCommit;
    for (const DraftVersion &v : draft.versions) {
        if (!v.promoted)
            continue;
        VersionSafety s;
        s.version = v;
        if (!v.servedFrom.isEmpty()) {
            s.status = servedAboveStatus(repo, draft, v, s.destinationTree);
            safety.versions.append(s);
            continue;
        }
        auto sub = repo.subtree(root->get(), v.path());
        if (sub) {
            s.destinationTree = git::ObjectId(git_tree_id(sub->get()));
            s.status = s.destinationTree == v.tree ? VersionSafety::Same : VersionSafety::Different;
        }
        safety.versions.append(s);
    }
    return safety;
}

Result<RemovalSafety> checkRemovalSafety(const git::Repository &repo, const PromotionDraft &draft,
                                         const QString &upstreamRemote, const GitCredentials &credentials,
                                         const JobControl &job)
{
    QString fetchProblem;
    if (!upstreamRemote.isEmpty()) {
        auto tip = fetchBranchTip(repo, upstreamRemote, draft.destinationTier, credentials, job);
        if (tip) {
            auto safety = removalSafetyAt(repo, draft, *tip);
            if (safety)
                safety->checkedAgainst = Tr::tr("%1 on %2, just fetched").arg(draft.destinationTier, displayUrl(upstreamRemote));
            return safety;
        }
        if (tip.error().code == GIT_EUSER && job.isCancelled())
            return std::unexpected(tip.error());
        fetchProblem = tip.error().text();
    }
    auto local = repo.resolveCommit(draft.destinationRef);
    if (!local)
        return std::unexpected(local.error());
    auto safety = removalSafetyAt(repo, draft, *local);
    if (safety) {
        safety->checkedAgainst = Tr::tr("the local %1 branch, not fetched").arg(draft.destinationRef);
        safety->fetchProblem = fetchProblem;
    }
    return safety;
}

Result<RemovalSafety> checkRemovalSafety(const QString &repositoryPath, const QString &draftId,
                                         const QString &upstreamRemote, const GitCredentials &credentials,
                                         const JobControl &job)
{
    auto repo = git::Repository::open(repositoryPath);
    if (!repo)
        return std::unexpected(repo.error());
    auto draft = findDraft(repositoryPath, draftId);
    if (!draft)
        return std::unexpected(draft.error());
    return checkRemovalSafety(*repo, *draft, upstreamRemote, credentials, job);
}

} // namespace tierdesk
