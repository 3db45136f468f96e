// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/CopyDifferences.h"

#include "diff/PackageDiff.h"

namespace tierdesk {

DiffKinds classifyTrees(const git::Repository &repo, const git::ObjectId &oldTree, const git::ObjectId &newTree)
{
    if (oldTree == newTree)
        return {};
    DiffSide oldSide;
    oldSide.tree = oldTree;
    DiffSide newSide;
    newSide.tree = newTree;
    const auto comparison = PackageDiff::compare(repo, oldSide, newSide);
    return comparison ? comparison->kinds() : DiffKinds(DiffKind::Content);
}

void classifyCopies(const git::Repository &repo, DistributionAnalysis &analysis, const JobControl &job)
{
    for (Duplicate &d : analysis.duplicates) {
        if (job.isCancelled())
            return;
        const git::ObjectId served = d.copies.isEmpty() ? git::ObjectId() : d.copies.constFirst().tree;
        for (VersionCopy &c : d.copies)
            if (c.role == CopyRole::Shadowed)
                c.difference = classifyTrees(repo, served, c.tree);
    }
}

void classifyDifferences(const git::Repository &repo, TierComparison &comparison)
{
    for (ComparedVersion &v : comparison.groups[size_t(ComparisonGroup::Different)])
        if (!v.difference)
            v.difference = classifyTrees(repo, v.treeA, v.treeB);
}

} // namespace tierdesk
