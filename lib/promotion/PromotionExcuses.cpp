// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/PromotionExcuses.h"

#include "promotion/PromotionChecks.h"
#include "core/Tr.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::PromotionChecks; // the explanations speak the checks' language

// The version at `rank` and above, highest tier first: how a distribution looks a version up.
QList<const TierState *> tiersFrom(const StorageSnapshot &snapshot, int rank)
{
    QList<const TierState *> out;
    for (const TierState &t : snapshot.tiers)
        if (t.present() && t.rank >= rank)
            out.prepend(&t);
    return out;
}

const TierState *nextTierUp(const StorageSnapshot &snapshot, const TierState &tier)
{
    for (const TierState &t : snapshot.tiers)
        if (t.present() && t.rank > tier.rank)
            return &t;
    return nullptr;
}

// Each present tier's versions by package name, in the tier's order: built once, so
// explaining every version looks its package up instead of scanning the tiers for
// each one (quadratic at ten times the real size). Lookups find what a scan would.
class PackageIndex {
public:
    explicit PackageIndex(const StorageSnapshot &snapshot)
    {
        for (const TierState &t : snapshot.tiers) {
            if (!t.present())
                continue;
            QHash<QString, QList<const PackageVersion *>> &byName = m_tiers[&t];
            for (const PackageVersion &v : t.versions)
                byName[v.name].append(&v);
        }
    }
    const QList<const PackageVersion *> &of(const TierState *tier, const QString &name) const
    {
        static const QList<const PackageVersion *> none;
        const auto t = m_tiers.constFind(tier);
        if (t == m_tiers.cend())
            return none;
        const auto versions = t->constFind(name);
        return versions == t->cend() ? none : *versions;
    }

private:
    QHash<const TierState *, QHash<QString, QList<const PackageVersion *>>> m_tiers;
};

// The newest parseable version of `name` in `tiers`.
const PackageVersion *newestOf(const PackageIndex &index, const QList<const TierState *> &tiers, const QString &name)
{
    const PackageVersion *best = nullptr;
    for (const TierState *t : tiers)
        for (const PackageVersion *v : index.of(t, name))
            if (v->version && (!best || *v->version > *best->version))
                best = v;
    return best;
}

// The first copy of `key` the distribution of `tiers` finds.
const PackageVersion *servedCopy(const PackageIndex &index, const QList<const TierState *> &tiers,
                                 const QString &name, const QString &version)
{
    for (const TierState *t : tiers)
        for (const PackageVersion *v : index.of(t, name))
            if (v->versionText == version)
                return v;
    return nullptr;
}

class Explainer {
public:
    Explainer(const StorageSnapshot &snapshot, const PackageIndex &index, const PackageVersion &v,
              const QList<PendingDraft> &pending)
        : m_snapshot(snapshot), m_index(index), m_v(v), m_pending(pending), m_what(v.name + u' ' + v.versionText)
    {
        m_excuse.tier = v.tier;
        m_excuse.name = v.name;
        m_excuse.version = v.versionText;
    }

    VersionExcuse run(const DevelopmentPathsOf &devPaths);

private:
    void add(const QString &id, bool blocks, const QString &message) { m_excuse.reasons.append({id, blocks, message}); }
    bool blocked() const
    {
        return std::any_of(m_excuse.reasons.cbegin(), m_excuse.reasons.cend(),
                           [](const ExcuseReason &r) { return r.blocks; });
    }
    void contentReasons();
    void servedReasons(const QList<const TierState *> &distribution, const TierState &target);
    void overwriteReason(const TierState &target);
    void newestReasons(const QList<const TierState *> &distribution, const TierState &target);
    void pendingReasons();
    void candidateReason(const QList<const TierState *> &distribution, const TierState &target);

    const StorageSnapshot &m_snapshot;
    const PackageIndex &m_index;
    const PackageVersion &m_v;
    const QList<PendingDraft> &m_pending;
    const QString m_what;
    VersionExcuse m_excuse;
};

void Explainer::contentReasons()
{
    if (!m_v.version)
        add(u"not-a-version"_s, true,
            Tr::tr("The directory name “%1” is not a semantic version, so it cannot be promoted.").arg(m_v.versionText));
    for (const Problem &p : m_v.problems)
        if (p.kind != ProblemKind::NotAVersion) // said above, once
            add(u"manifest-problem"_s, true, Tr::tr("%1 has a manifest problem: %2").arg(m_what, p.message));
}

// Whether the target's distribution already finds this version, and which copy.
void Explainer::servedReasons(const QList<const TierState *> &distribution, const TierState &target)
{
    const PackageVersion *served = servedCopy(m_index, distribution, m_v.name, m_v.versionText);
    if (!served)
        return;
    if (served->tree == m_v.tree) {
        add(u"served-above"_s, true,
            Tr::tr("%1 already serves %2 with identical content from %3: it is promoted, only its removal from %4 "
                   "is pending.")
                .arg(target.name, m_what, served->tier, m_v.tier));
    } else if (served->tier != target.name) {
        add(u"shadowed"_s, true,
            Tr::tr("%1 holds %2 with different content, and %3's distribution serves that copy first: this copy "
                   "would never be served.")
                .arg(served->tier, m_what, target.name));
    } else {
        overwriteReason(target);
    }
}

// The target itself holds other content under this version: what its policy allows.
void Explainer::overwriteReason(const TierState &target)
{
    switch (tierRole(m_snapshot.config, target.name)) {
    case TierRole::Production:
        add(u"overwrite-policy"_s, true,
            Tr::tr("%1 already has %2 with different content, and a production version is never overwritten.")
                .arg(target.name, m_what));
        break;
    case TierRole::Staging:
        add(u"overwrite-policy"_s, false,
            Tr::tr("%1 already has %2 with different content: promoting it overwrites that copy, which needs "
                   "a confirmation.")
                .arg(target.name, m_what));
        break;
    case TierRole::Snapshot:
        add(u"overwrite-policy"_s, false,
            Tr::tr("%1 already has %2 with different content; it may be overwritten.").arg(target.name, m_what));
        break;
    }
}

// Only the newest version of a tier goes up, and only when it is newer than what the target serves.
void Explainer::newestReasons(const QList<const TierState *> &distribution, const TierState &target)
{
    if (!m_v.version)
        return;
    const TierState *own = m_snapshot.tier(m_v.tier);
    if (const PackageVersion *newest = newestOf(m_index, {own}, m_v.name); newest && *newest->version > *m_v.version)
        add(u"not-newest"_s, true,
            Tr::tr("%1 is not the newest version of %2 in %3: %4 is.").arg(m_v.versionText, m_v.name, m_v.tier,
                                                                           newest->versionText));
    const PackageVersion *served = newestOf(m_index, distribution, m_v.name);
    if (served && served->versionText != m_v.versionText && !(*m_v.version > *served->version))
        add(u"not-newer"_s, true,
            Tr::tr("%1's distribution serves %2 %3 (from %4), which is newer than %5.")
                .arg(target.name, m_v.name, served->versionText, served->tier, m_v.versionText));
}

void Explainer::pendingReasons()
{
    // Published and local drafts call for different next steps: wait for the merge, or publish or delete.
    QStringList published, local;
    for (const PendingDraft &p : pendingFor(m_pending, m_snapshot.config, m_v.tier, m_v.key()))
        (p.pullRequestUrls.isEmpty() ? local : published).append(p.label());
    if (!published.isEmpty())
        add(u"pending-draft"_s, true,
            Tr::tr("%1 is already in %2: its pull requests are open.").arg(m_what, published.join(u", "_s)));
    if (!local.isEmpty())
        add(u"pending-draft"_s, true,
            Tr::tr("%1 is already in %2, not published yet: publish it or delete it.").arg(m_what, local.join(u", "_s)));
}

void Explainer::candidateReason(const QList<const TierState *> &distribution, const TierState &target)
{
    const PackageVersion *served = newestOf(m_index, distribution, m_v.name);
    add(u"candidate"_s, false,
        served ? Tr::tr("Candidate for %1: newer than %2, the newest version of %3 it serves (from %4).")
                     .arg(target.name, served->versionText, m_v.name, served->tier)
               : Tr::tr("Candidate for %1: its distribution serves no version of %2 yet.").arg(target.name, m_v.name));
}

VersionExcuse Explainer::run(const DevelopmentPathsOf &devPaths)
{
    const TierState *own = m_snapshot.tier(m_v.tier);
    const TierState *target = own ? nextTierUp(m_snapshot, *own) : nullptr;
    if (!target) {
        add(u"top-tier"_s, true,
            Tr::tr("%1 is the highest tier: there is nothing to promote %2 to.").arg(m_v.tier, m_what));
        return m_excuse;
    }
    m_excuse.targetTier = target->name;
    const QList<const TierState *> distribution = tiersFrom(m_snapshot, target->rank);
    contentReasons();
    servedReasons(distribution, *target);
    newestReasons(distribution, *target);
    pendingReasons();
    if (!blocked() && devPaths) {
        if (const QStringList paths = devPaths(m_v); !paths.isEmpty())
            add(u"development-files"_s, true,
                Tr::tr("%1 contains development files (%2), which must not be promoted.")
                    .arg(m_what, paths.mid(0, 3).join(u", "_s)));
    }
    m_excuse.candidate = !blocked();
    if (m_excuse.candidate)
        candidateReason(distribution, *target);
    std::stable_sort(m_excuse.reasons.begin(), m_excuse.reasons.end(),
                     [](const ExcuseReason &a, const ExcuseReason &b) { return a.blocks && !b.blocks; });
    return m_excuse;
}
} // namespace

QStringList VersionExcuse::reasonIds() const
{
    QStringList ids;
    for (const ExcuseReason &r : reasons)
        ids.append(r.id);
    return ids;
}

QString VersionExcuse::summary() const
{
    if (reasons.isEmpty())
        return {};
    if (candidate)
        for (const ExcuseReason &r : reasons)
            if (r.id == u"candidate")
                return r.message;
    return reasons.constFirst().message;
}

QJsonObject VersionExcuse::toJson() const
{
    QJsonArray list;
    for (const ExcuseReason &r : reasons)
        list.append(QJsonObject{{u"id"_s, r.id}, {u"blocks"_s, r.blocks}, {u"message"_s, r.message}});
    return QJsonObject{{u"tier"_s, tier},
                       {u"name"_s, name},
                       {u"version"_s, version},
                       {u"target"_s, targetTier.isEmpty() ? QJsonValue() : QJsonValue(targetTier)},
                       {u"candidate"_s, candidate},
                       {u"reasons"_s, list}};
}

VersionExcuse explainVersion(const StorageSnapshot &snapshot, const PackageVersion &version,
                             const QList<PendingDraft> &pending, const DevelopmentPathsOf &devPaths)
{
    return Explainer(snapshot, PackageIndex(snapshot), version, pending).run(devPaths);
}

QList<VersionExcuse> explainAll(const StorageSnapshot &snapshot, const QList<PendingDraft> &pending,
                                const DevelopmentPathsOf &devPaths)
{
    const PackageIndex index(snapshot);
    QList<VersionExcuse> out;
    out.reserve(snapshot.versionCount());
    for (const TierState &t : snapshot.tiers)
        if (t.present())
            for (const PackageVersion &v : t.versions)
                out.append(Explainer(snapshot, index, v, pending).run(devPaths));
    return out;
}

Result<QList<VersionExcuse>> explainRepository(const git::Repository &repo, const StorageSnapshot &snapshot)
{
    auto pending = findPendingDrafts(repo, snapshot.config);
    if (!pending)
        return std::unexpected(pending.error());
    const DevelopmentPathsOf devPaths = [&repo](const PackageVersion &v) {
        auto paths = developmentPaths(repo, v.tree);
        return paths ? *paths : QStringList();
    };
    return explainAll(snapshot, *pending, devPaths);
}

QList<VersionExcuse> explainRepository(const StorageSnapshot &snapshot)
{
    auto repo = git::Repository::open(snapshot.repositoryPath);
    if (repo)
        if (auto all = explainRepository(*repo, snapshot))
            return *all;
    return explainAll(snapshot);
}

CandidacyMarks candidacyMarks(const QList<VersionExcuse> &excuses)
{
    CandidacyMarks marks;
    for (const VersionExcuse &e : excuses)
        marks.insert(e.tier + u'/' + e.key(), CandidacyMark{e.candidate, e.has(u"pending-draft"_s), e.summary()});
    return marks;
}

} // namespace tierdesk
