// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What each tier's distribution serves, and how copies of one version relate.
#include "diff/DiffKind.h"
#include "storage/StorageSnapshot.h"
#include "tierdesk_core_export.h"

#include <QHash>

namespace tierdesk {

// The role of one tier's copy of a version that exists in several tiers.
enum class CopyRole {
    Served,   // the highest copy: this is what every distribution containing it serves
    Promoted, // identical to the served copy: promoted, its removal is pending
    Shadowed, // different content from the served copy: never served
};

// A stable identifier of a copy role for JSON, tests and item data ("served", "promoted", "shadowed").
TIERDESK_CORE_EXPORT QString copyRoleId(CopyRole role);

struct VersionCopy {
    QString tier;
    git::ObjectId tree;
    CopyRole role;
    // Shadowed copies: how they differ from the served copy, once classifyCopies()
    // (lib/diff/CopyDifferences.h) has read the trees; empty until then.
    DiffKinds difference;
};

struct TIERDESK_CORE_EXPORT Duplicate {
    QString name;
    QString version;
    QList<VersionCopy> copies; // highest tier first
    bool identical() const;    // every copy has the served copy's tree
};

struct ServedVersion {
    QString name;
    QString version;
    QString fromTier; // the tier whose copy is served
    git::ObjectId tree;
};

struct TIERDESK_CORE_EXPORT Distribution {
    QString tier;
    QStringList sourceTiers;    // the tiers it is built from, highest first
    QList<ServedVersion> served; // sorted by name, newest first
};

struct TIERDESK_CORE_EXPORT DistributionAnalysis {
    QList<Distribution> distributions; // one per present tier, in config order
    QList<Duplicate> duplicates;       // sorted by name, then version

    static DistributionAnalysis analyze(const StorageSnapshot &snapshot);

    const Distribution *distribution(const QString &tier) const;
    const Duplicate *duplicate(const QString &name, const QString &version) const;
    // The role of `tier`'s copy, or Served when the version is in no other tier.
    CopyRole roleOf(const QString &tier, const QString &name, const QString &version) const;

    // Positions in `duplicates` by "name@version", built by analyze(): every version of a
    // large storage asks for its role, so the lookup must not scan. Rebuilt when stale.
    QHash<QString, qsizetype> duplicateIndex;
};

} // namespace tierdesk
