// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Distribution.h"

#include <QHash>

#include <algorithm>
#include <deque>

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
    const std::optional<Version> *parsed; // the reader's, or parsed here for a version built by hand
};

// Equal strings, cheaply when they share one copy (a package's versions do).
bool same(const QString &a, const QString &b)
{
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

// By name, newest first, directories that are not versions after the versions (as the
// reader orders a tier), with the versions the reader parsed (parsing in the comparator
// would parse n log n times).
bool candidateOrder(const Candidate &a, const Candidate &b)
{
    const PackageVersion &x = *a.version, &y = *b.version;
    if (!same(x.name, y.name))
        return x.name < y.name;
    if (*a.parsed && *b.parsed)
        return **a.parsed > **b.parsed;
    if (a.parsed->has_value() != b.parsed->has_value())
        return a.parsed->has_value();
    return x.versionText < y.versionText;
}

QString keyOf(const QString &name, const QString &version) { return name + u'@' + version; }

// Every name@version of the present tiers, numbered in the order first found (highest
// tier first); `ids[t][i]` is the number of version i of tier t. Only a name@version
// with a second copy gets its Duplicate (most have one copy: no list for them).
struct Copies {
    qsizetype count = 0;
    QList<QList<int>> ids;
    QList<Duplicate> duplicates; // in the order their second copy was found
};

Copies collectCopies(const QList<const TierState *> &highestFirst)
{
    Copies c;
    qsizetype total = 0;
    for (const TierState *tier : highestFirst)
        total += tier->versions.size();
    QHash<Key, int> numbers; // number + 1: a new entry reads 0
    numbers.reserve(total);
    QList<std::pair<const TierState *, const PackageVersion *>> first; // by number
    QList<int> duplicateOf;                                               // by number; -1: one copy so far
    first.reserve(total);
    duplicateOf.reserve(total);
    for (const TierState *tier : highestFirst) {
        QList<int> &ids = c.ids.emplace_back();
        ids.reserve(tier->versions.size());
        for (const PackageVersion &v : tier->versions) {
            int &number = numbers[Key{v.name, v.versionText}];
            if (number == 0) {
                first.append({tier, &v});
                duplicateOf.append(-1);
                number = int(first.size());
            } else {
                int &d = duplicateOf[number - 1];
                const auto [firstTier, firstCopy] = first[number - 1];
                if (d < 0) {
                    d = int(c.duplicates.size());
                    c.duplicates.append(
                        Duplicate{v.name, v.versionText, {{firstTier->name, firstCopy->tree, CopyRole::Served, {}}}});
                }
                const bool identical = firstCopy->tree == v.tree;
                c.duplicates[d].copies.append(
                    {tier->name, v.tree, identical ? CopyRole::Promoted : CopyRole::Shadowed, {}});
            }
            ids.append(number - 1);
        }
    }
    c.count = first.size();
    return c;
}

// The versions with more than one copy, sorted by name, then version.
QList<Duplicate> duplicatesOf(QList<Duplicate> &duplicates)
{
    // Each version parsed once, not in the comparator (n log n parses).
    QList<std::pair<std::optional<Version>, Duplicate>> found;
    found.reserve(duplicates.size());
    for (Duplicate &d : duplicates)
        found.append({Version::parse(d.version), std::move(d)});
    // A strict weak order even with directories that are not versions: those after the versions.
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        if (!same(a.second.name, b.second.name))
            return a.second.name < b.second.name;
        if (a.first && b.first && *a.first != *b.first)
            return *a.first < *b.first; // equal when only build metadata differs: then by text
        if (a.first.has_value() != b.first.has_value())
            return a.first.has_value();
        return a.second.version < b.second.version;
    });
    QList<Duplicate> out;
    out.reserve(found.size());
    for (auto &f : found)
        out.append(std::move(f.second));
    return out;
}

// What `tier`'s distribution serves: each name@version from the highest tier that has it.
Distribution distributionOf(const TierState &tier, const QList<const TierState *> &highestFirst, const Copies &copies)
{
    Distribution dist;
    dist.tier = tier.name;
    QList<bool> seen(copies.count, false);
    QList<Candidate> served;
    std::deque<std::optional<Version>> parsedHere; // stable addresses
    for (qsizetype t = 0; t < highestFirst.size(); ++t) {
        const TierState *source = highestFirst[t];
        if (source->rank < tier.rank)
            continue;
        dist.sourceTiers.append(source->name);
        served.reserve(served.size() + source->versions.size());
        for (qsizetype i = 0; i < source->versions.size(); ++i) {
            const int id = copies.ids[t][i];
            if (seen[id])
                continue;
            seen[id] = true;
            const PackageVersion &v = source->versions[i];
            const std::optional<Version> *parsed = &v.version;
            if (!v.version)
                parsed = &parsedHere.emplace_back(Version::parse(v.versionText));
            served.append({&v, &source->name, parsed});
        }
    }
    std::stable_sort(served.begin(), served.end(), candidateOrder);
    dist.served.reserve(served.size());
    for (const Candidate &c : std::as_const(served))
        dist.served.append({c.version->name, c.version->versionText, *c.fromTier, c.version->tree});
    return dist;
}
} // namespace

DistributionAnalysis DistributionAnalysis::analyze(const StorageSnapshot &snapshot)
{
    DistributionAnalysis result;
    // Highest tier first: the first copy found is the one every distribution serves.
    QList<const TierState *> highestFirst;
    for (auto it = snapshot.tiers.crbegin(); it != snapshot.tiers.crend(); ++it)
        if (it->present())
            highestFirst.append(&*it);
    Copies copies = collectCopies(highestFirst);
    for (const TierState &tier : snapshot.tiers)
        if (tier.present())
            result.distributions.append(distributionOf(tier, highestFirst, copies));
    result.duplicates = duplicatesOf(copies.duplicates);
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
