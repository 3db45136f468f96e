#include "matrix/TierMatrix.h"

#include "storage/TierSummary.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tierdesk {

QString copyRoleId(CopyRole role)
{
    switch (role) {
    case CopyRole::Served: return u"served"_s;
    case CopyRole::Promoted: return u"promoted"_s;
    case CopyRole::Shadowed: return u"shadowed"_s;
    }
    return u"served"_s;
}

QStringList VersionChip::badges() const
{
    QStringList b;
    if (candidate)
        b.append(u"candidate"_s);
    if (role == CopyRole::Promoted)
        b.append(u"promoted"_s);
    else if (role == CopyRole::Shadowed)
        b.append(u"shadowed"_s);
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
        m += u'≠';
    if (candidate)
        m += u'↑';
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

} // namespace

TierMatrix TierMatrix::build(const StorageSnapshot &snapshot, const DistributionAnalysis &analysis)
{
    TierMatrix matrix;
    const QLocale locale;

    QHash<QString, const Duplicate *> duplicates;
    for (const Duplicate &d : analysis.duplicates)
        duplicates.insert(d.name + u'@' + d.version, &d);

    for (const TierState &tier : snapshot.tiers) {
        TierColumn column;
        column.name = tier.name;
        column.present = tier.present();
        if (column.present) {
            column.refName = tier.refName;
            column.shortId = tier.head.id.shortHex();
            column.subject = tier.head.subject;
            column.commitTime = tier.head.commitTime;
            column.problemCount = tier.problemCount();
            QStringList tip;
            tip.append(tr("%1 at %2").arg(tier.refName, column.shortId));
            if (tier.behind > 0)
                tip.append(u"⚠ "_s + TierSummary::trackingText(tier));
            if (!column.subject.isEmpty())
                tip.append(column.subject);
            if (column.commitTime.isValid())
                tip.append(tr("Committed %1").arg(locale.toString(column.commitTime, QLocale::ShortFormat)));
            if (const Distribution *d = analysis.distribution(tier.name))
                tip.append(tr("Its distribution serves %1.").arg(locale.createSeparatedList(d->sourceTiers)));
            if (column.problemCount > 0)
                tip.append(tr("⚠ %n problem(s) in this tier.", nullptr, column.problemCount));
            if (!tier.problems.isEmpty())
                tip.append(problemLines(tier.problems));
            column.toolTip = tip.join(u'\n');
        } else {
            column.toolTip = tr("No branch for the tier “%1” was found (looked for %2).")
                                 .arg(tier.name, locale.createSeparatedList(snapshot.config.candidateRefs(tier.name)));
        }
        matrix.tiers.append(column);
    }

    const QStringList names = snapshot.packageNames();
    QHash<QString, qsizetype> rowOf;
    matrix.rows.reserve(names.size());
    for (const QString &name : names) {
        rowOf.insert(name, matrix.rows.size());
        PackageRow row;
        row.name = name;
        row.cells.resize(snapshot.tiers.size());
        matrix.rows.append(row);
    }

    // Per tier and package, the newest version: what a lower tier's version must exceed to be a candidate.
    QList<QHash<QString, Version>> newestInTier(snapshot.tiers.size());
    for (qsizetype t = 0; t < snapshot.tiers.size(); ++t)
        for (const PackageVersion &v : snapshot.tiers[t].versions)
            if (v.version) {
                auto it = newestInTier[t].find(v.name);
                if (it == newestInTier[t].end() || *v.version > *it)
                    newestInTier[t].insert(v.name, *v.version);
            }
    const QString topTier = snapshot.tiers.isEmpty() ? QString() : snapshot.tiers.constLast().name;

    // The newest parseable version with a manifest names the package.
    QHash<QString, const PackageVersion *> newest;
    for (qsizetype t = 0; t < snapshot.tiers.size(); ++t) {
        const TierState &tier = snapshot.tiers[t];
        const QStringList served = servingTiers(snapshot, tier);
        for (const PackageVersion &v : tier.versions) {
            PackageRow &row = matrix.rows[rowOf.value(v.name)];
            VersionChip chip;
            chip.version = v.versionText;
            chip.problemCount = int(v.problems.size());
            chip.servedTier = tier.name;
            QStringList tip;
            tip.append(tr("%1 %2 in %3").arg(v.name, v.versionText, tier.name));
            const Duplicate *dup = duplicates.value(v.key());
            if (dup) {
                for (const VersionCopy &c : dup->copies) {
                    if (c.tier == tier.name)
                        chip.role = c.role;
                    if (c.role == CopyRole::Served)
                        chip.servedTier = c.tier;
                }
            }
            if (v.version && t + 1 < snapshot.tiers.size()) {
                bool newer = true;
                for (qsizetype u = t + 1; u < snapshot.tiers.size() && newer; ++u) {
                    const auto it = newestInTier[u].constFind(v.name);
                    if (it != newestInTier[u].constEnd() && !(*v.version > *it))
                        newer = false;
                }
                chip.candidate = newer && snapshot.tiers[t].present();
            }
            QStringList policy;
            if (!v.version)
                policy.append(tr("⊘ Policy: the directory name “%1” is not a semantic version.").arg(v.versionText));
            if (dup && !topTier.isEmpty()) {
                bool inTop = false;
                bool differs = false;
                for (const VersionCopy &c : dup->copies) {
                    inTop = inTop || c.tier == topTier;
                    differs = differs || c.role == CopyRole::Shadowed;
                }
                if (inTop && differs)
                    policy.append(tr("⊘ Policy: %1 never overwrites a published version, yet another tier holds "
                                     "%2 %3 with different content.")
                                      .arg(topTier, v.name, v.versionText));
            }
            chip.policyProblem = !policy.isEmpty();
            if (chip.candidate)
                tip.append(tr("↑ Promotion candidate: newer than every version of %1 in the higher tiers.").arg(v.name));
            switch (chip.role) {
            case CopyRole::Served:
                tip.append(tr("Served by the distributions of %1.").arg(locale.createSeparatedList(served)));
                if (dup) {
                    for (const VersionCopy &c : dup->copies) {
                        if (c.role == CopyRole::Promoted)
                            tip.append(tr("≡ %1 holds an identical copy: promoted, its removal is pending.").arg(c.tier));
                        else if (c.role == CopyRole::Shadowed)
                            tip.append(tr("≠ %1 holds a copy with different content, which is never served.").arg(c.tier));
                    }
                }
                break;
            case CopyRole::Promoted:
                tip.append(tr("≡ Promoted copy: identical to the copy in %1, which is the one served. "
                              "Its removal from %2 is pending.")
                               .arg(chip.servedTier, tier.name));
                break;
            case CopyRole::Shadowed:
                tip.append(tr("≠ Shadowed copy: its content differs from the copy in %1. "
                              "Every distribution serves the %1 copy instead, so this one is never served.")
                               .arg(chip.servedTier));
                break;
            }
            tip.append(policy);
            if (chip.hasProblems()) {
                tip.append(tr("⚠ %n problem(s):", nullptr, chip.problemCount));
                tip.append(problemLines(v.problems));
            }
            chip.toolTip = tip.join(u'\n');
            row.problemCount += chip.problemCount;
            row.cells[t].chips.append(chip);

            if (v.manifest) {
                const PackageVersion *&best = newest[v.name];
                if (!best || (v.version && (!best->version || *v.version > *best->version)))
                    best = &v;
            }
        }
    }
    for (PackageRow &row : matrix.rows) {
        if (const PackageVersion *v = newest.value(row.name)) {
            row.title = v->manifest->title;
            row.description = v->manifest->description;
            row.owner = v->manifest->ownerGithub;
            row.release = v->manifest->releaseStage();
        }
        for (qsizetype t = 0; t < row.cells.size(); ++t) {
            const TierCell &cell = row.cells[t];
            if (!cell.chips.isEmpty()) {
                ++row.tierCount;
                // Tier tips are the finest dates the snapshot has without walking history.
                const QDateTime when = matrix.tiers[t].commitTime;
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
    return matrix;
}

} // namespace tierdesk
