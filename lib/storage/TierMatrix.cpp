// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TierMatrix.h"

#include "storage/TierSummary.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tierdesk {

QStringList VersionChip::badges() const
{
    QStringList b;
    if (candidate)
        b.append(u"candidate"_s);
    if (pendingDraft)
        b.append(u"draft"_s);
    if (role == CopyRole::Promoted)
        b.append(u"promoted"_s);
    else if (role == CopyRole::Shadowed)
        b.append(u"shadowed"_s);
    if (cosmeticDifference())
        b.append(diffKindsId(difference));
    if (policyProblem)
        b.append(u"policy"_s);
    if (hasProblems())
        b.append(u"manifest"_s);
    return b;
}

QString VersionChip::marker() const
{
    QString m;
    if (policyProblem)
        m += u'⊘';
    if (hasProblems())
        m += u'⚠';
    if (role == CopyRole::Promoted)
        m += u'≡';
    else if (role == CopyRole::Shadowed)
        m += cosmeticDifference() ? u'≈' : u'≠';
    if (candidate)
        m += u'↑';
    if (pendingDraft)
        m += u'✎';
    return m;
}

QString VersionChip::label() const
{
    const QString m = marker();
    return m.isEmpty() ? version : m + u' ' + version;
}

namespace {

// The tiers whose distributions include `tier`'s content: itself and every lower present tier.
QStringList servingTiers(const StorageSnapshot &snapshot, const TierState &tier)
{
    QStringList names;
    for (const TierState &t : snapshot.tiers)
        if (t.present() && t.rank <= tier.rank)
            names.append(t.name);
    return names;
}

QString problemLines(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(u"• "_s + p.message + (p.path.isEmpty() ? QString() : u" ("_s + p.path + u')'));
    return lines.join(u'\n');
}

// ---- Columns: one per configured tier ----

QString presentColumnToolTip(const TierState &tier, const TierColumn &column, const DistributionAnalysis &analysis,
                             const QLocale &locale)
{
    QStringList tip;
    // An unreadable branch has no tip to name: its problem below says why.
    tip.append(column.shortId.isEmpty() ? tier.refName : TierMatrix::tr("%1 at %2").arg(tier.refName, column.shortId));
    if (tier.behind > 0)
        tip.append(u"⚠ "_s + TierSummary::trackingText(tier));
    if (!column.subject.isEmpty())
        tip.append(column.subject);
    if (column.commitTime.isValid())
        tip.append(TierMatrix::tr("Committed %1").arg(locale.toString(column.commitTime, QLocale::ShortFormat)));
    if (const Distribution *d = analysis.distribution(tier.name))
        tip.append(TierMatrix::tr("Its distribution serves %1.").arg(locale.createSeparatedList(d->sourceTiers)));
    if (column.problemCount > 0)
        tip.append(TierMatrix::tr("⚠ %n problem(s) in this tier.", nullptr, column.problemCount));
    if (!tier.problems.isEmpty())
        tip.append(problemLines(tier.problems));
    return tip.join(u'\n');
}

TierColumn tierColumn(const StorageSnapshot &snapshot, const TierState &tier, const DistributionAnalysis &analysis,
                      const QLocale &locale)
{
    TierColumn column;
    column.name = tier.name;
    column.present = tier.present();
    if (!column.present) {
        column.toolTip = TierMatrix::tr("No branch for the tier “%1” was found (looked for %2).")
                             .arg(tier.name, locale.createSeparatedList(snapshot.config.candidateRefs(tier.name)));
        return column;
    }
    column.refName = tier.refName;
    column.shortId = tier.head.id.isNull() ? QString() : tier.head.id.shortHex();
    column.subject = tier.head.subject;
    column.commitTime = tier.head.commitTime;
    column.problemCount = tier.problemCount();
    column.toolTip = presentColumnToolTip(tier, column, analysis, locale);
    return column;
}

// ---- Chips: the rules that mark one tier's copy of a version ----

class ChipRules {
public:
    ChipRules(const StorageSnapshot &snapshot, const DistributionAnalysis &analysis, const CandidacyMarks *marks);

    VersionChip chip(qsizetype tierIndex, const PackageVersion &v) const;

private:
    static void applyCopies(VersionChip &chip, const Duplicate *dup, const QString &tier);
    bool isCandidate(qsizetype tierIndex, const PackageVersion &v) const;
    QStringList policyProblems(const PackageVersion &v, const Duplicate *dup) const;
    QStringList roleLines(const VersionChip &chip, const Duplicate *dup, qsizetype tierIndex) const;
    QString toolTip(const VersionChip &chip, const PackageVersion &v, qsizetype tierIndex, const Duplicate *dup,
                    const QStringList &policy) const;

    const StorageSnapshot &m_snapshot;
    const CandidacyMarks *m_marks;
    const QLocale m_locale;
    QHash<QString, const Duplicate *> m_duplicates; // by name@version
    // Per tier and package, the newest version: what a lower tier's version must exceed to be a candidate.
    QList<QHash<QString, Version>> m_newestInTier;
    QList<QStringList> m_servingTiers; // per tier, see servingTiers()
    QString m_topTier;                 // the tier that never overwrites a published version
};

ChipRules::ChipRules(const StorageSnapshot &snapshot, const DistributionAnalysis &analysis, const CandidacyMarks *marks)
    : m_snapshot(snapshot), m_marks(marks), m_newestInTier(snapshot.tiers.size())
{
    for (const Duplicate &d : analysis.duplicates)
        m_duplicates.insert(d.name + u'@' + d.version, &d);
    for (qsizetype t = 0; t < snapshot.tiers.size(); ++t) {
        for (const PackageVersion &v : snapshot.tiers[t].versions) {
            if (!v.version)
                continue;
            auto it = m_newestInTier[t].find(v.name);
            if (it == m_newestInTier[t].end() || *v.version > *it)
                m_newestInTier[t].insert(v.name, *v.version);
        }
        m_servingTiers.append(servingTiers(snapshot, snapshot.tiers[t]));
    }
    if (!snapshot.tiers.isEmpty())
        m_topTier = snapshot.tiers.constLast().name;
}

VersionChip ChipRules::chip(qsizetype tierIndex, const PackageVersion &v) const
{
    const QString &tier = m_snapshot.tiers[tierIndex].name;
    const Duplicate *dup = m_duplicates.value(v.key());
    VersionChip chip;
    chip.version = v.versionText;
    chip.problemCount = int(v.problems.size());
    chip.servedTier = tier;
    applyCopies(chip, dup, tier);
    if (m_marks) {
        const CandidacyMark mark = m_marks->value(tier + u'/' + v.key());
        chip.candidate = mark.candidate;
        chip.pendingDraft = mark.pendingDraft;
    } else {
        chip.candidate = isCandidate(tierIndex, v);
    }
    const QStringList policy = policyProblems(v, dup);
    chip.policyProblem = !policy.isEmpty();
    chip.toolTip = toolTip(chip, v, tierIndex, dup, policy);
    return chip;
}

// The chip's role among the copies of its version, and which tier's copy is served.
void ChipRules::applyCopies(VersionChip &chip, const Duplicate *dup, const QString &tier)
{
    if (!dup)
        return;
    for (const VersionCopy &c : dup->copies) {
        if (c.tier == tier) {
            chip.role = c.role;
            chip.difference = c.difference;
        }
        if (c.role == CopyRole::Served)
            chip.servedTier = c.tier;
    }
}

// A candidate is newer than every version of its package in every higher tier (or the package is in none).
bool ChipRules::isCandidate(qsizetype tierIndex, const PackageVersion &v) const
{
    if (!v.version || tierIndex + 1 >= m_snapshot.tiers.size())
        return false;
    for (qsizetype u = tierIndex + 1; u < m_snapshot.tiers.size(); ++u) {
        const auto it = m_newestInTier[u].constFind(v.name);
        if (it != m_newestInTier[u].constEnd() && !(*v.version > *it))
            return false;
    }
    return m_snapshot.tiers[tierIndex].present();
}

// Storage rules the version breaks: its directory must be a version, and the top
// tier's copy must be the only content of a version it has published.
QStringList ChipRules::policyProblems(const PackageVersion &v, const Duplicate *dup) const
{
    QStringList policy;
    if (!v.version)
        policy.append(TierMatrix::tr("⊘ Policy: the directory name “%1” is not a semantic version.").arg(v.versionText));
    if (!dup || m_topTier.isEmpty())
        return policy;
    bool inTop = false;
    bool differs = false;
    DiffKinds how;
    for (const VersionCopy &c : dup->copies) {
        inTop = inTop || c.tier == m_topTier;
        differs = differs || c.role == CopyRole::Shadowed;
        if (c.role == CopyRole::Shadowed)
            how |= c.difference ? c.difference : DiffKinds(DiffKind::Content);
    }
    if (inTop && differs && isCosmetic(how))
        policy.append(TierMatrix::tr("⊘ Policy: %1 never overwrites a published version, yet another tier holds "
                                     "%2 %3 that is not identical (%4).")
                          .arg(m_topTier, v.name, v.versionText, describeDiffKinds(how)));
    else if (inTop && differs)
        policy.append(TierMatrix::tr("⊘ Policy: %1 never overwrites a published version, yet another tier holds "
                                     "%2 %3 with different content.")
                          .arg(m_topTier, v.name, v.versionText));
    return policy;
}

QStringList ChipRules::roleLines(const VersionChip &chip, const Duplicate *dup, qsizetype tierIndex) const
{
    QStringList lines;
    switch (chip.role) {
    case CopyRole::Served:
        lines.append(TierMatrix::tr("Served by the distributions of %1.")
                         .arg(m_locale.createSeparatedList(m_servingTiers[tierIndex])));
        if (!dup)
            break;
        for (const VersionCopy &c : dup->copies) {
            if (c.role == CopyRole::Promoted)
                lines.append(TierMatrix::tr("≡ %1 holds an identical copy: promoted, its removal is pending.").arg(c.tier));
            else if (c.role == CopyRole::Shadowed && isCosmetic(c.difference))
                lines.append(TierMatrix::tr("≈ %1 holds a copy that is never served; %2.")
                                 .arg(c.tier, describeDiffKinds(c.difference)));
            else if (c.role == CopyRole::Shadowed)
                lines.append(TierMatrix::tr("≠ %1 holds a copy with different content, which is never served.").arg(c.tier));
        }
        break;
    case CopyRole::Promoted:
        lines.append(TierMatrix::tr("≡ Promoted copy: identical to the copy in %1, which is the one served. "
                                    "Its removal from %2 is pending.")
                         .arg(chip.servedTier, m_snapshot.tiers[tierIndex].name));
        break;
    case CopyRole::Shadowed:
        if (chip.cosmeticDifference()) {
            lines.append(TierMatrix::tr("≈ Shadowed copy: compared with the copy in %1, %2. "
                                        "Every distribution serves the %1 copy instead, so this one is never served.")
                             .arg(chip.servedTier, describeDiffKinds(chip.difference)));
            break;
        }
        lines.append(TierMatrix::tr("≠ Shadowed copy: its content differs from the copy in %1. "
                                    "Every distribution serves the %1 copy instead, so this one is never served.")
                         .arg(chip.servedTier));
        break;
    }
    return lines;
}

QString ChipRules::toolTip(const VersionChip &chip, const PackageVersion &v, qsizetype tierIndex, const Duplicate *dup,
                           const QStringList &policy) const
{
    QStringList tip;
    tip.append(TierMatrix::tr("%1 %2 in %3").arg(v.name, v.versionText, m_snapshot.tiers[tierIndex].name));
    const QString &tier = m_snapshot.tiers[tierIndex].name;
    if (m_marks) {
        const QString why = m_marks->value(tier + u'/' + v.key()).why;
        if (!why.isEmpty())
            tip.append((chip.candidate ? u"↑ "_s : QString()) + why);
    } else if (chip.candidate) {
        tip.append(TierMatrix::tr("↑ Promotion candidate: newer than every version of %1 in the higher tiers.").arg(v.name));
    }
    tip.append(roleLines(chip, dup, tierIndex));
    tip.append(policy);
    if (chip.hasProblems()) {
        tip.append(TierMatrix::tr("⚠ %n problem(s):", nullptr, chip.problemCount));
        tip.append(problemLines(v.problems));
    }
    return tip.join(u'\n');
}

// ---- Rows: one per package ----

QList<PackageRow> emptyRows(const StorageSnapshot &snapshot)
{
    const QStringList names = snapshot.packageNames();
    QList<PackageRow> rows;
    rows.reserve(names.size());
    for (const QString &name : names) {
        PackageRow row;
        row.name = name;
        row.cells.resize(snapshot.tiers.size());
        rows.append(row);
    }
    return rows;
}

void fillCells(QList<PackageRow> &rows, const StorageSnapshot &snapshot, const ChipRules &rules)
{
    QHash<QString, qsizetype> rowOf;
    for (qsizetype r = 0; r < rows.size(); ++r)
        rowOf.insert(rows[r].name, r);
    for (qsizetype t = 0; t < snapshot.tiers.size(); ++t) {
        for (const PackageVersion &v : snapshot.tiers[t].versions) {
            PackageRow &row = rows[rowOf.value(v.name)];
            const VersionChip chip = rules.chip(t, v);
            row.problemCount += chip.problemCount;
            row.cells[t].chips.append(chip);
        }
    }
}

// The newest parseable version with a manifest names the package.
QHash<QString, const PackageVersion *> newestWithManifest(const StorageSnapshot &snapshot)
{
    QHash<QString, const PackageVersion *> newest;
    for (const TierState &tier : snapshot.tiers) {
        for (const PackageVersion &v : tier.versions) {
            if (!v.manifest)
                continue;
            const PackageVersion *&best = newest[v.name];
            if (!best || (v.version && (!best->version || *v.version > *best->version)))
                best = &v;
        }
    }
    return newest;
}

void describeRow(PackageRow &row, const PackageVersion *newest)
{
    if (!newest)
        return;
    row.title = newest->manifest->title;
    row.description = newest->manifest->description;
    row.owner = newest->manifest->ownerGithub;
    row.release = newest->manifest->releaseStage();
}

// Counts and dates over the row's cells, and the union of their badges.
void summarizeRow(PackageRow &row, const QList<TierColumn> &tiers)
{
    for (qsizetype t = 0; t < row.cells.size(); ++t) {
        const TierCell &cell = row.cells[t];
        if (!cell.chips.isEmpty()) {
            ++row.tierCount;
            // Tier tips are the finest dates the snapshot has without walking history.
            const QDateTime when = tiers[t].commitTime;
            if (when.isValid() && (!row.lastChange.isValid() || when > row.lastChange))
                row.lastChange = when;
        }
        for (const VersionChip &c : cell.chips) {
            if (c.candidate || c.role == CopyRole::Promoted)
                ++row.pendingCount;
            for (const QString &b : c.badges())
                if (!row.badges.contains(b))
                    row.badges.append(b);
        }
    }
}

} // namespace

TierMatrix TierMatrix::build(const StorageSnapshot &snapshot, const DistributionAnalysis &analysis,
                             const CandidacyMarks *marks)
{
    TierMatrix matrix;
    const QLocale locale;
    for (const TierState &tier : snapshot.tiers)
        matrix.tiers.append(tierColumn(snapshot, tier, analysis, locale));
    matrix.rows = emptyRows(snapshot);
    fillCells(matrix.rows, snapshot, ChipRules(snapshot, analysis, marks));
    const QHash<QString, const PackageVersion *> newest = newestWithManifest(snapshot);
    for (PackageRow &row : matrix.rows) {
        describeRow(row, newest.value(row.name));
        summarizeRow(row, matrix.tiers);
    }
    return matrix;
}

} // namespace tierdesk
