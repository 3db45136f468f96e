// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Distribution.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

QString copyRoleId(CopyRole role)
{
    switch (role) {
    case CopyRole::Served: return u"served"_s;
    case CopyRole::Promoted: return u"promoted"_s;
    case CopyRole::Shadowed: return u"shadowed"_s;
    }
    return {};
}

bool Duplicate::identical() const
{
    return std::all_of(copies.cbegin(), copies.cend(), [](const VersionCopy &c) { return c.role != CopyRole::Shadowed; });
}

namespace {
struct Key {
    QString name;
    QString version;
    friend bool operator==(const Key &, const Key &) = default;
    friend size_t qHash(const Key &k, size_t seed = 0) noexcept { return qHashMulti(seed, k.name, k.version); }
};

struct Candidate {
    const PackageVersion *version;
    const QString *fromTier;
    std::optional<Version> parsed; // the reader's, or parsed here for a version built by hand
};

// By name, newest first, with the versions the reader parsed (parsing in the comparator
// would parse n log n times).
bool candidateOrder(const Candidate &a, const Candidate &b)
{
    const PackageVersion &x = *a.version, &y = *b.version;
    if (x.name != y.name)
        return x.name < y.name;
    if (a.parsed && b.parsed)
        return *a.parsed > *b.parsed;
    return x.versionText < y.versionText;
}

QString keyOf(const QString &name, const QString &version) { return name + u'@' + version; }
} // namespace

DistributionAnalysis DistributionAnalysis::analyze(const StorageSnapshot &snapshot)
{
    DistributionAnalysis result;
    // Highest tier first: the first copy found is the one every distribution serves.
    QList<const TierState *> highestFirst;
    for (auto it = snapshot.tiers.crbegin(); it != snapshot.tiers.crend(); ++it)
        if (it->present())
            highestFirst.append(&*it);

    QHash<Key, Duplicate> copies;
    QList<Key> order;
    for (const TierState *tier : highestFirst) {
        for (const PackageVersion &v : tier->versions) {
            const Key key{v.name, v.versionText};
            auto it = copies.find(key);
            if (it == copies.end()) {
                it = copies.insert(key, Duplicate{v.name, v.versionText, {}});
                order.append(key);
                it->copies.append({tier->name, v.tree, CopyRole::Served, {}});
                continue;
            }
            const bool same = it->copies.constFirst().tree == v.tree;
            it->copies.append({tier->name, v.tree, same ? CopyRole::Promoted : CopyRole::Shadowed, {}});
        }
    }
    for (const Key &key : order) {
        const Duplicate &d = copies[key];
        if (d.copies.size() > 1)
            result.duplicates.append(d);
    }
    std::sort(result.duplicates.begin(), result.duplicates.end(), [](const Duplicate &a, const Duplicate &b) {
        if (a.name != b.name)
            return a.name < b.name;
        const auto va = Version::parse(a.version);
        const auto vb = Version::parse(b.version);
        return va && vb ? *va < *vb : a.version < b.version;
    });

    for (const TierState &tier : snapshot.tiers) {
        if (!tier.present())
            continue;
        Distribution dist;
        dist.tier = tier.name;
        QSet<Key> seen;
        QList<Candidate> served;
        for (const TierState *source : highestFirst) {
            if (source->rank < tier.rank)
                continue;
            dist.sourceTiers.append(source->name);
            for (const PackageVersion &v : source->versions) {
                const Key key{v.name, v.versionText};
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                served.append({&v, &source->name, v.version ? v.version : Version::parse(v.versionText)});
            }
        }
        std::stable_sort(served.begin(), served.end(), candidateOrder);
        dist.served.reserve(served.size());
        for (const Candidate &c : std::as_const(served))
            dist.served.append({c.version->name, c.version->versionText, *c.fromTier, c.version->tree});
        result.distributions.append(dist);
    }
    result.duplicateIndex.reserve(result.duplicates.size());
    for (qsizetype i = 0; i < result.duplicates.size(); ++i)
        result.duplicateIndex.insert(keyOf(result.duplicates[i].name, result.duplicates[i].version), i);
    return result;
}

const Distribution *DistributionAnalysis::distribution(const QString &tier) const
{
    for (const Distribution &d : distributions)
        if (d.tier == tier)
            return &d;
    return nullptr;
}

const Duplicate *DistributionAnalysis::duplicate(const QString &name, const QString &version) const
{
    if (duplicateIndex.size() == duplicates.size()) {
        const qsizetype at = duplicateIndex.value(keyOf(name, version), -1);
        const bool valid = at >= 0 && at < duplicates.size() && duplicates[at].name == name
                           && duplicates[at].version == version;
        if (valid || at < 0)
            return valid ? &duplicates[at] : nullptr;
    }
    // Built by hand or changed since analyze(): scan.
    for (const Duplicate &d : duplicates)
        if (d.name == name && d.version == version)
            return &d;
    return nullptr;
}

CopyRole DistributionAnalysis::roleOf(const QString &tier, const QString &name, const QString &version) const
{
    if (const Duplicate *d = duplicate(name, version))
        for (const VersionCopy &c : d->copies)
            if (c.tier == tier)
                return c.role;
    return CopyRole::Served;
}

} // namespace tierdesk
