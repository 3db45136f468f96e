// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one loaded storage of a window: everything one background read produces,
// immutable once handed to the GUI. Every view takes it through
// setStorage(std::shared_ptr<const LoadedStorage>); null clears.
#include "promotion/PromotionExcuses.h"
#include "storage/TierMatrix.h"
#include "storage/Distribution.h"
#include "storage/StorageSnapshot.h"

#include <QStringList>

#include <memory>

namespace tierdesk {

class VersionCache;

struct LoadedStorage {
    StorageSnapshot snapshot;
    DistributionAnalysis analysis;
    TierMatrix matrix;
    // Why each version is or is not a promotion candidate (the matrix's candidate badges follow it).
    QList<VersionExcuse> excuses;
    const VersionExcuse *excuse(const QString &tier, const QString &name, const QString &version) const;
    QString repositoryPath; // where it was read; workers open their own repository from it
    bool demo = false;      // the built-in demo storage
    // Parsed versions shared by every read of this window (thread-safe): a view that
    // reads a tag or commit of its own parses only what the tiers do not hold.
    std::shared_ptr<VersionCache> cache;
    QStringList remotes; // configured remotes, sorted: what File > Fetch From offers
    int parsedCount = 0; // versions parsed rather than taken from the cache or the previous snapshot
    qint64 elapsedMs = 0; // the whole load on the worker
    qint64 readMs = 0;    // of it, reading the tiers; the rest is the analysis, the explanations and the matrix

    // Analysis and matrix for `snapshot`; the repository path is the snapshot's,
    // and a new cache is made when none is given.
    static LoadedStorage analyze(StorageSnapshot snapshot, std::shared_ptr<VersionCache> cache = {});
    static std::shared_ptr<const LoadedStorage> shared(StorageSnapshot snapshot,
                                                       std::shared_ptr<VersionCache> cache = {})
    {
        return std::make_shared<const LoadedStorage>(analyze(std::move(snapshot), std::move(cache)));
    }
};

// A part of the loaded storage that keeps the whole alive.
template <class T>
std::shared_ptr<const T> partOf(const std::shared_ptr<const LoadedStorage> &storage, const T LoadedStorage::*member)
{
    if (!storage)
        return {};
    return std::shared_ptr<const T>(storage, &((*storage).*member));
}

} // namespace tierdesk
