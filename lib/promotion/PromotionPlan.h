// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one promotion moves: chosen versions of a lower tier are copied to a
// higher tier, and removed from the lower one. Built from a StorageSnapshot
// alone, so planning is instant and can run on the GUI thread.
#include "core/Error.h"
#include "storage/StorageSnapshot.h"
#include "tierdesk_core_export.h"

#include <optional>

namespace tierdesk {

// How the checks treat a tier. The package storage's own names decide; other
// names are placed by rank (lowest = snapshot rules, highest = production rules).
enum class TierRole { Snapshot, Staging, Production };
TIERDESK_CORE_EXPORT TierRole tierRole(const TierConfig &config, const QString &tier);

// One chosen version as the user wrote it; an empty version means the newest
// version of the package in the source tier.
struct VersionSpec {
    QString name;
    QString version;
    QString text() const { return version.isEmpty() ? name : name + u'@' + version; }
    friend bool operator==(const VersionSpec &, const VersionSpec &) = default;
};

// Understands "foo@1.2.3", "foo-1.2.3", "apm-8.3.0-dev1" and "foo". A "-" form is
// split at the first "-" followed by a digit whose remainder is a version and
// whose left part names a package in `knownPackages` (so "my-pkg-1.0.0" works).
[[nodiscard]] TIERDESK_CORE_EXPORT Result<VersionSpec> parseVersionSpec(QStringView text, const QStringList &knownPackages);
// A comma-separated list of the above.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<QList<VersionSpec>> parseVersionSpecs(QStringView list, const QStringList &knownPackages);
// Every package name `list` may mean, whichever packages exist ("a-b-1.0.0" may be a-b or
// a): reading these packages is enough to parse and plan it (StorageReader::readOnly).
[[nodiscard]] TIERDESK_CORE_EXPORT QStringList packagesNamedIn(QStringView list);

struct PromotionRequest {
    QString sourceTier;
    QString destinationTier; // any higher tier: skipping staging is allowed
    QList<VersionSpec> versions;
    // Promote the newest version of each chosen package and remove every one of
    // its versions from the source tier (otherwise exactly the chosen ones).
    bool newestOnly = false;
};

// One version directory of the source tier the plan touches.
struct PlannedVersion {
    PackageVersion source;             // the source tier's copy: tree, manifest, problems
    bool promoted = true;              // false: only removed (an older version in newest-only mode)
    git::ObjectId destinationTree;     // the destination's own copy of the same version; null when absent
    // The copy the destination's distribution serves: the highest tier at or above the destination holding
    // this version (first found wins). Empty and null when none holds it.
    QString servedTier;
    git::ObjectId servedTree;
    bool servedAbove = false;          // servedTier is above the destination
    // The newest version of the package the destination's distribution serves now, and the tier serving it:
    // the base for "not an increment" and for what the promotion adds.
    std::optional<Version> destinationNewest;
    QString destinationNewestText;
    QString destinationNewestTier;
    // After the removal the source's distribution still serves this version: it is promoted, or a tier above
    // the source holds it. A version that stays served leaves no distribution, so its removal is routine.
    bool staysServed = true;

    const QString &name() const { return source.name; }
    const QString &version() const { return source.versionText; }
    QString label() const { return source.name + u'-' + source.versionText; } // as in titles
    // The destination itself has exactly this content.
    bool identicalInDestination() const { return !destinationTree.isNull() && destinationTree == source.tree; }
    // The destination's distribution serves exactly this content already: nothing to copy, only the removal.
    bool alreadyServed() const { return !servedTree.isNull() && servedTree == source.tree; }
    // A tier above the destination serves other content under this version: a copy would never be served.
    bool shadowedAbove() const { return servedAbove && !alreadyServed(); }
    bool needsCopy() const { return promoted && !alreadyServed(); }
};

struct TIERDESK_CORE_EXPORT PromotionPlan {
    PromotionRequest request; // kept so the plan can be refreshed from a newer snapshot
    QString repositoryPath;
    TierConfig config;
    QString sourceTier;
    QString destinationTier;
    QString sourceRef;        // the reference each tier was read from
    QString destinationRef;
    git::ObjectId sourceTip;  // the tips the plan was made from: drafting refuses when they moved
    git::ObjectId destinationTip;
    // Sorted by name, then version (oldest first): what the removal deletes from
    // the source tier; the promoted ones are also copied.
    QList<PlannedVersion> versions;

    // Errors are sentences about the request (unknown tier, package or version).
    [[nodiscard]] static Result<PromotionPlan> make(const StorageSnapshot &snapshot, const PromotionRequest &request);
    // The same request against a newer snapshot.
    [[nodiscard]] Result<PromotionPlan> refreshed(const StorageSnapshot &snapshot) const { return make(snapshot, request); }

    QList<PlannedVersion> promoted() const; // promoted versions, identical ones included
    QList<PlannedVersion> copied() const;   // promoted versions the destination's distribution lacks or has otherwise
    QStringList leavingLabels() const;      // "name-version" of every removed version no distribution keeps serving
    QStringList promotedLabels() const;     // "name-version" of every promoted version
    QStringList removedLabels() const;      // "name-version" of every removed version
};

} // namespace tierdesk
