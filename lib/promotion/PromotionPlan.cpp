// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/PromotionPlan.h"

#include "core/NameSuggestion.h"
#include "core/Tr.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::PromotionPlan;

// Oldest first; directories that are not versions after the versions, by name.
bool olderFirst(const PackageVersion &a, const PackageVersion &b)
{
    if (a.name != b.name)
        return a.name < b.name;
    if (a.version && b.version)
        return *a.version < *b.version;
    if (a.version.has_value() != b.version.has_value())
        return a.version.has_value();
    return a.versionText < b.versionText;
}

bool newer(const PackageVersion &a, const PackageVersion &b)
{
    if (a.version && b.version)
        return *a.version > *b.version;
    return a.version.has_value() && !b.version.has_value();
}

QList<const PackageVersion *> versionsOf(const TierState &tier, const QString &name)
{
    QList<const PackageVersion *> out;
    for (const PackageVersion &v : tier.versions)
        if (v.name == name)
            out.append(&v);
    return out;
}

const PackageVersion *newestOf(const QList<const PackageVersion *> &versions)
{
    const PackageVersion *best = nullptr;
    for (const PackageVersion *v : versions)
        if (!best || newer(*v, *best))
            best = v;
    return best;
}
[[nodiscard]] Status tiersAllow(const TierState *src, const TierState *dst, const PromotionRequest &request)
{
    if (!src)
        return fail(Tr::tr("There is no tier named “%1”.").arg(request.sourceTier));
    if (!dst)
        return fail(Tr::tr("There is no tier named “%1”.").arg(request.destinationTier));
    if (!src->present())
        return fail(Tr::tr("The tier “%1” has no branch in this repository.").arg(src->name));
    if (!dst->present())
        return fail(Tr::tr("The tier “%1” has no branch in this repository.").arg(dst->name));
    if (dst->rank <= src->rank)
        return fail(Tr::tr("Packages are promoted to a higher tier: “%1” is not above “%2”.").arg(dst->name, src->name));
    if (request.versions.isEmpty())
        return fail(Tr::tr("No package versions were chosen."));
    return {};
}

// The version `spec` names in the source tier; its newest when it names none.
[[nodiscard]] Result<const PackageVersion *> chosenVersion(const TierState &src,
                                                           const QList<const PackageVersion *> &all,
                                                           const VersionSpec &spec)
{
    if (spec.version.isEmpty())
        return newestOf(all);
    const PackageVersion *chosen = nullptr;
    for (const PackageVersion *v : all)
        if (v->versionText == spec.version)
            chosen = v;
    if (!chosen)
        return fail(Tr::tr("%1 has no version %2 in %3.").arg(spec.name, spec.version, src.name));
    return chosen;
}

// Newest-only mode removes every version of the package: only its newest may be promoted, once.
[[nodiscard]] Status newestOnlyAllows(const TierState &src, const QList<const PackageVersion *> &all,
                                      const PackageVersion *chosen, const QSet<QString> &clearedPackages)
{
    if (clearedPackages.contains(chosen->name))
        return fail(Tr::tr("Newest-only mode promotes one version per package, but several versions of “%1” "
                           "were chosen.")
                        .arg(chosen->name));
    const PackageVersion *newest = newestOf(all);
    if (newest != chosen)
        return fail(Tr::tr("Newest-only mode removes every version of “%1” from %2, but %3 is not its newest "
                           "version there (%4 is).")
                        .arg(chosen->name, src.name, chosen->versionText, newest->versionText));
    return {};
}

// Names the nearest packages of the tier, so a typo's fix is one look away.
QString unknownPackage(const TierState &src, const QString &name)
{
    const QString sentence = Tr::tr("The package “%1” is not in %2.").arg(name, src.name);
    const QStringList near = nearestNames(name, src.packageNames());
    if (near.isEmpty())
        return sentence;
    return sentence + u' ' + Tr::tr("Did you mean %1?").arg(near.join(u", "_s));
}

struct Selection {
    QList<const PackageVersion *> promoted;
    QSet<QString> clearedPackages; // newest-only: every version of these is removed
};

[[nodiscard]] Result<Selection> select(const TierState &src, const PromotionRequest &request)
{
    Selection out;
    for (const VersionSpec &spec : request.versions) {
        const QList<const PackageVersion *> all = versionsOf(src, spec.name);
        if (all.isEmpty())
            return fail(unknownPackage(src, spec.name));
        const auto chosen = chosenVersion(src, all, spec);
        if (!chosen)
            return std::unexpected(chosen.error());
        if (request.newestOnly) {
            if (auto s = newestOnlyAllows(src, all, *chosen, out.clearedPackages); !s)
                return std::unexpected(s.error());
            out.clearedPackages.insert(spec.name);
        }
        if (!out.promoted.contains(*chosen))
            out.promoted.append(*chosen);
    }
    return out;
}

// Every version the removal takes from the source, oldest first.
QList<const PackageVersion *> removedVersions(const TierState &src, const Selection &selection)
{
    QList<const PackageVersion *> removed = selection.promoted;
    for (const QString &name : std::as_const(selection.clearedPackages))
        for (const PackageVersion *v : versionsOf(src, name))
            if (!removed.contains(v))
                removed.append(v);
    std::sort(removed.begin(), removed.end(),
              [](const PackageVersion *a, const PackageVersion *b) { return olderFirst(*a, *b); });
    return removed;
}

// The tiers at or above `tier`, highest first: the order in which the distribution looks for a version.
QList<const TierState *> tiersFrom(const StorageSnapshot &snapshot, int rank)
{
    QList<const TierState *> out;
    for (const TierState &t : snapshot.tiers)
        if (t.present() && t.rank >= rank)
            out.prepend(&t);
    return out;
}

// What the destination's distribution serves of `v`'s package: the same version, and the newest one.
void applyServed(PlannedVersion &p, const QList<const TierState *> &distribution, const TierState &dst)
{
    const PackageVersion *newest = nullptr;
    for (const TierState *t : distribution) {
        for (const PackageVersion *d : versionsOf(*t, p.name())) {
            if (d->versionText == p.version() && p.servedTier.isEmpty()) {
                p.servedTier = t->name;
                p.servedTree = d->tree;
                p.servedAbove = t->rank > dst.rank;
            }
            if (!newest || newer(*d, *newest))
                newest = d;
        }
    }
    if (newest) {
        p.destinationNewest = newest->version;
        p.destinationNewestText = newest->versionText;
        p.destinationNewestTier = newest->tier;
    }
}

// One removed version, with what the destination and its distribution have of its package.
PlannedVersion planned(const StorageSnapshot &snapshot, const PackageVersion &v, bool promoted, const TierState &src,
                       const TierState &dst)
{
    PlannedVersion p;
    p.source = v;
    p.promoted = promoted;
    for (const PackageVersion *d : versionsOf(dst, v.name))
        if (d->versionText == v.versionText)
            p.destinationTree = d->tree;
    applyServed(p, tiersFrom(snapshot, dst.rank), dst);
    p.staysServed = promoted;
    for (const TierState *t : tiersFrom(snapshot, src.rank + 1))
        if (snapshot.find(t->name, v.name, v.versionText))
            p.staysServed = true;
    return p;
}
} // namespace

TierRole tierRole(const TierConfig &config, const QString &tier)
{
    if (tier == u"snapshot")
        return TierRole::Snapshot;
    if (tier == u"staging")
        return TierRole::Staging;
    if (tier == u"production")
        return TierRole::Production;
    const int rank = config.rank(tier);
    if (rank <= 0)
        return TierRole::Snapshot;
    if (rank >= config.tiers.size() - 1)
        return TierRole::Production;
    return TierRole::Staging;
}

Result<VersionSpec> parseVersionSpec(QStringView raw, const QStringList &knownPackages)
{
    const QStringView text = raw.trimmed();
    if (text.isEmpty())
        return fail(Tr::tr("An empty package name was given."));
    if (const qsizetype at = text.indexOf(u'@'); at >= 0) {
        const QString name = text.left(at).toString();
        const QString version = text.mid(at + 1).toString();
        if (name.isEmpty() || version.isEmpty())
            return fail(Tr::tr("“%1” is not of the form name@version.").arg(text));
        return VersionSpec{name, version};
    }
    // name-version: try every "-<digit>" split; a known package name wins.
    std::optional<VersionSpec> firstParsable;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text[i] != u'-' || !text[i + 1].isDigit())
            continue;
        const QStringView version = text.mid(i + 1);
        if (!Version::parse(version))
            continue;
        VersionSpec spec{text.left(i).toString(), version.toString()};
        if (knownPackages.contains(spec.name))
            return spec;
        if (!firstParsable)
            firstParsable = spec;
    }
    if (knownPackages.contains(text.toString()))
        return VersionSpec{text.toString(), {}};
    if (firstParsable)
        return *firstParsable; // planning reports the unknown package
    return VersionSpec{text.toString(), {}};
}

QStringList packagesNamedIn(QStringView list)
{
    QStringList names;
    const auto add = [&names](QStringView name) {
        if (!name.isEmpty() && !names.contains(name))
            names.append(name.toString());
    };
    for (QStringView part : list.split(u',', Qt::SkipEmptyParts)) {
        const QStringView text = part.trimmed();
        if (const qsizetype at = text.indexOf(u'@'); at >= 0) {
            add(text.left(at));
            continue;
        }
        // The splits parseVersionSpec tries, and the whole text.
        for (qsizetype i = 1; i + 1 < text.size(); ++i)
            if (text[i] == u'-' && text[i + 1].isDigit())
                add(text.left(i));
        add(text);
    }
    return names;
}

Result<QList<VersionSpec>> parseVersionSpecs(QStringView list, const QStringList &knownPackages)
{
    QList<VersionSpec> specs;
    for (QStringView part : list.split(u',', Qt::SkipEmptyParts)) {
        auto spec = parseVersionSpec(part, knownPackages);
        if (!spec)
            return std::unexpected(spec.error());
        if (!specs.contains(*spec))
            specs.append(*spec);
    }
    if (specs.isEmpty())
        return fail(Tr::tr("No package versions were given."));
    return specs;
}

Result<PromotionPlan> PromotionPlan::make(const StorageSnapshot &snapshot, const PromotionRequest &request)
{
    const TierState *src = snapshot.tier(request.sourceTier);
    const TierState *dst = snapshot.tier(request.destinationTier);
    if (auto s = tiersAllow(src, dst, request); !s)
        return std::unexpected(s.error());
    const auto selection = select(*src, request);
    if (!selection)
        return std::unexpected(selection.error());

    PromotionPlan plan;
    plan.request = request;
    plan.repositoryPath = snapshot.repositoryPath;
    plan.config = snapshot.config;
    plan.sourceTier = src->name;
    plan.destinationTier = dst->name;
    plan.sourceRef = src->refName;
    plan.destinationRef = dst->refName;
    plan.sourceTip = src->head.id;
    plan.destinationTip = dst->head.id;
    const QList<const PackageVersion *> removed = removedVersions(*src, *selection);
    for (const PackageVersion *v : removed)
        plan.versions.append(planned(snapshot, *v, selection->promoted.contains(v), *src, *dst));
    return plan;
}

QList<PlannedVersion> PromotionPlan::promoted() const
{
    QList<PlannedVersion> out;
    for (const PlannedVersion &v : versions)
        if (v.promoted)
            out.append(v);
    return out;
}

QList<PlannedVersion> PromotionPlan::copied() const
{
    QList<PlannedVersion> out;
    for (const PlannedVersion &v : versions)
        if (v.needsCopy())
            out.append(v);
    return out;
}

QStringList PromotionPlan::promotedLabels() const
{
    QStringList out;
    for (const PlannedVersion &v : versions)
        if (v.promoted)
            out.append(v.label());
    return out;
}

QStringList PromotionPlan::leavingLabels() const
{
    QStringList out;
    for (const PlannedVersion &v : versions)
        if (!v.staysServed)
            out.append(v.label());
    return out;
}

QStringList PromotionPlan::removedLabels() const
{
    QStringList out;
    for (const PlannedVersion &v : versions)
        out.append(v.label());
    return out;
}

} // namespace tierdesk
