// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/TagReadinessReport.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::TagReadinessReport;

// Table cells: a "|" (as in "^7.16.0 || ^8.0.0") would end the cell.
QString cell(const QString &text) { return QString(text).replace(u'|', u"\\|"_s); }

QString code(const QString &text)
{
    if (text.isEmpty())
        return {};
    return u"`"_s + text + u"`"_s;
}

QString findingLine(const Finding &f)
{
    return u"- **"_s + severityText(f.severity) + u"** — "_s + f.message + u'\n';
}

QString changeText(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return Tr::tr("added");
    case ChangeKind::Updated: return Tr::tr("updated");
    case ChangeKind::Removed: return Tr::tr("removed");
    }
    return {};
}

QString existingTagText(const ExistingTag &tag, const QString &productionTier)
{
    const QString commit = tag.commit.shortHex(12);
    if (tag.atProductionTip)
        return Tr::tr("Tagged at %1; %2 has not moved since.").arg(code(commit), productionTier);
    if (tag.commitsSince > 0)
        return Tr::tr("Tagged at %1; %2 moved %n commit(s) since.", nullptr, tag.commitsSince)
            .arg(code(commit), productionTier);
    return Tr::tr("Tagged at %1, which is not in the history of %2.").arg(code(commit), productionTier);
}

QJsonObject entryJson(const ContentEntry &e)
{
    return QJsonObject{{u"name"_s, e.name},
                       {u"version"_s, e.version},
                       {u"tree"_s, e.tree.toHex()},
                       {u"constraint"_s, e.constraint.isEmpty() ? QJsonValue() : QJsonValue(e.constraint)},
                       {u"title"_s, e.title}};
}

// Markdown sections, in the order they appear.

QString overviewMarkdown(const TagReadiness &r)
{
    QString md = u"# "_s + Tr::tr("Release check: %1").arg(r.tagName) + u"\n\n"_s;
    md += u"**"_s + Tr::tr("Verdict: %1").arg(verdictText(r.verdict())) + u"** — "_s
        + Tr::tr("blocking: %1, warnings: %2, notes: %3.")
              .arg(r.count(Severity::Blocks))
              .arg(r.count(Severity::Warning))
              .arg(r.count(Severity::Info))
        + u"\n\n"_s;
    if (r.productionRef.isEmpty())
        md += u"- "_s + Tr::tr("Production: the %1 branch is absent.").arg(r.productionTier) + u'\n';
    else
        md += u"- "_s
            + Tr::tr("Tag %1 on %2 at %3 (%4), for stack version %5.")
                  .arg(code(r.tagName), code(r.productionRef), code(r.productionCommit.shortHex(12)),
                       r.productionTime.toString(u"yyyy-MM-dd"_s), code(r.stackVersion.toString()))
            + u'\n';
    if (r.stackVersion.isPrerelease())
        md += u"- "_s
            + Tr::tr("Evaluated as %1: Kibana asks the package registry with its version cut at the first “-”.")
                  .arg(code(r.evaluatedVersion.toString()))
            + u'\n';
    if (r.previous)
        md += u"- "_s
            + (r.previous->automatic ? Tr::tr("Baseline: %1 at %2, the highest lower version tag.")
                                     : Tr::tr("Baseline: %1 at %2, as chosen."))
                  .arg(code(r.previous->revision), code(r.previous->commit.shortHex(12)))
            + u' ' + Tr::tr("Choose another with `--previous REF` (or “Compare with” in the Release view).") + u'\n';
    else
        md += u"- "_s + Tr::tr("Baseline: none (no lower version tag); choose one with `--previous REF`.") + u'\n';
    if (r.existingTag)
        md += u"- "_s + existingTagText(*r.existingTag, r.productionTier) + u'\n';
    return md;
}

QString reasonsMarkdown(const TagReadiness &r)
{
    const QList<Finding> reasons = r.reasons();
    if (reasons.isEmpty())
        return {};
    QString md = u"\n## "_s + Tr::tr("Reasons") + u"\n\n"_s;
    for (const Finding &f : reasons)
        md += u"- "_s + f.message + u'\n';
    return md;
}

QString contentsMarkdown(const TagReadiness &r)
{
    QString md = u"\n## "_s + Tr::tr("Contents (%1 packages)").arg(r.contents.size()) + u"\n\n"_s;
    md += u"| "_s + Tr::tr("Package") + u" | "_s + Tr::tr("Version") + u" | "_s + Tr::tr("Kibana constraint") + u" |\n"_s;
    md += u"|---|---|---|\n"_s;
    for (const ContentEntry &e : r.contents)
        md += u"| "_s + cell(e.name) + u" | "_s + cell(e.version) + u" | "_s
            + (e.constraint.isEmpty() ? Tr::tr("(none: any version)") : cell(code(e.constraint))) + u" |\n"_s;
    return md;
}

QString findingsMarkdown(const TagReadiness &r)
{
    QString md = u"\n## "_s + Tr::tr("Findings") + u"\n\n"_s;
    if (r.findings.isEmpty())
        md += Tr::tr("None.") + u'\n';
    for (const Finding &f : r.findings)
        md += findingLine(f);
    return md;
}

QString previousMarkdown(const PreviousRelease &p)
{
    int added = 0, updated = 0, removed = 0;
    for (const PackageChange &c : p.changes)
        (c.kind == ChangeKind::Added ? added : c.kind == ChangeKind::Updated ? updated : removed) += 1;
    QString md = u"\n## "_s + Tr::tr("Compared with %1").arg(p.revision) + u"\n\n"_s;
    md += Tr::tr("Added: %1, updated: %2, removed: %3, unchanged: %4.").arg(added).arg(updated).arg(removed).arg(p.unchanged)
        + u"\n\n"_s;
    if (p.changes.isEmpty())
        return md;
    md += u"| "_s + Tr::tr("Change") + u" | "_s + Tr::tr("Package") + u" | "_s + Tr::tr("Before") + u" | "_s + Tr::tr("Now")
        + u" |\n|---|---|---|---|\n"_s;
    for (const PackageChange &c : p.changes)
        md += u"| "_s + (c.downgrade ? Tr::tr("downgraded") : changeText(c.kind)) + u" | "_s + cell(c.name) + u" | "_s
            + cell(c.from) + u" | "_s + cell(c.to) + u" |\n"_s;
    return md;
}

QString distributionsMarkdown(const TagReadiness &r)
{
    QString md = u"\n## "_s + Tr::tr("Distribution identity") + u"\n"_s;
    for (const DistributionIdentity &d : r.distributions) {
        md += u"\n### "_s + d.tier + u"\n\n"_s;
        QStringList commits;
        for (const auto &[branch, commit] : d.commits)
            commits.append(branch + u' ' + code(commit.shortHex(12)));
        md += u"- "_s + Tr::tr("Built from: %1").arg(commits.join(u", "_s)) + u'\n';
        md += u"- "_s + Tr::tr("Images:") + u'\n';
        for (const QString &image : d.images)
            md += u"  - "_s + code(image) + u'\n';
        md += u"- "_s + Tr::tr("Labels:") + u'\n';
        for (const auto &[key, value] : d.labels)
            md += u"  - "_s + code(key + u'=' + value) + u'\n';
    }
    return md;
}

// JSON parts.

QJsonValue existingTagJson(const std::optional<ExistingTag> &tag)
{
    if (!tag)
        return QJsonValue();
    return QJsonObject{{u"ref"_s, tag->refName},
                       {u"commit"_s, tag->commit.toHex()},
                       {u"annotated"_s, tag->annotated},
                       {u"atProductionTip"_s, tag->atProductionTip},
                       {u"commitsSince"_s, tag->commitsSince < 0 ? QJsonValue() : QJsonValue(tag->commitsSince)}};
}

QJsonArray contentsJson(const QList<ContentEntry> &contents)
{
    QJsonArray out;
    for (const ContentEntry &e : contents)
        out.append(entryJson(e));
    return out;
}

QJsonObject findingJson(const Finding &f)
{
    QJsonObject o{{u"severity"_s, severityId(f.severity)}, {u"kind"_s, findingKindId(f.kind)}, {u"message"_s, f.message}};
    if (!f.package.isEmpty())
        o[u"package"_s] = f.package;
    if (!f.version.isEmpty())
        o[u"version"_s] = f.version;
    if (!f.tier.isEmpty())
        o[u"tier"_s] = f.tier;
    return o;
}

QJsonObject changeJson(const PackageChange &c)
{
    QJsonObject o{{u"change"_s, changeKindId(c.kind)}, {u"name"_s, c.name}};
    o[u"from"_s] = c.from.isEmpty() ? QJsonValue() : QJsonValue(c.from);
    o[u"to"_s] = c.to.isEmpty() ? QJsonValue() : QJsonValue(c.to);
    if (c.downgrade)
        o[u"downgrade"_s] = true;
    return o;
}

QJsonValue previousJson(const std::optional<PreviousRelease> &previous)
{
    if (!previous)
        return QJsonValue();
    const PreviousRelease &p = *previous;
    QJsonArray changes;
    for (const PackageChange &c : p.changes)
        changes.append(changeJson(c));
    return QJsonObject{
        {u"revision"_s, p.revision},
        {u"ref"_s, p.refName.isEmpty() ? QJsonValue() : QJsonValue(p.refName)},
        {u"automatic"_s, p.automatic},
        {u"commit"_s, p.commit.toHex()},
        {u"stackVersion"_s, p.stackVersion ? QJsonValue(p.stackVersion->toString()) : QJsonValue()},
        {u"unchanged"_s, p.unchanged},
        {u"changes"_s, changes},
        {u"contents"_s, contentsJson(p.contents)},
    };
}

QJsonObject distributionJson(const DistributionIdentity &d)
{
    QJsonArray commits;
    for (const auto &[branch, commit] : d.commits)
        commits.append(QJsonObject{{u"branch"_s, branch}, {u"commit"_s, commit.toHex()}});
    QJsonObject labels;
    for (const auto &[key, value] : d.labels)
        labels[key] = value;
    return QJsonObject{{u"tier"_s, d.tier},
                       {u"commits"_s, commits},
                       {u"combinedId"_s, d.combinedId},
                       {u"images"_s, QJsonArray::fromStringList(d.images)},
                       {u"labels"_s, labels}};
}
} // namespace

QString readinessToMarkdown(const TagReadiness &r)
{
    QString md = overviewMarkdown(r);
    md += reasonsMarkdown(r);
    md += contentsMarkdown(r);
    md += findingsMarkdown(r);
    if (r.previous)
        md += previousMarkdown(*r.previous);
    md += distributionsMarkdown(r);
    return md;
}

QJsonObject readinessToJson(const TagReadiness &r)
{
    QJsonObject doc;
    doc[u"stackVersion"_s] = r.stackVersion.toString();
    doc[u"requested"_s] = r.requested;
    doc[u"evaluatedAs"_s] = r.evaluatedVersion.toString();
    doc[u"tag"_s] = r.tagName;
    doc[u"verdict"_s] = verdictId(r.verdict());
    QJsonArray reasons;
    for (const Finding &f : r.reasons())
        reasons.append(f.message);
    doc[u"reasons"_s] = reasons;
    doc[u"production"_s] = QJsonObject{
        {u"tier"_s, r.productionTier},
        {u"ref"_s, r.productionRef.isEmpty() ? QJsonValue() : QJsonValue(r.productionRef)},
        {u"commit"_s, r.productionCommit.isNull() ? QJsonValue() : QJsonValue(r.productionCommit.toHex())},
    };
    doc[u"existingTag"_s] = existingTagJson(r.existingTag);
    doc[u"contents"_s] = contentsJson(r.contents);
    QJsonArray findings;
    for (const Finding &f : r.findings)
        findings.append(findingJson(f));
    doc[u"findings"_s] = findings;
    doc[u"previous"_s] = previousJson(r.previous);
    QJsonArray distributions;
    for (const DistributionIdentity &d : r.distributions)
        distributions.append(distributionJson(d));
    doc[u"distributions"_s] = distributions;
    return doc;
}

} // namespace tierdesk
