// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/LoadedStorage.h"

#include "diff/CopyDifferences.h"
#include "storage/StorageReader.h"

namespace tierdesk {

LoadedStorage LoadedStorage::analyze(StorageSnapshot snapshot, std::shared_ptr<VersionCache> cache)
{
    LoadedStorage storage;
    storage.snapshot = std::move(snapshot);
    storage.analysis = DistributionAnalysis::analyze(storage.snapshot);
    // Shadowed copies that differ only in modes or whitespace are named so in the matrix.
    if (auto repo = git::Repository::open(storage.snapshot.repositoryPath))
        classifyCopies(*repo, storage.analysis);
    storage.matrix = TierMatrix::build(storage.snapshot, storage.analysis);
    storage.repositoryPath = storage.snapshot.repositoryPath;
    storage.cache = cache ? std::move(cache) : std::make_shared<VersionCache>();
    return storage;
}

} // namespace tierdesk
