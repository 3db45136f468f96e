// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tier-matrix rules without a window: which versions are promotion
// candidates, which break a storage policy, the copy roles and row summaries.
#include "support/RepoBuilder.h"
#include "storage/StorageReader.h"
#include "diff/CopyDifferences.h"
#include "storage/TierMatrix.h"
#include "support/FixtureBundle.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
Files merged(std::initializer_list<Files> parts)
{
    Files all;
    for (const Files &p : parts)
        all.insert(p);
    return all;
}

// A version directory whose name is not a version.
Files oddDirectory(const QString &name, const QString &dir)
{
    return Files{{u"packages/%1/%2/manifest.yml"_s.arg(name, dir), RepoBuilder::manifest(name, u"1.0.0"_s)}};
}

struct Matrix {
    StorageSnapshot snapshot;
    DistributionAnalysis analysis;
    TierMatrix matrix;
};

Matrix build(const QString &path, const TierConfig &config = {})
{
    Matrix m;
    StorageReader reader;
    auto snap = reader.read(path, config);
    if (!snap) {
        qWarning() << snap.error().text();
        return m;
    }
    m.snapshot = std::move(*snap);
    m.analysis = DistributionAnalysis::analyze(m.snapshot);
    m.matrix = TierMatrix::build(m.snapshot, m.analysis);
    return m;
}

const PackageRow *rowOf(const TierMatrix &m, const QString &name)
{
    for (const PackageRow &r : m.rows)
        if (r.name == name)
            return &r;
    return nullptr;
}

qsizetype tierIndex(const TierMatrix &m, const QString &tier)
{
    for (qsizetype i = 0; i < m.tiers.size(); ++i)
        if (m.tiers[i].name == tier)
            return i;
    return -1;
}

const VersionChip *chipOf(const TierMatrix &m, const QString &tier, const QString &name, const QString &version)
{
    const PackageRow *row = rowOf(m, name);
    const qsizetype t = tierIndex(m, tier);
    if (!row || t < 0)
        return nullptr;
    for (const VersionChip &c : row->cells[t].chips)
        if (c.version == version)
            return &c;
    return nullptr;
}

// The chip's badges ("candidate,promoted"), or "<none>" when the tier lacks the version.
QString badges(const TierMatrix &m, const QString &tier, const QString &name, const QString &version)
{
    const VersionChip *c = chipOf(m, tier, name, version);
    return c ? c->badges().join(u',') : u"<none>"_s;
}
} // namespace

class TestTierMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void candidates();
    void candidateAgainstAnAbsentTier();
    void policyMarks();
    void copyRoles();
    void rowSummaries();
    void columns();
    void cosmeticDifferencesNamed();
    void fixtureShadowedCopies();

private:
    std::unique_ptr<RepoBuilder> m_repo;
};

// production: alpha 1.0.0, beta 2.0.0, delta 3.0.0
// staging:    alpha 1.1.0, alpha 1.0.0 (identical), beta 2.0.0 (rebuilt), delta 1.0.0, eps 1.0.0
// snapshot:   alpha 1.2.0, alpha 0.9.0, delta 2.0.0, eps 1.0.0 (edited), gamma 0.1.0, zeta "latest"
void TestTierMatrix::initTestCase()
{
    m_repo = std::make_unique<RepoBuilder>();
    QVERIFY(m_repo->isValid());
    QVERIFY(!m_repo->commit(u"production"_s,
                            merged({RepoBuilder::package(u"alpha"_s, u"1.0.0"_s),
                                    RepoBuilder::package(u"beta"_s, u"2.0.0"_s),
                                    RepoBuilder::package(u"delta"_s, u"3.0.0"_s)}))
                 .isNull());
    QVERIFY(!m_repo->commit(u"staging"_s,
                            merged({RepoBuilder::package(u"alpha"_s, u"1.1.0"_s),
                                    RepoBuilder::package(u"alpha"_s, u"1.0.0"_s),
                                    RepoBuilder::package(u"beta"_s, u"2.0.0"_s, u"Rebuilt."_s),
                                    RepoBuilder::package(u"delta"_s, u"1.0.0"_s),
                                    RepoBuilder::package(u"eps"_s, u"1.0.0"_s)}))
                 .isNull());
    QVERIFY(!m_repo->commit(u"snapshot"_s,
                            merged({RepoBuilder::package(u"alpha"_s, u"1.2.0"_s),
                                    RepoBuilder::package(u"alpha"_s, u"0.9.0"_s),
                                    RepoBuilder::package(u"delta"_s, u"2.0.0"_s),
                                    RepoBuilder::package(u"eps"_s, u"1.0.0"_s, u"Edited."_s),
                                    RepoBuilder::package(u"gamma"_s, u"0.1.0"_s),
                                    oddDirectory(u"zeta"_s, u"latest"_s)}))
                 .isNull());
    QCOMPARE(m_repo->versionTree(u"staging"_s, u"alpha"_s, u"1.0.0"_s),
             m_repo->versionTree(u"production"_s, u"alpha"_s, u"1.0.0"_s));
}

void TestTierMatrix::candidates()
{
    const Matrix m = build(m_repo->path());
    QCOMPARE(m.matrix.tiers.size(), qsizetype(3));
    // Newer than every version in every higher tier.
    QVERIFY(chipOf(m.matrix, u"snapshot"_s, u"alpha"_s, u"1.2.0"_s)->candidate);
    QVERIFY(chipOf(m.matrix, u"staging"_s, u"alpha"_s, u"1.1.0"_s)->candidate);
    // Older than what a higher tier holds.
    QVERIFY(!chipOf(m.matrix, u"snapshot"_s, u"alpha"_s, u"0.9.0"_s)->candidate);
    // Newer than staging's 1.0.0 but not than production's 3.0.0: every higher tier counts.
    QVERIFY(!chipOf(m.matrix, u"snapshot"_s, u"delta"_s, u"2.0.0"_s)->candidate);
    QVERIFY(!chipOf(m.matrix, u"staging"_s, u"delta"_s, u"1.0.0"_s)->candidate);
    // Equal is not newer.
    QVERIFY(!chipOf(m.matrix, u"staging"_s, u"alpha"_s, u"1.0.0"_s)->candidate);
    QVERIFY(!chipOf(m.matrix, u"snapshot"_s, u"eps"_s, u"1.0.0"_s)->candidate);
    // A package no higher tier holds.
    QVERIFY(chipOf(m.matrix, u"snapshot"_s, u"gamma"_s, u"0.1.0"_s)->candidate);
    QVERIFY(chipOf(m.matrix, u"staging"_s, u"eps"_s, u"1.0.0"_s)->candidate);
    // The top tier has nowhere to promote to; a non-version cannot be compared.
    QVERIFY(!chipOf(m.matrix, u"production"_s, u"delta"_s, u"3.0.0"_s)->candidate);
    QVERIFY(!chipOf(m.matrix, u"snapshot"_s, u"zeta"_s, u"latest"_s)->candidate);
    // The mark has its symbol and its sentence.
    const VersionChip *alpha = chipOf(m.matrix, u"snapshot"_s, u"alpha"_s, u"1.2.0"_s);
    QCOMPARE(alpha->label(), u"↑ 1.2.0"_s);
    QVERIFY2(alpha->toolTip.contains(u"↑ Promotion candidate: newer than every version of alpha in the higher tiers."_s),
             qPrintable(alpha->toolTip));
    QVERIFY(!chipOf(m.matrix, u"snapshot"_s, u"alpha"_s, u"0.9.0"_s)->toolTip.contains(u"Promotion candidate"_s));
}

void TestTierMatrix::candidateAgainstAnAbsentTier()
{
    // A tier without a branch holds nothing to exceed.
    TierConfig config;
    config.tiers = {u"snapshot"_s, u"missing"_s, u"production"_s};
    const Matrix m = build(m_repo->path(), config);
    QCOMPARE(m.matrix.tiers.size(), qsizetype(3));
    QVERIFY(!m.matrix.tiers[1].present);
    QVERIFY(chipOf(m.matrix, u"snapshot"_s, u"alpha"_s, u"1.2.0"_s)->candidate);
    QVERIFY(chipOf(m.matrix, u"snapshot"_s, u"eps"_s, u"1.0.0"_s)->candidate);
    QVERIFY(!chipOf(m.matrix, u"snapshot"_s, u"delta"_s, u"2.0.0"_s)->candidate);

    // Without production, staging is the top tier: nothing above it, and it never overwrites.
    config.tiers = {u"snapshot"_s, u"staging"_s};
    const Matrix two = build(m_repo->path(), config);
    QVERIFY(!chipOf(two.matrix, u"staging"_s, u"alpha"_s, u"1.1.0"_s)->candidate);
    QVERIFY(chipOf(two.matrix, u"snapshot"_s, u"delta"_s, u"2.0.0"_s)->candidate);
    // eps 1.0.0 differs and the top tier (staging now) holds it: a policy problem.
    QCOMPARE(badges(two.matrix, u"staging"_s, u"eps"_s, u"1.0.0"_s), u"policy"_s);
    QCOMPARE(badges(two.matrix, u"snapshot"_s, u"eps"_s, u"1.0.0"_s), u"shadowed,policy"_s);
}

void TestTierMatrix::policyMarks()
{
    const Matrix m = build(m_repo->path());
    // production holds beta 2.0.0 and staging a different copy: production never overwrites.
    QCOMPARE(badges(m.matrix, u"production"_s, u"beta"_s, u"2.0.0"_s), u"policy"_s);
    QCOMPARE(badges(m.matrix, u"staging"_s, u"beta"_s, u"2.0.0"_s), u"shadowed,policy"_s);
    const VersionChip *beta = chipOf(m.matrix, u"staging"_s, u"beta"_s, u"2.0.0"_s);
    QCOMPARE(beta->label(), u"⊘≠ 2.0.0"_s);
    QVERIFY2(beta->toolTip.contains(u"⊘ Policy: production never overwrites a published version, yet another tier "
                                    "holds beta 2.0.0 with different content."_s),
             qPrintable(beta->toolTip));
    // Different copies below the top tier only shadow; identical copies are no problem.
    QCOMPARE(badges(m.matrix, u"snapshot"_s, u"eps"_s, u"1.0.0"_s), u"shadowed"_s);
    QCOMPARE(badges(m.matrix, u"staging"_s, u"eps"_s, u"1.0.0"_s), u"candidate"_s);
    QCOMPARE(badges(m.matrix, u"staging"_s, u"alpha"_s, u"1.0.0"_s), u"promoted"_s);
    QCOMPARE(badges(m.matrix, u"production"_s, u"alpha"_s, u"1.0.0"_s), QString());
    // A directory that is not a semantic version.
    const VersionChip *zeta = chipOf(m.matrix, u"snapshot"_s, u"zeta"_s, u"latest"_s);
    QVERIFY(zeta->policyProblem);
    QVERIFY2(zeta->toolTip.contains(u"⊘ Policy: the directory name “latest” is not a semantic version."_s),
             qPrintable(zeta->toolTip));
    QVERIFY(!chipOf(m.matrix, u"snapshot"_s, u"alpha"_s, u"1.2.0"_s)->policyProblem);
}

void TestTierMatrix::copyRoles()
{
    const Matrix m = build(m_repo->path());
    const VersionChip *promoted = chipOf(m.matrix, u"staging"_s, u"alpha"_s, u"1.0.0"_s);
    QCOMPARE(promoted->role, CopyRole::Promoted);
    QCOMPARE(promoted->servedTier, u"production"_s);
    QVERIFY(promoted->toolTip.contains(u"≡ Promoted copy: identical to the copy in production, which is the one "
                                       "served. Its removal from staging is pending."_s));
    const VersionChip *served = chipOf(m.matrix, u"production"_s, u"alpha"_s, u"1.0.0"_s);
    QCOMPARE(served->role, CopyRole::Served);
    QVERIFY2(served->toolTip.contains(u"≡ staging holds an identical copy: promoted, its removal is pending."_s),
             qPrintable(served->toolTip));
    const VersionChip *shadowed = chipOf(m.matrix, u"snapshot"_s, u"eps"_s, u"1.0.0"_s);
    QCOMPARE(shadowed->role, CopyRole::Shadowed);
    QCOMPARE(shadowed->servedTier, u"staging"_s);
    QCOMPARE(copyRoleId(shadowed->role), u"shadowed"_s);
    QCOMPARE(copyRoleId(CopyRole::Promoted), u"promoted"_s);
    QCOMPARE(copyRoleId(CopyRole::Served), u"served"_s);
    const VersionChip *single = chipOf(m.matrix, u"snapshot"_s, u"gamma"_s, u"0.1.0"_s);
    QCOMPARE(single->servedTier, u"snapshot"_s);
    QVERIFY(single->toolTip.startsWith(u"gamma 0.1.0 in snapshot\n"_s));
}

void TestTierMatrix::rowSummaries()
{
    const Matrix m = build(m_repo->path());
    QStringList names;
    for (const PackageRow &r : m.matrix.rows)
        names.append(r.name);
    QCOMPARE(names, (QStringList{u"alpha"_s, u"beta"_s, u"delta"_s, u"eps"_s, u"gamma"_s, u"zeta"_s}));
    const PackageRow *alpha = rowOf(m.matrix, u"alpha"_s);
    // Two candidates (snapshot 1.2.0, staging 1.1.0) and one promoted copy.
    QCOMPARE(alpha->pendingCount, 3);
    QCOMPARE(alpha->tierCount, 3);
    QCOMPARE(alpha->badges, (QStringList{u"candidate"_s, u"promoted"_s}));
    QCOMPARE(rowOf(m.matrix, u"beta"_s)->pendingCount, 0);
    QCOMPARE(rowOf(m.matrix, u"beta"_s)->badges, (QStringList{u"shadowed"_s, u"policy"_s}));
    QCOMPARE(rowOf(m.matrix, u"gamma"_s)->tierCount, 1);
    QCOMPARE(rowOf(m.matrix, u"gamma"_s)->lastChange, m.matrix.tiers[0].commitTime);
    // The newest version with a manifest names the package.
    QCOMPARE(alpha->title, u"Alpha"_s);
    QVERIFY(alpha->cells[0].chips.size() == 2 && alpha->cells[0].chips[0].version == u"1.2.0"_s);
}

void TestTierMatrix::columns()
{
    TierConfig config;
    config.tiers = {u"snapshot"_s, u"missing"_s, u"production"_s};
    const Matrix m = build(m_repo->path(), config);
    const TierColumn &present = m.matrix.tiers[0];
    QVERIFY(present.present);
    QCOMPARE(present.refName, u"refs/heads/snapshot"_s);
    QVERIFY2(present.toolTip.startsWith(u"refs/heads/snapshot at "_s + present.shortId), qPrintable(present.toolTip));
    QVERIFY2(present.toolTip.contains(u"Its distribution serves"_s), qPrintable(present.toolTip));
    const TierColumn &absent = m.matrix.tiers[1];
    QVERIFY(!absent.present);
    QVERIFY2(absent.toolTip.startsWith(u"No branch for the tier “missing” was found"_s), qPrintable(absent.toolTip));
}

void TestTierMatrix::cosmeticDifferencesNamed()
{
    // production and staging hold nginx 1.0.0 and redis 2.0.0; staging's nginx differs in a file mode
    // only, its redis in whitespace only, and the snapshot's redis in content.
    RepoBuilder b;
    const auto put = [](git::TreeEditor &e, const QString &name, const QByteArray &text, bool executable) {
        const QString dir = u"packages/"_s + name + u'/' + (name == u"nginx"_s ? u"1.0.0/"_s : u"2.0.0/"_s);
        QVERIFY(bool(e.putFile(dir + u"manifest.yml"_s, RepoBuilder::manifest(name, dir.section(u'/', 2, 2)))));
        QVERIFY(bool(e.putFile(dir + u"run.sh"_s, text, executable)));
    };
    b.commitEdit(u"production"_s, [&](git::TreeEditor &e) {
        put(e, u"nginx"_s, "echo a\n", true);
        put(e, u"redis"_s, "echo a\n", false);
    }, u"edit"_s);
    b.commitEdit(u"staging"_s, [&](git::TreeEditor &e) {
        put(e, u"nginx"_s, "echo a\n", false);
        put(e, u"redis"_s, "echo  a\n\n", false);
    }, u"edit"_s);
    b.commitEdit(u"snapshot"_s, [&](git::TreeEditor &e) { put(e, u"redis"_s, "echo b\n", false); }, u"edit"_s);
    StorageReader reader;
    auto snap = reader.read(b.path(), TierConfig{});
    QVERIFY(snap);
    auto analysis = DistributionAnalysis::analyze(*snap);
    // Before the trees are read, a shadowed copy is just different.
    TierMatrix unclassified = TierMatrix::build(*snap, analysis);
    QCOMPARE(badges(unclassified, u"staging"_s, u"nginx"_s, u"1.0.0"_s), u"shadowed,policy"_s);
    classifyCopies(b.repo(), analysis);
    const TierMatrix m = TierMatrix::build(*snap, analysis);
    QCOMPARE(badges(m, u"staging"_s, u"nginx"_s, u"1.0.0"_s), u"shadowed,mode-only,policy"_s);
    QCOMPARE(badges(m, u"staging"_s, u"redis"_s, u"2.0.0"_s), u"shadowed,whitespace-only,policy"_s);
    QCOMPARE(badges(m, u"snapshot"_s, u"redis"_s, u"2.0.0"_s), u"shadowed,policy"_s);
    const VersionChip *nginx = chipOf(m, u"staging"_s, u"nginx"_s, u"1.0.0"_s);
    QCOMPARE(nginx->label(), u"⊘≈ 1.0.0"_s);
    QVERIFY(nginx->cosmeticDifference());
    QVERIFY2(nginx->toolTip.contains(u"≈ Shadowed copy: compared with the copy in production, only file modes differ."_s),
             qPrintable(nginx->toolTip));
    QVERIFY2(nginx->toolTip.contains(u"yet another tier holds nginx 1.0.0 that is not identical (only file modes differ)."_s),
             qPrintable(nginx->toolTip));
    const VersionChip *served = chipOf(m, u"production"_s, u"nginx"_s, u"1.0.0"_s);
    QVERIFY2(served->toolTip.contains(u"≈ staging holds a copy that is never served; only file modes differ."_s),
             qPrintable(served->toolTip));
    // redis: one copy differs in content, so production's policy line says different content.
    QVERIFY(chipOf(m, u"production"_s, u"redis"_s, u"2.0.0"_s)->toolTip.contains(u"with different content"_s));
    QCOMPARE(chipOf(m, u"snapshot"_s, u"redis"_s, u"2.0.0"_s)->label(), u"⊘≠ 2.0.0"_s);
    QVERIFY(rowOf(m, u"nginx"_s)->badges.contains(u"mode-only"_s));
}

void TestTierMatrix::fixtureShadowedCopies()
{
    TIERDESK_REQUIRE_FIXTURE(mirror);
    auto repo = git::Repository::open(mirror);
    QVERIFY(repo);
    StorageReader reader;
    auto snap = reader.read(*repo, TierConfig{});
    QVERIFY(snap);
    auto analysis = DistributionAnalysis::analyze(*snap);
    classifyCopies(*repo, analysis);
    const TierMatrix m = TierMatrix::build(*snap, analysis);
    // The real storage's shadowed system 0.10.7: 100755 in production, 100644 in snapshot.
    const VersionChip *chip = chipOf(m, u"snapshot"_s, u"system"_s, u"0.10.7"_s);
    QVERIFY(chip);
    QVERIFY2(chip->badges().contains(u"mode-only"_s), qPrintable(chip->badges().join(u',')));
    QVERIFY(chip->toolTip.contains(u"only file modes differ"_s));
}

QTEST_GUILESS_MAIN(TestTierMatrix)
#include "tst_tiermatrix.moc"
