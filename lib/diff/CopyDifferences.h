// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How copies of one version differ, read from their trees: a shadowed copy whose
// files differ only in their modes is named so rather than "different content".
#include "core/JobControl.h"
#include "diff/DiffKind.h"
#include "git/Repository.h"
#include "storage/Distribution.h"
#include "storage/TierComparison.h"

namespace tierdesk {

// The kinds of difference between two version trees (empty when they are equal or unreadable).
TIERDESK_CORE_EXPORT DiffKinds classifyTrees(const git::Repository &repo, const git::ObjectId &oldTree,
                                               const git::ObjectId &newTree);

// Fills VersionCopy::difference of every shadowed copy (against the served copy).
TIERDESK_CORE_EXPORT void classifyCopies(const git::Repository &repo, DistributionAnalysis &analysis,
                                         const JobControl &job = {});

// Fills ComparedVersion::difference of every row of the Different group not yet classified.
TIERDESK_CORE_EXPORT void classifyDifferences(const git::Repository &repo, TierComparison &comparison);

} // namespace tierdesk
