// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Two tiers of one snapshot side by side: what only one has, what both have
// with the same content, and what both have with different content.
#include "storage/Distribution.h"
#include "storage/StorageSnapshot.h"
#include "tierdesk_core_export.h"

#include <QJsonObject>

#include <array>
#include <optional>

namespace tierdesk {

enum class ComparisonGroup {
    OnlyInA,
    OnlyInB,
    Identical, // in both, same tree id
    Different, // in both, different tree ids
};

// Which rows a comparison keeps: "changed" (in both, different content), "only-a",
// "only-b", "shadowed" (a copy of A or B that is never served) and "pending"
// (a copy of A or B identical to the copy served above it: promoted, its removal not yet merged).
enum class CompareFilter { All, Changed, OnlyA, OnlyB, Shadowed, Pending };

struct ComparedVersion {
    QString name;
    QString version;
    git::ObjectId treeA; // null when absent from A
    git::ObjectId treeB; // null when absent from B
    // The copies' roles in the storage (Served when absent or in no other tier).
    CopyRole roleA = CopyRole::Served;
    CopyRole roleB = CopyRole::Served;
    // Different rows: how the two copies differ, when known (from the analysis's
    // classified copies, or classifyDifferences() in lib/diff/CopyDifferences.h).
    // Rows of one side whose copy is shadowed: how it differs from the copy servedTier serves.
    DiffKinds difference;
    QString servedTier; // rows of one side whose copy is shadowed: the tier whose copy is served instead
};

// GitHub refuses comments longer than this many characters.
inline constexpr qsizetype gitHubCommentLimit = 65536;

// An export cut to a size: the text ends with a line saying what was left out.
struct ComparisonExport {
    QString text;
    qsizetype rowsShown = 0;
    qsizetype rowsCut = 0; // rows left out to stay within the limit
    bool isCut() const { return rowsCut > 0; }
};

struct TIERDESK_CORE_EXPORT TierComparison {
    QString tierA;
    QString tierB;
    git::ObjectId commitA; // the tiers' tip commits; null when a tier is absent
    git::ObjectId commitB;
    CompareFilter filter = CompareFilter::All;
    std::array<qsizetype, 4> unfilteredCounts{}; // by ComparisonGroup, before the filter
    std::array<QList<ComparedVersion>, 4> groups; // by ComparisonGroup; sorted by name, newest version first

    // Display and export order: what needs a reviewer's eye first.
    static constexpr std::array<ComparisonGroup, 4> allGroups{ComparisonGroup::Different, ComparisonGroup::OnlyInA,
                                                              ComparisonGroup::OnlyInB, ComparisonGroup::Identical};

    // Absent tiers compare as empty. Without `analysis` the snapshot is analysed here.
    static TierComparison compare(const StorageSnapshot &snapshot, const QString &tierA, const QString &tierB,
                                  const DistributionAnalysis *analysis = nullptr);
    // Only the rows `filter` keeps (the counts before it stay in unfilteredCounts).
    TierComparison filtered(CompareFilter filter) const;
    static bool keeps(CompareFilter filter, ComparisonGroup group, const ComparedVersion &v);
    // "changed", "only-a", "only-b", "shadowed", "pending"; "all" for All. nullopt for other text.
    static QString filterId(CompareFilter filter);
    static std::optional<CompareFilter> filterFromId(QStringView id);
    static constexpr std::array<CompareFilter, 6> allFilters{CompareFilter::All,    CompareFilter::Changed,
                                                             CompareFilter::OnlyA,  CompareFilter::OnlyB,
                                                             CompareFilter::Shadowed, CompareFilter::Pending};
    // "Shadowed copies", "Only in staging", ... for choosers.
    QString filterTitle(CompareFilter filter) const;

    const QList<ComparedVersion> &group(ComparisonGroup g) const { return groups[size_t(g)]; }
    qsizetype total() const;
    bool isEmpty() const { return total() == 0; }
    // "Only in snapshot", "In both, different content", ... with the tier names filled in.
    // The "different" group says "only file modes differ" when that is all its rows differ in.
    QString groupTitle(ComparisonGroup g) const;
    // The group as one row names it: "In both, different content" whatever the other rows
    // differ in; the row's note says how its copies differ (file modes only, ...).
    QString rowGroupTitle(ComparisonGroup g) const;
    // Every row of the "different" group differs in file modes alone (and there is one).
    bool differsOnlyInModes() const;
    // A stable identifier for tests and item data ("only-a", "only-b", "identical", "different").
    static QString groupId(ComparisonGroup g);

    // A heading with both tier commits, the counts and one table of every version, for
    // a pull request review. When longer than `limit` characters, rows are left out from
    // the end and a last line says how many and how to get all of them.
    ComparisonExport toMarkdown(qsizetype limit = gitHubCommentLimit) const;
    QString toFullMarkdown() const { return toMarkdown(-1).text; }
    // The same as aligned plain text, never cut.
    QString toPlainText() const;
    // tiers, commits, filter, counts and every row with its trees and roles.
    QJsonObject toJson() const;

    // What is worth naming about a row: how its copies differ, which copy is shadowed or awaits removal.
    QString rowNote(const ComparedVersion &v) const;

private:
    QString differentTitle() const;
    QString heading() const;
    QString cutLine(qsizetype rows) const;
};

} // namespace tierdesk
