// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing drafts: pushes to a local bare repository and to git daemon on
// loopback, credential retry limits, and pull requests against a recording
// fake GitHub, including failures that leave the drafts intact and retryable.
#include "support/FakeGitHub.h"
#include "promotion/PromotionDraft.h"
#include "promotion/PromotionPublish.h"
#include "support/RepoBuilder.h"
#include "storage/StorageReader.h"
#include "github/GitHubClient.h"
#include "github/TokenSource.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
const QString token = u"ghp_SECRETtoken0123456789abcdef"_s;
const git::Signature tester{u"Tierdesk Test"_s, u"tierdesk-test@example.com"_s, {}};

QString runGit(const QString &repo, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(u"git"_s, QStringList{u"-C"_s, repo} + args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

void buildStorage(RepoBuilder &b)
{
    Files s = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    s.insert(RepoBuilder::package(u"nginx"_s, u"1.3.0"_s));
    s.insert(RepoBuilder::package(u"aws"_s, u"0.5.1"_s));
    b.commit(u"snapshot"_s, s);
    b.commit(u"staging"_s, RepoBuilder::package(u"nginx"_s, u"1.1.0"_s));
    b.commit(u"production"_s, RepoBuilder::package(u"aws"_s, u"0.5.0"_s));
}

Result<PromotionDraft> draftIn(const QString &path, const QStringList &specs = {u"nginx@1.3.0"_s, u"aws-0.5.1"_s})
{
    StorageReader reader;
    auto snap = reader.read(path, {});
    if (!snap)
        return std::unexpected(snap.error());
    auto parsed = parseVersionSpecs(specs.join(u','), snap->tier(u"snapshot"_s)->packageNames());
    auto plan = PromotionPlan::make(*snap, PromotionRequest{u"snapshot"_s, u"staging"_s, *parsed, false});
    if (!plan)
        return std::unexpected(plan.error());
    DraftOptions options;
    options.confirmed = {u"all"_s};
    options.author = tester;
    return createDraft(path, *plan, options);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool accepts(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    return s.waitForConnected(200);
}

// A user repository with one draft, and an empty bare fork to push to.
struct Setup {
    RepoBuilder user{true};
    QTemporaryDir forkDir;
    QString fork;
    PromotionDraft draft;

    bool make()
    {
        buildStorage(user);
        fork = forkDir.filePath(u"fork.git"_s);
        if (!git::Repository::init(fork, true))
            return false;
        auto d = draftIn(user.path());
        if (!d) {
            qWarning() << d.error().text();
            return false;
        }
        draft = *d;
        return true;
    }

    PublishOptions options(const FakeGitHub &server) const
    {
        PublishOptions o;
        o.remote = fork;
        o.token = token;
        o.upstreamRemote = QString();
        o.upstream = u"elastic/package-storage"_s;
        o.forkOwner = u"alice"_s;
        o.apiUrl = server.url(u"/api/v3"_s);
        o.timeout = std::chrono::milliseconds(1500);
        return o;
    }
};

Result<PublishOutcome> publishOnWorker(const QString &repo, const QString &id, const PublishOptions &options)
{
    // As the dialog does: a worker thread with its own repository and network access.
    QFuture<Result<PublishOutcome>> f = QtConcurrent::run([=] { return publishDraft(repo, id, options); });
    QElapsedTimer clock;
    clock.start();
    while (!f.isFinished() && clock.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!f.isFinished())
        return fail(u"publishing did not finish"_s);
    return f.result();
}
} // namespace

class TestPublish : public QObject {
    Q_OBJECT
private slots:
    void pushToLocalBareRepository();
    void pushToGitDaemon();
    void credentialRetriesAreBounded();
    void pullRequests();
    void pullRequestFailures_data();
    void pullRequestFailures();
    void alreadyExistsIsFound();
    void partialFailureContinues();
    void withoutTokenStaysLocal();
    void removalSafetyAfterFetch();
    void tokenSources();
    void gitHubAddresses();
    void clientCancels();
};

void TestPublish::pushToLocalBareRepository()
{
    Setup s;
    QVERIFY(s.make());
    const QMap<QString, QString> localBefore = refsOf(s.user.path());
    JobControl job;
    auto report = pushBranches(s.user.repo(), s.fork, s.draft.branchNames(), {}, job);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
    QVERIFY(report->ok());
    QCOMPARE(report->refs.size(), 2);
    QCOMPARE(runGit(s.fork, {u"rev-parse"_s, s.draft.promotion.name}), s.draft.promotion.commit.toHex());
    QCOMPARE(runGit(s.fork, {u"rev-parse"_s, s.draft.removal.name}), s.draft.removal.commit.toHex());
    // No remote-tracking branch or any other local reference appears.
    QCOMPARE(refsOf(s.user.path()), localBefore);

    // A named remote works too, and pushing again is harmless.
    runGit(s.user.path(), {u"remote"_s, u"add"_s, u"fork"_s, s.fork});
    auto again = pushBranches(s.user.repo(), u"fork"_s, s.draft.branchNames());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().text()));
    QVERIFY(again->ok());
    QCOMPARE(again->url, s.fork);

    auto unknown = pushBranches(s.user.repo(), u"nosuchremote"_s, s.draft.branchNames());
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.contains(u"nosuchremote"_s));

    // publishDraft without pull requests records the push.
    PublishOptions o;
    o.remote = s.fork;
    o.openPullRequests = false;
    o.upstreamRemote.clear();
    auto outcome = publishDraft(s.user.path(), s.draft.id, o);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().text()));
    QCOMPARE(findDraft(s.user.path(), s.draft.id)->state(), DraftState::Pushed);
}

void TestPublish::pushToGitDaemon()
{
    Setup s;
    QVERIFY(s.make());
    QTemporaryDir served;
    const QString base = served.path();
    QVERIFY(git::Repository::init(base + u"/fork.git"_s, true));
    // Removals are refused by this server, so one reference is rejected.
    const QString hook = base + u"/fork.git/hooks/update"_s;
    {
        QFile f(hook);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\ncase \"$1\" in refs/heads/tierdesk/remove-*) echo 'removals need a review' >&2; exit 1;; "
                "esac\nexit 0\n");
        f.close();
        QVERIFY(f.setPermissions(f.permissions() | QFile::ExeOwner));
    }
    const quint16 port = freePort();
    // git-daemon itself, not "git daemon": killing the git wrapper would orphan the server.
    const QString daemonProgram = runGit(base, {u"--exec-path"_s}) + u"/git-daemon"_s;
    QVERIFY2(QFile::exists(daemonProgram), qPrintable(daemonProgram));
    QProcess daemon;
    daemon.start(daemonProgram, {u"--export-all"_s, u"--enable=receive-pack"_s, u"--reuseaddr"_s,
                            u"--informative-errors"_s, u"--base-path="_s + base, u"--listen=127.0.0.1"_s,
                            u"--port="_s + QString::number(port), base});
    QVERIFY(daemon.waitForStarted(10000));
    auto stop = qScopeGuard([&] {
        daemon.kill();
        daemon.waitForFinished(10000);
    });
    QTRY_VERIFY_WITH_TIMEOUT(accepts(port), 15000);

    const QString url = u"git://127.0.0.1:%1/fork.git"_s.arg(port);
    const QString userPath = s.user.path();
    const QStringList branches = s.draft.branchNames();
    auto future = QtConcurrent::run([=] {
        auto repo = git::Repository::open(userPath);
        return pushBranches(*repo, url, branches);
    });
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000);
    const Result<PushReport> report = future.result();
    QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
    QCOMPARE(report->url, url);
    QVERIFY(!report->ok());
    QCOMPARE(report->rejections().size(), 1);
    QVERIFY2(report->rejections().constFirst().startsWith(s.draft.removal.refName()),
             qPrintable(report->rejections().join(u'\n')));
    QVERIFY(report->remoteMessages.join(u'\n').contains(u"removals need a review"_s));
    QCOMPARE(runGit(base + u"/fork.git"_s, {u"rev-parse"_s, s.draft.promotion.name}), s.draft.promotion.commit.toHex());

    // Through publishDraft the rejection is an error, and the draft is kept for a retry.
    PublishOptions o;
    o.remote = url;
    o.openPullRequests = false;
    o.upstreamRemote.clear();
    auto outcome = publishOnWorker(userPath, s.draft.id, o);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(u"refused"_s), qPrintable(outcome.error().text()));
    QVERIFY(outcome.error().message.contains(s.draft.removal.refName()));
    auto kept = findDraft(userPath, s.draft.id);
    QVERIFY(kept);
    QVERIFY(kept->branchesIntact);
    QCOMPARE(kept->state(), DraftState::Local);

    // Once the server accepts removals, the retry succeeds.
    QVERIFY(QFile::remove(hook));
    outcome = publishOnWorker(userPath, s.draft.id, o);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().text()));
    QCOMPARE(runGit(base + u"/fork.git"_s, {u"rev-parse"_s, s.draft.removal.name}), s.draft.removal.commit.toHex());
    QCOMPARE(findDraft(userPath, s.draft.id)->state(), DraftState::Pushed);
}

void TestPublish::credentialRetriesAreBounded()
{
    Setup s;
    QVERIFY(s.make());
    FakeGitHub server;
    QVERIFY(server.listen());
    FakeGitHub::Response unauthorized = FakeGitHub::error(401, u"Bad credentials for "_s + token);
    unauthorized.headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Basic realm=\"GitHub\""));
    server.setFallback(unauthorized);
    // Plain HTTP on loopback: the token goes only over HTTPS to the GitHub host, so it is never sent (issue #14).
    const QString url = server.url(u"/alice/package-storage.git"_s).toString();
    GitCredentials credentials;
    credentials.httpsToken = token;
    credentials.useSshAgent = false;
    credentials.tokenToLoopbackForTests = true; // not even the test switch lets it go over plain HTTP
    const QString userPath = s.user.path();
    const QStringList branches = s.draft.branchNames();
    auto future = QtConcurrent::run([=] {
        auto repo = git::Repository::open(userPath);
        return pushBranches(*repo, url, branches, credentials);
    });
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000);
    const Result<PushReport> report = future.result();
    QVERIFY(!report);
    QCOMPARE(report.error().code, int(GIT_EAUTH));
    QVERIFY2(report.error().message.contains(u"the GitHub token is sent only over HTTPS to github.com"_s),
             qPrintable(report.error().text()));
    QVERIFY(!report.error().text().contains(token));
    QVERIFY2(server.requests.size() >= 1 && server.requests.size() <= credentials.maxAttempts + 1,
             qPrintable(QString::number(server.requests.size())));
    for (const FakeGitHub::Request &r : std::as_const(server.requests)) {
        QVERIFY(r.path.startsWith(u"/alice/package-storage.git/info/refs"_s));
        QVERIFY2(r.authorization.isEmpty(), r.authorization.constData());
    }

    // No credential at all: a clear sentence, no loop.
    server.requests.clear();
    auto none = QtConcurrent::run([=] {
        auto repo = git::Repository::open(userPath);
        GitCredentials nothing;
        nothing.useSshAgent = false;
        return pushBranches(*repo, url, branches, nothing);
    });
    QTRY_VERIFY_WITH_TIMEOUT(none.isFinished(), 60000);
    QVERIFY(!none.result());
    QVERIFY2(none.result().error().message.contains(u"none is available"_s), qPrintable(none.result().error().text()));
    QVERIFY(server.requests.size() <= 2);
}

void TestPublish::pullRequests()
{
    Setup s;
    QVERIFY(s.make());
    FakeGitHub server;
    QVERIFY(server.listen());
    const QString promotionUrl = u"https://github.example/elastic/package-storage/pull/101"_s;
    server.enqueue(FakeGitHub::pullRequest(101, promotionUrl));
    server.enqueue(FakeGitHub::pullRequest(102, u"https://github.example/elastic/package-storage/pull/102"_s));
    JobControl job;
    auto outcome = publishOnWorker(s.user.path(), s.draft.id, s.options(server));
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().text()));

    QCOMPARE(server.requests.size(), 2);
    const FakeGitHub::Request &promotion = server.requests[0];
    QCOMPARE(promotion.method, QByteArray("POST"));
    QCOMPARE(promotion.path, u"/api/v3/repos/elastic/package-storage/pulls"_s); // a GitHub Enterprise base works
    QCOMPARE(promotion.authorization, "Bearer " + token.toUtf8());
    QCOMPARE(promotion.headers.value("accept"), QByteArray("application/vnd.github+json"));
    QCOMPARE(promotion.json[u"title"_s].toString(), s.draft.promotion.title);
    QCOMPARE(promotion.json[u"body"_s].toString(), s.draft.promotion.body);
    QCOMPARE(promotion.json[u"head"_s].toString(), u"alice:"_s + s.draft.promotion.name);
    QCOMPARE(promotion.json[u"base"_s].toString(), u"staging"_s);
    QCOMPARE(promotion.json[u"draft"_s].toBool(), true);
    QCOMPARE(promotion.json[u"maintainer_can_modify"_s].toBool(), true);
    QVERIFY(promotion.json[u"body"_s].toString().contains(s.draft.versions.constFirst().tree.toHex()));

    const FakeGitHub::Request &removal = server.requests[1];
    QCOMPARE(removal.path, promotion.path);
    QCOMPARE(removal.json[u"title"_s].toString(), s.draft.removal.title);
    QCOMPARE(removal.json[u"head"_s].toString(), u"alice:"_s + s.draft.removal.name);
    QCOMPARE(removal.json[u"base"_s].toString(), u"snapshot"_s);
    QCOMPARE(removal.json[u"draft"_s].toBool(), true);
    const QString removalBody = removal.json[u"body"_s].toString();
    QCOMPARE(removalBody.count(promotionUrl), 2); // "after <url>" and "only after <url> is merged"
    QVERIFY(!removalBody.contains(promotionLinkPlaceholder));

    QCOMPARE(outcome->draft.promotion.pullRequest.number, 101);
    QCOMPARE(outcome->draft.removal.pullRequest.url, u"https://github.example/elastic/package-storage/pull/102"_s);
    QVERIFY(outcome->safety);
    QVERIFY(!outcome->safety->safe()); // the promotion is not merged yet
    QVERIFY(outcome->notes.join(u'\n').contains(u"does not contain"_s));
    auto recorded = findDraft(s.user.path(), s.draft.id);
    QCOMPARE(recorded->state(), DraftState::PullRequestsOpen);
    QCOMPARE(recorded->promotion.pullRequest.url, promotionUrl);
    QCOMPARE(recorded->upstream, u"elastic/package-storage"_s);
    // The token never reaches the drafts file.
    QFile file(s.user.repo().path() + u"/tierdesk/drafts.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(token.toUtf8()));

    // Publishing again opens nothing twice.
    server.requests.clear();
    auto again = publishOnWorker(s.user.path(), s.draft.id, s.options(server));
    QVERIFY(again);
    QCOMPARE(server.requests.size(), 0);
}

void TestPublish::pullRequestFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("401") << 401 << u"did not accept the token (401)"_s;
    QTest::newRow("403") << 403 << u"refused it (403)"_s;
    QTest::newRow("422") << 422 << u"did not accept the pull request (422)"_s;
    QTest::newRow("422 already exists, none open") << -422 << u"did not accept the pull request (422)"_s;
    QTest::newRow("500") << 500 << u"internal error (HTTP 500)"_s;
    QTest::newRow("timeout") << 0 << u"did not answer within"_s;
}

void TestPublish::pullRequestFailures()
{
    QFETCH(int, status);
    QFETCH(QString, says);
    Setup s;
    QVERIFY(s.make());
    FakeGitHub server;
    QVERIFY(server.listen());
    int requests = 1;
    if (status == 0) {
        server.enqueue({0, {}, {}, true});
    } else if (status == -422) {
        // GitHub says a pull request exists, but none is open to adopt.
        status = 422;
        requests = 2;
        server.enqueue(FakeGitHub::error(422, u"Validation Failed"_s, u"A pull request already exists for alice:x."_s));
        server.enqueue(FakeGitHub::jsonArray(200, "[]"));
    } else {
        // GitHub never echoes a token, but the message must not carry one even if it did.
        server.enqueue(FakeGitHub::error(status, u"Refused: "_s + token,
                                         status == 422 ? u"No commits between staging and alice:x"_s : QString()));
    }
    const QMap<QString, QString> refsBefore = refsOf(s.user.path());
    auto outcome = publishOnWorker(s.user.path(), s.draft.id, s.options(server));
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(says), qPrintable(outcome.error().text()));
    QVERIFY2(!outcome.error().text().contains(token), qPrintable(outcome.error().text()));
    QCOMPARE(outcome.error().code, status);
    QCOMPARE(server.requests.size(), requests);
    QCOMPARE(server.requests[0].authorization, "Bearer " + token.toUtf8());
    if (status == 422)
        QVERIFY(outcome.error().detail.contains(requests == 2 ? u"already exists"_s : u"No commits between"_s));

    // The draft is intact: branches, record, push state; nothing is marked opened.
    auto kept = findDraft(s.user.path(), s.draft.id);
    QVERIFY(kept);
    QVERIFY(kept->branchesIntact);
    QCOMPARE(kept->state(), DraftState::Pushed);
    QVERIFY(!kept->promotion.pullRequest.exists());
    QCOMPARE(refsOf(s.user.path()), refsBefore);

    // And retryable.
    server.requests.clear();
    server.enqueue(FakeGitHub::pullRequest(7, u"https://github.example/e/p/pull/7"_s));
    server.enqueue(FakeGitHub::pullRequest(8, u"https://github.example/e/p/pull/8"_s));
    auto retried = publishOnWorker(s.user.path(), s.draft.id, s.options(server));
    QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().text()));
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(findDraft(s.user.path(), s.draft.id)->state(), DraftState::PullRequestsOpen);
}

void TestPublish::alreadyExistsIsFound()
{
    Setup s;
    QVERIFY(s.make());
    FakeGitHub server;
    QVERIFY(server.listen());
    server.enqueue(FakeGitHub::error(422, u"Validation Failed"_s,
                                     u"A pull request already exists for alice:"_s + s.draft.promotion.name + u'.'));
    server.enqueue(FakeGitHub::jsonArray(200, R"([{"number":55,"html_url":"https://github.example/e/p/pull/55",)"
                                              R"("url":"u","state":"open","draft":true}])"));
    server.enqueue(FakeGitHub::pullRequest(56, u"https://github.example/e/p/pull/56"_s));
    auto outcome = publishOnWorker(s.user.path(), s.draft.id, s.options(server));
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().text()));
    QCOMPARE(server.requests.size(), 3);
    QCOMPARE(server.requests[1].method, QByteArray("GET"));
    QCOMPARE(server.requests[1].path, u"/api/v3/repos/elastic/package-storage/pulls"_s);
    QVERIFY2(server.requests[1].query.contains(u"head=alice:"_s + s.draft.promotion.name),
             qPrintable(server.requests[1].query));
    QVERIFY(server.requests[1].query.contains(u"state=open"_s));
    QCOMPARE(outcome->draft.promotion.pullRequest.number, 55);
    QVERIFY(server.requests[2].json[u"body"_s].toString().contains(u"https://github.example/e/p/pull/55"_s));
}

void TestPublish::partialFailureContinues()
{
    Setup s;
    QVERIFY(s.make());
    FakeGitHub server;
    QVERIFY(server.listen());
    const QString promotionUrl = u"https://github.example/e/p/pull/301"_s;
    server.enqueue(FakeGitHub::pullRequest(301, promotionUrl));
    server.enqueue(FakeGitHub::error(500, u"Server Error"_s));
    auto first = publishOnWorker(s.user.path(), s.draft.id, s.options(server));
    QVERIFY(!first);
    auto kept = findDraft(s.user.path(), s.draft.id);
    QCOMPARE(kept->promotion.pullRequest.number, 301); // recorded at once
    QVERIFY(!kept->removal.pullRequest.exists());

    server.requests.clear();
    server.enqueue(FakeGitHub::pullRequest(302, u"https://github.example/e/p/pull/302"_s));
    auto retry = publishOnWorker(s.user.path(), s.draft.id, s.options(server));
    QVERIFY2(retry, qPrintable(retry ? QString() : retry.error().text()));
    QCOMPARE(server.requests.size(), 1); // only the removal
    QCOMPARE(server.requests[0].json[u"head"_s].toString(), u"alice:"_s + s.draft.removal.name);
    QVERIFY(server.requests[0].json[u"body"_s].toString().contains(promotionUrl));
}

void TestPublish::withoutTokenStaysLocal()
{
    Setup s;
    QVERIFY(s.make());
    FakeGitHub server;
    QVERIFY(server.listen());
    PublishOptions o = s.options(server);
    o.token.clear();
    o.apiUrl = QUrl();
    auto outcome = publishOnWorker(s.user.path(), s.draft.id, o);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().text()));
    QCOMPARE(server.requests.size(), 0);
    QVERIFY(outcome->notes.join(u'\n').contains(u"No GitHub token"_s));
    QCOMPARE(outcome->promotionCompareUrl, u"https://github.com/elastic/package-storage/compare/staging...alice:"_s
                                               + s.draft.promotion.name + u"?expand=1"_s);
    QCOMPARE(outcome->removalCompareUrl, u"https://github.com/elastic/package-storage/compare/snapshot...alice:"_s
                                             + s.draft.removal.name + u"?expand=1"_s);
    QCOMPARE(runGit(s.fork, {u"rev-parse"_s, s.draft.removal.name}), s.draft.removal.commit.toHex());

    // The texts to copy: the removal body links the promotion's compare page.
    auto target = resolvePublishTarget(s.user.repo(), o);
    QVERIFY(target);
    const QString body = removalBodyFor(*findDraft(s.user.path(), s.draft.id), &*target);
    QVERIFY(body.contains(outcome->promotionCompareUrl));

    // GitHub Enterprise: the web address follows the API base.
    o.apiUrl = QUrl(u"https://ghe.example.com/api/v3"_s);
    auto ghe = resolvePublishTarget(s.user.repo(), o);
    QVERIFY(ghe);
    QCOMPARE(ghe->endpoint.compareUrl(ghe->upstream, u"staging"_s, u"alice"_s, u"b"_s),
             u"https://ghe.example.com/elastic/package-storage/compare/staging...alice:b?expand=1"_s);
}

void TestPublish::removalSafetyAfterFetch()
{
    // The upstream repository, and the user's clone of it with a draft.
    RepoBuilder upstream(true);
    buildStorage(upstream);
    QTemporaryDir dir;
    const QString user = dir.filePath(u"user.git"_s);
    int rc = -1;
    runGit(dir.path(), {u"clone"_s, u"--quiet"_s, u"--bare"_s, upstream.path(), user}, &rc);
    QCOMPARE(rc, 0);
    auto d = draftIn(user, {u"nginx@1.3.0"_s});
    QVERIFY2(d, qPrintable(d ? QString() : d.error().text()));
    const QMap<QString, QString> refsBefore = refsOf(user);

    auto repo = git::Repository::open(user);
    auto notYet = checkRemovalSafety(*repo, *d, upstream.path());
    QVERIFY2(notYet, qPrintable(notYet ? QString() : notYet.error().text()));
    QVERIFY(!notYet->safe());
    QVERIFY(notYet->fetchProblem.isEmpty());
    QVERIFY2(notYet->sentence().contains(u"staging does not contain nginx-1.3.0 yet"_s), qPrintable(notYet->sentence()));

    // Upstream merges the promotion (a new commit the user does not have).
    upstream.commit(u"staging"_s, RepoBuilder::package(u"nginx"_s, u"1.3.0"_s), u"[staging] merge"_s);
    auto merged = checkRemovalSafety(*repo, *d, upstream.path());
    QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().text()));
    QVERIFY2(merged->safe(), qPrintable(merged->sentence()));
    QCOMPARE(merged->destinationTip, upstream.tip(u"staging"_s));
    QVERIFY(merged->checkedAgainst.contains(u"just fetched"_s));
    // The fetch wrote no reference: no remote-tracking branch, no FETCH_HEAD.
    QCOMPARE(refsOf(user), refsBefore);
    QVERIFY(!QFile::exists(user + u"/FETCH_HEAD"_s));

    // An unreachable upstream falls back to the local branch and says so.
    auto local = checkRemovalSafety(*repo, *d, dir.filePath(u"missing.git"_s));
    QVERIFY(local);
    QVERIFY(!local->fetchProblem.isEmpty());
    QVERIFY(local->checkedAgainst.contains(u"not fetched"_s));
}

void TestPublish::tokenSources()
{
    class FakeKeychain : public SecretStore {
    public:
        QHash<QString, QString> entries;
        int reads = 0;
        Result<QString> read(const QString &key) override
        {
            ++reads;
            return entries.value(key);
        }
        Status write(const QString &key, const QString &secret) override
        {
            entries.insert(key, secret);
            return {};
        }
        Status remove(const QString &key) override
        {
            entries.remove(key);
            return {};
        }
    } keychain;
    QTemporaryDir home;
    TokenSources sources;
    sources.environment = QProcessEnvironment();
    sources.homeDirectory = home.path();
    sources.keychain = &keychain;
    QVERIFY(!findGitHubToken(sources));

    QVERIFY(keychain.write(keychainKeyForHost(u"api.github.com"_s), u"from-keychain"_s));
    QCOMPARE(findGitHubToken(sources)->value, u"from-keychain"_s);
    QCOMPARE(findGitHubToken(sources)->source, u"the system keychain"_s);

    QVERIFY(QDir(home.path()).mkpath(u".elastic"_s));
    QFile file(home.filePath(u".elastic/github.token"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("  from-file \n");
    file.close();
    QCOMPARE(findGitHubToken(sources)->value, u"from-file"_s);

    sources.environment.insert(u"GH_TOKEN"_s, u"from-gh"_s);
    QCOMPARE(findGitHubToken(sources)->value, u"from-gh"_s);
    sources.environment.insert(u"GITHUB_TOKEN"_s, u"from-github"_s);
    const auto found = findGitHubToken(sources);
    QCOMPARE(found->value, u"from-github"_s);
    QVERIFY(found->source.contains(u"GITHUB_TOKEN"_s));
    QVERIFY(!found->source.contains(found->value));

    keychain.reads = 0;
    sources.keychain = nullptr;
    sources.environment = QProcessEnvironment();
    QVERIFY(QFile::remove(file.fileName()));
    QVERIFY(!findGitHubToken(sources)); // the keychain is consulted only when given
    QCOMPARE(keychain.reads, 0);

    QCOMPARE(redactSecret(u"a "_s + token + u" b"_s, token), u"a *** b"_s);
    QCOMPARE(keychainKeyForHost(u"ghe.example.com"_s), u"ghe.example.com"_s);
}

void TestPublish::gitHubAddresses()
{
    const QList<std::pair<QString, QString>> urls{
        {u"git@github.com:elastic/package-storage.git"_s, u"github.com elastic/package-storage"_s},
        {u"https://github.com/elastic/package-storage"_s, u"github.com elastic/package-storage"_s},
        {u"https://x-access-token:abc@github.com/alice/package-storage.git"_s, u"github.com alice/package-storage"_s},
        {u"ssh://git@ghe.example.com:2222/team/storage.git"_s, u"ghe.example.com team/storage"_s},
    };
    for (const auto &[url, expected] : urls) {
        auto repo = GitHubRepo::fromRemoteUrl(url);
        QVERIFY2(repo, qPrintable(url));
        QCOMPARE(repo->host + u' ' + repo->fullName(), expected);
    }
    QVERIFY(!GitHubRepo::fromRemoteUrl(u"/srv/git/storage.git"_s));
    QVERIFY(!GitHubRepo::fromFullName(u"nothing"_s));

    const GitHubEndpoint dotcom = GitHubEndpoint::forHost(u"github.com"_s);
    QCOMPARE(dotcom.api, QUrl(u"https://api.github.com"_s));
    const GitHubEndpoint ghe = GitHubEndpoint::fromApiUrl(QUrl(u"https://ghe.example.com/api/v3/"_s));
    QCOMPARE(ghe.web, QUrl(u"https://ghe.example.com"_s));
    QCOMPARE(GitHubEndpoint::forHost(u"ghe.example.com"_s).api, QUrl(u"https://ghe.example.com/api/v3"_s));
    QCOMPARE(GitHubEndpoint::fromApiUrl(QUrl(u"https://api.github.com"_s)).web, QUrl(u"https://github.com"_s));
    QCOMPARE(displayUrl(u"https://user:"_s + token + u"@github.com/a/b.git"_s), u"https://github.com/a/b.git"_s);
}

void TestPublish::clientCancels()
{
    FakeGitHub server;
    QVERIFY(server.listen());
    server.enqueue({0, {}, {}, true});
    GitHubClient client(GitHubEndpoint::fromApiUrl(server.url()), token);
    client.setTimeout(std::chrono::seconds(30));
    bool cancel = false;
    JobControl job;
    job.isCancelled = [&] { return cancel; };
    connect(&server, &FakeGitHub::requestReceived, this, [&] { cancel = true; });
    NewPullRequest pr{*GitHubRepo::fromFullName(u"e/p"_s), u"staging"_s, u"alice"_s, u"b"_s, u"t"_s, u"body"_s};
    QElapsedTimer clock;
    clock.start();
    auto result = client.createPullRequestAndWait(pr, job);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"cancelled"_s), qPrintable(result.error().text()));
    QVERIFY(clock.elapsed() < 20000);
}

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
