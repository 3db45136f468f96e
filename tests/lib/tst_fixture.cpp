// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The index on real package-storage data (../shared/fixtures), checked against its README.
#include "storage/Distribution.h"
#include "support/FixtureBundle.h"
#include "storage/StorageReader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tierdesk;

class TestFixture : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void counts_data();
    void counts();
    void differentContentDuplicates();
    void manifestQuirks();

private:
    std::optional<StorageSnapshot> m_snap;
};

void TestFixture::initTestCase()
{
    TIERDESK_REQUIRE_FIXTURE(path);
    StorageReader reader;
    auto snap = reader.read(path, {});
    QVERIFY2(snap, qPrintable(snap ? QString() : snap.error().text()));
    m_snap = std::move(*snap);
}

void TestFixture::counts_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<int>("packages");
    QTest::addColumn<int>("versions");
    QTest::addColumn<QString>("tip");
    // From ../shared/fixtures/README.md.
    QTest::newRow("production") << u"production"_s << 58 << 178 << u"177fdfcfd8f9"_s;
    QTest::newRow("staging") << u"staging"_s << 35 << 37 << u"ca599e190f19"_s;
    QTest::newRow("snapshot") << u"snapshot"_s << 13 << 35 << u"7acaf5e97a2a"_s;
}

void TestFixture::counts()
{
    QFETCH(QString, tier);
    QFETCH(int, packages);
    QFETCH(int, versions);
    QFETCH(QString, tip);
    const TierState *t = m_snap->tier(tier);
    QVERIFY(t && t->present());
    QCOMPARE(t->refName, u"refs/heads/"_s + tier);
    QCOMPARE(t->packageNames().size(), packages);
    QCOMPARE(t->versions.size(), versions);
    QCOMPARE(t->head.id.shortHex(12), tip);
}

void TestFixture::differentContentDuplicates()
{
    const auto a = DistributionAnalysis::analyze(*m_snap);

    const Duplicate *d5 = a.duplicate(u"system"_s, u"0.10.5"_s);
    QVERIFY(d5);
    QVERIFY(!d5->identical());
    QCOMPARE(d5->copies.size(), 2);
    QCOMPARE(d5->copies[0].tier, u"staging"_s);
    QVERIFY(d5->copies[0].tree.toHex().startsWith(u"de9f440"_s));
    QCOMPARE(d5->copies[1].tier, u"snapshot"_s);
    QVERIFY(d5->copies[1].tree.toHex().startsWith(u"309566b"_s));
    QCOMPARE(int(d5->copies[1].role), int(CopyRole::Shadowed));

    const Duplicate *d7 = a.duplicate(u"system"_s, u"0.10.7"_s);
    QVERIFY(d7);
    QVERIFY(!d7->identical());
    QCOMPARE(d7->copies.size(), 2);
    QCOMPARE(d7->copies[0].tier, u"production"_s);
    QVERIFY(d7->copies[0].tree.toHex().startsWith(u"839bc98"_s));
    QCOMPARE(d7->copies[1].tier, u"snapshot"_s);
    QVERIFY(d7->copies[1].tree.toHex().startsWith(u"ee97f9d"_s));

    // First found wins: the snapshot distribution serves production's copy.
    bool found = false;
    for (const ServedVersion &s : a.distribution(u"snapshot"_s)->served) {
        if (s.name == u"system"_s && s.version == u"0.10.7"_s) {
            found = true;
            QCOMPARE(s.fromTier, u"production"_s);
            QCOMPARE(s.tree, d7->copies[0].tree);
        }
    }
    QVERIFY(found);

    // The README lists exactly these two different-content duplicates.
    QStringList different;
    for (const Duplicate &d : a.duplicates)
        if (!d.identical())
            different.append(d.name + u'@' + d.version);
    QCOMPARE(different, (QStringList{u"system@0.10.5"_s, u"system@0.10.7"_s}));
}

void TestFixture::manifestQuirks()
{
    int withConstraint = 0;
    QSet<QString> releases;
    QSet<QString> formats;
    for (const TierState &t : m_snap->tiers) {
        for (const PackageVersion &v : t.versions) {
            QVERIFY2(v.manifest, qPrintable(v.path()));
            formats.insert(v.manifest->formatVersion);
            releases.insert(v.manifest->release);
            if (v.kibana)
                ++withConstraint;
            for (const Problem &p : v.problems)
                QVERIFY2(p.kind != ProblemKind::InvalidConstraint && p.kind != ProblemKind::ManifestInvalid,
                         qPrintable(p.path + u": "_s + p.message));
        }
    }
    QCOMPARE(formats, QSet<QString>{u"1.0.0"_s});
    QVERIFY2(releases.contains(u"experimental"_s) && releases.contains(u"beta"_s),
             qPrintable(QStringList(releases.begin(), releases.end()).join(u',')));
    // Quoted and unquoted constraints both parse ('^7.10.0', ">=7.10.0", ^7.9.0).
    QVERIFY(withConstraint > 200);
}

QTEST_GUILESS_MAIN(TestFixture)
#include "tst_fixture.moc"
