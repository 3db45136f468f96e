// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a version directory's content alone determines, and reading it for many
// versions at once: on several threads (one repository each) and through the
// persistent ManifestStore. Private to StorageReader.
#include "core/JobControl.h"
#include "storage/ManifestStore.h"
#include "storage/StorageReader.h"

#include <optional>

namespace tierdesk {

struct VersionCache::Entry {
    std::shared_ptr<const Manifest> manifest;
    std::optional<VersionConstraint> kibana;
    git::ObjectId manifestBlob; // null when the version has no readable manifest.yml
    Problems problems; // paths relative to the version directory
};

// Absent and damaged objects are different problems (fetch again, or repair the object).
ProblemKind objectProblem(const Error &e);

// One version tree; `store` (may be null) answers without reading the manifest, and learns.
std::shared_ptr<const VersionCache::Entry> parseContent(const git::Repository &repo, const git::ObjectId &treeId,
                                                        ManifestStore *store);

// Puts every version tree below the tiers' packages/ trees that `cache` lacks into it.
// How many were parsed (not found in the store); nothing when cancelled.
// With `onlyPackages`, only the version trees of those packages.
std::optional<int> prefetchContent(const git::Repository &repo, const QList<git::ObjectId> &packagesTrees,
                                   VersionCache &cache, ManifestStore *store, const JobControl &job,
                                   const QStringList &onlyPackages = {});

} // namespace tierdesk
