// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli promote and drafts: output, exit codes, JSON, publishing
// against the fake GitHub, and the real fixture bundle.
#include "support/FakeGitHub.h"
#include "support/FixtureBundle.h"
#include "support/CliRunner.h"
#include "support/RepoBuilder.h"
#include "support/TestStorage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString token = u"ghp_CLItoken_0123456789abcdef"_s;

using Run = CliRun;

QProcessEnvironment cliEnvironment(const QString &githubToken = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"GITHUB_TOKEN"_s);
    env.remove(u"GH_TOKEN"_s);
    if (!githubToken.isEmpty())
        env.insert(u"GITHUB_TOKEN"_s, githubToken);
    return env;
}

Run cli(const QStringList &args, const QString &githubToken = {})
{
    return runCli(args, cliEnvironment(githubToken), 120000);
}

QStringList draftBranches(const QString &repo)
{
    return runGit(repo, {u"for-each-ref"_s, u"--format=%(refname)"_s, u"refs/heads/tierdesk/"_s})
        .split(u'\n', Qt::SkipEmptyParts);
}

void buildStorage(RepoBuilder &b)
{
    Files s = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    s.insert(RepoBuilder::package(u"nginx"_s, u"1.3.0"_s));
    s.insert(RepoBuilder::package(u"apm"_s, u"8.3.0-dev1"_s));
    Files dev = RepoBuilder::package(u"devpkg"_s, u"1.0.0"_s);
    dev.insert(u"packages/devpkg/1.0.0/_dev/build/build.yml"_s, "x: 1\n");
    s.insert(dev);
    b.commit(u"snapshot"_s, s);
    Files st = RepoBuilder::package(u"nginx"_s, u"1.1.0"_s);
    st.insert(RepoBuilder::package(u"nginx"_s, u"1.2.0"_s, u"different"_s));
    b.commit(u"staging"_s, st);
    b.commit(u"production"_s, RepoBuilder::package(u"aws"_s, u"0.5.0"_s));
    // The repository's own identity wins over whatever the machine's configuration says.
    runGit(b.path(), {u"config"_s, u"user.name"_s, u"CLI Tester"_s});
    runGit(b.path(), {u"config"_s, u"user.email"_s, u"cli@example.com"_s});
}

// The arguments that promote `packages` of `repo` from snapshot to staging.
QStringList promoteToStaging(const QString &repo, const QString &packages = u"nginx@1.3.0"_s)
{
    return {u"promote"_s, repo, u"--from"_s, u"snapshot"_s, u"--to"_s, u"staging"_s, u"--packages"_s, packages};
}

// A bare repository on disk that drafts are published to, as the user's fork.
struct Fork {
    QTemporaryDir dir;
    QString path = dir.filePath(u"fork.git"_s);
    bool created = tierdesk::git::Repository::init(path, true).has_value();
};

// The options that publish to `fork` as alice's, with pull requests through `server` when one is given.
QStringList publishingTo(const Fork &fork, const FakeGitHub *server = nullptr)
{
    QStringList options{u"--remote"_s, fork.path};
    if (server)
        options << u"--github-url"_s << server->url(u"/api/v3"_s).toString();
    return options + QStringList{u"--upstream"_s, u"elastic/package-storage"_s, u"--fork-owner"_s, u"alice"_s,
                                 u"--no-keychain"_s, u"--upstream-remote"_s, u""_s};
}

QJsonObject parse(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << text.left(400);
    return doc.object();
}
} // namespace

class TestPromoteCli : public QObject {
    Q_OBJECT
private slots:
    void dryRunWritesNothing();
    void draftsAndPrintsBoth();
    void blockedExitsOne();
    void confirmationNeeded();
    void usageAndRepositoryErrors_data();
    void usageAndRepositoryErrors();
    void prereleaseNames();
    void jsonOutput();
    void draftsListAndDelete();
    void publishToFakeGitHub();
    void publishFailureKeepsDraft();
    void publishWithoutToken();
    void fixture();
    void unknownKeysAndMisspeltNames();
    void whyExplains();
    void draftsShowTextsAndStates();
    void publishRefusesUpstream();
    void dryRunCountsOpenPullRequests();
};

void TestPromoteCli::dryRunWritesNothing()
{
    RepoBuilder b(true);
    buildStorage(b);
    const QString refsBefore = runGit(b.path(), {u"for-each-ref"_s});
    const Run r = cli(promoteToStaging(b.path()) << u"--dry-run"_s);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Title: [staging] Promote packages from snapshot (nginx-1.3.0)"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Title: [snapshot] Remove promoted packages (nginx-1.3.0)"_s));
    QVERIFY(r.out.contains(b.versionTree(u"snapshot"_s, u"nginx"_s, u"1.3.0"_s).toHex()));
    QVERIFY(r.out.contains(u"Dry run: nothing was written."_s));
    QCOMPARE(runGit(b.path(), {u"for-each-ref"_s}), refsBefore);
    QVERIFY(!QFile::exists(b.path() + u"/tierdesk/drafts.json"_s));
}

void TestPromoteCli::draftsAndPrintsBoth()
{
    RepoBuilder b(true);
    buildStorage(b);
    const Run r = cli({u"promote"_s, b.path(), u"--from"_s, u"snapshot"_s, u"--to"_s, u"production"_s,
                       u"--packages"_s, u"nginx@1.3.0,apm-8.3.0-dev1"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList branches = draftBranches(b.path());
    QCOMPARE(branches.size(), 2);
    for (const QString &ref : branches) {
        QVERIFY2(r.out.contains(u"Branch: "_s + ref.mid(11)), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Commit: "_s + runGit(b.path(), {u"rev-parse"_s, ref})));
    }
    QVERIFY(r.out.contains(u"[production] Promote packages from snapshot (apm-8.3.0-dev1, nginx-1.3.0)"_s));
    QVERIFY(r.out.contains(u"[snapshot] Remove promoted packages (apm-8.3.0-dev1, nginx-1.3.0)"_s));
    QVERIFY(r.out.contains(u"Checks:"_s));
    QVERIFY(r.out.contains(u"Drafted as "_s));
    // The removal body names the promotion branch until a pull request exists.
    QVERIFY(r.out.contains(u"merged after"_s) || r.out.contains(u"only after"_s));
    QCOMPARE(runGit(b.path(), {u"log"_s, u"-1"_s, u"--format=%an"_s, branches.constFirst()}), u"CLI Tester"_s);
    const QString promotion = branches.filter(u"/promote-"_s).constFirst();
    QCOMPARE(runGit(b.path(), {u"rev-parse"_s, promotion + u":packages/nginx/1.3.0"_s}),
             b.versionTree(u"snapshot"_s, u"nginx"_s, u"1.3.0"_s).toHex());
}

void TestPromoteCli::blockedExitsOne()
{
    RepoBuilder b(true);
    buildStorage(b);
    const Run r = cli(promoteToStaging(b.path(), u"devpkg-1.0.0"_s) + QStringList{u"--confirm"_s, u"all"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"[blocks] development-files:devpkg@1.0.0"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Blocked: nothing was drafted."_s));
    QVERIFY(draftBranches(b.path()).isEmpty());
}

void TestPromoteCli::confirmationNeeded()
{
    RepoBuilder b(true);
    buildStorage(b);
    const QStringList args = promoteToStaging(b.path(), u"nginx@1.2.0"_s);
    Run r = cli(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"[needs confirmation] overwrite:nginx@1.2.0 (not confirmed)"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"--confirm overwrite:nginx@1.2.0"_s));
    QVERIFY(draftBranches(b.path()).isEmpty());

    r = cli(args + QStringList{u"--confirm"_s, u"overwrite:nginx@1.2.0"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"(confirmed)"_s), qPrintable(r.out));
    QCOMPARE(draftBranches(b.path()).size(), 2);
}

void TestPromoteCli::usageAndRepositoryErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("no --to") << QStringList{u"--from"_s, u"snapshot"_s, u"--packages"_s, u"nginx"_s} << u"--to"_s;
    QTest::newRow("unknown package") << QStringList{u"--from"_s, u"snapshot"_s, u"--to"_s, u"staging"_s,
                                                    u"--packages"_s, u"redis-1.0.0"_s}
                                     << u"redis"_s;
    QTest::newRow("downwards") << QStringList{u"--from"_s, u"staging"_s, u"--to"_s, u"snapshot"_s, u"--packages"_s,
                                              u"nginx"_s}
                               << u"not above"_s;
    QTest::newRow("publish without remote") << QStringList{u"--from"_s, u"snapshot"_s, u"--to"_s, u"staging"_s,
                                                           u"--packages"_s, u"nginx"_s, u"--publish"_s}
                                            << u"--remote"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
}

void TestPromoteCli::usageAndRepositoryErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    RepoBuilder b(true);
    buildStorage(b);
    const Run r = cli(QStringList{u"promote"_s, b.path()} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(draftBranches(b.path()).isEmpty());

    QTemporaryDir notRepo;
    const Run n = cli({u"promote"_s, notRepo.path(), u"--from"_s, u"snapshot"_s, u"--to"_s, u"staging"_s,
                       u"--packages"_s, u"nginx"_s});
    QCOMPARE(n.exitCode, 2);
    QVERIFY(n.err.contains(u"not a git repository"_s));
}

void TestPromoteCli::prereleaseNames()
{
    RepoBuilder b(true);
    buildStorage(b);
    const Run r = cli(promoteToStaging(b.path(), u"apm-8.3.0-dev1"_s) + QStringList{u"--dry-run"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = parse(r.out);
    const QJsonArray versions = doc[u"plan"_s][u"versions"_s].toArray();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions[0][u"name"_s].toString(), u"apm"_s);
    QCOMPARE(versions[0][u"version"_s].toString(), u"8.3.0-dev1"_s);
}

void TestPromoteCli::jsonOutput()
{
    RepoBuilder b(true);
    buildStorage(b);
    const Run r = cli(promoteToStaging(b.path(), u"nginx"_s) + QStringList{u"--newest-only"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = parse(r.out);
    QCOMPARE(doc[u"drafted"_s].toBool(), true);
    QCOMPARE(doc[u"plan"_s][u"newestOnly"_s].toBool(), true);
    QCOMPARE(doc[u"plan"_s][u"versions"_s].toArray().size(), 2); // 1.3.0 promoted, 1.2.0 removed only
    QCOMPARE(doc[u"plan"_s][u"destinationTip"_s].toString(), b.tip(u"staging"_s).toHex());
    bool removedUnpromoted = false;
    for (const QJsonValue &c : doc[u"checks"_s].toArray())
        removedUnpromoted = removedUnpromoted || c[u"id"_s].toString() == u"removed-unpromoted"_s;
    QVERIFY(removedUnpromoted);
    const QJsonObject draft = doc[u"draft"_s].toObject();
    QCOMPARE(draft[u"state"_s].toString(), u"local"_s);
    QCOMPARE(draft[u"promotion"_s][u"title"_s].toString(), u"[staging] Promote packages from snapshot (nginx-1.3.0)"_s);
    QCOMPARE(draft[u"removal"_s][u"title"_s].toString(),
             u"[snapshot] Remove promoted packages (nginx-1.2.0, nginx-1.3.0)"_s);
    const QString branch = draft[u"promotion"_s][u"branch"_s].toString();
    QCOMPARE(runGit(b.path(), {u"rev-parse"_s, branch}), draft[u"promotion"_s][u"commit"_s].toString());
}

void TestPromoteCli::draftsListAndDelete()
{
    RepoBuilder b(true);
    buildStorage(b);
    Run r = cli({u"drafts"_s, b.path()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"No drafts."_s));
    r = cli(promoteToStaging(b.path()) << u"--json"_s);
    QCOMPARE(r.exitCode, 0);
    const QString id = parse(r.out)[u"draft"_s][u"id"_s].toString();
    QVERIFY(!id.isEmpty());

    r = cli({u"drafts"_s, b.path()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(id) && r.out.contains(u"local"_s), qPrintable(r.out));
    r = cli({u"drafts"_s, b.path(), u"--json"_s});
    QCOMPARE(parse(r.out)[u"drafts"_s].toArray().size(), 1);
    r = cli({u"drafts"_s, b.path(), u"--check-removal"_s, id, u"--upstream-remote"_s, u""_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"does not contain nginx-1.3.0 yet"_s), qPrintable(r.out + r.err));

    r = cli({u"drafts"_s, b.path(), u"--delete"_s, id});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(draftBranches(b.path()).isEmpty());
    r = cli({u"drafts"_s, b.path(), u"--delete"_s, id});
    QCOMPARE(r.exitCode, 2);
}

void TestPromoteCli::publishToFakeGitHub()
{
    RepoBuilder b(true);
    buildStorage(b);
    Fork fork;
    QVERIFY(fork.created);
    FakeGitHub server;
    QVERIFY(server.listen());
    server.enqueue(FakeGitHub::pullRequest(11, u"https://github.example/elastic/package-storage/pull/11"_s));
    server.enqueue(FakeGitHub::pullRequest(12, u"https://github.example/elastic/package-storage/pull/12"_s));
    const Run r = cli((promoteToStaging(b.path()) << u"--publish"_s) + publishingTo(fork, &server), token);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.requests[0].authorization, "Bearer " + token.toUtf8());
    QCOMPARE(server.requests[0].json[u"base"_s].toString(), u"staging"_s);
    QVERIFY(server.requests[1].json[u"body"_s].toString().contains(u"/pull/11"_s));
    QVERIFY(r.out.contains(u"Promotion pull request: https://github.example/elastic/package-storage/pull/11"_s));
    QVERIFY(r.out.contains(u"Removal pull request: https://github.example/elastic/package-storage/pull/12"_s));
    QVERIFY(r.out.contains(u"GITHUB_TOKEN"_s)); // where the token came from, never the token
    QVERIFY(!r.out.contains(token) && !r.err.contains(token));
    QCOMPARE(runGit(fork.path, {u"for-each-ref"_s, u"--format=%(refname)"_s}).split(u'\n').size(), 2);
    const Run listed = cli({u"drafts"_s, b.path()});
    QVERIFY(listed.out.contains(u"pull requests open"_s));
    QVERIFY(listed.out.contains(u"/pull/12"_s));
}

void TestPromoteCli::publishFailureKeepsDraft()
{
    RepoBuilder b(true);
    buildStorage(b);
    Fork fork;
    QVERIFY(fork.created);
    FakeGitHub server;
    QVERIFY(server.listen());
    server.enqueue(FakeGitHub::error(401, u"Bad credentials"_s));
    const QStringList publishing = publishingTo(fork, &server);
    Run r = cli((promoteToStaging(b.path()) << u"--publish"_s) + publishing, token);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"401"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"drafts "_s) && r.err.contains(u"--publish"_s)); // how to retry
    QVERIFY(!r.err.contains(token) && !r.out.contains(token));
    QCOMPARE(draftBranches(b.path()).size(), 2);
    const QString id = r.out.section(u"Drafted as "_s, 1).section(u' ', 0, 0);
    QVERIFY(!id.isEmpty());

    server.enqueue(FakeGitHub::pullRequest(21, u"https://github.example/e/p/pull/21"_s));
    server.enqueue(FakeGitHub::pullRequest(22, u"https://github.example/e/p/pull/22"_s));
    r = cli(QStringList{u"drafts"_s, b.path(), u"--publish"_s, id} + publishing, token);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(u"/pull/22"_s));
}

void TestPromoteCli::publishWithoutToken()
{
    RepoBuilder b(true);
    buildStorage(b);
    Fork fork;
    QVERIFY(fork.created);
    QTemporaryDir home;
    // No token anywhere: HOME without ~/.elastic, no environment variable, no keychain.
    QProcess p;
    QProcessEnvironment env = cliEnvironment();
    env.insert(u"HOME"_s, home.path());
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("TIERDESK_BIN_DIR") + u"/tierdesk-cli"_s,
            (promoteToStaging(b.path()) << u"--publish"_s) + publishingTo(fork));
    QVERIFY(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(out.contains(u"No GitHub token"_s), qPrintable(out));
    QVERIFY(out.contains(u"Open the promotion: https://github.com/elastic/package-storage/compare/staging...alice:"_s));
    QVERIFY(out.contains(u"Open the removal: https://github.com/elastic/package-storage/compare/snapshot...alice:"_s));
}

void TestPromoteCli::fixture()
{
    TIERDESK_REQUIRE_FIXTURE(mirror);
    QTemporaryDir dir;
    const QString repo = dir.filePath(u"ps.git"_s);
    runGit(dir.path(), {u"clone"_s, u"--quiet"_s, u"--mirror"_s, mirror, repo});
    // The drafts' commits need an identity; the test's home has no git configuration.
    runGit(repo, {u"config"_s, u"user.name"_s, u"Test Author"_s});
    runGit(repo, {u"config"_s, u"user.email"_s, u"test@example.com"_s});
    Run r = cli({u"promote"_s, repo, u"--from"_s, u"snapshot"_s, u"--to"_s, u"staging"_s, u"--packages"_s,
                 u"apm-0.1.0-dev.5"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"development-files:apm@0.1.0-dev.5"_s), qPrintable(r.out));

    r = cli({u"promote"_s, repo, u"--from"_s, u"snapshot"_s, u"--to"_s, u"staging"_s, u"--packages"_s,
             u"kubernetes-0.4.2,fleet_server@0.1.6"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject draft = parse(r.out)[u"draft"_s].toObject();
    const QString promotion = draft[u"promotion"_s][u"branch"_s].toString();
    QCOMPARE(runGit(repo, {u"rev-parse"_s, promotion + u":packages/kubernetes/0.4.2"_s}),
             runGit(repo, {u"rev-parse"_s, u"snapshot:packages/kubernetes/0.4.2"_s}));
    QCOMPARE(runGit(repo, {u"rev-parse"_s, u"staging"_s}), draft[u"promotion"_s][u"base"_s].toString());
}

void TestPromoteCli::unknownKeysAndMisspeltNames()
{
    RepoBuilder b(true);
    buildStorage(b);
    const QStringList promote{u"promote"_s, b.path(), u"--from"_s, u"snapshot"_s, u"--to"_s, u"staging"_s,
                              u"--dry-run"_s, u"--packages"_s};
    Run r = cli(promote + QStringList{u"nginx@1.2.0"_s, u"--confirm"_s, u"bogus-key"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Unknown confirmation key bogus-key."_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"The valid keys are: all, overwrite:nginx@1.2.0"_s));
    r = cli(promote + QStringList{u"nginx@1.3.0"_s, u"--confirm"_s, u"removal-from-staging"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Nothing in this promotion needs confirmation."_s), qPrintable(r.err));
    r = cli(promote + QStringList{u"ngnix@1.3.0"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Did you mean nginx?"_s), qPrintable(r.err));
}

void TestPromoteCli::whyExplains()
{
    RepoBuilder b(true);
    buildStorage(b);
    Run r = cli({u"why"_s, b.path(), u"snapshot:nginx@1.2.0"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"nginx 1.2.0 in snapshot: not a promotion candidate for staging"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"not-newest: 1.2.0 is not the newest version of nginx in snapshot: 1.3.0 is."_s));
    QVERIFY(r.out.contains(u"overwrite-policy:"_s));
    r = cli({u"why"_s, b.path(), u"snapshot:nginx@1.3.0"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = parse(r.out);
    QCOMPARE(doc[u"candidate"_s].toBool(), true);
    QCOMPARE(doc[u"target"_s].toString(), u"staging"_s);
    QCOMPARE(doc[u"reasons"_s].toArray().at(0).toObject()[u"id"_s].toString(), u"candidate"_s);
    r = cli({u"why"_s, b.path(), u"snapshot:devpkg@1.0.0"_s});
    QVERIFY2(r.out.contains(u"development-files:"_s), qPrintable(r.out));
    r = cli({u"why"_s, b.path(), u"production:aws@0.5.0"_s});
    QVERIFY(r.out.contains(u"top-tier:"_s));
    r = cli({u"why"_s, b.path(), u"snapshot:ngnix@1.2.0"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Did you mean nginx?"_s), qPrintable(r.err));
    r = cli({u"why"_s, b.path(), u"snapshot:nginx@9.9.9"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"it has 1.3.0, 1.2.0"_s), qPrintable(r.err));
    r = cli({u"why"_s, b.path(), u"nginx"_s});
    QCOMPARE(r.exitCode, 2);
}

void TestPromoteCli::draftsShowTextsAndStates()
{
    RepoBuilder b(true);
    buildStorage(b);
    Run r = cli(promoteToStaging(b.path()) << u"--json"_s);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject d = parse(r.out)[u"draft"_s].toObject();
    const QString id = d[u"id"_s].toString();
    r = cli({u"drafts"_s, b.path(), u"--no-keychain"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Draft %1: snapshot → staging, local"_s.arg(id)), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Promotion: [staging] Promote packages from snapshot (nginx-1.3.0)"_s));
    QVERIFY(r.out.contains(u"Removal: [snapshot] Remove promoted packages (nginx-1.3.0)"_s));
    QVERIFY(r.out.contains(d[u"promotion"_s][u"branch"_s].toString() + u" (into staging)"_s));
    QVERIFY(r.out.contains(u"Remote: not pushed"_s));
    QVERIFY(r.out.contains(u"Pull request: no pull request yet"_s));

    r = cli({u"drafts"_s, b.path(), u"--show"_s, id, u"--no-keychain"_s, u"--upstream-remote"_s, u""_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Promotes 1 package version from `snapshot` to `staging`."_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Removes 1 package version from `snapshot`"_s));
    QVERIFY(r.out.contains(u"Removal: Not safe to merge yet: the promotion has no pull request yet"_s));
    r = cli({u"drafts"_s, b.path(), u"--show"_s, id, u"--json"_s, u"--no-keychain"_s, u"--upstream-remote"_s, u""_s});
    const QJsonObject shown = parse(r.out);
    QCOMPARE(shown[u"id"_s].toString(), id);
    QCOMPARE(shown[u"removalSafeToMerge"_s].toBool(), false);

    // With a token and recorded pull requests, each one's state from GitHub.
    FakeGitHub server;
    QVERIFY(server.listen());
    Fork fork;
    QVERIFY(fork.created);
    server.enqueue(FakeGitHub::pullRequest(31, u"https://github.example/elastic/package-storage/pull/31"_s));
    server.enqueue(FakeGitHub::pullRequest(32, u"https://github.example/elastic/package-storage/pull/32"_s));
    r = cli(QStringList{u"drafts"_s, b.path(), u"--publish"_s, id} + publishingTo(fork, &server), token);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    server.enqueue(FakeGitHub::json(200, QJsonObject{{u"number"_s, 31},
                                                     {u"html_url"_s, u"https://github.example/elastic/package-storage/pull/31"_s},
                                                     {u"state"_s, u"closed"_s},
                                                     {u"merged"_s, true}}));
    server.enqueue(FakeGitHub::json(200, QJsonObject{{u"number"_s, 32},
                                                     {u"html_url"_s, u"https://github.example/elastic/package-storage/pull/32"_s},
                                                     {u"state"_s, u"open"_s},
                                                     {u"draft"_s, true}}));
    r = cli({u"drafts"_s, b.path(), u"--no-keychain"_s}, token);
    QVERIFY2(r.out.contains(u"https://github.example/elastic/package-storage/pull/31 (merged)"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"https://github.example/elastic/package-storage/pull/32 (a draft)"_s));
    QVERIFY(r.out.contains(u"Remote: "_s + fork.path));
    QVERIFY(!r.out.contains(token));
}

void TestPromoteCli::publishRefusesUpstream()
{
    RepoBuilder upstream(true);
    buildStorage(upstream);
    RepoBuilder b(true);
    buildStorage(b);
    QVERIFY(b.addRemote(u"origin"_s, upstream.path()));
    Run r = cli(promoteToStaging(b.path())
                + QStringList{u"--publish"_s, u"--remote"_s, u"origin"_s, u"--no-pull-requests"_s, u"--no-keychain"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"not a fork"_s), qPrintable(r.err));
    QVERIFY(runGit(upstream.path(), {u"for-each-ref"_s, u"refs/heads/tierdesk/"_s}).isEmpty());
    const QString id = r.out.section(u"Drafted as "_s, 1).section(u' ', 0, 0);
    r = cli({u"drafts"_s, b.path(), u"--publish"_s, id, u"--remote"_s, u"origin"_s, u"--no-pull-requests"_s,
             u"--no-keychain"_s, u"--allow-upstream"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(!runGit(upstream.path(), {u"for-each-ref"_s, u"refs/heads/tierdesk/"_s}).isEmpty());
}

// A colleague's open pull request upstream promotes nginx 1.3.0 already: the dry run says so, and names it.
void TestPromoteCli::dryRunCountsOpenPullRequests()
{
    RepoBuilder b(true);
    buildStorage(b);
    FakeGitHub server;
    QVERIFY(server.listen());
    const QJsonArray open{
        QJsonObject{{u"number"_s, 77},
                    {u"title"_s, u"[staging] Promote packages from snapshot (nginx-1.3.0, apm-8.3.0-dev1)"_s},
                    {u"html_url"_s, u"https://github.example/elastic/package-storage/pull/77"_s},
                    {u"user"_s, QJsonObject{{u"login"_s, u"bob"_s}}},
                    {u"base"_s, QJsonObject{{u"ref"_s, u"staging"_s}}}},
        QJsonObject{{u"number"_s, 78},
                    {u"title"_s, u"[staging] Promote packages from snapshot (nginx-1.2.0)"_s},
                    {u"html_url"_s, u"https://github.example/elastic/package-storage/pull/78"_s},
                    {u"user"_s, QJsonObject{{u"login"_s, u"carol"_s}}},
                    {u"base"_s, QJsonObject{{u"ref"_s, u"staging"_s}}}}};
    server.enqueue(FakeGitHub::jsonArray(200, QJsonDocument(open).toJson(QJsonDocument::Compact)));
    const QStringList args{u"promote"_s, b.path(), u"--from"_s, u"snapshot"_s, u"--to"_s, u"staging"_s,
                           u"--packages"_s, u"nginx@1.3.0"_s, u"--dry-run"_s, u"--github-url"_s,
                           server.url(u"/api/v3"_s).toString(), u"--upstream"_s, u"elastic/package-storage"_s,
                           u"--upstream-remote"_s, u""_s};
    Run r = cli(args, token);
    QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err)); // drafting it again needs confirming
    QVERIFY2(r.out.contains(u"nginx 1.3.0 is already in the pull request #77 by bob"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Not drafted: confirm with --confirm"_s));
    QVERIFY(!r.out.contains(u"#78"_s)); // another version
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests[0].path, u"/api/v3/repos/elastic/package-storage/pulls"_s);
    QCOMPARE(server.requests[0].authorization, "Bearer " + token.toUtf8());

    // GitHub refuses: said on the standard error, without the token; the dry run goes on.
    server.enqueue(FakeGitHub::error(401, u"Bad credentials"_s));
    r = cli(args, token);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(u"open pull requests were not read"_s), qPrintable(r.err));
    QVERIFY(!r.out.contains(u"#77"_s));
    QVERIFY(!r.out.contains(token) && !r.err.contains(token));

    // Without a token nothing is asked.
    r = cli(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(server.requests.size(), 2);
}

QTEST_GUILESS_MAIN(TestPromoteCli)
#include "tst_promotecli.moc"
