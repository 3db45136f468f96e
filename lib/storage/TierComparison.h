// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Two tiers of one snapshot side by side: what only one has, what both have
// with the same content, and what both have with different content.
#include "storage/StorageSnapshot.h"
#include "tierdesk_core_export.h"

#include <array>

namespace tierdesk {

enum class ComparisonGroup {
    OnlyInA,
    OnlyInB,
    Identical, // in both, same tree id
    Different, // in both, different tree ids
};

struct ComparedVersion {
    QString name;
    QString version;
    git::ObjectId treeA; // null when absent from A
    git::ObjectId treeB; // null when absent from B
};

struct TIERDESK_CORE_EXPORT TierComparison {
    QString tierA;
    QString tierB;
    std::array<QList<ComparedVersion>, 4> groups; // by ComparisonGroup; sorted by name, newest version first

    // Display and export order: what needs a reviewer's eye first.
    static constexpr std::array<ComparisonGroup, 4> allGroups{ComparisonGroup::Different, ComparisonGroup::OnlyInA,
                                                              ComparisonGroup::OnlyInB, ComparisonGroup::Identical};

    // Absent tiers compare as empty.
    static TierComparison compare(const StorageSnapshot &snapshot, const QString &tierA, const QString &tierB);

    const QList<ComparedVersion> &group(ComparisonGroup g) const { return groups[size_t(g)]; }
    qsizetype total() const;
    bool isEmpty() const { return total() == 0; }
    // "Only in snapshot", "In both, different content", ... with the tier names filled in.
    QString groupTitle(ComparisonGroup g) const;
    // A stable identifier for tests and item data ("only-a", "only-b", "identical", "different").
    static QString groupId(ComparisonGroup g);

    // A heading, the counts and one table of every version, for a pull request review.
    QString toMarkdown() const;
    // The same as aligned plain text.
    QString toPlainText() const;
};

} // namespace tierdesk
