// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TierComparison.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::TierComparison;

struct Key {
    QString name;
    QString version;
    friend bool operator<(const Key &a, const Key &b)
    {
        if (const int c = a.name.compare(b.name); c != 0)
            return c < 0;
        // Newest first; directories that are not versions after the versions, by text.
        const auto va = Version::parse(a.version);
        const auto vb = Version::parse(b.version);
        if (va && vb && *va != *vb)
            return *va > *vb;
        if (bool(va) != bool(vb))
            return bool(va);
        return a.version > b.version;
    }
};

QMap<Key, git::ObjectId> treesOf(const StorageSnapshot &snapshot, const QString &tier)
{
    QMap<Key, git::ObjectId> out;
    if (const TierState *t = snapshot.tier(tier))
        for (const PackageVersion &v : t->versions)
            out.insert({v.name, v.versionText}, v.tree);
    return out;
}

QString markdownCell(QString text)
{
    return text.replace(u'|', u"\\|"_s);
}

// A shadowed copy's classified difference applies when the other side is the served copy.
DiffKinds knownDifference(const DistributionAnalysis &analysis, const ComparedVersion &v)
{
    const Duplicate *d = analysis.duplicate(v.name, v.version);
    if (!d || d->copies.isEmpty())
        return {};
    const git::ObjectId &served = d->copies.constFirst().tree;
    if (v.treeA != served && v.treeB != served)
        return {};
    for (const VersionCopy &c : d->copies)
        if (c.role == CopyRole::Shadowed && (c.tree == v.treeA || c.tree == v.treeB))
            return c.difference;
    return {};
}

// A one-side row's shadowed copy: which tier's copy is served instead, and how the two differ.
void noteServedCopy(const DistributionAnalysis &analysis, ComparedVersion &v, CopyRole role, const git::ObjectId &tree)
{
    const Duplicate *d = role == CopyRole::Shadowed ? analysis.duplicate(v.name, v.version) : nullptr;
    if (!d || d->copies.isEmpty())
        return;
    v.servedTier = d->copies.constFirst().tier;
    for (const VersionCopy &c : d->copies)
        if (c.tree == tree)
            v.difference = c.difference;
}

QString shortTree(const git::ObjectId &id) { return id.isNull() ? u"—"_s : id.shortHex(); }
} // namespace

TierComparison TierComparison::compare(const StorageSnapshot &snapshot, const QString &tierA, const QString &tierB,
                                       const DistributionAnalysis *analysis)
{
    std::optional<DistributionAnalysis> own;
    if (!analysis)
        analysis = &own.emplace(DistributionAnalysis::analyze(snapshot));
    TierComparison c;
    c.tierA = tierA;
    c.tierB = tierB;
    if (const TierState *t = snapshot.tier(tierA); t && t->present())
        c.commitA = t->head.id;
    if (const TierState *t = snapshot.tier(tierB); t && t->present())
        c.commitB = t->head.id;
    const QMap<Key, git::ObjectId> a = treesOf(snapshot, tierA);
    const QMap<Key, git::ObjectId> b = treesOf(snapshot, tierB);
    QMap<Key, git::ObjectId> all = a;
    all.insert(b);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        ComparedVersion v;
        v.name = it.key().name;
        v.version = it.key().version;
        v.treeA = a.value(it.key());
        v.treeB = b.value(it.key());
        if (!v.treeA.isNull())
            v.roleA = analysis->roleOf(tierA, v.name, v.version);
        if (!v.treeB.isNull())
            v.roleB = analysis->roleOf(tierB, v.name, v.version);
        ComparisonGroup g;
        if (!a.contains(it.key()))
            g = ComparisonGroup::OnlyInB;
        else if (!b.contains(it.key()))
            g = ComparisonGroup::OnlyInA;
        else
            g = v.treeA == v.treeB ? ComparisonGroup::Identical : ComparisonGroup::Different;
        if (g == ComparisonGroup::Different)
            v.difference = knownDifference(*analysis, v);
        else if (g == ComparisonGroup::OnlyInA)
            noteServedCopy(*analysis, v, v.roleA, v.treeA);
        else if (g == ComparisonGroup::OnlyInB)
            noteServedCopy(*analysis, v, v.roleB, v.treeB);
        c.groups[size_t(g)].append(v);
    }
    for (size_t g = 0; g < c.groups.size(); ++g)
        c.unfilteredCounts[g] = c.groups[g].size();
    return c;
}

bool TierComparison::keeps(CompareFilter filter, ComparisonGroup group, const ComparedVersion &v)
{
    switch (filter) {
    case CompareFilter::All: return true;
    case CompareFilter::Changed: return group == ComparisonGroup::Different;
    case CompareFilter::OnlyA: return group == ComparisonGroup::OnlyInA;
    case CompareFilter::OnlyB: return group == ComparisonGroup::OnlyInB;
    case CompareFilter::Shadowed: return v.roleA == CopyRole::Shadowed || v.roleB == CopyRole::Shadowed;
    case CompareFilter::Pending: return v.roleA == CopyRole::Promoted || v.roleB == CopyRole::Promoted;
    }
    return true;
}

TierComparison TierComparison::filtered(CompareFilter which) const
{
    TierComparison c = *this;
    c.filter = which;
    for (size_t g = 0; g < c.groups.size(); ++g) {
        c.groups[g].clear();
        for (const ComparedVersion &v : groups[g])
            if (keeps(which, ComparisonGroup(g), v))
                c.groups[g].append(v);
    }
    return c;
}

QString TierComparison::filterId(CompareFilter filter)
{
    switch (filter) {
    case CompareFilter::All: return u"all"_s;
    case CompareFilter::Changed: return u"changed"_s;
    case CompareFilter::OnlyA: return u"only-a"_s;
    case CompareFilter::OnlyB: return u"only-b"_s;
    case CompareFilter::Shadowed: return u"shadowed"_s;
    case CompareFilter::Pending: return u"pending"_s;
    }
    return {};
}

std::optional<CompareFilter> TierComparison::filterFromId(QStringView id)
{
    for (CompareFilter f : allFilters)
        if (filterId(f) == id)
            return f;
    return std::nullopt;
}

QString TierComparison::filterTitle(CompareFilter which) const
{
    switch (which) {
    case CompareFilter::All: return Tr::tr("Every version");
    case CompareFilter::Changed: return Tr::tr("In both, different content");
    case CompareFilter::OnlyA: return Tr::tr("Only in %1").arg(tierA);
    case CompareFilter::OnlyB: return Tr::tr("Only in %1").arg(tierB);
    case CompareFilter::Shadowed: return Tr::tr("Shadowed copies (never served)");
    case CompareFilter::Pending: return Tr::tr("Pending removals (promoted copies)");
    }
    return {};
}

qsizetype TierComparison::total() const
{
    qsizetype n = 0;
    for (const auto &g : groups)
        n += g.size();
    return n;
}

QString TierComparison::groupTitle(ComparisonGroup g) const
{
    return g == ComparisonGroup::Different ? differentTitle() : rowGroupTitle(g);
}

QString TierComparison::rowGroupTitle(ComparisonGroup g) const
{
    switch (g) {
    case ComparisonGroup::OnlyInA: return Tr::tr("Only in %1").arg(tierA);
    case ComparisonGroup::OnlyInB: return Tr::tr("Only in %1").arg(tierB);
    case ComparisonGroup::Identical: return Tr::tr("In both, identical content");
    case ComparisonGroup::Different: return Tr::tr("In both, different content");
    }
    return {};
}

// Copies whose trees differ only in file modes are not "different content": the heading says what differs.
QString TierComparison::differentTitle() const
{
    const QList<ComparedVersion> &list = group(ComparisonGroup::Different);
    const auto modeOnly = std::count_if(list.cbegin(), list.cend(),
                                        [](const ComparedVersion &v) { return v.difference == DiffKind::Mode; });
    if (modeOnly == 0)
        return rowGroupTitle(ComparisonGroup::Different);
    if (modeOnly == list.size())
        return Tr::tr("In both, only file modes differ");
    return Tr::tr("In both, different content or only file modes (%n mode-only)", nullptr, int(modeOnly));
}

bool TierComparison::differsOnlyInModes() const
{
    const QList<ComparedVersion> &list = group(ComparisonGroup::Different);
    return !list.isEmpty()
        && std::all_of(list.cbegin(), list.cend(), [](const ComparedVersion &v) { return v.difference == DiffKind::Mode; });
}

QString TierComparison::groupId(ComparisonGroup g)
{
    switch (g) {
    case ComparisonGroup::OnlyInA: return u"only-a"_s;
    case ComparisonGroup::OnlyInB: return u"only-b"_s;
    case ComparisonGroup::Identical: return u"identical"_s;
    case ComparisonGroup::Different: return u"different"_s;
    }
    return {};
}

QString TierComparison::heading() const
{
    const auto side = [](const QString &tier, const git::ObjectId &commit) -> QString {
        return commit.isNull() ? Tr::tr("%1 (absent)").arg(tier) : tier + u" `"_s + commit.shortHex(12) + u'`';
    };
    QString md = u"### "_s + Tr::tr("Tier comparison: %1 and %2").arg(side(tierA, commitA), side(tierB, commitB))
                 + u"\n\n"_s;
    if (filter != CompareFilter::All)
        md += Tr::tr("Showing only: %1 (%n version(s)).", nullptr, int(total())).arg(filterTitle(filter)) + u"\n\n"_s;
    md += u"| "_s + Tr::tr("Group") + u" | "_s + Tr::tr("Versions") + u" |\n|---|---:|\n"_s;
    for (ComparisonGroup g : allGroups)
        md += u"| "_s + markdownCell(groupTitle(g)) + u" | "_s + QString::number(unfilteredCounts[size_t(g)])
              + u" |\n"_s;
    return md + u'\n';
}

QString TierComparison::rowNote(const ComparedVersion &v) const
{
    QStringList notes;
    // A row of one side names the copy its shadowed copy is compared with.
    const bool oneSide = !v.servedTier.isEmpty();
    const auto note = [&notes, &v, oneSide](CopyRole role, const QString &tier) {
        if (role == CopyRole::Shadowed && oneSide && v.difference)
            notes.append(Tr::tr("%1's copy is shadowed by %2's: %3")
                             .arg(tier, v.servedTier, describeDiffKinds(v.difference)));
        else if (role == CopyRole::Shadowed && oneSide)
            notes.append(Tr::tr("%1's copy is shadowed by %2's").arg(tier, v.servedTier));
        else if (role == CopyRole::Shadowed)
            notes.append(Tr::tr("%1's copy is shadowed").arg(tier));
        else if (role == CopyRole::Promoted)
            notes.append(Tr::tr("%1's copy awaits removal").arg(tier));
    };
    if (v.difference && !oneSide)
        notes.append(describeDiffKinds(v.difference));
    note(v.roleA, tierA);
    note(v.roleB, tierB);
    return notes.join(u"; "_s);
}

ComparisonExport TierComparison::toMarkdown(qsizetype limit) const
{
    ComparisonExport out;
    out.text = heading();
    if (isEmpty()) {
        out.text += (filter == CompareFilter::All ? Tr::tr("Neither tier holds any version.")
                                                  : Tr::tr("No version matches the filter."))
                    + u'\n';
        return out;
    }
    out.text += u"| "_s + Tr::tr("Package") + u" | "_s + Tr::tr("Version") + u" | "_s + Tr::tr("Comparison") + u" | "_s
                + markdownCell(tierA) + u" | "_s + markdownCell(tierB) + u" |\n|---|---|---|---|---|\n"_s;
    const auto tree = [](const git::ObjectId &id) -> QString { return id.isNull() ? u"—"_s : u'`' + id.shortHex() + u'`'; };
    // Room for the line that says what was cut, at its longest.
    const QString cutTemplate = cutLine(total());
    for (ComparisonGroup g : allGroups) {
        const QString title = markdownCell(rowGroupTitle(g));
        for (const ComparedVersion &v : group(g)) {
            const QString note = rowNote(v);
            const QString row = u"| "_s + markdownCell(v.name) + u" | "_s + markdownCell(v.version) + u" | "_s + title
                                + (note.isEmpty() ? QString() : u" ("_s + markdownCell(note) + u')') + u" | "_s
                                + tree(v.treeA) + u" | "_s + tree(v.treeB) + u" |\n"_s;
            if (limit >= 0 && (out.rowsCut > 0 || out.text.size() + row.size() + cutTemplate.size() > limit)) {
                ++out.rowsCut;
                continue;
            }
            out.text += row;
            ++out.rowsShown;
        }
    }
    if (out.isCut())
        out.text += cutLine(out.rowsCut);
    return out;
}

QString TierComparison::cutLine(qsizetype rows) const
{
    return u"\n"_s
           + Tr::tr("**%n more row(s) cut here:** a GitHub comment holds at most 65,536 characters. Export to a "
                    "file for the whole table, or narrow it with a filter (`tierdesk-cli compare REPO %1 %2 --only "
                    "changed|only-a|only-b|shadowed|pending --output FILE`).",
                    nullptr, int(rows))
                 .arg(tierA, tierB)
           + u'\n';
}

QJsonObject TierComparison::toJson() const
{
    const auto hex = [](const git::ObjectId &id) -> QJsonValue { return id.isNull() ? QJsonValue() : id.toHex(); };
    QJsonObject counts;
    QJsonArray rows;
    for (ComparisonGroup g : allGroups) {
        counts.insert(groupId(g), qint64(unfilteredCounts[size_t(g)]));
        for (const ComparedVersion &v : group(g))
            rows.append(QJsonObject{{u"name"_s, v.name},
                                    {u"version"_s, v.version},
                                    {u"group"_s, groupId(g)},
                                    {u"treeA"_s, hex(v.treeA)},
                                    {u"treeB"_s, hex(v.treeB)},
                                    {u"roleA"_s, v.treeA.isNull() ? QJsonValue() : copyRoleId(v.roleA)},
                                    {u"roleB"_s, v.treeB.isNull() ? QJsonValue() : copyRoleId(v.roleB)},
                                    {u"difference"_s, v.difference ? diffKindsId(v.difference) : QJsonValue()},
                                    {u"servedTier"_s, v.servedTier.isEmpty() ? QJsonValue() : v.servedTier},
                                    {u"differenceKinds"_s, QJsonArray::fromStringList(diffKindNames(v.difference))}});
    }
    return {{u"tierA"_s, QJsonObject{{u"name"_s, tierA}, {u"commit"_s, hex(commitA)}}},
            {u"tierB"_s, QJsonObject{{u"name"_s, tierB}, {u"commit"_s, hex(commitB)}}},
            {u"filter"_s, filterId(filter)},
            {u"counts"_s, counts},
            {u"shown"_s, qint64(total())},
            {u"versions"_s, rows}};
}

QString TierComparison::toPlainText() const
{
    const auto side = [](const QString &tier, const git::ObjectId &commit) -> QString {
        return commit.isNull() ? Tr::tr("%1 (absent)").arg(tier) : tier + u' ' + commit.shortHex(12);
    };
    QString text = Tr::tr("Tier comparison: %1 and %2").arg(side(tierA, commitA), side(tierB, commitB)) + u'\n';
    if (filter != CompareFilter::All)
        text += Tr::tr("Showing only: %1 (%n version(s)).", nullptr, int(total())).arg(filterTitle(filter)) + u'\n';
    QStringList counts;
    for (ComparisonGroup g : allGroups)
        counts.append(groupTitle(g) + u": "_s + QString::number(group(g).size()));
    text += counts.join(u" · "_s) + u'\n';
    qsizetype width = 0;
    for (const auto &list : groups)
        for (const ComparedVersion &v : list)
            width = std::max(width, v.name.size() + 1 + v.version.size());
    for (ComparisonGroup g : allGroups) {
        if (group(g).isEmpty())
            continue;
        text += u'\n' + groupTitle(g) + u" ("_s + QString::number(group(g).size()) + u")\n"_s;
        for (const ComparedVersion &v : group(g)) {
            text += u"  "_s + QString(v.name + u' ' + v.version).leftJustified(width);
            text += u"  "_s + tierA + u' ' + shortTree(v.treeA) + u"  "_s + tierB + u' ' + shortTree(v.treeB);
            const QString note = rowNote(v);
            if (!note.isEmpty())
                text += u"  ("_s + note + u')';
            text += u'\n';
        }
    }
    return text;
}

} // namespace tierdesk
