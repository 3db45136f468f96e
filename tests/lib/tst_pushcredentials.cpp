// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pushing with real credentials over real transports on loopback: sshd with
// an ssh-agent, key files and passphrases; a TLS smart-HTTP server backed by
// git-http-backend that wants a token. Refused credentials must end in a clear
// message after a bounded number of requests, without leaking any secret.
#include "git/Remote.h"
#include "support/RepoBuilder.h"
#include "support/SmartHttpServer.h"
#include "support/SshServer.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
const QString passphrase = u"correct horse battery staple"_s;
const QString token = u"ghp_TESTtoken0123456789abcdefABCDEF"_s;

// The user's repository: two branches to push, and "snapshot" that stays local.
struct UserRepo {
    RepoBuilder repo{true};
    QMap<QString, QString> expected; // what the remote must hold afterwards
    QStringList branches{u"tierdesk/promote-nginx"_s, u"tierdesk/remove-aws"_s};

    UserRepo()
    {
        repo.commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.3.0"_s));
        for (const QString &b : branches) {
            const git::ObjectId id = repo.commit(b, RepoBuilder::package(u"aws"_s, u"0.5.1"_s, b), b, {}, u"snapshot"_s);
            expected.insert(u"refs/heads/"_s + b, id.toHex());
        }
    }
};

// As the app does: a worker thread with its own repository, while this thread
// keeps serving events (the HTTPS server lives here).
Result<PushReport> pushOnWorker(const QString &repoPath, const QString &url, const QStringList &branches,
                                const GitCredentials &credentials)
{
    QFuture<Result<PushReport>> f = QtConcurrent::run([=]() -> Result<PushReport> {
        auto repo = git::Repository::open(repoPath);
        if (!repo)
            return std::unexpected(repo.error());
        return pushBranches(*repo, url, branches, credentials);
    });
    // Bounded only so a hung transfer fails the test instead of the whole run.
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, 120000))
        return fail(u"the push did not finish"_s);
    return f.result();
}

QString text(const Result<PushReport> &r) { return r ? QString() : r.error().text(); }

int count(const QString &haystack, const QString &needle) { return int(haystack.count(needle)); }
} // namespace

class TestPushCredentials : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void sshUnknownHostKeyIsRefused();
    void sshAgent();
    void sshKeyFile();
    void sshKeyFileWithPassphrase();
    void sshRefusedKeys();
    // First, so no earlier case has trusted the server's certificate yet.
    void httpsUntrustedCertificate();
    void httpsToken();
    void httpsWrongToken();

private:
    // A new bare repository below the directory sshd and the HTTPS server serve; empty on failure.
    QString newBareRepo(const QString &name);
    // Pushes the user's two branches over ssh with `credentials` and checks
    // they arrived, nothing local moved, and sshd accepted `acceptedKey`.
    void pushAcceptedWith(const GitCredentials &credentials, const QString &repoName, const QString &acceptedKey);

    QTemporaryDir m_dir;
    QString m_home; // libgit2's home: .ssh/known_hosts
    std::unique_ptr<SshServer> m_sshd;
    QString m_authorizedKey;          // authorized, no passphrase
    QString m_protectedKey;           // authorized, with passphrase
    QStringList m_strangerKeys;       // not authorized
    std::unique_ptr<SmartHttpServer> m_http;
    QString m_certificate;            // the HTTPS server's, self-signed
    QString m_otherCertificate;       // a self-signed certificate of nobody
};

void TestPushCredentials::initTestCase()
{
    QVERIFY(m_dir.isValid());
    git::ensureInitialized();
    m_home = m_dir.filePath(u"home"_s);
    QVERIFY(QDir().mkpath(m_home + u"/.ssh"_s));
    // libgit2 reads known_hosts below its home directory: point it here, never at the user's.
    QCOMPARE(git_libgit2_opts(GIT_OPT_SET_HOMEDIR, m_home.toUtf8().constData()), 0);

    QString error;
    const QString keys = m_dir.filePath(u"keys"_s);
    QVERIFY(QDir().mkpath(keys));
    m_authorizedKey = keys + u"/authorized"_s;
    m_protectedKey = keys + u"/protected"_s;
    QVERIFY2(makeSshKey(m_authorizedKey, {}, &error), qPrintable(error));
    QVERIFY2(makeSshKey(m_protectedKey, passphrase, &error), qPrintable(error));
    for (int i = 0; i < 4; ++i) {
        m_strangerKeys.append(keys + u"/stranger%1"_s.arg(i));
        QVERIFY2(makeSshKey(m_strangerKeys.last(), i == 0 ? passphrase : QString(), &error), qPrintable(error));
    }

    const QString sshdDir = m_dir.filePath(u"sshd"_s);
    QVERIFY(QDir().mkpath(sshdDir));
    m_sshd = std::make_unique<SshServer>(sshdDir);
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    QVERIFY(m_sshd->authorize(m_authorizedKey + u".pub"_s));
    QVERIFY(m_sshd->authorize(m_protectedKey + u".pub"_s));
    QFile knownHosts(m_home + u"/.ssh/known_hosts"_s);
    QVERIFY(knownHosts.open(QIODevice::WriteOnly));
    knownHosts.write(m_sshd->knownHostsLine().toUtf8() + '\n');
    knownHosts.close();

    const QString certs = m_dir.filePath(u"certs"_s);
    const QString other = m_dir.filePath(u"other"_s);
    QVERIFY(QDir().mkpath(certs) && QDir().mkpath(other));
    QString key, otherKey;
    QVERIFY2(SmartHttpServer::makeCertificate(certs, &m_certificate, &key, &error), qPrintable(error));
    QVERIFY2(SmartHttpServer::makeCertificate(other, &m_otherCertificate, &otherKey, &error), qPrintable(error));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"served"_s)));
    m_http = std::make_unique<SmartHttpServer>(m_dir.filePath(u"served"_s));
    QVERIFY2(m_http->useTls(m_certificate, key, &error), qPrintable(error));
    m_http->requirePassword(token);
    QVERIFY2(m_http->listen(&error), qPrintable(error));
}

void TestPushCredentials::init()
{
    // Each case decides about the agent itself.
    qunsetenv("SSH_AUTH_SOCK");
}

QString TestPushCredentials::newBareRepo(const QString &name)
{
    const QString path = m_dir.filePath(u"served/"_s + name);
    auto repo = git::Repository::init(path, true);
    if (!repo)
        return {};
    // Pushing over smart HTTP needs this (or an authenticated REMOTE_USER).
    git_config *config = nullptr;
    if (git_repository_config(&config, repo->raw()) < 0)
        return {};
    const int rc = git_config_set_bool(config, "http.receivepack", 1);
    git_config_free(config);
    return rc < 0 ? QString() : path;
}

void TestPushCredentials::sshUnknownHostKeyIsRefused()
{
    UserRepo user;
    const QString bare = newBareRepo(u"unknown-host.git"_s);
    QVERIFY(!bare.isEmpty());
    QTemporaryDir emptyHome; // no known_hosts at all
    QCOMPARE(git_libgit2_opts(GIT_OPT_SET_HOMEDIR, emptyHome.path().toUtf8().constData()), 0);
    auto restore = qScopeGuard([&] { git_libgit2_opts(GIT_OPT_SET_HOMEDIR, m_home.toUtf8().constData()); });
    GitCredentials c;
    c.useSshAgent = false;
    c.sshKeyFiles = {m_authorizedKey};
    const QString logBefore = m_sshd->log();
    auto report = pushOnWorker(user.repo.path(), m_sshd->url(bare), user.branches, c);
    QVERIFY(!report);
    QCOMPARE(report.error().code, int(GIT_ECERTIFICATE));
    QVERIFY2(report.error().message.contains(u"known_hosts"_s), qPrintable(text(report)));
    QVERIFY(refsOf(bare).isEmpty());
    // The key was never offered to a server that could not be verified.
    const QString log = m_sshd->log().mid(logBefore.size());
    QVERIFY2(!log.contains(u"publickey"_s), qPrintable(log));
    qInfo().noquote() << "unknown host:" << report.error().text();
}

void TestPushCredentials::pushAcceptedWith(const GitCredentials &credentials, const QString &repoName,
                                           const QString &acceptedKey)
{
    UserRepo user;
    const QMap<QString, QString> localBefore = refsOf(user.repo.path());
    const QString bare = newBareRepo(repoName);
    QVERIFY(!bare.isEmpty());
    const QString logBefore = m_sshd->log();
    auto report = pushOnWorker(user.repo.path(), m_sshd->url(bare), user.branches, credentials);
    QVERIFY2(report, qPrintable(text(report)));
    QVERIFY2(report->ok(), qPrintable(report->rejections().join(u'\n')));
    QCOMPARE(report->refs.size(), 2);
    QCOMPARE(report->url, m_sshd->url(bare));
    QCOMPARE(refsOf(bare), user.expected);
    QCOMPARE(refsOf(user.repo.path()), localBefore);
    // sshd accepted exactly the key this case is about.
    const QString log = m_sshd->log().mid(logBefore.size());
    QVERIFY2(log.contains(u"Accepted publickey for "_s + SshServer::currentUser()), qPrintable(log));
    QVERIFY2(log.contains(sshFingerprint(acceptedKey + u".pub"_s)), qPrintable(log));
}

void TestPushCredentials::sshAgent()
{
    SshAgent agent(m_dir.path());
    QVERIFY2(agent.start(), qPrintable(agent.error()));
    QVERIFY2(agent.add(m_authorizedKey), qPrintable(agent.error()));
    qputenv("SSH_AUTH_SOCK", agent.socket().toLocal8Bit());
    auto unset = qScopeGuard([] { qunsetenv("SSH_AUTH_SOCK"); });
    GitCredentials c;
    c.sshKeyFiles = {m_dir.filePath(u"no-such-key"_s)}; // only the agent can succeed
    pushAcceptedWith(c, u"agent.git"_s, m_authorizedKey);
}

void TestPushCredentials::sshKeyFile()
{
    GitCredentials c;
    c.useSshAgent = false;
    c.sshKeyFiles = {m_dir.filePath(u"no-such-key"_s), m_authorizedKey};
    pushAcceptedWith(c, u"keyfile.git"_s, m_authorizedKey);
}

void TestPushCredentials::sshKeyFileWithPassphrase()
{
    GitCredentials c;
    c.useSshAgent = false;
    c.sshKeyFiles = {m_protectedKey};
    c.sshKeyPassphrase = passphrase;
    pushAcceptedWith(c, u"passphrase.git"_s, m_protectedKey);
}

void TestPushCredentials::sshRefusedKeys()
{
    UserRepo user;
    const QMap<QString, QString> localBefore = refsOf(user.repo.path());
    const QString bare = newBareRepo(u"refused.git"_s);
    QVERIFY(!bare.isEmpty());
    GitCredentials c;
    c.useSshAgent = false;
    c.sshKeyFiles = m_strangerKeys; // four keys, the first one with the passphrase
    c.sshKeyPassphrase = passphrase;
    c.maxAttempts = 2; // below sshd's own MaxAuthTries (6): our guard must stop it
    const QString logBefore = m_sshd->log();
    auto report = pushOnWorker(user.repo.path(), m_sshd->url(bare), user.branches, c);
    QVERIFY(!report);
    const QString message = report.error().text();
    QCOMPARE(report.error().code, int(GIT_EAUTH));
    QVERIFY2(report.error().message.contains(u"refused the credentials"_s), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_strangerKeys.first())), qPrintable(message));
    QVERIFY2(!message.contains(passphrase), qPrintable(message));
    QVERIFY2(!message.contains(m_strangerKeys.at(2)), qPrintable(message)); // never offered
    QVERIFY2(report.error().message.contains(u"after 2 attempt"_s), qPrintable(message));
    QVERIFY2(report.error().detail.isEmpty(), qPrintable(message)); // no stale libgit2 error
    QVERIFY(refsOf(bare).isEmpty());
    QCOMPARE(refsOf(user.repo.path()), localBefore);
    // The server saw at most maxAttempts keys, each one once.
    const QString log = m_sshd->log().mid(logBefore.size());
    QVERIFY2(!log.contains(u"Accepted"_s), qPrintable(log));
    const int failed = count(log, u"Failed publickey"_s);
    QVERIFY2(failed >= 1 && failed <= c.maxAttempts, qPrintable(log));
    qInfo().noquote() << "refused:" << message << "| sshd logged" << failed << "failed keys";
}

void TestPushCredentials::httpsUntrustedCertificate()
{
    UserRepo user;
    const QString bare = newBareRepo(u"untrusted.git"_s);
    QVERIFY(!bare.isEmpty());
    // Trust only some other certificate (this process only): libgit2 must refuse the server's.
    QCOMPARE(git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS, m_otherCertificate.toUtf8().constData(), nullptr), 0);
    m_http->requests.clear();
    GitCredentials c;
    c.useSshAgent = false;
    c.httpsToken = token;
    c.tokenToLoopbackForTests = true; // the loopback TLS server stands in for the GitHub host
    auto report = pushOnWorker(user.repo.path(), m_http->url(u"untrusted.git"_s), user.branches, c);
    QVERIFY(!report);
    QCOMPARE(report.error().code, int(GIT_ECERTIFICATE));
    QVERIFY2(report.error().message.contains(u"certificate is not trusted"_s), qPrintable(text(report)));
    QVERIFY(!report.error().text().contains(token));
    QVERIFY(m_http->requests.isEmpty()); // not one request, so no token, went out
    qInfo().noquote() << "untrusted:" << report.error().text();
    QVERIFY(refsOf(bare).isEmpty());
}

void TestPushCredentials::httpsToken()
{
    UserRepo user;
    const QMap<QString, QString> localBefore = refsOf(user.repo.path());
    const QString bare = newBareRepo(u"token.git"_s);
    QVERIFY(!bare.isEmpty());
    QCOMPARE(git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS, m_certificate.toUtf8().constData(), nullptr), 0);
    m_http->requests.clear();
    GitCredentials c;
    c.useSshAgent = false;
    c.httpsToken = token;
    c.tokenToLoopbackForTests = true; // the loopback TLS server stands in for the GitHub host
    const QString url = m_http->url(u"token.git"_s);
    auto report = pushOnWorker(user.repo.path(), url, user.branches, c);
    QVERIFY2(report, qPrintable(text(report) + u"\n"_s + m_http->tlsErrors.join(u'\n')));
    QVERIFY2(report->ok(), qPrintable(report->rejections().join(u'\n')));
    QCOMPARE(report->refs.size(), 2);
    QCOMPARE(report->url, url);
    QCOMPARE(refsOf(bare), user.expected);
    QCOMPARE(refsOf(user.repo.path()), localBefore);
    QVERIFY(!report->remoteMessages.join(u'\n').contains(token));

    // Asked without credentials first (401), then the token as the password of x-access-token.
    QVERIFY(m_http->requests.size() >= 2);
    QCOMPARE(m_http->requests.first().status, 401);
    QVERIFY(m_http->requests.first().authorization.isEmpty());
    const QByteArray expected = "Basic " + (u"x-access-token:"_s + token).toUtf8().toBase64();
    int pushes = 0;
    for (const SmartHttpServer::Request &r : std::as_const(m_http->requests).sliced(1)) {
        QCOMPARE(r.authorization, expected);
        QCOMPARE(r.status, 200);
        pushes += r.method == "POST" && r.path.endsWith(u"/git-receive-pack"_s);
    }
    QCOMPARE(pushes, 1);
    QStringList seen;
    for (const SmartHttpServer::Request &r : std::as_const(m_http->requests))
        seen.append(u"%1 %2 -> %3"_s.arg(QString::fromLatin1(r.method), r.path).arg(r.status));
    qInfo().noquote() << "served:" << seen.join(u", "_s);
}

void TestPushCredentials::httpsWrongToken()
{
    UserRepo user;
    const QMap<QString, QString> localBefore = refsOf(user.repo.path());
    const QString bare = newBareRepo(u"wrongtoken.git"_s);
    QVERIFY(!bare.isEmpty());
    QCOMPARE(git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS, m_certificate.toUtf8().constData(), nullptr), 0);
    m_http->requests.clear();
    const QString wrong = u"ghp_WRONGtoken9876543210fedcbaFEDCBA"_s;
    GitCredentials c;
    c.useSshAgent = false;
    c.httpsToken = wrong;
    c.tokenToLoopbackForTests = true;
    auto report = pushOnWorker(user.repo.path(), m_http->url(u"wrongtoken.git"_s), user.branches, c);
    QVERIFY(!report);
    const QString message = report.error().text();
    QCOMPARE(report.error().code, int(GIT_EAUTH));
    QVERIFY2(report.error().message.contains(u"refused the credentials"_s), qPrintable(message));
    QVERIFY2(message.contains(u"the GitHub token"_s), qPrintable(message));
    QVERIFY2(!message.contains(wrong) && !message.contains(token), qPrintable(message));
    QVERIFY2(report.error().detail.isEmpty(), qPrintable(message)); // no stale libgit2 error
    QVERIFY(refsOf(bare).isEmpty());
    QCOMPARE(refsOf(user.repo.path()), localBefore);
    // The token was offered exactly once, then the guard stopped asking.
    int withToken = 0;
    for (const SmartHttpServer::Request &r : std::as_const(m_http->requests)) {
        QCOMPARE(r.status, 401);
        withToken += !r.authorization.isEmpty();
    }
    QCOMPARE(withToken, 1);
    QVERIFY2(m_http->requests.size() <= c.maxAttempts + 1, qPrintable(QString::number(m_http->requests.size())));
    qInfo().noquote() << "refused:" << message << "|" << m_http->requests.size() << "requests, 1 with the token";
}

QTEST_GUILESS_MAIN(TestPushCredentials)
#include "tst_pushcredentials.moc"
