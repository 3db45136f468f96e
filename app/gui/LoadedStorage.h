#pragma once
// Everything one background load produces; immutable once handed to the GUI.
#include "Distribution.h"
#include "StorageSnapshot.h"
#include "TierMatrix.h"

namespace tierdesk {

struct LoadedStorage {
    StorageSnapshot snapshot;
    DistributionAnalysis analysis;
    TierMatrix matrix;
    QStringList remotes; // configured remotes, sorted: what File > Fetch From offers
    int parsedCount = 0; // versions parsed rather than taken from the cache or the previous snapshot
    qint64 elapsedMs = 0;
};

} // namespace tierdesk
