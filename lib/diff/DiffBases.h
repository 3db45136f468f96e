// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a selected version can be compared with, most useful first: what the
// next tier's distribution serves of the package, the previous version in the
// same tier, the same version in other tiers, then every other version of the
// package in any tier. Tags and commits come as references ("REF",
// "REF:NAME@VERSION"), found in git when the comparison runs.
#include "diff/PackageDiff.h"
#include "storage/StorageSnapshot.h"

#include <QList>

#include <optional>

namespace tierdesk {

struct TIERDESK_CORE_EXPORT DiffBase {
    enum Kind {
        NextDistribution,     // what the next higher tier's distribution serves: what promoting changes
        PreviousInTier,       // the newest older version in the same tier
        SameVersionElsewhere, // the same version in another tier (promoted or shadowed copies)
        OtherVersion,         // any other version of the package in any tier
        Reference,            // a tag, branch or commit
    };
    Kind kind = NextDistribution;
    DiffSide side;        // the base: the old side of the comparison
    QString distribution; // NextDistribution: the tier whose distribution serves `side`

    // "Served by staging's distribution: 0.11.2 from production", for the chooser.
    QString title() const;
    // A stable identifier for tests and item data ("next-distribution", "previous", "same-version", "other", "reference").
    static QString kindId(Kind kind);
};

// Every base for `selected`, defaults first (each tier:version offered once).
TIERDESK_CORE_EXPORT QList<DiffBase> diffBases(const StorageSnapshot &snapshot, const PackageVersion &selected);
// Only the defaults: NextDistribution, PreviousInTier and SameVersionElsewhere.
TIERDESK_CORE_EXPORT QList<DiffBase> defaultDiffBases(const StorageSnapshot &snapshot, const PackageVersion &selected);

// What the distribution of the next present tier above `selected`'s serves of its package:
// the same version when it serves one (from whichever tier wins), else its newest version.
TIERDESK_CORE_EXPORT std::optional<DiffBase> nextDistributionBase(const StorageSnapshot &snapshot,
                                                                  const PackageVersion &selected);

// A base typed by a reviewer: "REF:NAME@VERSION", or "REF" for the selected package's version
// at REF (a tier, tag, branch or commit). nullopt when the text is neither.
TIERDESK_CORE_EXPORT std::optional<DiffBase> referenceBase(QStringView text, const PackageVersion &selected);
// One Reference base per tag name: the newest version of the selected package at that tag.
TIERDESK_CORE_EXPORT QList<DiffBase> tagBases(const QStringList &tags, const PackageVersion &selected);

} // namespace tierdesk
