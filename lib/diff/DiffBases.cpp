// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/DiffBases.h"

#include "core/Tr.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::DiffBases;

QString keyOf(const DiffSide &s) { return s.tier + u':' + s.version; }

// The copy the distributions of tiers at or above `rank` serve of name@version: the highest one.
const PackageVersion *servedCopy(const StorageSnapshot &snapshot, int rank, const QString &name,
                                 const QString &version)
{
    for (auto t = snapshot.tiers.crbegin(); t != snapshot.tiers.crend(); ++t) {
        if (t->rank < rank || !t->present())
            continue;
        if (const PackageVersion *v = snapshot.find(t->name, name, version))
            return v;
    }
    return nullptr;
}

// The newest version of `name` the tiers at or above `rank` hold (parseable versions before other directories).
const PackageVersion *newestServed(const StorageSnapshot &snapshot, int rank, const QString &name)
{
    const PackageVersion *newest = nullptr;
    for (const TierState &t : snapshot.tiers) {
        if (t.rank < rank || !t.present())
            continue;
        for (const PackageVersion &v : t.versions) {
            if (v.name != name)
                continue;
            const bool better = !newest || (v.version && (!newest->version || *v.version > *newest->version));
            if (better)
                newest = &v;
        }
    }
    // The highest tier's copy of that version is the one served.
    return newest ? servedCopy(snapshot, rank, name, newest->versionText) : nullptr;
}

const TierState *nextPresentTier(const StorageSnapshot &snapshot, const TierState &own)
{
    for (const TierState &t : snapshot.tiers) // lowest first
        if (t.rank > own.rank && t.present())
            return &t;
    return nullptr;
}

std::optional<DiffBase> previousInTier(const TierState &own, const PackageVersion &selected)
{
    if (!selected.version)
        return std::nullopt;
    for (const PackageVersion &v : own.versions) // newest first
        if (v.name == selected.name && v.version && *v.version < *selected.version)
            return DiffBase{DiffBase::PreviousInTier, DiffSide::of(v), {}};
    return std::nullopt;
}

// Appends `base` unless its tier:version is already offered (or is the selected version itself).
void offer(QList<DiffBase> &bases, QSet<QString> &seen, const DiffBase &base)
{
    if (seen.contains(keyOf(base.side)))
        return;
    seen.insert(keyOf(base.side));
    bases.append(base);
}
} // namespace

QString DiffBase::title() const
{
    switch (kind) {
    case NextDistribution:
        if (side.tier == distribution)
            return Tr::tr("What %1 serves: %2 (what promoting changes)").arg(distribution, side.version);
        return Tr::tr("What %1's distribution serves: %2 from %3").arg(distribution, side.version, side.tier);
    case PreviousInTier: return Tr::tr("Previous version in %1: %2").arg(side.tier, side.version);
    case SameVersionElsewhere: return Tr::tr("Same version in %1").arg(side.tier);
    case OtherVersion: return Tr::tr("%1 in %2").arg(side.version, side.tier);
    case Reference:
        return side.version.isEmpty() ? Tr::tr("At %1: the newest %2").arg(side.tier, side.name)
                                      : Tr::tr("At %1: %2@%3").arg(side.tier, side.name, side.version);
    }
    return {};
}

QString DiffBase::kindId(Kind kind)
{
    switch (kind) {
    case NextDistribution: return u"next-distribution"_s;
    case PreviousInTier: return u"previous"_s;
    case SameVersionElsewhere: return u"same-version"_s;
    case OtherVersion: return u"other"_s;
    case Reference: return u"reference"_s;
    }
    return {};
}

std::optional<DiffBase> nextDistributionBase(const StorageSnapshot &snapshot, const PackageVersion &selected)
{
    const TierState *own = snapshot.tier(selected.tier);
    const TierState *next = own ? nextPresentTier(snapshot, *own) : nullptr;
    if (!next)
        return std::nullopt;
    const PackageVersion *base = servedCopy(snapshot, next->rank, selected.name, selected.versionText);
    if (!base)
        base = newestServed(snapshot, next->rank, selected.name);
    if (!base)
        return std::nullopt;
    return DiffBase{DiffBase::NextDistribution, DiffSide::of(*base), next->name};
}

QList<DiffBase> defaultDiffBases(const StorageSnapshot &snapshot, const PackageVersion &selected)
{
    QList<DiffBase> bases;
    QSet<QString> seen{keyOf(DiffSide::of(selected))};
    const TierState *own = snapshot.tier(selected.tier);
    if (!own)
        return bases;
    if (auto next = nextDistributionBase(snapshot, selected))
        offer(bases, seen, *next);
    if (auto previous = previousInTier(*own, selected))
        offer(bases, seen, *previous);
    for (auto t = snapshot.tiers.crbegin(); t != snapshot.tiers.crend(); ++t) // highest first: the served copy leads
        if (const PackageVersion *v = snapshot.find(t->name, selected.name, selected.versionText))
            offer(bases, seen, {DiffBase::SameVersionElsewhere, DiffSide::of(*v), {}});
    return bases;
}

QList<DiffBase> diffBases(const StorageSnapshot &snapshot, const PackageVersion &selected)
{
    QList<DiffBase> bases = defaultDiffBases(snapshot, selected);
    QSet<QString> seen{keyOf(DiffSide::of(selected))};
    for (const DiffBase &b : std::as_const(bases))
        seen.insert(keyOf(b.side));
    for (auto t = snapshot.tiers.crbegin(); t != snapshot.tiers.crend(); ++t)
        for (const PackageVersion &v : t->versions) // newest first
            if (v.name == selected.name)
                offer(bases, seen, {DiffBase::OtherVersion, DiffSide::of(v), {}});
    return bases;
}

std::optional<DiffBase> referenceBase(QStringView text, const PackageVersion &selected)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (auto side = DiffSide::parse(trimmed))
        return DiffBase{DiffBase::Reference, *side, {}};
    // A bare reference: no spaces, and none of the separators of the full form.
    if (trimmed.contains(u' ') || trimmed.contains(u':') || trimmed.contains(u'@'))
        return std::nullopt;
    return DiffBase{DiffBase::Reference, {trimmed.toString(), selected.name, selected.versionText, {}}, {}};
}

QList<DiffBase> tagBases(const QStringList &tags, const PackageVersion &selected)
{
    QList<DiffBase> bases;
    for (const QString &tag : tags)
        bases.append({DiffBase::Reference, {tag, selected.name, QString(), {}}, {}});
    return bases;
}

} // namespace tierdesk
