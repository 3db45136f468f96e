// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TierComparison.h"

#include "core/Tr.h"

#include <QCoreApplication>
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

QString shortTree(const git::ObjectId &id) { return id.isNull() ? u"—"_s : id.shortHex(); }
} // namespace

TierComparison TierComparison::compare(const StorageSnapshot &snapshot, const QString &tierA, const QString &tierB)
{
    TierComparison c;
    c.tierA = tierA;
    c.tierB = tierB;
    const QMap<Key, git::ObjectId> a = treesOf(snapshot, tierA);
    const QMap<Key, git::ObjectId> b = treesOf(snapshot, tierB);
    QMap<Key, git::ObjectId> all = a;
    all.insert(b);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const ComparedVersion v{it.key().name, it.key().version, a.value(it.key()), b.value(it.key())};
        ComparisonGroup g;
        if (!a.contains(it.key()))
            g = ComparisonGroup::OnlyInB;
        else if (!b.contains(it.key()))
            g = ComparisonGroup::OnlyInA;
        else
            g = v.treeA == v.treeB ? ComparisonGroup::Identical : ComparisonGroup::Different;
        c.groups[size_t(g)].append(v);
    }
    return c;
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
    switch (g) {
    case ComparisonGroup::OnlyInA: return Tr::tr("Only in %1").arg(tierA);
    case ComparisonGroup::OnlyInB: return Tr::tr("Only in %1").arg(tierB);
    case ComparisonGroup::Identical: return Tr::tr("In both, identical content");
    case ComparisonGroup::Different: return Tr::tr("In both, different content");
    }
    return {};
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

QString TierComparison::toMarkdown() const
{
    QString md = u"### "_s + Tr::tr("Tier comparison: %1 and %2").arg(tierA, tierB) + u"\n\n"_s;
    md += u"| "_s + Tr::tr("Group") + u" | "_s + Tr::tr("Versions") + u" |\n|---|---:|\n"_s;
    for (ComparisonGroup g : allGroups)
        md += u"| "_s + markdownCell(groupTitle(g)) + u" | "_s + QString::number(group(g).size()) + u" |\n"_s;
    md += u'\n';
    if (isEmpty()) {
        md += Tr::tr("Neither tier holds any version.") + u'\n';
        return md;
    }
    md += u"| "_s + Tr::tr("Package") + u" | "_s + Tr::tr("Version") + u" | "_s + Tr::tr("Comparison") + u" | "_s +
          markdownCell(tierA) + u" | "_s + markdownCell(tierB) + u" |\n|---|---|---|---|---|\n"_s;
    for (ComparisonGroup g : allGroups) {
        const QString title = markdownCell(groupTitle(g));
        for (const ComparedVersion &v : group(g)) {
            const auto tree = [](const git::ObjectId &id) -> QString {
                return id.isNull() ? u"—"_s : u'`' + id.shortHex() + u'`';
            };
            md += u"| "_s + markdownCell(v.name) + u" | "_s + markdownCell(v.version) + u" | "_s + title + u" | "_s +
                  tree(v.treeA) + u" | "_s + tree(v.treeB) + u" |\n"_s;
        }
    }
    return md;
}

QString TierComparison::toPlainText() const
{
    QString text = Tr::tr("Tier comparison: %1 and %2").arg(tierA, tierB) + u'\n';
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
            text += u'\n';
        }
    }
    return text;
}

} // namespace tierdesk
