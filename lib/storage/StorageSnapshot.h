// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every tier holds at one moment, read straight from git objects.
#include "storage/PackageVersion.h"
#include "core/TierConfig.h"
#include "git/Repository.h"

#include <QList>

namespace tierdesk {

struct TIERDESK_CORE_EXPORT TierState {
    QString name;
    int rank = 0;            // position in TierConfig::tiers, lowest first
    QString refName;         // e.g. refs/heads/staging or refs/remotes/origin/staging; empty when absent
    // A local tier branch next to its remote-tracking branch (refs/remotes/<remote>/<tier>):
    // how far they have diverged. After a fetch the local branch may be behind.
    QString trackingRef;
    int ahead = 0;  // commits on the local branch only
    int behind = 0; // commits on the remote-tracking branch only
    git::CommitInfo head;    // the tip commit
    git::ObjectId packagesTree;
    QString registryVersion; // ARG PACKAGE_REGISTRY=... from the tier's Dockerfile, when present
    QList<PackageVersion> versions; // sorted by name, then newest version first
    Problems problems;       // tier-level: unexpected entries, missing packages/

    bool present() const { return !refName.isEmpty(); }
    QStringList packageNames() const;
    int problemCount() const; // tier problems plus every version's
};

struct TIERDESK_CORE_EXPORT StorageSnapshot {
    QString repositoryPath;
    TierConfig config;
    QList<TierState> tiers; // in config order, lowest first; absent tiers included
    // Read for these packages only (StorageReader::readOnly); empty when every package was read.
    QStringList onlyPackages;

    const TierState *tier(const QString &name) const;
    const PackageVersion *find(const QString &tier, const QString &name, const QString &version) const;
    // Every package name in any tier, sorted.
    QStringList packageNames() const;
    int versionCount() const;
    int problemCount() const;
};

} // namespace tierdesk
