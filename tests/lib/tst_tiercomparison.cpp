// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two tiers compared: the four groups, their order, Markdown and plain text,
// the registry-version warning, and the real fixture.
#include "support/ComparisonStorage.h"
#include "support/FixtureBundle.h"
#include "support/RepoBuilder.h"
#include "support/TestStorage.h"
#include "storage/StorageReader.h"
#include "diff/CopyDifferences.h"
#include "storage/TierComparison.h"
#include "storage/TierSummary.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
QStringList keys(const QList<ComparedVersion> &list)
{
    QStringList out;
    for (const ComparedVersion &v : list)
        out.append(v.name + u'@' + v.version);
    return out;
}

} // namespace

class TestTierComparison : public QObject {
    Q_OBJECT
private slots:
    void groups();
    void absentTier();
    void markdown();
    void plainText();
    void registryWarning();
    void fixtureStagingAndSnapshot();
    void filters();
    void cutToFitAComment();
    void json();
    void fixtureStagingAndProduction();
    void modeOnlyHeading();
};

void TestTierComparison::groups()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    const StorageSnapshot snap = readOrWarn(b.path());
    const TierComparison c = TierComparison::compare(snap, u"snapshot"_s, u"staging"_s);
    QCOMPARE(c.tierA, u"snapshot"_s);
    QCOMPARE(c.tierB, u"staging"_s);
    QCOMPARE(keys(c.group(ComparisonGroup::OnlyInA)), (QStringList{u"nginx@1.10.0"_s, u"nginx@1.9.0"_s}));
    QCOMPARE(keys(c.group(ComparisonGroup::OnlyInB)), QStringList{u"redis@1.1.0"_s});
    QCOMPARE(keys(c.group(ComparisonGroup::Identical)), QStringList{u"nginx@1.2.0"_s});
    QCOMPARE(keys(c.group(ComparisonGroup::Different)), QStringList{u"system@1.4.2"_s});
    QCOMPARE(c.total(), 5);
    const ComparedVersion &system = c.group(ComparisonGroup::Different).first();
    QCOMPARE(system.treeA, b.versionTree(u"snapshot"_s, u"system"_s, u"1.4.2"_s));
    QCOMPARE(system.treeB, b.versionTree(u"staging"_s, u"system"_s, u"1.4.2"_s));
    QVERIFY(system.treeA != system.treeB);
    QVERIFY(c.group(ComparisonGroup::OnlyInA).first().treeB.isNull());
    QVERIFY(c.group(ComparisonGroup::OnlyInB).first().treeA.isNull());

    // Swapping the tiers swaps the "only in" groups.
    const TierComparison swapped = TierComparison::compare(snap, u"staging"_s, u"snapshot"_s);
    QCOMPARE(keys(swapped.group(ComparisonGroup::OnlyInA)), QStringList{u"redis@1.1.0"_s});
    QCOMPARE(keys(swapped.group(ComparisonGroup::OnlyInB)), (QStringList{u"nginx@1.10.0"_s, u"nginx@1.9.0"_s}));
    QCOMPARE(c.groupTitle(ComparisonGroup::OnlyInB), u"Only in staging"_s);
    QCOMPARE(TierComparison::groupId(ComparisonGroup::Different), u"different"_s);
}

void TestTierComparison::absentTier()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    const StorageSnapshot snap = readOrWarn(b.path());
    const TierComparison c = TierComparison::compare(snap, u"production"_s, u"staging"_s);
    QVERIFY(c.group(ComparisonGroup::OnlyInA).isEmpty());
    QCOMPARE(c.group(ComparisonGroup::OnlyInB).size(), 3);
    QVERIFY(TierComparison::compare(snap, u"production"_s, u"production"_s).isEmpty());
}

void TestTierComparison::markdown()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    const StorageSnapshot snap = readOrWarn(b.path());
    const TierComparison c = TierComparison::compare(snap, u"snapshot"_s, u"staging"_s);
    const auto tree = [&](const QString &tier, const QString &name, const QString &version) -> QString {
        return u'`' + b.versionTree(tier, name, version).shortHex() + u'`';
    };
    const QString expected =
        u"### Tier comparison: snapshot `"_s + b.tip(u"snapshot"_s).shortHex(12) + u"` and staging `"_s +
        b.tip(u"staging"_s).shortHex(12) + u"`\n\n"_s +
        u"| Group | Versions |\n|---|---:|\n"
        u"| In both, different content | 1 |\n| Only in snapshot | 2 |\n| Only in staging | 1 |\n"
        u"| In both, identical content | 1 |\n\n"
        u"| Package | Version | Comparison | snapshot | staging |\n|---|---|---|---|---|\n"_s +
        u"| system | 1.4.2 | In both, different content (snapshot's copy is shadowed) | "_s + tree(u"snapshot"_s, u"system"_s, u"1.4.2"_s) +
        u" | "_s + tree(u"staging"_s, u"system"_s, u"1.4.2"_s) + u" |\n"_s +
        u"| nginx | 1.10.0 | Only in snapshot | "_s + tree(u"snapshot"_s, u"nginx"_s, u"1.10.0"_s) + u" | — |\n"_s +
        u"| nginx | 1.9.0 | Only in snapshot | "_s + tree(u"snapshot"_s, u"nginx"_s, u"1.9.0"_s) + u" | — |\n"_s +
        u"| redis | 1.1.0 | Only in staging | — | "_s + tree(u"staging"_s, u"redis"_s, u"1.1.0"_s) + u" |\n"_s +
        u"| nginx | 1.2.0 | In both, identical content (snapshot's copy awaits removal) | "_s + tree(u"snapshot"_s, u"nginx"_s, u"1.2.0"_s) + u" | "_s +
        tree(u"staging"_s, u"nginx"_s, u"1.2.0"_s) + u" |\n"_s;
    QCOMPARE(c.toMarkdown().text, expected);
    QVERIFY(!c.toMarkdown().isCut());
    QCOMPARE(c.toMarkdown().rowsShown, 5);
    QCOMPARE(c.toFullMarkdown(), expected);

    const QString empty = TierComparison::compare(snap, u"production"_s, u"production"_s).toMarkdown().text;
    QVERIFY(empty.startsWith(u"### Tier comparison: production (absent) and production (absent)"_s));
    QVERIFY(empty.endsWith(u"Neither tier holds any version.\n"_s));
    QVERIFY(empty.contains(u"| Only in production | 0 |"_s));
}

void TestTierComparison::plainText()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    const StorageSnapshot snap = readOrWarn(b.path());
    const TierComparison c = TierComparison::compare(snap, u"snapshot"_s, u"staging"_s);
    const QString text = c.toPlainText();
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines[0], u"Tier comparison: snapshot "_s + b.tip(u"snapshot"_s).shortHex(12) + u" and staging "_s
                           + b.tip(u"staging"_s).shortHex(12));
    QCOMPARE(lines[1], u"In both, different content: 1 · Only in snapshot: 2 · Only in staging: 1 · "
                       u"In both, identical content: 1"_s);
    QVERIFY(text.contains(u"\nOnly in snapshot (2)\n  nginx 1.10.0  snapshot "_s));
    QVERIFY(text.contains(u"  redis 1.1.0   snapshot —  staging "_s));
    QVERIFY(text.contains(u"In both, different content (1)\n  system 1.4.2  snapshot "_s +
                          b.versionTree(u"snapshot"_s, u"system"_s, u"1.4.2"_s).shortHex()));
}

void TestTierComparison::registryWarning()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    StorageSnapshot snap = readOrWarn(b.path());
    QCOMPARE(snap.tier(u"snapshot"_s)->registryVersion, u"v1.4.1"_s);
    QVERIFY(TierSummary::registryVersionsDiffer(snap));
    QCOMPARE(TierSummary::registryWarning(snap),
             u"The tiers use different package-registry versions: snapshot v1.4.1, staging v1.5.0."_s);

    b.commit(u"snapshot"_s, {{u"Dockerfile"_s, registryDockerfile(u"v1.5.0"_s)}});
    b.commit(u"production"_s, RepoBuilder::package(u"aws"_s, u"1.0.0"_s)); // no Dockerfile: not counted
    snap = readOrWarn(b.path());
    QVERIFY(!TierSummary::registryVersionsDiffer(snap));
    QVERIFY(TierSummary::registryWarning(snap).isEmpty());

    b.commit(u"production"_s, {{u"Dockerfile"_s, registryDockerfile(u"v1.6.0"_s)}});
    snap = readOrWarn(b.path());
    QCOMPARE(TierSummary::registryWarning(snap),
             u"The tiers use different package-registry versions: snapshot v1.5.0, staging v1.5.0, production v1.6.0."_s);
}

void TestTierComparison::fixtureStagingAndSnapshot()
{
    TIERDESK_REQUIRE_FIXTURE(mirror);
    const StorageSnapshot snap = readOrWarn(mirror);
    QCOMPARE(snap.tiers.size(), 3);
    const TierComparison c = TierComparison::compare(snap, u"staging"_s, u"snapshot"_s);
    QVERIFY(keys(c.group(ComparisonGroup::Different)).contains(u"system@0.10.5"_s));
    for (const ComparedVersion &v : c.group(ComparisonGroup::Different))
        if (v.name == u"system"_s && v.version == u"0.10.5"_s) {
            QVERIFY(v.treeA.toHex().startsWith(u"de9f440"_s));
            QVERIFY(v.treeB.toHex().startsWith(u"309566b"_s));
        }

    // The same groups from the git command line: tree ids of every packages/<name>/<version>.
    const auto trees = [&](const QString &tier) {
        QHash<QString, QString> out;
        for (const QString &line : runGit(mirror, {u"ls-tree"_s, u"-r"_s, u"-d"_s, tier, u"packages"_s}).split(u'\n')) {
            const QStringList f = line.split(QRegularExpression(u"\\s+"_s));
            if (f.size() == 4 && f[3].count(u'/') == 2)
                out.insert(f[3].mid(9).replace(u'/', u'@'), f[2]);
        }
        return out;
    };
    const QHash<QString, QString> a = trees(u"staging"_s), b = trees(u"snapshot"_s);
    QCOMPARE(a.size(), 37);
    QCOMPARE(b.size(), 35);
    QStringList onlyA, onlyB, identical, different;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key()))
            onlyA.append(it.key());
        else
            (b.value(it.key()) == it.value() ? identical : different).append(it.key());
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        if (!a.contains(it.key()))
            onlyB.append(it.key());
    const auto sorted = [](QStringList l) {
        l.sort();
        return l;
    };
    QCOMPARE(sorted(keys(c.group(ComparisonGroup::OnlyInA))), sorted(onlyA));
    QCOMPARE(sorted(keys(c.group(ComparisonGroup::OnlyInB))), sorted(onlyB));
    QCOMPARE(sorted(keys(c.group(ComparisonGroup::Identical))), sorted(identical));
    QCOMPARE(sorted(keys(c.group(ComparisonGroup::Different))), sorted(different));
    QVERIFY(c.toMarkdown().text.contains(
        u"| system | 0.10.5 | In both, different content (snapshot's copy is shadowed) | `de9f440` | `309566b` |"_s));
    // The fixture keeps only packages/: no Dockerfile, so no registry versions and no warning.
    QVERIFY(TierSummary::registryWarning(snap).isEmpty());
}

void TestTierComparison::filters()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    // production serves nginx 1.9.0 and system 1.4.2 as staging has it: snapshot's 1.9.0 awaits removal,
    // snapshot's system 1.4.2 is shadowed (by staging's and production's copy).
    Files production = RepoBuilder::package(u"nginx"_s, u"1.9.0"_s);
    production.insert(RepoBuilder::package(u"system"_s, u"1.4.2"_s, u"as promoted"_s));
    b.commit(u"production"_s, production);
    const StorageSnapshot snap = readOrWarn(b.path());
    const TierComparison all = TierComparison::compare(snap, u"snapshot"_s, u"staging"_s);
    const auto rows = [](const TierComparison &c) {
        QStringList out;
        for (ComparisonGroup g : TierComparison::allGroups)
            out += keys(c.group(g));
        return out;
    };
    QCOMPARE(rows(all.filtered(CompareFilter::Changed)), (QStringList{u"system@1.4.2"_s}));
    QCOMPARE(rows(all.filtered(CompareFilter::OnlyA)), (QStringList{u"nginx@1.10.0"_s, u"nginx@1.9.0"_s}));
    QCOMPARE(rows(all.filtered(CompareFilter::OnlyB)), (QStringList{u"redis@1.1.0"_s}));
    QCOMPARE(rows(all.filtered(CompareFilter::Shadowed)), (QStringList{u"system@1.4.2"_s}));
    // Pending: copies identical to the served one, whichever tier serves it; not only those of the pair.
    // staging's system 1.4.2 is production's served copy too: pending on staging's side.
    QCOMPARE(rows(all.filtered(CompareFilter::Pending)),
             (QStringList{u"system@1.4.2"_s, u"nginx@1.9.0"_s, u"nginx@1.2.0"_s}));
    QCOMPARE(rows(all.filtered(CompareFilter::All)), rows(all));

    // staging against production: staging's system is identical to production's, so pending.
    const TierComparison top = TierComparison::compare(snap, u"staging"_s, u"production"_s);
    QCOMPARE(rows(top.filtered(CompareFilter::Pending)), (QStringList{u"system@1.4.2"_s}));
    QVERIFY(rows(top.filtered(CompareFilter::Shadowed)).isEmpty());

    // A filtered export says what it shows and keeps the counts of every group.
    const TierComparison shadowed = all.filtered(CompareFilter::Shadowed);
    const QString md = shadowed.toMarkdown().text;
    QVERIFY2(md.contains(u"Showing only: Shadowed copies (never served) (1 version(s))."_s), qPrintable(md));
    QVERIFY(md.contains(u"| Only in snapshot | 2 |"_s));
    QCOMPARE(shadowed.total(), 1);
    QVERIFY(shadowed.toPlainText().contains(u"Showing only: Shadowed copies"_s));
    QVERIFY(all.filtered(CompareFilter::OnlyB).filtered(CompareFilter::Changed).isEmpty());
    QVERIFY(all.filtered(CompareFilter::Changed).filtered(CompareFilter::OnlyB).toMarkdown().text.contains(
        u"No version matches the filter."_s));

    for (CompareFilter f : TierComparison::allFilters)
        QCOMPARE(TierComparison::filterFromId(TierComparison::filterId(f)), f);
    QCOMPARE(TierComparison::filterFromId(u"pending"_s), CompareFilter::Pending);
    QVERIFY(!TierComparison::filterFromId(u"promoted"_s));
}

void TestTierComparison::cutToFitAComment()
{
    RepoBuilder b;
    Files snapshot;
    for (int i = 0; i < 40; ++i)
        snapshot.insert(RepoBuilder::package(u"package-with-a-long-name-%1"_s.arg(i, 2, 10, QChar(u'0')), u"1.0.0"_s));
    b.commit(u"snapshot"_s, snapshot);
    b.commit(u"staging"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s));
    const TierComparison c = TierComparison::compare(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s);
    const ComparisonExport whole = c.toMarkdown(-1);
    QVERIFY(!whole.isCut());
    QCOMPARE(whole.rowsShown, 41);
    // A limit in the middle of the table: whole rows only, then the line that says what was cut.
    const qsizetype limit = whole.text.size() / 2;
    const ComparisonExport cut = c.toMarkdown(limit);
    QVERIFY(cut.isCut());
    QVERIFY2(cut.text.size() <= limit, qPrintable(QString::number(cut.text.size())));
    QCOMPARE(cut.rowsShown + cut.rowsCut, 41);
    QVERIFY(cut.rowsShown > 5);
    const QStringList lines = cut.text.trimmed().split(u'\n');
    QVERIFY2(lines.constLast().startsWith(u"**%1 more row(s) cut here:** a GitHub comment holds at most 65,536 characters."_s
                                               .arg(cut.rowsCut)),
             qPrintable(lines.constLast()));
    QVERIFY(lines.constLast().contains(u"tierdesk-cli compare REPO snapshot staging"_s));
    // Every line before it is a whole row of the full export.
    for (const QString &line : lines.mid(0, lines.size() - 1))
        QVERIFY2(whole.text.contains(line + u'\n'), qPrintable(line));
    // The default limit is GitHub's.
    QCOMPARE(gitHubCommentLimit, 65536);
    QVERIFY(!c.toMarkdown().isCut());
}

void TestTierComparison::json()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    const TierComparison c = TierComparison::compare(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s);
    const QJsonObject o = c.filtered(CompareFilter::Shadowed).toJson();
    QCOMPARE(o.value(u"tierA"_s).toObject().value(u"commit"_s).toString(), b.tip(u"snapshot"_s).toHex());
    QCOMPARE(o.value(u"tierB"_s).toObject().value(u"name"_s).toString(), u"staging"_s);
    QCOMPARE(o.value(u"filter"_s).toString(), u"shadowed"_s);
    QCOMPARE(o.value(u"counts"_s).toObject().value(u"only-a"_s).toInt(), 2);
    const QJsonArray rows = o.value(u"versions"_s).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.at(0).toObject();
    QCOMPARE(row.value(u"name"_s).toString(), u"system"_s);
    QCOMPARE(row.value(u"group"_s).toString(), u"different"_s);
    QCOMPARE(row.value(u"roleA"_s).toString(), u"shadowed"_s);
    QCOMPARE(row.value(u"roleB"_s).toString(), u"served"_s);
    QCOMPARE(row.value(u"treeA"_s).toString(), b.versionTree(u"snapshot"_s, u"system"_s, u"1.4.2"_s).toHex());
}

void TestTierComparison::fixtureStagingAndProduction()
{
    TIERDESK_REQUIRE_FIXTURE(mirror);
    const StorageSnapshot snap = readOrWarn(mirror);
    auto repo = git::Repository::open(mirror);
    QVERIFY(repo);
    auto analysis = DistributionAnalysis::analyze(snap);
    classifyCopies(*repo, analysis);
    TierComparison c = TierComparison::compare(snap, u"staging"_s, u"production"_s, &analysis);
    // The fixture's 2021 tiers fit a GitHub comment whole (about 12,400 characters): nothing is cut,
    // and the heading names both tier commits. (Cutting is tested on built repositories above.)
    const QString whole = c.toFullMarkdown();
    const ComparisonExport cut = c.toMarkdown();
    QVERIFY(!cut.isCut());
    QCOMPARE(cut.text, whole);
    QVERIFY(cut.text.startsWith(u"### Tier comparison: staging `ca599e190f19` and production `177fdfcfd8f9`"_s));
    // snapshot against production: system 0.10.7's snapshot copy differs from production's in file modes only.
    TierComparison s = TierComparison::compare(snap, u"snapshot"_s, u"production"_s, &analysis);
    const TierComparison shadowed = s.filtered(CompareFilter::Shadowed);
    QVERIFY(keys(shadowed.group(ComparisonGroup::Different)).contains(u"system@0.10.7"_s));
    for (const ComparedVersion &v : shadowed.group(ComparisonGroup::Different))
        if (v.name == u"system"_s && v.version == u"0.10.7"_s)
            QCOMPARE(diffKindsId(v.difference), u"mode-only"_s);
    QVERIFY(shadowed.toMarkdown().text.contains(u"| system | 0.10.7 | In both, different content (only file modes "
                                                u"differ; snapshot's copy is shadowed) |"_s));
    // Only in snapshot (against production): system 0.10.5, shadowed by staging's copy, modes only.
    QVERIFY2(shadowed.toMarkdown().text.contains(u"| system | 0.10.5 | Only in snapshot (snapshot's copy is shadowed "
                                                 u"by staging's: only file modes differ) |"_s),
             qPrintable(shadowed.toMarkdown().text));
    int found = 0;
    for (const QJsonValue &row : shadowed.toJson()[u"versions"_s].toArray())
        if (row[u"group"_s] == u"only-a"_s && row[u"version"_s] == u"0.10.5"_s) {
            QCOMPARE(row[u"servedTier"_s].toString(), u"staging"_s);
            QCOMPARE(row[u"difference"_s].toString(), u"mode-only"_s);
            ++found;
        }
    QCOMPARE(found, 1);
    classifyDifferences(*repo, s);
    for (const ComparedVersion &v : s.group(ComparisonGroup::Different))
        QVERIFY2(v.difference, qPrintable(v.name + u'@' + v.version));
}


// A "different" group whose copies differ only in file modes says so instead of "different content".
void TestTierComparison::modeOnlyHeading()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    TierComparison c = TierComparison::compare(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s);
    QCOMPARE(c.group(ComparisonGroup::Different).size(), 1);
    c.groups[size_t(ComparisonGroup::Different)][0].difference = DiffKind::Content;
    QCOMPARE(c.groupTitle(ComparisonGroup::Different), u"In both, different content"_s);
    QVERIFY(!c.differsOnlyInModes());
    c.groups[size_t(ComparisonGroup::Different)][0].difference = DiffKind::Mode;
    QCOMPARE(c.groupTitle(ComparisonGroup::Different), u"In both, only file modes differ"_s);
    QVERIFY(c.differsOnlyInModes());
    QVERIFY(c.toFullMarkdown().contains(u"In both, only file modes differ"_s));
    // A mode change and a content change together: both named, with the count of the first.
    ComparedVersion content = c.group(ComparisonGroup::Different).first();
    content.version = u"1.4.3"_s;
    content.difference = DiffKind::Content | DiffKind::Mode;
    c.groups[size_t(ComparisonGroup::Different)].append(content);
    QCOMPARE(c.groupTitle(ComparisonGroup::Different), u"In both, different content or only file modes (1 mode-only)"_s);
    QVERIFY(!c.differsOnlyInModes());
    // Unclassified rows (no difference known) stay "different content".
    c.groups[size_t(ComparisonGroup::Different)][0].difference = {};
    c.groups[size_t(ComparisonGroup::Different)].removeLast();
    QCOMPARE(c.groupTitle(ComparisonGroup::Different), u"In both, different content"_s);
}

QTEST_GUILESS_MAIN(TestTierComparison)
#include "tst_tiercomparison.moc"
