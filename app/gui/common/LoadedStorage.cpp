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
    // Reads the draft branches, the draft store and candidates' trees: analyze() runs on the loading worker.
    storage.excuses = explainRepository(storage.snapshot);
    const CandidacyMarks marks = candidacyMarks(storage.excuses);
    storage.matrix = TierMatrix::build(storage.snapshot, storage.analysis, &marks);
    storage.repositoryPath = storage.snapshot.repositoryPath;
    storage.cache = cache ? std::move(cache) : std::make_shared<VersionCache>();
    return storage;
}

const VersionExcuse *LoadedStorage::excuse(const QString &tier, const QString &name, const QString &version) const
{
    for (const VersionExcuse &e : excuses)
        if (e.tier == tier && e.name == name && e.version == version)
            return &e;
    return nullptr;
}

} // namespace tierdesk
