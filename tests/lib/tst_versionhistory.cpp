// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// When each version directory was added and last changed: one first-parent
// walk per tier, early stops, the cache, and agreement with `git log`.
#include "support/FixtureBundle.h"
#include "storage/PackageActivity.h"
#include "support/RepoBuilder.h"
#include "support/TestStorage.h"
#include "storage/StorageReader.h"
#include "storage/VersionHistory.h"

#include <QProcess>
#include <QSemaphore>
#include <QTest>

#include <optional>
#include <thread>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
const QString Production = u"production"_s;
const QString Snapshot = u"snapshot"_s;

QString versionPath(const QString &name, const QString &version) { return u"packages/"_s + name + u'/' + version; }

// The history used by most tests, commit by commit (c1 is the root).
struct History {
    RepoBuilder b;
    git::ObjectId c[10]; // c[1]..c[9] on production
    git::ObjectId s1;    // on snapshot, branched from production after c4

    History()
    {
        Files first = RepoBuilder::package(u"nginx"_s, u"1.0.0"_s);
        first.insert(u"README.md"_s, "storage\n");
        c[1] = b.commit(Production, first, u"Initial import (#1)"_s);
        Files second = RepoBuilder::package(u"aws"_s, u"0.1.0"_s);
        second.insert(RepoBuilder::package(u"foo"_s, u"1.0.0"_s));
        c[2] = b.commit(Production, second, u"[production] Add aws and foo (#2)"_s);
        c[3] = b.commit(Production, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s, u"fixed"_s),
                        u"[production] Re-publish nginx 1.0.0 (#3)"_s);
        c[4] = b.commit(Production, {{u"README.md"_s, "storage, updated\n"}}, u"Update the README (#4)"_s);
        s1 = b.commit(Snapshot, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s, u"snapshot edit"_s),
                      u"[snapshot] Edit nginx 1.0.0 (#20)"_s, {}, Production);
        // A move: the same tree under another name.
        const git::ObjectId fooTree = b.versionTree(Production, u"foo"_s, u"1.0.0"_s);
        c[5] = b.commitEdit(
            Production,
            [&](git::TreeEditor &e) {
                e.putTree(versionPath(u"bar"_s, u"1.0.0"_s), fooTree);
                e.remove(versionPath(u"foo"_s, u"1.0.0"_s));
            },
            u"Move foo 1.0.0 to bar (#5)"_s);
        c[6] = b.commit(Production, RepoBuilder::package(u"nginx"_s, u"2.0.0"_s), u"Add nginx 2.0.0 (#6)"_s);
        c[7] = b.commit(Production, {}, u"Remove nginx 2.0.0 (#7)"_s, {versionPath(u"nginx"_s, u"2.0.0"_s)});
        // Re-added with the very same tree: counts from its re-addition.
        c[8] = b.commit(Production, RepoBuilder::package(u"nginx"_s, u"2.0.0"_s), u"Add nginx 2.0.0 again"_s);
        // Changes packages/aws but not packages/aws/0.1.0.
        c[9] = b.commit(Production, RepoBuilder::package(u"aws"_s, u"0.2.0"_s), u"Add aws 0.2.0 (#9) "_s);
    }
};

} // namespace

class TestVersionHistory : public QObject {
    Q_OBJECT
private slots:
    void pullRequestNumbers_data();
    void pullRequestNumbers();
    void addedAndLastChanged();
    void sharedHistoryOfAnotherBranch();
    void stopsEarly();
    void absentPath();
    void cacheMakesReaskingFree();
    void cacheAcrossThreads();
    void oneWalkPerTierAtATime();
    void waiterTakesOverACancelledWalk();
    void waiterCanBeCancelled();
    void cancel();
    void largeTreeIsLinear();
    void cancelInsideOneLargeCommit();
    void packageActivity();
    void fixtureAgreesWithGitLog();
};

void TestVersionHistory::pullRequestNumbers_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<int>("pr");
    QTest::newRow("trailing") << u"[snapshot] Update \"nginx\" integration to version 1.2.0 (#1234)"_s << 1234;
    QTest::newRow("trailing space") << u"Promote packages (#7)  "_s << 7;
    QTest::newRow("not at the end") << u"Revert (#12) partly"_s << 0;
    QTest::newRow("no parentheses") << u"Fix #12"_s << 0;
    QTest::newRow("not a number") << u"Update (#abc)"_s << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestVersionHistory::pullRequestNumbers()
{
    QFETCH(QString, subject);
    QFETCH(int, pr);
    QCOMPARE(HistoryCommit::pullRequestOf(subject), pr);
}

void TestVersionHistory::addedAndLastChanged()
{
    History h;
    QVERIFY(!h.c[9].isNull());
    const git::ObjectId tip = h.b.tip(Production);
    QCOMPARE(tip, h.c[9]);
    auto entries = VersionHistory::computeTier(h.b.repo(), tip);
    QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().text()));
    QCOMPARE(entries->size(), 5); // nginx 1.0.0 and 2.0.0, aws 0.1.0 and 0.2.0, bar 1.0.0

    const auto check = [&](const QString &path, int added, int changed) {
        const VersionHistoryEntry e = entries->value(path);
        QCOMPARE(e.path, path);
        QCOMPARE(e.tip, tip);
        QCOMPARE(e.added.id.toHex(), h.c[added].toHex());
        QCOMPARE(e.lastChanged.id.toHex(), h.c[changed].toHex());
    };
    check(versionPath(u"nginx"_s, u"1.0.0"_s), 1, 3);
    if (QTest::currentTestFailed())
        return;
    check(versionPath(u"aws"_s, u"0.1.0"_s), 2, 2);     // c9 changed packages/aws, not this version
    check(versionPath(u"bar"_s, u"1.0.0"_s), 5, 5);     // a move adds at the new place
    check(versionPath(u"nginx"_s, u"2.0.0"_s), 8, 8);   // removed and re-added with the same tree
    check(versionPath(u"aws"_s, u"0.2.0"_s), 9, 9);
    if (QTest::currentTestFailed())
        return;

    const VersionHistoryEntry nginx = entries->value(versionPath(u"nginx"_s, u"1.0.0"_s));
    QCOMPARE(nginx.tree, h.b.versionTree(Production, u"nginx"_s, u"1.0.0"_s));
    QVERIFY(nginx.added.isRoot); // present since the oldest commit
    QVERIFY(!nginx.lastChanged.isRoot);
    QCOMPARE(nginx.added.pullRequest, 1);
    QCOMPARE(nginx.lastChanged.pullRequest, 3);
    QCOMPARE(nginx.lastChanged.subject, u"[production] Re-publish nginx 1.0.0 (#3)"_s);
    QCOMPARE(nginx.lastChanged.authorName, u"Test Author"_s);
    QCOMPARE(nginx.lastChanged.authorEmail, u"test@example.com"_s);
    QCOMPARE(nginx.lastChanged.authorTime.toUTC(), QDateTime(QDate(2024, 1, 1), QTime(15, 0), QTimeZone::UTC));
    QCOMPARE(entries->value(versionPath(u"nginx"_s, u"2.0.0"_s)).added.pullRequest, 0); // no (#n) in the subject
    QCOMPARE(entries->value(versionPath(u"aws"_s, u"0.2.0"_s)).added.pullRequest, 9);
}

void TestVersionHistory::sharedHistoryOfAnotherBranch()
{
    History h;
    auto entries = VersionHistory::computeTier(h.b.repo(), h.b.tip(Snapshot));
    QVERIFY(entries);
    // Snapshot branched after c4: foo is still there, bar and nginx 2.0.0 never were.
    QCOMPARE(entries->size(), 3);
    const VersionHistoryEntry nginx = entries->value(versionPath(u"nginx"_s, u"1.0.0"_s));
    QCOMPARE(nginx.added.id, h.c[1]);
    QCOMPARE(nginx.lastChanged.id, h.s1);
    QCOMPARE(nginx.lastChanged.pullRequest, 20);
    QCOMPARE(entries->value(versionPath(u"foo"_s, u"1.0.0"_s)).added.id, h.c[2]);
    QCOMPARE(entries->value(versionPath(u"aws"_s, u"0.1.0"_s)).lastChanged.id, h.c[2]);
}

void TestVersionHistory::stopsEarly()
{
    History h;
    const git::ObjectId tip = h.b.tip(Production);
    VersionHistoryStats stats;
    auto recent = VersionHistory::computeOne(h.b.repo(), tip, versionPath(u"aws"_s, u"0.2.0"_s), &stats);
    QVERIFY(recent);
    QCOMPARE(recent->added.id, h.c[9]);
    QCOMPARE(stats.commitsWalked, 1); // added by the tip: nothing older is read

    auto bar = VersionHistory::computeOne(h.b.repo(), tip, versionPath(u"bar"_s, u"1.0.0"_s), &stats);
    QVERIFY(bar);
    QCOMPARE(stats.commitsWalked, 5); // c9 down to c5

    // The whole tier in one walk: each commit once, down to the root that added nginx 1.0.0.
    auto all = VersionHistory::computeTier(h.b.repo(), tip, {}, &stats);
    QVERIFY(all);
    QCOMPARE(stats.commitsWalked, 9);
}

void TestVersionHistory::absentPath()
{
    History h;
    const git::ObjectId tip = h.b.tip(Production);
    auto foo = VersionHistory::computeOne(h.b.repo(), tip, versionPath(u"foo"_s, u"1.0.0"_s));
    QVERIFY(!foo);
    QCOMPARE(foo.error().code, int(GIT_ENOTFOUND));
    auto some = VersionHistory::compute(h.b.repo(), tip,
                                        {versionPath(u"foo"_s, u"1.0.0"_s), versionPath(u"aws"_s, u"0.1.0"_s)});
    QVERIFY(some);
    QCOMPARE(some->keys(), QStringList{versionPath(u"aws"_s, u"0.1.0"_s)});
    auto noCommit = VersionHistory::computeTier(h.b.repo(), git::ObjectId::fromHex(QString(40, u'1')));
    QVERIFY(!noCommit);
}

void TestVersionHistory::cacheMakesReaskingFree()
{
    History h;
    const git::ObjectId tip = h.b.tip(Production);
    VersionHistoryCache cache;
    QVERIFY(!cache.hasTier(tip));
    QVERIFY(!cache.find(tip, versionPath(u"aws"_s, u"0.1.0"_s)));
    auto first = VersionHistory::tierThroughCache(cache, h.b.path(), tip);
    QVERIFY(first);
    QCOMPARE(first->size(), 5);
    QVERIFY(cache.hasTier(tip));
    QCOMPARE(cache.size(), 5);
    const auto aws = cache.find(tip, versionPath(u"aws"_s, u"0.1.0"_s));
    QVERIFY(aws);
    QCOMPARE(aws->added.id, h.c[2]);

    // Answered from the cache alone: the repository path is not even opened.
    auto again = VersionHistory::tierThroughCache(cache, u"/nonexistent/repository"_s, tip);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().text()));
    QCOMPARE(again->size(), 5);
    QCOMPARE(again->value(versionPath(u"nginx"_s, u"1.0.0"_s)).lastChanged.id, h.c[3]);

    // A new tip is another key: computed afresh, the old tip's answers stay.
    const git::ObjectId c10 = h.b.commit(Production, RepoBuilder::package(u"aws"_s, u"0.1.0"_s, u"edit"_s),
                                         u"Edit aws 0.1.0 (#10)"_s);
    QVERIFY(!cache.hasTier(c10));
    auto newer = VersionHistory::tierThroughCache(cache, h.b.path(), c10);
    QVERIFY(newer);
    QCOMPARE(newer->value(versionPath(u"aws"_s, u"0.1.0"_s)).lastChanged.id, c10);
    QCOMPARE(cache.find(tip, versionPath(u"aws"_s, u"0.1.0"_s))->lastChanged.id, h.c[2]);
    QCOMPARE(cache.size(), 10);
    cache.clear();
    QCOMPARE(cache.size(), 0);
    QVERIFY(!cache.hasTier(c10));
}

void TestVersionHistory::cacheAcrossThreads()
{
    History h;
    const git::ObjectId tips[2] = {h.b.tip(Production), h.b.tip(Snapshot)};
    VersionHistoryCache cache;
    const QString path = h.b.path();
    std::atomic_int failures = 0;
    std::vector<std::thread> threads;
    for (int i = 0; i < 6; ++i)
        threads.emplace_back([&, i] {
            // Each worker opens its own repository.
            auto entries = VersionHistory::tierThroughCache(cache, path, tips[i % 2]);
            if (!entries || entries->size() != (i % 2 == 0 ? 5 : 3))
                ++failures;
        });
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(cache.walksStarted(), 2); // one walk per tier, however many ask at once
    QCOMPARE(cache.size(), 8);
    QCOMPARE(cache.find(tips[1], versionPath(u"nginx"_s, u"1.0.0"_s))->lastChanged.id, h.s1);
}

namespace {
// A walk of production held at its first look at cancellation until released, so that a test
// puts a second asker in the wait deterministically; `cancelAfterRelease` ends it as cancelled.
// Released on destruction too, so that a failed check still lets both threads finish.
struct HeldWalk {
    History h;
    const git::ObjectId tip = h.b.tip(Production);
    VersionHistoryCache cache;
    std::optional<Result<VersionHistory::Entries>> first, second;
    std::jthread walker, asker;

    explicit HeldWalk(bool cancelAfterRelease = false) : m_cancelAfterRelease(cancelAfterRelease)
    {
        walker = std::jthread([this] { first = VersionHistory::tierThroughCache(cache, h.b.path(), tip, heldJob()); });
        m_entered.acquire(); // the first walk is under way and held
    }
    ~HeldWalk() { release(); }
    void ask(JobControl job = {})
    {
        asker = std::jthread([this, job] { second = VersionHistory::tierThroughCache(cache, h.b.path(), tip, job); });
    }
    void release() { m_release.release(); }

private:
    JobControl heldJob()
    {
        JobControl job;
        job.isCancelled = [this] {
            if (!m_held.exchange(true)) {
                m_entered.release();
                m_release.acquire();
            }
            return m_cancelAfterRelease;
        };
        return job;
    }
    const bool m_cancelAfterRelease;
    std::atomic_bool m_held = false;
    QSemaphore m_entered, m_release;
};
} // namespace

void TestVersionHistory::oneWalkPerTierAtATime()
{
    HeldWalk w;
    w.ask();
    QTRY_COMPARE(w.cache.waiting(), 1); // the second asker waits instead of walking beside it
    w.release();
    w.walker.join();
    w.asker.join();
    QVERIFY(*w.first && *w.second);
    QCOMPARE((*w.first)->size(), 5);
    QCOMPARE((*w.second)->keys(), (*w.first)->keys());
    QCOMPARE(w.cache.walksStarted(), 1);
    QCOMPARE(w.cache.waiting(), 0);
}

void TestVersionHistory::waiterTakesOverACancelledWalk()
{
    HeldWalk w(true);
    w.ask();
    QTRY_COMPARE(w.cache.waiting(), 1);
    w.release(); // the first walk is cancelled: the waiter walks the tier itself
    w.walker.join();
    w.asker.join();
    QVERIFY(!*w.first);
    QVERIFY((*w.first).error().message.contains(u"cancelled"_s));
    QVERIFY2(*w.second, qPrintable(*w.second ? QString() : (*w.second).error().text()));
    QCOMPARE((*w.second)->size(), 5);
    QCOMPARE(w.cache.walksStarted(), 2);
    QVERIFY(w.cache.hasTier(w.tip));
}

void TestVersionHistory::waiterCanBeCancelled()
{
    std::atomic_bool giveUp = false; // outlives the walk's threads
    HeldWalk w;
    JobControl impatient;
    impatient.isCancelled = [&] { return giveUp.load(); };
    w.ask(impatient);
    QTRY_COMPARE(w.cache.waiting(), 1);
    giveUp = true; // the asker stops waiting while the first walk is still held
    w.asker.join();
    QVERIFY(!*w.second);
    QVERIFY((*w.second).error().message.contains(u"cancelled"_s));
    QCOMPARE(w.cache.waiting(), 0);
    w.release();
    w.walker.join();
    QVERIFY(*w.first);
    QCOMPARE(w.cache.walksStarted(), 1);
}

void TestVersionHistory::cancel()
{
    History h;
    JobControl job;
    job.isCancelled = [] { return true; };
    auto entries = VersionHistory::computeTier(h.b.repo(), h.b.tip(Production), job);
    QVERIFY(!entries);
    QVERIFY(entries.error().message.contains(u"cancelled"_s));
}

// 400 packages of 3 versions in the root commit, then 40 commits each touching one
// package: the walk reads the trees that changed, not every path in every commit.
namespace {
void largeHistory(RepoBuilder &b)
{
    Files first;
    for (int p = 0; p < 400; ++p)
        for (int v = 0; v < 3; ++v)
            first.insert(RepoBuilder::package(u"pkg%1"_s.arg(p, 3, 10, QLatin1Char('0')), u"1.0.%1"_s.arg(v)));
    b.commit(Production, first, u"Import"_s);
    for (int i = 0; i < 40; ++i)
        b.commit(Production, RepoBuilder::package(u"pkg%1"_s.arg(i * 7, 3, 10, QLatin1Char('0')), u"2.0.%1"_s.arg(i)),
                 u"Add version %1"_s.arg(i));
}
} // namespace

void TestVersionHistory::largeTreeIsLinear()
{
    RepoBuilder b;
    largeHistory(b);
    VersionHistoryStats stats;
    auto all = VersionHistory::computeTier(b.repo(), b.tip(Production), {}, &stats);
    QVERIFY(all);
    QCOMPARE(all->size(), 1240);
    QCOMPARE(stats.commitsWalked, 41);
    // Per commit: two root, two packages/ and two package trees; the root commit reads each package once.
    QVERIFY2(stats.treesRead <= 41 * 6 + 402, qPrintable(QString::number(stats.treesRead)));
    const VersionHistoryEntry e = all->value(versionPath(u"pkg007"_s, u"2.0.1"_s));
    QCOMPARE(e.added.subject, u"Add version 1"_s);
    QCOMPARE(all->value(versionPath(u"pkg399"_s, u"1.0.2"_s)).added.subject, u"Import"_s);
    QVERIFY(all->value(versionPath(u"pkg399"_s, u"1.0.2"_s)).added.isRoot);
}

void TestVersionHistory::cancelInsideOneLargeCommit()
{
    RepoBuilder b;
    Files first;
    for (int p = 0; p < 300; ++p)
        first.insert(RepoBuilder::package(u"pkg%1"_s.arg(p), u"1.0.0"_s));
    b.commit(Production, first, u"Import"_s);
    // Cancelled while the one (root) commit is being compared: it stops there.
    int asked = 0;
    JobControl job;
    job.isCancelled = [&asked] { return ++asked > 10; };
    auto entries = VersionHistory::computeTier(b.repo(), b.tip(Production), job);
    QVERIFY(!entries);
    QVERIFY(entries.error().message.contains(u"cancelled"_s));
    QVERIFY2(asked < 20, qPrintable(QString::number(asked)));
}

void TestVersionHistory::packageActivity()
{
    History h;
    StorageReader reader;
    auto snapshot = reader.read(h.b.path(), TierConfig{});
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().text()));
    VersionHistoryCache cache;
    auto activity = PackageActivity::compute(cache, *snapshot);
    QVERIFY2(activity, qPrintable(activity ? QString() : activity.error().text()));
    const auto commitTime = [&](const git::ObjectId &id) {
        auto info = h.b.repo().commitInfo(id);
        return info ? info->commitTime : QDateTime();
    };
    // nginx: 2.0.0 re-added by c8 on production is newer than the snapshot edit s1.
    QCOMPARE(activity->lastCommit.value(u"nginx"_s).id, h.c[8]);
    QCOMPARE(activity->lastChange.value(u"nginx"_s), commitTime(h.c[8]));
    // aws: 0.2.0 by c9; bar: moved by c5 (the move is its change).
    QCOMPARE(activity->lastCommit.value(u"aws"_s).id, h.c[9]);
    QCOMPARE(activity->lastCommit.value(u"bar"_s).id, h.c[5]);
    QCOMPARE(activity->lastChange.value(u"bar"_s), commitTime(h.c[5]));
    // foo moved away on production but still lives on snapshot, unchanged since c2.
    QCOMPARE(activity->lastCommit.value(u"foo"_s).id, h.c[2]);
    // The order a "newest change" sort shows: aws, nginx, bar; no longer ties on the tier tip.
    QVERIFY(activity->lastChange.value(u"aws"_s) > activity->lastChange.value(u"nginx"_s));
    QVERIFY(activity->lastChange.value(u"nginx"_s) > activity->lastChange.value(u"bar"_s));
    // Both tiers went through the cache: asking again walks nothing.
    QVERIFY(cache.hasTier(h.b.tip(Production)));
    QVERIFY(cache.hasTier(h.b.tip(Snapshot)));
}

void TestVersionHistory::fixtureAgreesWithGitLog()
{
    TIERDESK_REQUIRE_FIXTURE(mirror);
    auto repo = git::Repository::open(mirror);
    QVERIFY(repo);
    int compared = 0;
    int rootAdded = 0;
    for (const QString &tier : {u"production"_s, u"staging"_s, u"snapshot"_s}) {
        auto tip = repo->resolveCommit(u"refs/heads/"_s + tier);
        QVERIFY(tip);
        VersionHistoryStats stats;
        auto entries = VersionHistory::computeTier(*repo, *tip, {}, &stats);
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().text()));
        QCOMPARE(entries->size(), tier == u"production"_s ? 178 : tier == u"staging"_s ? 37 : 35);
        // The bundle keeps 25 first-parent commits per branch; one walk never reads more.
        QVERIFY(stats.commitsWalked <= 25);
        const QString root = runGit(mirror, {u"rev-list"_s, u"--max-parents=0"_s, tier});
        QCOMPARE(root.size(), 40);

        QStringList paths = entries->keys();
        paths.sort();
        QStringList sample;
        for (qsizetype i = 0; i < paths.size(); i += 6)
            sample.append(paths[i]);
        if (paths.contains(u"packages/system/0.10.5"_s))
            sample.append(u"packages/system/0.10.5"_s);
        for (const QString &path : std::as_const(sample)) {
            const VersionHistoryEntry e = entries->value(path);
            const QString changed = runGit(mirror, {u"log"_s, u"--first-parent"_s, u"--format=%H"_s, u"-1"_s, tier,
                                                 u"--"_s, path});
            QCOMPARE(e.lastChanged.id.toHex(), changed);
            // The directory arrives with its manifest; the history may start with it (truncated bundle).
            const QString added = runGit(mirror, {u"log"_s, u"--first-parent"_s, u"--diff-filter=A"_s, u"--format=%H"_s,
                                               u"-1"_s, tier, u"--"_s, path + u"/manifest.yml"_s});
            QCOMPARE(e.added.id.toHex(), added);
            const QStringList addedAnyFile = runGit(mirror, {u"log"_s, u"--first-parent"_s, u"--diff-filter=A"_s,
                                                          u"--format=%H"_s, tier, u"--"_s, path})
                                                 .split(u'\n');
            QVERIFY(addedAnyFile.contains(e.added.id.toHex()));
            QCOMPARE(e.added.isRoot, added == root);
            rootAdded += e.added.isRoot ? 1 : 0;
            const QString subject = runGit(mirror, {u"log"_s, u"-1"_s, u"--format=%s"_s, changed});
            QCOMPARE(e.lastChanged.subject, subject);
            QCOMPARE(e.lastChanged.pullRequest, HistoryCommit::pullRequestOf(subject));
            ++compared;
        }
    }
    QVERIFY(compared > 40);
    // With 25 commits kept, most production versions date from the truncated root.
    QVERIFY(rootAdded > 0);
    qInfo("compared %d versions with git log; %d were present since the truncated root", compared, rootAdded);
}

QTEST_GUILESS_MAIN(TestVersionHistory)
#include "tst_versionhistory.moc"
