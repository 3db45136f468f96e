// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken repositories (issue #14): each case marks the one item it
// concerns with a clear problem, everything else loads, and nothing of the
// user's repository changes. Also the writes: drafts touch only the tierdesk/
// branches they created, whatever drafts.json says; the token goes only over
// HTTPS to the configured GitHub host; the dry run refuses what the write would.
#include "git/Credentials.h"
#include "promotion/PromotionDraft.h"
#include "promotion/PromotionDraftStore.h"
#include "promotion/PromotionPublish.h"
#include "storage/StorageReader.h"
#include "support/HostileCorpus.h"
#include "support/RawObjects.h"
#include "support/RepoSnapshot.h"
#include "support/TestStorage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <git2.h>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
const git::Signature tester{u"Tierdesk Test"_s, u"tierdesk-test@example.com"_s, {}};

QStringList versionsIn(const TierState &t)
{
    QStringList out;
    for (const PackageVersion &v : t.versions)
        out.append(v.name + u'@' + v.versionText);
    return out;
}

// Every problem of the tier, its own and its versions', as "kind: path: message".
QStringList problemsIn(const TierState &t)
{
    QStringList out;
    auto add = [&](const Problem &p) { out.append(Problem::kindId(p.kind) + u": "_s + p.path + u": "_s + p.message); };
    for (const Problem &p : t.problems)
        add(p);
    for (const PackageVersion &v : t.versions)
        for (const Problem &p : v.problems)
            add(p);
    return out;
}

bool hasProblem(const QStringList &problems, const QString &kind, const QString &words)
{
    for (const QString &p : problems)
        if ((kind.isEmpty() || p.startsWith(kind + u':')) && p.contains(words))
            return true;
    return false;
}

PromotionPlan planOf(const StorageSnapshot &snap, const QString &from, const QString &to, const QString &spec)
{
    auto parsed = parseVersionSpecs(spec, snap.tier(from)->packageNames());
    if (!parsed)
        qWarning() << parsed.error().text();
    auto p = PromotionPlan::make(snap, PromotionRequest{from, to, parsed ? *parsed : QList<VersionSpec>{}, false});
    if (!p)
        qWarning() << p.error().text();
    return p ? *p : PromotionPlan{};
}

// A drafts file as a hostile repository might carry it.
bool writeDrafts(const HostileRepo &h, const QJsonObject &doc)
{
    QDir().mkpath(QDir(h.repo().path()).filePath(u"tierdesk"_s));
    QFile f(QDir(h.repo().path()).filePath(u"tierdesk/drafts.json"_s));
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(doc).toJson()) > 0;
}

QJsonObject draftEntry(const QString &id, const QString &promotionBranch, const git::ObjectId &promotionCommit,
                       const QString &removalBranch, const git::ObjectId &removalCommit)
{
    auto branch = [](const QString &name, const git::ObjectId &c, const QString &tier) {
        return QJsonObject{{u"branch"_s, name}, {u"baseTier"_s, tier}, {u"base"_s, c.toHex()},
                           {u"commit"_s, c.toHex()}, {u"title"_s, u"t"_s}, {u"body"_s, u"b"_s}};
    };
    QJsonObject o{{u"id"_s, id}, {u"created"_s, u"2024-01-01T12:00:00Z"_s}, {u"sourceTier"_s, u"snapshot"_s},
                  {u"destinationTier"_s, u"staging"_s}, {u"removal"_s, branch(removalBranch, removalCommit, u"snapshot"_s)}};
    if (!promotionBranch.isEmpty())
        o.insert(u"promotion"_s, branch(promotionBranch, promotionCommit, u"staging"_s));
    return o;
}
} // namespace

class TestHostile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void corpus_data();
    void corpus();
    void tierMovesDuringRead();
    void draftsNamingOtherBranches_data();
    void draftsNamingOtherBranches();
    void newerDraftsFormatIsNeverRewritten();
    void unknownFieldsAndSetAsideEntriesSurvive();
    void tokenGoesOnlyToTheGitHubHost_data();
    void tokenGoesOnlyToTheGitHubHost();
    void publishTargetIsNotChosenByTheRemote();
    void dryRunRefusesWhatTheWriteWould_data();
    void dryRunRefusesWhatTheWriteWould();
    void branchNamedTierdesk();
    void tierListsNameEachTierOnce_data();
    void tierListsNameEachTierOnce();
    void cleanupTestCase();

private:
    int m_cases = 0;
};

void TestHostile::initTestCase() { git::ensureInitialized(); }

void TestHostile::corpus_data()
{
    QTest::addColumn<int>("index");
    const QList<HostileCase> cases = hostileCases();
    for (qsizetype i = 0; i < cases.size(); ++i)
        QTest::newRow(qPrintable(cases.at(i).name)) << int(i);
}

void TestHostile::corpus()
{
    QFETCH(int, index);
    const HostileCase c = hostileCases().at(index);
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    QVERIFY2(c.build(h), "the case could not be built");
    const RepoSnapshot before = RepoSnapshot::of(h.path());
    QVERIFY(before.size() > 5);

    StorageReader reader;
    auto snap = reader.read(h.path(), TierConfig{});
    QVERIFY2(snap, qPrintable(u"the whole storage failed: "_s + (snap ? QString() : snap.error().text())));
    const QMap<QString, QStringList> healthy = HostileRepo::healthyVersions();
    for (const TierState &t : std::as_const(snap->tiers)) {
        QVERIFY2(t.present(), qPrintable(t.name + u" is not there"_s));
        const QStringList problems = problemsIn(t);
        const QStringList versions = versionsIn(t);
        if (t.name == c.tier) {
            QVERIFY2(hasProblem(problems, c.kind, c.words),
                     qPrintable(u"no %1 problem with “%2” on %3; found:\n"_s.arg(c.kind, c.words, t.name)
                                + problems.join(u'\n')));
            if (!c.tierStillLoads)
                continue;
        } else {
            QVERIFY2(problems.isEmpty(), qPrintable(t.name + u" has problems it should not:\n"_s + problems.join(u'\n')));
        }
        for (const QString &v : healthy.value(t.name))
            QVERIFY2(versions.contains(v), qPrintable(t.name + u" lost "_s + v));
    }
    if (c.extra) {
        const QString failure = c.extra(h, &*snap);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    const QStringList changed = before.differences(RepoSnapshot::of(h.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(u'\n')));
    ++m_cases;
}

// The tier's branch moves while it is read: the snapshot holds either tip, consistently, and nothing fails.
void TestHostile::tierMovesDuringRead()
{
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    const git::ObjectId before = h.builder.tip(u"production"_s);
    git::ObjectId after;
    JobControl job;
    bool moved = false;
    job.progress = [&](int, int, const QString &) {
        if (!moved) {
            moved = true;
            after = h.builder.commit(u"production"_s, RepoBuilder::package(u"zeta"_s, u"3.0.0"_s));
        }
    };
    StorageReader reader;
    auto snap = reader.read(h.path(), TierConfig{}, job);
    QVERIFY(snap);
    QVERIFY(moved && !after.isNull());
    const TierState *p = snap->tier(u"production"_s);
    QVERIFY(p->head.id == before || p->head.id == after);
    QCOMPARE(versionsIn(*p).contains(u"zeta@3.0.0"_s), p->head.id == after);
    QVERIFY(problemsIn(*p).isEmpty());
    ++m_cases;
}

void TestHostile::draftsNamingOtherBranches_data()
{
    QTest::addColumn<QString>("promotion");
    QTest::addColumn<QString>("removal");
    QTest::newRow("removal names production") << u"tierdesk/promote-x"_s << u"production"_s;
    QTest::newRow("promotion names snapshot") << u"snapshot"_s << u"tierdesk/remove-x"_s;
    QTest::newRow("a path out of tierdesk/") << u"tierdesk/../production"_s << u"tierdesk/remove-x"_s;
    QTest::newRow("refs/heads spelled in the name") << u"tierdesk/promote-x"_s << u"refs/heads/staging"_s;
    QTest::newRow("tierdesk/ alone") << u"tierdesk/"_s << u"tierdesk/remove-x"_s;
    QTest::newRow("a control character") << u"tierdesk/promote\x1b[2J"_s << u"tierdesk/remove-x"_s;
}

// Issue #14, defect 1: `drafts --delete` with a hostile drafts.json deleted production and snapshot.
void TestHostile::draftsNamingOtherBranches()
{
    QFETCH(QString, promotion);
    QFETCH(QString, removal);
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    auto commitOf = [&](const QString &name) {
        const QString tier = name.section(u'/', -1);
        const git::ObjectId tip = h.builder.tip(tier);
        return tip.isNull() ? h.builder.tip(u"production"_s) : tip;
    };
    QVERIFY(writeDrafts(h, QJsonObject{{u"format"_s, 1},
                                       {u"drafts"_s, QJsonArray{draftEntry(u"evil"_s, promotion, commitOf(promotion),
                                                                           removal, commitOf(removal))}}}));
    const RepoSnapshot before = RepoSnapshot::of(h.path());
    const QMap<QString, QString> refs = refsOf(h.path());

    auto listed = listDrafts(h.path());
    QVERIFY(listed);
    QVERIFY(listed->isEmpty());
    auto contents = PromotionDraftStore(h.repo()).read();
    QVERIFY(contents);
    QCOMPARE(contents->rejected.size(), 1);
    QVERIFY2(contents->rejected.constFirst().contains(u"is not a tierdesk/… branch"_s), qPrintable(contents->rejected.constFirst()));

    auto deleted = deleteDraft(h.path(), u"evil"_s);
    QVERIFY(!deleted);
    QCOMPARE(deleted.error().code, int(GIT_ENOTFOUND));
    auto byBranch = deleteDraft(h.path(), removal);
    QVERIFY(!byBranch);

    PublishOptions options;
    options.remote = h.scratch.path();
    options.openPullRequests = false;
    QVERIFY(!publishDraft(h.path(), u"evil"_s, options));

    QCOMPARE(refsOf(h.path()), refs);
    const QStringList changed = before.differences(RepoSnapshot::of(h.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(u'\n')));
    QVERIFY(!isDraftBranchName(promotion) || !isDraftBranchName(removal));
    ++m_cases;
}

void TestHostile::newerDraftsFormatIsNeverRewritten()
{
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    const git::ObjectId tip = h.builder.tip(u"snapshot"_s);
    QJsonObject entry = draftEntry(u"future"_s, {}, {}, u"tierdesk/remove-future"_s, tip);
    entry.insert(u"signedBy"_s, u"a field of format 2"_s);
    QVERIFY(writeDrafts(h, QJsonObject{{u"format"_s, 2}, {u"drafts"_s, QJsonArray{entry}}}));
    const QString file = QDir(h.repo().path()).filePath(u"tierdesk/drafts.json"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    f.close();

    PromotionDraftStore store(h.repo());
    auto contents = store.read();
    QVERIFY(contents);
    QVERIFY(contents->newerFormat());
    QCOMPARE(contents->drafts.size(), 1);
    PromotionDraft d = contents->drafts.constFirst();
    d.removal.title = u"changed"_s;
    auto saved = store.save(d);
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(u"newer Tierdesk (format 2)"_s), qPrintable(saved.error().text()));
    QVERIFY(!deleteDraft(h.path(), u"future"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
    ++m_cases;
}

void TestHostile::unknownFieldsAndSetAsideEntriesSurvive()
{
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    const git::ObjectId tip = h.builder.tip(u"snapshot"_s);
    QJsonObject known = draftEntry(u"known"_s, {}, {}, u"tierdesk/remove-known"_s, tip);
    known.insert(u"reviewNote"_s, u"kept"_s);
    const QJsonObject hostile = draftEntry(u"hostile"_s, {}, {}, u"production"_s, tip);
    QVERIFY(writeDrafts(h, QJsonObject{{u"format"_s, 1}, {u"drafts"_s, QJsonArray{known, hostile}}}));
    PromotionDraftStore store(h.repo());
    PromotionDraft fresh = store.read()->drafts.constFirst();
    fresh.id = u"fresh"_s;
    fresh.removal.name = u"tierdesk/remove-fresh"_s;
    QVERIFY(store.save(fresh));
    QFile f(store.filePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray entries = QJsonDocument::fromJson(f.readAll()).object()[u"drafts"_s].toArray();
    QCOMPARE(entries.size(), 3);
    QStringList ids;
    for (const QJsonValue &v : entries) {
        ids.append(v[u"id"_s].toString());
        if (v[u"id"_s].toString() == u"known"_s)
            QCOMPARE(v[u"reviewNote"_s].toString(), u"kept"_s);
        if (v[u"id"_s].toString() == u"hostile"_s)
            QCOMPARE(v.toObject(), hostile); // set aside, kept as it was
    }
    QCOMPARE(ids.size(), 3);
    QVERIFY(ids.contains(u"fresh"_s) && ids.contains(u"known"_s) && ids.contains(u"hostile"_s));
    ++m_cases;
}

void TestHostile::tokenGoesOnlyToTheGitHubHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopbackForTests");
    QTest::addColumn<bool>("sent");
    const QString gh = u"github.com"_s;
    QTest::newRow("https github.com") << u"https://github.com/alice/ps.git"_s << gh << false << true;
    QTest::newRow("https GitHub.COM") << u"https://GitHub.COM/alice/ps.git"_s << gh << false << true;
    QTest::newRow("user in the URL") << u"https://alice@github.com/alice/ps.git"_s << gh << false << true;
    QTest::newRow("plain http github.com") << u"http://github.com/alice/ps.git"_s << gh << false << false;
    QTest::newRow("another host") << u"https://evil.example/alice/ps.git"_s << gh << false << false;
    QTest::newRow("github.com as a prefix") << u"https://github.com.evil.example/ps.git"_s << gh << false << false;
    QTest::newRow("github.com as the user") << u"https://github.com@evil.example/ps.git"_s << gh << false << false;
    QTest::newRow("ssh") << u"ssh://git@github.com/alice/ps.git"_s << gh << false << false;
    QTest::newRow("scp-like") << u"git@github.com:alice/ps.git"_s << gh << false << false;
    QTest::newRow("file") << u"file:///tmp/ps.git"_s << gh << false << false;
    QTest::newRow("loopback without the switch") << u"https://127.0.0.1:8443/ps.git"_s << gh << false << false;
    QTest::newRow("loopback with the switch") << u"https://127.0.0.1:8443/ps.git"_s << gh << true << true;
    QTest::newRow("loopback http with the switch") << u"http://127.0.0.1:8080/ps.git"_s << gh << true << false;
    QTest::newRow("enterprise host") << u"https://ghe.example.com/org/ps.git"_s << u"ghe.example.com"_s << false << true;
    QTest::newRow("github.com when enterprise") << u"https://github.com/org/ps.git"_s << u"ghe.example.com"_s << false
                                                << false;
    QTest::newRow("enterprise given as a URL") << u"https://ghe.example.com/org/ps.git"_s << u"https://ghe.example.com/"_s
                                               << false << true;
}

// Issue #14, defect 2: the token went as HTTP Basic auth to any push remote, plain HTTP too.
void TestHostile::tokenGoesOnlyToTheGitHubHost()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    QFETCH(bool, loopbackForTests);
    QFETCH(bool, sent);
    GitCredentials c;
    c.httpsToken = u"ghp_secret"_s;
    c.githubHost = host;
    c.tokenToLoopbackForTests = loopbackForTests;
    QCOMPARE(tokenMayGoTo(url, c), sent);
    // The credential callback itself is exercised end to end: tst_publish (plain HTTP gets no
    // Authorization header), tst_pushcredentials (loopback TLS through the test switch), tst_hostilecli.
}

// A hostile upstream remote URL must not choose where the token goes for pull requests.
void TestHostile::publishTargetIsNotChosenByTheRemote()
{
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    QVERIFY(h.builder.addRemote(u"origin"_s, u"https://evil.example/elastic/package-storage.git"_s));
    QVERIFY(h.builder.addRemote(u"fork"_s, u"https://github.com/alice/package-storage.git"_s));
    PublishOptions options;
    options.remote = u"fork"_s;
    auto target = resolvePublishTarget(h.repo(), options);
    QVERIFY(!target);
    QVERIFY2(target.error().message.contains(u"not on the configured GitHub host github.com"_s),
             qPrintable(target.error().text()));
    options.credentials.githubHost = u"evil.example"_s; // the user configured it: then it is the GitHub host
    QVERIFY(resolvePublishTarget(h.repo(), options));
}

void TestHostile::dryRunRefusesWhatTheWriteWould_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("check");
    QTest::newRow(".git/hooks/post-checkout in a version") << 0 << u"unsafe-path"_s;
    QTest::newRow("../x in a version") << 1 << u"unsafe-path"_s;
    QTest::newRow("a .GIT directory in a version") << 2 << u"unsafe-path"_s;
    QTest::newRow("destination root tree missing") << 3 << u"unreadable-tier"_s;
    QTest::newRow("a package named .git") << 4 << u"unsafe-name"_s;
    QTest::newRow("a damaged subtree in a version") << 5 << u"unreadable-tree"_s;
}

// Issue #14, defect 6: the dry run said "nothing to report" and the write then failed or copied hooks.
void TestHostile::dryRunRefusesWhatTheWriteWould()
{
    QFETCH(int, kind);
    QFETCH(QString, check);
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    const git::Repository &repo = h.repo();
    const QString snapshot = u"refs/heads/snapshot"_s;
    QString spec = u"gamma@0.1.0"_s;
    const git::ObjectId hook = raw::blob(repo, "#!/bin/sh\necho owned\n");
    switch (kind) {
    case 0: QVERIFY(!raw::addEntry(repo, snapshot, {"packages", "gamma", "0.1.0", ".git", "hooks"}, {"post-checkout", 0100755, hook}).isNull()); break;
    case 1: QVERIFY(!raw::addEntry(repo, snapshot, {"packages", "gamma", "0.1.0"}, {"../x", 0100644, hook}).isNull()); break;
    case 2: QVERIFY(!raw::addEntry(repo, snapshot, {"packages", "gamma", "0.1.0", ".GIT"}, {"config", 0100644, hook}).isNull()); break;
    case 3: QVERIFY(!raw::commitOnto(repo, u"refs/heads/staging"_s, git::ObjectId::fromHex(u"0123456789abcdef0123456789abcdef01234567"_s)).isNull()); break;
    case 4: {
        const git::ObjectId v = raw::treeOfFiles(repo, {{"manifest.yml", RepoBuilder::manifest(u".git"_s, u"1.0.0"_s)}});
        QVERIFY(!raw::addEntry(repo, snapshot, {"packages", ".git"}, {"1.0.0", 0040000, v}).isNull());
        spec = u".git@1.0.0"_s;
        break;
    }
    case 5: {
        const git::ObjectId sub = raw::treeOfFiles(repo, {{"unique", "damaged below"}});
        QVERIFY(!raw::addEntry(repo, snapshot, {"packages", "gamma", "0.1.0"}, {"data", 0040000, sub}).isNull());
        QVERIFY(raw::corrupt(repo, sub));
        break;
    }
    }
    const StorageSnapshot snap = readOrWarn(h.path());
    const PromotionPlan plan = planOf(snap, u"snapshot"_s, u"staging"_s, spec);
    QVERIFY(!plan.versions.isEmpty());
    const RepoSnapshot before = RepoSnapshot::of(h.path());
    auto checks = PromotionChecks::run(repo, plan);
    QVERIFY2(checks, qPrintable(checks ? QString() : checks.error().text()));
    QStringList found;
    for (const PromotionCheck &c : checks->checks)
        found.append(c.id + u": "_s + c.message);
    QVERIFY2(checks->blocked(), qPrintable(found.join(u'\n')));
    bool seen = false;
    for (const PromotionCheck &c : checks->blocking())
        seen = seen || c.id == check;
    QVERIFY2(seen, qPrintable(found.join(u'\n')));
    DraftOptions options;
    options.confirmed = {u"all"_s};
    options.author = tester;
    QVERIFY(!createDraft(h.path(), plan, options));
    const QStringList changed = before.differences(RepoSnapshot::of(h.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(u'\n')));
    ++m_cases;
}

// A branch named "tierdesk" makes every tierdesk/… branch impossible: a clear message, before anything is written.
void TestHostile::branchNamedTierdesk()
{
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    QVERIFY(h.builder.setReference(u"refs/heads/tierdesk"_s, h.builder.tip(u"production"_s)));
    const StorageSnapshot snap = readOrWarn(h.path());
    const PromotionPlan plan = planOf(snap, u"snapshot"_s, u"staging"_s, u"gamma@0.1.0"_s);
    auto checks = PromotionChecks::run(h.repo(), plan);
    QVERIFY(checks && checks->blocked());
    QCOMPARE(checks->blocking().constFirst().id, u"tierdesk-branch"_s);
    DraftOptions options;
    options.confirmed = {u"all"_s};
    options.author = tester;
    const QMap<QString, QString> refs = refsOf(h.path());
    auto draft = createDraft(h.path(), plan, options);
    QVERIFY(!draft);
    QVERIFY2(draft.error().message.contains(u"branch named “tierdesk”"_s), qPrintable(draft.error().text()));
    QVERIFY(!draft.error().text().contains(u"parent is not directory"_s));
    QCOMPARE(refsOf(h.path()), refs);
    ++m_cases;
}

void TestHostile::tierListsNameEachTierOnce_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("words");
    QTest::newRow("twice") << u"snapshot,snapshot,production"_s << u"named more than once"_s;
    QTest::newRow("none") << u","_s << u"No tiers"_s;
    QTest::newRow("not a branch name") << u"snap shot,production"_s << u"not a branch name"_s;
    QTest::newRow("a path out") << u"../x,production"_s << u"not a branch name"_s;
}

void TestHostile::tierListsNameEachTierOnce()
{
    QFETCH(QString, list);
    QFETCH(QString, words);
    auto parsed = TierConfig::parseTierList(list);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(words), qPrintable(parsed.error().text()));
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    TierConfig config;
    config.tiers = list.split(u',');
    StorageReader reader;
    QVERIFY(!reader.read(h.path(), config));
    QVERIFY(TierConfig::parseTierList(u"snapshot,staging,production"_s));
}

void TestHostile::cleanupTestCase()
{
    qInfo().noquote() << "hostile repositories read, drafted or checked:" << m_cases;
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
