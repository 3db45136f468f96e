// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two tiers compared: the four groups, their order, Markdown and plain text,
// the registry-version warning, and the real fixture.
#include "support/FixtureBundle.h"
#include "support/RepoBuilder.h"
#include "storage/StorageReader.h"
#include "storage/TierComparison.h"
#include "storage/TierSummary.h"

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

QByteArray dockerfile(const QString &registry)
{
    return u"ARG PACKAGE_REGISTRY=%1\nFROM docker.elastic.co/package-registry/package-registry:${PACKAGE_REGISTRY}\n"_s
        .arg(registry)
        .toUtf8();
}

// snapshot: nginx 1.10.0, 1.9.0, 1.2.0 (= staging), system 1.4.2 (≠ staging); staging adds redis 1.1.0.
void buildRepo(RepoBuilder &b)
{
    Files staging = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    staging.insert(RepoBuilder::package(u"system"_s, u"1.4.2"_s, u"as promoted"_s));
    staging.insert(RepoBuilder::package(u"redis"_s, u"1.1.0"_s));
    staging.insert(u"Dockerfile"_s, dockerfile(u"v1.5.0"_s));
    b.commit(u"staging"_s, staging);
    Files snapshot = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    snapshot.insert(RepoBuilder::package(u"nginx"_s, u"1.9.0"_s));
    snapshot.insert(RepoBuilder::package(u"nginx"_s, u"1.10.0"_s));
    snapshot.insert(RepoBuilder::package(u"system"_s, u"1.4.2"_s, u"edited afterwards"_s));
    snapshot.insert(u"Dockerfile"_s, dockerfile(u"v1.4.1"_s));
    b.commit(u"snapshot"_s, snapshot);
}

StorageSnapshot read(const QString &path)
{
    StorageReader reader;
    auto snap = reader.read(path, TierConfig{});
    if (!snap)
        qWarning() << snap.error().text();
    return snap ? *snap : StorageSnapshot{};
}

QString runGit(const QString &repo, const QStringList &args)
{
    QProcess p;
    p.start(u"git"_s, QStringList{u"-C"_s, repo} + args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
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
};

void TestTierComparison::groups()
{
    RepoBuilder b;
    buildRepo(b);
    const StorageSnapshot snap = read(b.path());
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
    buildRepo(b);
    const StorageSnapshot snap = read(b.path());
    const TierComparison c = TierComparison::compare(snap, u"production"_s, u"staging"_s);
    QVERIFY(c.group(ComparisonGroup::OnlyInA).isEmpty());
    QCOMPARE(c.group(ComparisonGroup::OnlyInB).size(), 3);
    QVERIFY(TierComparison::compare(snap, u"production"_s, u"production"_s).isEmpty());
}

void TestTierComparison::markdown()
{
    RepoBuilder b;
    buildRepo(b);
    const StorageSnapshot snap = read(b.path());
    const TierComparison c = TierComparison::compare(snap, u"snapshot"_s, u"staging"_s);
    const auto tree = [&](const QString &tier, const QString &name, const QString &version) -> QString {
        return u'`' + b.versionTree(tier, name, version).shortHex() + u'`';
    };
    const QString expected =
        u"### Tier comparison: snapshot and staging\n\n"
        u"| Group | Versions |\n|---|---:|\n"
        u"| In both, different content | 1 |\n| Only in snapshot | 2 |\n| Only in staging | 1 |\n"
        u"| In both, identical content | 1 |\n\n"
        u"| Package | Version | Comparison | snapshot | staging |\n|---|---|---|---|---|\n"_s +
        u"| system | 1.4.2 | In both, different content | "_s + tree(u"snapshot"_s, u"system"_s, u"1.4.2"_s) +
        u" | "_s + tree(u"staging"_s, u"system"_s, u"1.4.2"_s) + u" |\n"_s +
        u"| nginx | 1.10.0 | Only in snapshot | "_s + tree(u"snapshot"_s, u"nginx"_s, u"1.10.0"_s) + u" | — |\n"_s +
        u"| nginx | 1.9.0 | Only in snapshot | "_s + tree(u"snapshot"_s, u"nginx"_s, u"1.9.0"_s) + u" | — |\n"_s +
        u"| redis | 1.1.0 | Only in staging | — | "_s + tree(u"staging"_s, u"redis"_s, u"1.1.0"_s) + u" |\n"_s +
        u"| nginx | 1.2.0 | In both, identical content | "_s + tree(u"snapshot"_s, u"nginx"_s, u"1.2.0"_s) + u" | "_s +
        tree(u"staging"_s, u"nginx"_s, u"1.2.0"_s) + u" |\n"_s;
    QCOMPARE(c.toMarkdown(), expected);

    const QString empty = TierComparison::compare(snap, u"production"_s, u"production"_s).toMarkdown();
    QVERIFY(empty.endsWith(u"Neither tier holds any version.\n"_s));
    QVERIFY(empty.contains(u"| Only in production | 0 |"_s));
}

void TestTierComparison::plainText()
{
    RepoBuilder b;
    buildRepo(b);
    const StorageSnapshot snap = read(b.path());
    const TierComparison c = TierComparison::compare(snap, u"snapshot"_s, u"staging"_s);
    const QString text = c.toPlainText();
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines[0], u"Tier comparison: snapshot and staging"_s);
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
    buildRepo(b);
    StorageSnapshot snap = read(b.path());
    QCOMPARE(snap.tier(u"snapshot"_s)->registryVersion, u"v1.4.1"_s);
    QVERIFY(TierSummary::registryVersionsDiffer(snap));
    QCOMPARE(TierSummary::registryWarning(snap),
             u"The tiers use different package-registry versions: snapshot v1.4.1, staging v1.5.0."_s);

    b.commit(u"snapshot"_s, {{u"Dockerfile"_s, dockerfile(u"v1.5.0"_s)}});
    b.commit(u"production"_s, RepoBuilder::package(u"aws"_s, u"1.0.0"_s)); // no Dockerfile: not counted
    snap = read(b.path());
    QVERIFY(!TierSummary::registryVersionsDiffer(snap));
    QVERIFY(TierSummary::registryWarning(snap).isEmpty());

    b.commit(u"production"_s, {{u"Dockerfile"_s, dockerfile(u"v1.6.0"_s)}});
    snap = read(b.path());
    QCOMPARE(TierSummary::registryWarning(snap),
             u"The tiers use different package-registry versions: snapshot v1.5.0, staging v1.5.0, production v1.6.0."_s);
}

void TestTierComparison::fixtureStagingAndSnapshot()
{
    TIERDESK_REQUIRE_FIXTURE(mirror);
    const StorageSnapshot snap = read(mirror);
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
    QVERIFY(c.toMarkdown().contains(u"| system | 0.10.5 | In both, different content | `de9f440` | `309566b` |"_s));
    // The fixture keeps only packages/: no Dockerfile, so no registry versions and no warning.
    QVERIFY(TierSummary::registryWarning(snap).isEmpty());
}

QTEST_GUILESS_MAIN(TestTierComparison)
#include "tst_tiercomparison.moc"
