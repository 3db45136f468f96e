// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The core index: tier discovery, versions and problems, cache, distributions.
#include "storage/Distribution.h"
#include "support/RepoBuilder.h"
#include "storage/SnapshotStore.h"
#include "storage/StorageReader.h"
#include "storage/TierSummary.h"

#include <git2.h>

#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
QStringList versionsOf(const TierState &t, const QString &name)
{
    QStringList out;
    for (const PackageVersion &v : t.versions)
        if (v.name == name)
            out.append(v.versionText);
    return out;
}

QStringList problemKinds(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out.append(Problem::kindId(p.kind));
    return out;
}

Result<StorageSnapshot> readRepo(const RepoBuilder &b, TierConfig config = {})
{
    StorageReader reader;
    return reader.read(b.path(), config);
}
} // namespace

class TestStorageReader : public QObject {
    Q_OBJECT
private slots:
    void readsVersionsFromGitObjects();
    void bareRepository();
    void tierDiscovery_data();
    void tierDiscovery();
    void configurableTiers();
    void notARepository();
    void noTierBranches();
    void problemsStayWithTheirItem_data();
    void problemsStayWithTheirItem();
    void unexpectedEntries();
    void missingObject();
    void cacheByTreeId();
    void unchangedTiersAreReused();
    void localBranchBehindItsRemote();
    void cancel();
    void manyPackagesOnEveryCore();
    void cancelWhileReadingManyPackages();
    void distributions();
    void duplicateClassification();
    void dockerfileRegistryVersion();
    void scopedRead();
};

void TestStorageReader::readsVersionsFromGitObjects()
{
    RepoBuilder b;
    QVERIFY(b.isValid());
    Files files = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    files.insert(RepoBuilder::package(u"nginx"_s, u"1.10.0"_s));
    files.insert(RepoBuilder::package(u"nginx"_s, u"1.10.0-beta1"_s));
    files.insert(RepoBuilder::package(u"aws"_s, u"0.5.1"_s));
    b.commit(u"snapshot"_s, files);
    b.commit(u"production"_s, RepoBuilder::package(u"aws"_s, u"0.4.0"_s));

    auto snap = readRepo(b);
    QVERIFY2(snap, qPrintable(snap ? QString() : snap.error().text()));
    QCOMPARE(snap->tiers.size(), 3);
    const TierState *snapshot = snap->tier(u"snapshot"_s);
    QVERIFY(snapshot && snapshot->present());
    QCOMPARE(snapshot->refName, u"refs/heads/snapshot"_s);
    QCOMPARE(snapshot->head.id, b.tip(u"snapshot"_s));
    QVERIFY(!snap->tier(u"staging"_s)->present());
    // Newest first, numerically, prereleases below their release.
    QCOMPARE(versionsOf(*snapshot, u"nginx"_s), (QStringList{u"1.10.0"_s, u"1.10.0-beta1"_s, u"1.2.0"_s}));
    QCOMPARE(snapshot->packageNames(), (QStringList{u"aws"_s, u"nginx"_s}));
    QCOMPARE(snap->packageNames(), (QStringList{u"aws"_s, u"nginx"_s}));
    QCOMPARE(snap->versionCount(), 5);
    QCOMPARE(snap->problemCount(), 0);

    const PackageVersion *v = snap->find(u"snapshot"_s, u"nginx"_s, u"1.10.0"_s);
    QVERIFY(v);
    QCOMPARE(v->tree, b.versionTree(u"snapshot"_s, u"nginx"_s, u"1.10.0"_s));
    QVERIFY(v->manifest);
    QCOMPARE(v->manifest->title, u"Nginx"_s);
    QCOMPARE(v->manifest->release, u"ga"_s);
    QCOMPARE(v->manifest->ownerGithub, u"elastic/integrations"_s);
    QCOMPARE(v->manifest->kibanaVersion, u"^7.16.0 || ^8.0.0"_s);
    QVERIFY(v->kibana);
    QVERIFY(v->kibana->accepts(*Version::parse(u"8.6.0"_s)));
    QVERIFY(!v->kibana->accepts(*Version::parse(u"7.15.0"_s)));
    QCOMPARE(v->path(), u"packages/nginx/1.10.0"_s);
}

void TestStorageReader::bareRepository()
{
    RepoBuilder b(true);
    QVERIFY(b.isValid());
    b.commit(u"production"_s, RepoBuilder::package(u"apm"_s, u"8.3.0"_s));
    auto snap = readRepo(b);
    QVERIFY(snap);
    QCOMPARE(versionsOf(*snap->tier(u"production"_s), u"apm"_s), QStringList{u"8.3.0"_s});
}

void TestStorageReader::tierDiscovery_data()
{
    QTest::addColumn<QStringList>("refs"); // created references
    QTest::addColumn<int>("source");       // RefSource
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("expected"); // the staging tier's ref, empty when absent

    const QString local = u"refs/heads/staging"_s;
    const QString origin = u"refs/remotes/origin/staging"_s;
    const QString upstream = u"refs/remotes/upstream/staging"_s;
    QTest::newRow("local only") << QStringList{local} << int(RefSource::Auto) << u"origin"_s << local;
    QTest::newRow("remote only") << QStringList{origin} << int(RefSource::Auto) << u"origin"_s << origin;
    QTest::newRow("auto prefers local") << QStringList{local, origin} << int(RefSource::Auto) << u"origin"_s << local;
    QTest::newRow("remote source") << QStringList{local, origin} << int(RefSource::Remote) << u"origin"_s << origin;
    QTest::newRow("local source ignores remote") << QStringList{origin} << int(RefSource::Local) << u"origin"_s
                                                 << QString();
    QTest::newRow("other remote") << QStringList{origin, upstream} << int(RefSource::Auto) << u"upstream"_s
                                  << upstream;
    QTest::newRow("wrong remote") << QStringList{upstream} << int(RefSource::Auto) << u"origin"_s << QString();
}

void TestStorageReader::tierDiscovery()
{
    QFETCH(QStringList, refs);
    QFETCH(int, source);
    QFETCH(QString, remote);
    QFETCH(QString, expected);

    RepoBuilder b;
    // production always exists locally so the repository has at least one tier.
    const auto prod = b.commit(u"production"_s, RepoBuilder::package(u"a"_s, u"1.0.0"_s));
    const auto staging = b.commit(u"work"_s, RepoBuilder::package(u"a"_s, u"1.1.0"_s), {}, {}, u"production"_s);
    for (const QString &ref : refs)
        QVERIFY(git::createReference(b.repo(), ref, staging, u"test"_s));

    TierConfig config;
    config.source = RefSource(source);
    config.remote = remote;
    if (config.source == RefSource::Remote)
        QVERIFY(git::createReference(b.repo(), u"refs/remotes/origin/production"_s, prod, u"test"_s));
    auto snap = readRepo(b, config);
    QVERIFY2(snap, qPrintable(snap ? QString() : snap.error().text()));
    const TierState *t = snap->tier(u"staging"_s);
    QCOMPARE(t->refName, expected);
    QCOMPARE(t->present(), !expected.isEmpty());
    if (t->present()) {
        QCOMPARE(t->head.id, staging);
        QCOMPARE(versionsOf(*t, u"a"_s), (QStringList{u"1.1.0"_s, u"1.0.0"_s}));
    }
}

void TestStorageReader::configurableTiers()
{
    RepoBuilder b;
    b.commit(u"experimental"_s, RepoBuilder::package(u"x"_s, u"0.1.0"_s));
    b.commit(u"production-7.9"_s, RepoBuilder::package(u"x"_s, u"0.0.9"_s));
    TierConfig config;
    config.tiers = {u"experimental"_s, u"production-7.9"_s};
    auto snap = readRepo(b, config);
    QVERIFY(snap);
    QCOMPARE(snap->tiers.size(), 2);
    QCOMPARE(snap->tiers[0].name, u"experimental"_s);
    QCOMPARE(snap->tiers[0].rank, 0);
    QCOMPARE(snap->tiers[1].name, u"production-7.9"_s);
    QCOMPARE(snap->tiers[1].rank, 1);
    QCOMPARE(versionsOf(snap->tiers[1], u"x"_s), QStringList{u"0.0.9"_s});
    const auto analysis = DistributionAnalysis::analyze(*snap);
    QCOMPARE(analysis.distribution(u"experimental"_s)->served.size(), 2);
    QCOMPARE(analysis.distribution(u"production-7.9"_s)->served.size(), 1);
}

void TestStorageReader::notARepository()
{
    QTemporaryDir dir;
    StorageReader reader;
    auto snap = reader.read(dir.path(), {});
    QVERIFY(!snap);
    QVERIFY2(snap.error().message.contains(u"is not a git repository"_s), qPrintable(snap.error().text()));
    QCOMPARE(snap.error().code, int(GIT_ENOTFOUND));
}

void TestStorageReader::noTierBranches()
{
    RepoBuilder b;
    b.commit(u"main"_s, RepoBuilder::package(u"a"_s, u"1.0.0"_s));
    auto snap = readRepo(b);
    QVERIFY(!snap);
    QVERIFY2(snap.error().message.contains(u"no tier branches"_s), qPrintable(snap.error().text()));
    QVERIFY2(snap.error().message.contains(u"origin/production"_s), qPrintable(snap.error().text()));
}

void TestStorageReader::problemsStayWithTheirItem_data()
{
    QTest::addColumn<QString>("version"); // directory name
    QTest::addColumn<QByteArray>("manifest"); // empty: no manifest.yml
    QTest::addColumn<QStringList>("kinds");

    QTest::newRow("good") << u"1.0.0"_s << RepoBuilder::manifest(u"pkg"_s, u"1.0.0"_s) << QStringList();
    QTest::newRow("no manifest") << u"1.0.0"_s << QByteArray() << QStringList{u"manifest-missing"_s};
    QTest::newRow("invalid yaml") << u"1.0.0"_s << QByteArray("name: pkg\nversion: [1.0.0\n")
                                  << QStringList{u"manifest-invalid"_s};
    QTest::newRow("other name") << u"1.0.0"_s << RepoBuilder::manifest(u"other"_s, u"1.0.0"_s)
                                << QStringList{u"manifest-mismatch"_s};
    QTest::newRow("other version") << u"1.0.0"_s << RepoBuilder::manifest(u"pkg"_s, u"1.0.1"_s)
                                   << QStringList{u"manifest-mismatch"_s};
    QTest::newRow("not a version") << u"latest"_s << RepoBuilder::manifest(u"pkg"_s, u"latest"_s)
                                   << QStringList{u"not-a-version"_s};
    QTest::newRow("v prefix") << u"v1.0.0"_s << RepoBuilder::manifest(u"pkg"_s, u"v1.0.0"_s)
                              << QStringList{u"not-a-version"_s};
    QTest::newRow("bad constraint") << u"1.0.0"_s << RepoBuilder::manifest(u"pkg"_s, u"1.0.0"_s, u">=seven"_s)
                                    << QStringList{u"invalid-constraint"_s};
}

void TestStorageReader::problemsStayWithTheirItem()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, manifest);
    QFETCH(QStringList, kinds);

    RepoBuilder b;
    Files files = RepoBuilder::package(u"good"_s, u"2.0.0"_s);
    const QString dir = u"packages/pkg/"_s + version + u'/';
    files.insert(dir + u"docs/README.md"_s, "# pkg\n");
    if (!manifest.isEmpty())
        files.insert(dir + u"manifest.yml"_s, manifest);
    b.commit(u"snapshot"_s, files);

    auto snap = readRepo(b);
    QVERIFY(snap);
    const PackageVersion *bad = snap->find(u"snapshot"_s, u"pkg"_s, version);
    QVERIFY(bad);
    QCOMPARE(problemKinds(bad->problems), kinds);
    for (const Problem &p : bad->problems) {
        QVERIFY(p.path.startsWith(dir.chopped(1)));
        QVERIFY(!p.message.isEmpty());
    }
    // Everything else still loads.
    const PackageVersion *good = snap->find(u"snapshot"_s, u"good"_s, u"2.0.0"_s);
    QVERIFY(good && good->manifest && good->problems.isEmpty());
    QCOMPARE(snap->problemCount(), int(kinds.size()));
}

void TestStorageReader::unexpectedEntries()
{
    RepoBuilder b;
    Files files = RepoBuilder::package(u"nginx"_s, u"1.0.0"_s);
    files.insert(u"packages/README.md"_s, "not a package\n");
    files.insert(u"packages/nginx/NOTES.txt"_s, "not a version\n");
    b.commit(u"snapshot"_s, files);
    // A submodule (gitlink) where a package directory belongs.
    b.commitEdit(
        u"snapshot"_s,
        [&](git::TreeEditor &e) { e.putEntry(u"packages/vendored"_s, b.tip(u"snapshot"_s), GIT_FILEMODE_COMMIT); },
        u"add a submodule"_s);

    auto snap = readRepo(b);
    QVERIFY(snap);
    const TierState *t = snap->tier(u"snapshot"_s);
    QCOMPARE(problemKinds(t->problems),
             (QStringList{u"unexpected-entry"_s, u"unexpected-entry"_s, u"unexpected-entry"_s}));
    QStringList paths;
    for (const Problem &p : t->problems)
        paths.append(p.path);
    paths.sort();
    QCOMPARE(paths, (QStringList{u"packages/README.md"_s, u"packages/nginx/NOTES.txt"_s, u"packages/vendored"_s}));
    QVERIFY(t->problems[0].message.contains(u"a file"_s) || t->problems[0].message.contains(u"a submodule"_s));
    QCOMPARE(versionsOf(*t, u"nginx"_s), QStringList{u"1.0.0"_s});
}

void TestStorageReader::missingObject()
{
    RepoBuilder b;
    b.commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s));
    // Point a version at a tree that is not in the repository.
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 0);
    const auto ghost = git::ObjectId::fromHex(u"0123456789abcdef0123456789abcdef01234567"_s);
    b.commitEdit(
        u"snapshot"_s, [&](git::TreeEditor &e) { e.putTree(u"packages/nginx/2.0.0"_s, ghost); }, u"broken"_s);
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 1);

    auto snap = readRepo(b);
    QVERIFY(snap);
    const PackageVersion *broken = snap->find(u"snapshot"_s, u"nginx"_s, u"2.0.0"_s);
    QVERIFY(broken);
    QCOMPARE(problemKinds(broken->problems), QStringList{u"missing-object"_s});
    QVERIFY(broken->problems[0].message.contains(u"0123456789ab"_s));
    QVERIFY(snap->find(u"snapshot"_s, u"nginx"_s, u"1.0.0"_s)->problems.isEmpty());
}

void TestStorageReader::cacheByTreeId()
{
    RepoBuilder b;
    Files files = RepoBuilder::package(u"a"_s, u"1.0.0"_s);
    files.insert(RepoBuilder::package(u"b"_s, u"1.0.0"_s));
    b.commit(u"snapshot"_s, files);
    b.commit(u"staging"_s, RepoBuilder::package(u"a"_s, u"1.0.0"_s)); // same tree as snapshot's

    auto cache = std::make_shared<VersionCache>();
    StorageReader first(cache);
    QVERIFY(first.read(b.path(), {}));
    QCOMPARE(first.parsedCount(), 2); // a@1.0.0 once for both tiers, b@1.0.0
    QCOMPARE(cache->size(), 2);

    b.commit(u"snapshot"_s, RepoBuilder::package(u"c"_s, u"1.0.0"_s));
    StorageReader second(cache);
    auto snap = second.read(b.path(), {});
    QVERIFY(snap);
    QCOMPARE(second.parsedCount(), 1); // only c@1.0.0 is new
    QCOMPARE(snap->tier(u"snapshot"_s)->versions.size(), 3);
}

void TestStorageReader::unchangedTiersAreReused()
{
    RepoBuilder b;
    b.commit(u"snapshot"_s, RepoBuilder::package(u"a"_s, u"1.0.0"_s));
    b.commit(u"production"_s, RepoBuilder::package(u"a"_s, u"0.9.0"_s));
    StorageReader reader;
    auto before = reader.read(b.path(), {});
    QVERIFY(before);
    b.commit(u"snapshot"_s, RepoBuilder::package(u"a"_s, u"1.1.0"_s));

    int progressCalls = 0;
    JobControl job;
    QStringList seen;
    job.progress = [&](int, int, const QString &what) {
        ++progressCalls;
        seen.append(what);
    };
    auto after = reader.read(b.path(), {}, job, &*before);
    QVERIFY(after);
    QCOMPARE(versionsOf(*after->tier(u"snapshot"_s), u"a"_s), (QStringList{u"1.1.0"_s, u"1.0.0"_s}));
    QCOMPARE(versionsOf(*after->tier(u"production"_s), u"a"_s), QStringList{u"0.9.0"_s});
    // Only the changed tier was walked.
    QCOMPARE(progressCalls, 1);
    QVERIFY(seen.constFirst().startsWith(u"snapshot"_s));
}

void TestStorageReader::localBranchBehindItsRemote()
{
    // production: local at c1; origin/production at c3 (c1 -> c2 -> c3);
    // staging: local one commit ahead of origin/staging; snapshot: no tracking branch.
    RepoBuilder b;
    const git::ObjectId c1 = b.commit(u"production"_s, RepoBuilder::package(u"a"_s, u"1.0.0"_s));
    b.commit(u"production"_s, RepoBuilder::package(u"a"_s, u"1.1.0"_s));
    const git::ObjectId c3 = b.commit(u"production"_s, RepoBuilder::package(u"a"_s, u"1.2.0"_s));
    const git::ObjectId s1 = b.commit(u"staging"_s, RepoBuilder::package(u"a"_s, u"1.3.0"_s));
    b.commit(u"staging"_s, RepoBuilder::package(u"a"_s, u"1.4.0"_s));
    b.commit(u"snapshot"_s, RepoBuilder::package(u"a"_s, u"2.0.0"_s));
    QVERIFY(b.setReference(u"refs/remotes/origin/production"_s, c3));
    QVERIFY(b.setReference(u"refs/heads/production"_s, c1));
    QVERIFY(b.setReference(u"refs/remotes/origin/staging"_s, s1));

    StorageReader reader;
    auto snap = reader.read(b.path(), {});
    QVERIFY2(snap, qPrintable(snap ? QString() : snap.error().text()));
    const TierState *production = snap->tier(u"production"_s);
    QCOMPARE(production->refName, u"refs/heads/production"_s); // the local branch is what is shown
    QCOMPARE(production->trackingRef, u"refs/remotes/origin/production"_s);
    QCOMPARE(production->behind, 2);
    QCOMPARE(production->ahead, 0);
    QCOMPARE(versionsOf(*production, u"a"_s), QStringList{u"1.0.0"_s});
    const TierState *staging = snap->tier(u"staging"_s);
    QCOMPARE(staging->ahead, 1);
    QCOMPARE(staging->behind, 0);
    const TierState *snapshot = snap->tier(u"snapshot"_s);
    QVERIFY(snapshot->trackingRef.isEmpty());
    // No translator here: plural forms read "commit(s)".
    const QString productionText = TierSummary::trackingText(*production);
    QVERIFY2(productionText.startsWith(u"origin/production: 2 commit"_s) && productionText.endsWith(u" behind"_s),
             qPrintable(productionText));
    const QString stagingText = TierSummary::trackingText(*staging);
    QVERIFY2(stagingText.startsWith(u"origin/staging: 1 commit"_s) && stagingText.endsWith(u" ahead"_s),
             qPrintable(stagingText));
    QCOMPARE(TierSummary::trackingText(*snapshot), QString());
    const QString note = TierSummary::staleBranchesNote(*snap);
    QVERIFY2(note.contains(u"production (2 behind)"_s), qPrintable(note));
    QVERIFY2(!note.contains(u"staging"_s), qPrintable(note));

    // A re-read after the remote-tracking branch moved on (a fetch) counts again,
    // even though the local tip, and so the tier's content, is reused.
    QVERIFY(b.setReference(u"refs/remotes/origin/production"_s, c1));
    auto again = reader.read(b.path(), {}, {}, &*snap);
    QVERIFY(again);
    QCOMPARE(again->tier(u"production"_s)->behind, 0);
    QVERIFY(TierSummary::staleBranchesNote(*again).isEmpty());
}

void TestStorageReader::cancel()
{
    RepoBuilder b;
    b.commit(u"snapshot"_s, RepoBuilder::package(u"a"_s, u"1.0.0"_s));
    JobControl job;
    job.isCancelled = [] { return true; };
    StorageReader reader;
    auto snap = reader.read(b.path(), {}, job);
    QVERIFY(!snap);
    QCOMPARE(snap.error().code, int(GIT_EUSER));
    QVERIFY(snap.error().message.contains(u"cancelled"_s));
}

namespace {
// `packages` packages of `versions` versions each in snapshot; staging holds the first half of the
// packages unchanged (the same package trees) and, for the rest, only their first version (the same
// version trees below different package trees).
RepoBuilder manyPackages(int packages, int versions)
{
    RepoBuilder b;
    Files snapshot, staging;
    for (int p = 0; p < packages; ++p) {
        for (int v = 0; v < versions; ++v) {
            const Files one = RepoBuilder::package(u"p%1"_s.arg(p), u"1.%1.0"_s.arg(v));
            snapshot.insert(one);
            if (p < packages / 2 || v == 0)
                staging.insert(one);
        }
    }
    b.commit(u"snapshot"_s, snapshot);
    b.commit(u"staging"_s, staging);
    return b;
}
} // namespace

// Enough packages for the reader's helper threads: each distinct version is parsed once, and
// every tier has all of its versions.
void TestStorageReader::manyPackagesOnEveryCore()
{
    const RepoBuilder b = manyPackages(40, 3);
    StorageReader reader;
    auto snap = reader.read(b.path(), {});
    QVERIFY(snap);
    QCOMPARE(reader.parsedCount(), 120);
    QCOMPARE(snap->tier(u"snapshot"_s)->versions.size(), 120);
    QCOMPARE(snap->tier(u"staging"_s)->versions.size(), 20 * 3 + 20);
    for (const TierState &t : snap->tiers)
        for (const PackageVersion &v : t.versions)
            QVERIFY2(!v.hasProblems(), qPrintable(v.name + u'@' + v.versionText));
}

// Cancelled after some versions are read: the read stops with the cancellation, on every thread.
void TestStorageReader::cancelWhileReadingManyPackages()
{
    const RepoBuilder b = manyPackages(40, 3);
    std::atomic_int asked{0};
    JobControl job;
    job.isCancelled = [&] { return ++asked > 30; };
    StorageReader reader;
    auto snap = reader.read(b.path(), {}, job);
    QVERIFY(!snap);
    QCOMPARE(snap.error().code, int(GIT_EUSER));
    // Each version asks before it is read: the workers stopped soon after the 31st, not after all 120.
    QVERIFY2(asked < 40, qPrintable(QString::number(asked)));
}

void TestStorageReader::distributions()
{
    RepoBuilder b;
    Files snapshot = RepoBuilder::package(u"a"_s, u"1.2.0"_s);
    snapshot.insert(RepoBuilder::package(u"b"_s, u"0.1.0"_s));
    b.commit(u"snapshot"_s, snapshot);
    b.commit(u"staging"_s, RepoBuilder::package(u"a"_s, u"1.1.0"_s));
    b.commit(u"production"_s, RepoBuilder::package(u"a"_s, u"1.0.0"_s));

    auto snap = readRepo(b);
    QVERIFY(snap);
    const auto analysis = DistributionAnalysis::analyze(*snap);
    QCOMPARE(analysis.distributions.size(), 3);
    auto served = [&](const QString &tier) {
        QStringList out;
        for (const ServedVersion &s : analysis.distribution(tier)->served)
            out.append(s.name + u'@' + s.version + u':' + s.fromTier);
        return out;
    };
    QCOMPARE(served(u"snapshot"_s), (QStringList{u"a@1.2.0:snapshot"_s, u"a@1.1.0:staging"_s,
                                                 u"a@1.0.0:production"_s, u"b@0.1.0:snapshot"_s}));
    QCOMPARE(served(u"staging"_s), (QStringList{u"a@1.1.0:staging"_s, u"a@1.0.0:production"_s}));
    QCOMPARE(served(u"production"_s), QStringList{u"a@1.0.0:production"_s});
    QCOMPARE(analysis.distribution(u"snapshot"_s)->sourceTiers,
             (QStringList{u"production"_s, u"staging"_s, u"snapshot"_s}));
    QVERIFY(analysis.duplicates.isEmpty());
}

void TestStorageReader::duplicateClassification()
{
    RepoBuilder b;
    // same@1.0.0: identical in all three tiers. diff@2.0.0: production and snapshot differ.
    // mixed@3.0.0: staging == production, snapshot differs.
    Files common = RepoBuilder::package(u"same"_s, u"1.0.0"_s);
    common.insert(RepoBuilder::package(u"mixed"_s, u"3.0.0"_s));
    Files snapshot = common;
    snapshot.insert(RepoBuilder::package(u"diff"_s, u"2.0.0"_s, u"snapshot edit"_s));
    snapshot.insert(RepoBuilder::package(u"mixed"_s, u"3.0.0"_s, u"snapshot edit"_s));
    Files production = common;
    production.insert(RepoBuilder::package(u"diff"_s, u"2.0.0"_s));
    b.commit(u"snapshot"_s, snapshot);
    b.commit(u"staging"_s, common);
    b.commit(u"production"_s, production);

    auto snap = readRepo(b);
    QVERIFY(snap);
    const auto a = DistributionAnalysis::analyze(*snap);
    QCOMPARE(a.duplicates.size(), 3);

    const Duplicate *same = a.duplicate(u"same"_s, u"1.0.0"_s);
    QVERIFY(same && same->identical());
    QCOMPARE(same->copies.size(), 3);
    QCOMPARE(same->copies[0].tier, u"production"_s);
    QCOMPARE(int(same->copies[0].role), int(CopyRole::Served));
    QCOMPARE(int(a.roleOf(u"staging"_s, u"same"_s, u"1.0.0"_s)), int(CopyRole::Promoted));
    QCOMPARE(int(a.roleOf(u"snapshot"_s, u"same"_s, u"1.0.0"_s)), int(CopyRole::Promoted));

    const Duplicate *diff = a.duplicate(u"diff"_s, u"2.0.0"_s);
    QVERIFY(diff && !diff->identical());
    QCOMPARE(diff->copies.size(), 2);
    QCOMPARE(int(a.roleOf(u"production"_s, u"diff"_s, u"2.0.0"_s)), int(CopyRole::Served));
    QCOMPARE(int(a.roleOf(u"snapshot"_s, u"diff"_s, u"2.0.0"_s)), int(CopyRole::Shadowed));
    // The snapshot distribution serves production's copy: first found wins.
    for (const ServedVersion &s : a.distribution(u"snapshot"_s)->served)
        if (s.name == u"diff"_s) {
            QCOMPARE(s.fromTier, u"production"_s);
            QCOMPARE(s.tree, b.versionTree(u"production"_s, u"diff"_s, u"2.0.0"_s));
        }

    QCOMPARE(int(a.roleOf(u"staging"_s, u"mixed"_s, u"3.0.0"_s)), int(CopyRole::Promoted));
    QCOMPARE(int(a.roleOf(u"snapshot"_s, u"mixed"_s, u"3.0.0"_s)), int(CopyRole::Shadowed));
    QVERIFY(!a.duplicate(u"mixed"_s, u"3.0.0"_s)->identical());
}

void TestStorageReader::dockerfileRegistryVersion()
{
    RepoBuilder b;
    Files files = RepoBuilder::package(u"a"_s, u"1.0.0"_s);
    files.insert(u"Dockerfile"_s, "ARG PACKAGE_REGISTRY=v0.17.0\nFROM docker.elastic.co/package-registry/"
                                  "package-registry:${PACKAGE_REGISTRY}\n");
    b.commit(u"production"_s, files);
    b.commit(u"snapshot"_s, RepoBuilder::package(u"a"_s, u"1.1.0"_s));
    auto snap = readRepo(b);
    QVERIFY(snap);
    QCOMPARE(snap->tier(u"production"_s)->registryVersion, u"v0.17.0"_s);
    QCOMPARE(snap->tier(u"snapshot"_s)->registryVersion, QString());
}

// A read of a few packages: only those, in every tier, parsed and nothing else; never
// taken from or left in the snapshot store.
void TestStorageReader::scopedRead()
{
    RepoBuilder b;
    Files snapshot = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    snapshot.insert(RepoBuilder::package(u"nginx"_s, u"1.3.0"_s));
    snapshot.insert(RepoBuilder::package(u"aws"_s, u"0.5.1"_s));
    snapshot.insert(RepoBuilder::package(u"nginx-extra"_s, u"0.1.0"_s));
    b.commit(u"snapshot"_s, snapshot);
    Files production = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    production.insert(RepoBuilder::package(u"system"_s, u"1.0.0"_s));
    b.commit(u"production"_s, production);
    const QString store = SnapshotStore::fileFor(b.repo().path());
    QFile::remove(store);

    StorageReader reader;
    reader.readOnly({u"nginx"_s, u"absent"_s});
    const auto snap = reader.read(b.path(), {});
    QVERIFY2(snap, qPrintable(snap ? QString() : snap.error().text()));
    QCOMPARE(snap->onlyPackages, (QStringList{u"nginx"_s, u"absent"_s}));
    QCOMPARE(snap->tier(u"snapshot"_s)->packageNames(), QStringList{u"nginx"_s});
    QCOMPARE(versionsOf(*snap->tier(u"snapshot"_s), u"nginx"_s), (QStringList{u"1.3.0"_s, u"1.2.0"_s}));
    QCOMPARE(snap->tier(u"production"_s)->packageNames(), QStringList{u"nginx"_s});
    QCOMPARE(snap->tier(u"production"_s)->head.id, b.tip(u"production"_s));
    QCOMPARE(reader.parsedCount(), 2); // the two nginx trees (production's 1.2.0 is snapshot's)
    QVERIFY(!QFile::exists(store));

    // The same versions as a whole read has, and the whole read does not take the scoped one.
    StorageReader whole;
    const auto all = whole.read(b.path(), {}, {}, &*snap); // a scoped snapshot is never taken as whole
    QVERIFY(all && all->onlyPackages.isEmpty());
    QCOMPARE(all->tier(u"snapshot"_s)->packageNames(), (QStringList{u"aws"_s, u"nginx"_s, u"nginx-extra"_s}));
    for (const QString &tier : {u"snapshot"_s, u"production"_s})
        for (const PackageVersion &v : snap->tier(tier)->versions) {
            const PackageVersion *same = all->find(tier, v.name, v.versionText);
            QVERIFY(same);
            QCOMPARE(v.tree, same->tree);
            QCOMPARE(v.manifestBlob, same->manifestBlob);
            QCOMPARE(v.manifest->title, same->manifest->title);
        }
    QVERIFY(QFile::exists(store));
    StorageReader again;
    again.readOnly({u"aws"_s});
    const auto scopedAgain = again.read(b.path(), {});
    QVERIFY(scopedAgain);
    QCOMPARE(scopedAgain->tier(u"snapshot"_s)->packageNames(), QStringList{u"aws"_s});
    QVERIFY(scopedAgain->tier(u"production"_s)->versions.isEmpty());
}

QTEST_GUILESS_MAIN(TestStorageReader)
#include "tst_storagereader.moc"
