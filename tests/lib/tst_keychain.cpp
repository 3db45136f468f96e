// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainSecretStore (QtKeychain) against a real Secret Service: ctest runs
// this through tests/with-secret-service.sh, which starts a private D-Bus
// session and gnome-keyring-daemon. secret-tool, which speaks the Secret
// Service protocol independently of QtKeychain, checks where secrets land.
#include "github/KeychainSecretStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
// A service name of its own, so nothing collides with the app's entries.
const QString service = u"Tierdesk-test"_s;

struct ToolResult {
    int exitCode = -1;
    QString out;
    QString err;
};

ToolResult secretTool(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(u"secret-tool"_s, args);
    if (!p.waitForStarted(10000))
        return {-1, {}, p.errorString()};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// QtKeychain's libsecret backend files an entry under these attributes.
QStringList attributesOf(const QString &key) { return {u"server"_s, service, u"user"_s, key}; }
} // namespace

class TestKeychain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip();
    void missingEntryIsEmpty();
    void readsWhatSecretToolStored();
    void findGitHubTokenFromKeychain();
};

void TestKeychain::initTestCase()
{
    // Never against the user's own keyring: only inside the wrapper's private session.
    QVERIFY2(!qEnvironmentVariableIsEmpty("TIERDESK_PRIVATE_KEYRING"),
             "run through tests/with-secret-service.sh (ctest does)");
    QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
}

void TestKeychain::roundTrip()
{
    KeychainSecretStore store(service);
    const QString key = u"github.example.com"_s;
    const QString secret = u"ghp_roundTRIP0123456789abcdef"_s;
    auto written = store.write(key, secret);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().text()));
    auto read = store.read(key);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
    QCOMPARE(*read, secret);

    // The secret really lives in the Secret Service, not in some fallback file.
    ToolResult lookup = secretTool(QStringList{u"lookup"_s} + attributesOf(key));
    QVERIFY2(lookup.exitCode == 0, qPrintable(lookup.err));
    QCOMPARE(lookup.out.trimmed(), secret);
    ToolResult search = secretTool(QStringList{u"search"_s, u"--all"_s} + attributesOf(key));
    // secret-tool prints the attributes on stderr.
    QVERIFY2(search.err.contains(u"schema = org.qt.keychain"_s) || search.out.contains(u"schema = org.qt.keychain"_s),
             qPrintable(search.err));
    qInfo().noquote() << "secret-tool search:" << QString(search.out + search.err).replace(secret, u"***"_s).simplified();

    // Overwriting replaces, it does not add a second entry.
    const QString newer = u"ghp_NEWER9876543210"_s;
    QVERIFY(store.write(key, newer));
    QCOMPARE(store.read(key).value_or(QString()), newer);
    QCOMPARE(secretTool(QStringList{u"lookup"_s} + attributesOf(key)).out.trimmed(), newer);

    auto removed = store.remove(key);
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().text()));
    QCOMPARE(store.read(key).value_or(u"error"_s), QString());
    QVERIFY(secretTool(QStringList{u"lookup"_s} + attributesOf(key)).exitCode != 0);
    // Removing what is gone is fine.
    QVERIFY(store.remove(key));
}

void TestKeychain::missingEntryIsEmpty()
{
    KeychainSecretStore store(service);
    auto read = store.read(u"never-written"_s);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
    QVERIFY(read->isEmpty());
}

void TestKeychain::readsWhatSecretToolStored()
{
    // A token another tool filed under the same attributes is found.
    const QString key = u"github.com"_s;
    const QString secret = u"ghp_fromSECRETtool42"_s;
    ToolResult stored = secretTool(QStringList{u"store"_s, u"--label=Tierdesk test"_s} + attributesOf(key)
                                       + QStringList{u"type"_s, u"plaintext"_s},
                                   secret.toUtf8());
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
    KeychainSecretStore store(service);
    QCOMPARE(store.read(key).value_or(QString()), secret);
    QVERIFY(store.remove(key));
    QVERIFY(secretTool(QStringList{u"lookup"_s} + attributesOf(key)).exitCode != 0);
}

void TestKeychain::findGitHubTokenFromKeychain()
{
    KeychainSecretStore store(service);
    const QString token = u"ghp_KEYCHAINtoken0123456789"_s;
    QVERIFY(store.write(keychainKeyForHost(u"api.github.com"_s), token));
    auto cleanup = qScopeGuard([&] { store.remove(keychainKeyForHost(u"api.github.com"_s)); });

    QTemporaryDir home; // no ~/.elastic/github.token
    TokenSources sources;
    sources.environment = QProcessEnvironment(); // no GITHUB_TOKEN, no GH_TOKEN
    sources.homeDirectory = home.path();
    sources.keychain = &store;
    auto found = findGitHubToken(sources);
    QVERIFY(found);
    QCOMPARE(found->value, token);
    QCOMPARE(found->source, u"the system keychain"_s);

    // The environment still comes first.
    sources.environment.insert(u"GITHUB_TOKEN"_s, u"ghp_fromENV"_s);
    found = findGitHubToken(sources);
    QVERIFY(found);
    QCOMPARE(found->value, u"ghp_fromENV"_s);
    QCOMPARE(found->source, u"the GITHUB_TOKEN environment variable"_s);

    // Once removed from the keychain, there is no token at all.
    sources.environment = QProcessEnvironment();
    QVERIFY(store.remove(keychainKeyForHost(u"api.github.com"_s)));
    QVERIFY(!findGitHubToken(sources));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
