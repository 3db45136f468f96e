// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StorageSnapshot.h"

#include <QSet>

namespace tierdesk {

QStringList TierState::packageNames() const
{
    QStringList names;
    for (const PackageVersion &v : versions)
        if (names.isEmpty() || names.constLast() != v.name)
            names.append(v.name);
    return names;
}

int TierState::problemCount() const
{
    int n = int(problems.size());
    for (const PackageVersion &v : versions)
        n += int(v.problems.size());
    return n;
}

const TierState *StorageSnapshot::tier(const QString &name) const
{
    for (const TierState &t : tiers)
        if (t.name == name)
            return &t;
    return nullptr;
}

const PackageVersion *StorageSnapshot::find(const QString &tierName, const QString &name, const QString &version) const
{
    const TierState *t = tier(tierName);
    if (!t)
        return nullptr;
    for (const PackageVersion &v : t->versions)
        if (v.name == name && v.versionText == version)
            return &v;
    return nullptr;
}

QStringList StorageSnapshot::packageNames() const
{
    QSet<QString> names;
    for (const TierState &t : tiers)
        for (const PackageVersion &v : t.versions)
            names.insert(v.name);
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    return sorted;
}

int StorageSnapshot::versionCount() const
{
    int n = 0;
    for (const TierState &t : tiers)
        n += int(t.versions.size());
    return n;
}

int StorageSnapshot::problemCount() const
{
    int n = 0;
    for (const TierState &t : tiers)
        n += t.problemCount();
    return n;
}

} // namespace tierdesk
