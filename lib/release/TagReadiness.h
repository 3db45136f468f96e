// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Can production be tagged for stack version X.Y.Z, and what will the tag contain?
//
// Contents: for each package, the newest production version whose
// conditions.kibana.version accepts the stack version, exactly as the package
// registry decides it (Masterminds/semver v3.5.0, see VersionConstraint.h):
// - a version without the condition is offered to every stack version, so it
//   counts as compatible (and is reported);
// - a version whose condition does not parse, or that has no readable
//   manifest, is never compatible (and blocks: the registry refuses to serve it);
// - a stack version with a pre-release part (8.6.0-SNAPSHOT) is evaluated as
//   Kibana sends it to the registry: cut at the first '-' (Fleet's
//   getKibanaVersion().split('-')[0]), so a snapshot stack sees what 8.6.0 sees.
//   An information finding says so.
//
// Compared with the previous release (the highest lower version-named tag, or
// the ref given as `previous`): a package it had that no production version
// accepts any more is a warning when the constraints of the production versions
// since then no longer include the requested major at all (expected across a
// major version: the manager accepts it), and blocks only when nothing explains
// the loss.
#include "core/Error.h"
#include "core/Severity.h"
#include "storage/StorageReader.h"
#include "storage/StorageSnapshot.h"
#include "core/Version.h"
#include "tierdesk_core_export.h"

#include <QList>
#include <QPair>
#include <QStringList>

#include <memory>
#include <optional>

namespace tierdesk {

enum class FindingKind {
    InvalidTagName,       // not a SemVer version, or "v"-prefixed
    TagExists,            // a tag of that name exists; it is never moved
    NoProduction,         // the production branch is absent
    NoContents,           // no production version accepts the stack version
    PrereleaseStack,      // the stack version is a pre-release (how constraints treat it)
    Regression,           // compatible in the previous release, none compatible now, nothing explains why
    MajorDropped,         // as Regression, but its versions since then no longer support the requested major
    PackageRemoved,       // in the previous release, gone from production altogether
    Downgrade,            // the contents hold an older version than the previous release
    PendingNewer,         // a newer compatible version waits in a lower tier
    MissingConstraint,    // production versions without conditions.kibana.version
    InvalidConstraint,    // a production version whose constraint does not parse
    UnreadableManifest,   // a production version without a readable manifest
    ShadowedCopy,         // a lower tier holds different content under a version of the contents
    RegistryVersions,     // the tiers' Dockerfiles name different package-registry versions
    NoPreviousRelease,    // nothing to compare with
};

struct Finding {
    FindingKind kind;
    Severity severity; // Blocks: the tag must not be cut; Warning: it may, but someone should look first
    QString message; // one sentence for people
    QString package; // empty when it concerns no single package
    QString version;
    QString tier;    // the tier concerned (PendingNewer, ShadowedCopy), else empty
};

// One package of the tag.
struct ContentEntry {
    QString name;
    QString version;
    git::ObjectId tree;
    QString constraint;        // conditions.kibana.version as written; empty when missing
    QString title;             // from the manifest
};

enum class ChangeKind { Added, Updated, Removed };

struct PackageChange {
    ChangeKind kind;
    QString name;
    QString from; // empty when added
    QString to;   // empty when removed
    bool downgrade = false;
};

struct PreviousRelease {
    QString revision;       // as given, or the tag name found automatically
    QString refName;        // "refs/tags/7.10.0", empty for a commit id
    bool automatic = false; // found among the version-named tags
    git::ObjectId commit;
    std::optional<Version> stackVersion; // the version its contents were evaluated for
    QList<ContentEntry> contents;
    QList<PackageChange> changes; // added, updated, removed; sorted by name
    int unchanged = 0;
};

struct ExistingTag {
    QString refName;      // refs/tags/<name>
    git::ObjectId commit; // what it points to
    bool annotated = false;
    bool atProductionTip = false;
    int commitsSince = -1; // production commits after the tagged one; -1 when production does not contain it
};

// The commits one tier's distribution image is built from and the names it gets.
struct DistributionIdentity {
    QString tier;
    QList<QPair<QString, git::ObjectId>> commits; // (branch, tip) of every tier it contains, lowest first
    QString combinedId;                           // "<snapshot7>-<staging7>-<production7>" of those
    QStringList images;                           // full image names
    QList<QPair<QString, QString>> labels;        // image labels recording the commits inside
};

// Tagged: a tag of that name exists (it is never moved); the findings then
// describe production as it is now, not a reason to refuse anything.
enum class Verdict { Ready, ReadyWithWarnings, NotReady, Tagged };

struct TIERDESK_CORE_EXPORT TagReadiness {
    QString requested;              // the stack version as typed
    Version stackVersion;           // as typed, parsed: 8.6.0-SNAPSHOT
    Version evaluatedVersion;       // what the contents are evaluated for, as Kibana sends it: 8.6.0
    QString tagName;                // the tag that would be created (the valid spelling)
    QString productionTier;         // the highest tier of the configuration
    QString productionRef;          // empty when the branch is absent
    git::ObjectId productionCommit;
    QDateTime productionTime;
    QList<ContentEntry> contents;   // sorted by name
    QList<Finding> findings;        // most severe first, then by package
    std::optional<PreviousRelease> previous;
    std::optional<ExistingTag> existingTag;
    QList<DistributionIdentity> distributions; // one per present tier, lowest first

    Verdict verdict() const;
    // The findings that decide the verdict: the tag's when tagged, the blocking ones, else the warnings.
    QList<Finding> reasons() const;
    int count(Severity severity) const;
    const ContentEntry *content(const QString &name) const;
};

struct ReadinessRequest {
    QString stackVersion;  // "8.6.0", "8.6.0-SNAPSHOT"
    QString previous;      // a ref or commit to compare with; empty: the previous version-named tag
    TierConfig config;
};

// The image repository the distributions are published to.
TIERDESK_CORE_EXPORT QString distributionImageRepository();

TIERDESK_CORE_EXPORT QString findingKindId(FindingKind kind);   // "regression", "pending-newer", ...
TIERDESK_CORE_EXPORT QString verdictId(Verdict verdict); // "ready", "ready-with-warnings", "not-ready", "tagged"
TIERDESK_CORE_EXPORT QString changeKindId(ChangeKind kind);     // "added", "updated", "removed"
TIERDESK_CORE_EXPORT QString verdictText(Verdict verdict);      // translated words

// The version Kibana asks the package registry with for stack version `stack`:
// cut at the first '-' (8.6.0-SNAPSHOT is asked as 8.6.0).
TIERDESK_CORE_EXPORT Version kibanaRequestVersion(const Version &stack);

// Tags whose whole name is a SemVer version ("7.10.0", never "v7.10.0"), lowest first.
TIERDESK_CORE_EXPORT QList<QPair<Version, QString>> versionTags(const git::Repository &repo);
// The highest of `tags` below `stack`: release versions preferred, a
// pre-release tag only when no release tag is lower.
TIERDESK_CORE_EXPORT std::optional<QString> previousReleaseTag(const QList<QPair<Version, QString>> &tags,
                                                               const Version &stack);

// The newest version of `name` in `versions` (sorted newest first per package)
// that `stack` may use: constraint accepts it, or there is none. Null when none.
TIERDESK_CORE_EXPORT const PackageVersion *newestCompatible(const QList<PackageVersion> &versions, const QString &name,
                                                            const Version &stack);
// Whether one version may be used with `stack` (see the file comment).
TIERDESK_CORE_EXPORT bool isCompatible(const PackageVersion &version, const Version &stack);

// Runs the whole check. The repository is only read.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<TagReadiness> checkTagReadiness(const git::Repository &repo,
                                                            const ReadinessRequest &request,
                                                            std::shared_ptr<VersionCache> cache = {},
                                                            const JobControl &job = {});
// The same check on tiers already read: `snapshot` (read from `repo`, its configuration
// used instead of request.config) is not read again; only the tags and the previous
// release's contents come from `repo`, through `cache`.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<TagReadiness> checkTagReadiness(const git::Repository &repo,
                                                                          const StorageSnapshot &snapshot,
                                                                          const ReadinessRequest &request,
                                                                          std::shared_ptr<VersionCache> cache = {},
                                                                          const JobControl &job = {});
// Opens its own repository, so it may run on any thread.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<TagReadiness> checkTagReadiness(const QString &repositoryPath,
                                                            const ReadinessRequest &request,
                                                            std::shared_ptr<VersionCache> cache = {},
                                                            const JobControl &job = {});

} // namespace tierdesk
