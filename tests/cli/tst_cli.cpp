// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli index: output, exit codes, and agreement with `git ls-tree`.
#include "support/CliRunner.h"
#include "support/FixtureBundle.h"
#include "support/RepoBuilder.h"
#include "support/TestStorage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Run = CliRun;

Run cli(const QStringList &args) { return runCli(args); }

// "tier name version tree" for every packages/<name>/<version>/ as git ls-tree sees it.
QSet<QString> lsTreeVersions(const QString &repo, const QStringList &tiers)
{
    QSet<QString> out;
    for (const QString &tier : tiers) {
        const QStringList packages = runGit(repo, {u"ls-tree"_s, u"-d"_s, u"--name-only"_s, tier, u"packages/"_s})
                                         .split(u'\n', Qt::SkipEmptyParts);
        for (const QString &pkg : packages) {
            for (const QString &line : runGit(repo, {u"ls-tree"_s, u"-d"_s, tier, pkg + u'/'}).split(u'\n', Qt::SkipEmptyParts)) {
                // "040000 tree <id>\tpackages/<name>/<version>"
                const QStringList cols = line.split(u'\t');
                const QString tree = cols[0].section(u' ', 2, 2);
                const QStringList parts = cols[1].split(u'/');
                out.insert(tier + u' ' + parts[1] + u' ' + parts[2] + u' ' + tree);
            }
        }
    }
    return out;
}

QSet<QString> jsonVersions(const QJsonObject &doc)
{
    QSet<QString> out;
    for (const QJsonValue &v : doc[u"versions"_s].toArray()) {
        const QJsonObject o = v.toObject();
        out.insert(o[u"tier"_s].toString() + u' ' + o[u"name"_s].toString() + u' ' + o[u"version"_s].toString() + u' '
                   + o[u"tree"_s].toString());
    }
    return out;
}

QJsonObject indexJson(const QString &repo)
{
    const Run r = cli({u"index"_s, repo, u"--json"_s});
    if (r.exitCode != 0)
        qWarning() << r.err;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString();
    return doc.object();
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void jsonMatchesLsTree();
    void jsonOnFixtureMatchesLsTree();
    void readableTable();
    void errors_data();
    void errors();
    void noTierBranches();
    void secondProcessUsesTheStore();
};

void TestCli::jsonMatchesLsTree()
{
    RepoBuilder b;
    Files s = RepoBuilder::package(u"nginx"_s, u"1.3.0"_s);
    s.insert(RepoBuilder::package(u"nginx"_s, u"1.2.0"_s, u"edited"_s));
    b.commit(u"snapshot"_s, s);
    b.commit(u"staging"_s, RepoBuilder::package(u"nginx"_s, u"1.2.0"_s));
    b.commit(u"production"_s, RepoBuilder::package(u"aws"_s, u"0.5.1"_s));

    const QJsonObject doc = indexJson(b.path());
    QCOMPARE(doc[u"tiers"_s].toArray().size(), 3);
    const QSet<QString> expected = lsTreeVersions(b.path(), {u"snapshot"_s, u"staging"_s, u"production"_s});
    QCOMPARE(expected.size(), 4);
    QCOMPARE(jsonVersions(doc), expected);

    const QJsonArray dups = doc[u"duplicates"_s].toArray();
    QCOMPARE(dups.size(), 1);
    QCOMPARE(dups[0][u"name"_s].toString(), u"nginx"_s);
    QCOMPARE(dups[0][u"classification"_s].toString(), u"different"_s);
    QCOMPARE(dups[0][u"copies"_s][1][u"role"_s].toString(), u"shadowed"_s);
    const QJsonObject tier0 = doc[u"tiers"_s][0].toObject();
    QCOMPARE(tier0[u"name"_s].toString(), u"snapshot"_s);
    QCOMPARE(tier0[u"ref"_s].toString(), u"refs/heads/snapshot"_s);
    QCOMPARE(tier0[u"commit"_s].toString(), b.tip(u"snapshot"_s).toHex());
}

void TestCli::jsonOnFixtureMatchesLsTree()
{
    TIERDESK_REQUIRE_FIXTURE(repo);
    const QJsonObject doc = indexJson(repo);
    const QSet<QString> expected = lsTreeVersions(repo, {u"snapshot"_s, u"staging"_s, u"production"_s});
    QCOMPARE(expected.size(), 178 + 37 + 35);
    const QSet<QString> actual = jsonVersions(doc);
    QCOMPARE(actual.size(), expected.size());
    QCOMPARE(actual, expected);
    for (const QJsonValue &t : doc[u"tiers"_s].toArray())
        QCOMPARE(t[u"commit"_s].toString(), runGit(repo, {u"rev-parse"_s, t[u"name"_s].toString()}).trimmed());
    int different = 0;
    for (const QJsonValue &d : doc[u"duplicates"_s].toArray()) {
        different += d[u"classification"_s].toString() == u"different"_s;
        // Each shadowed copy says how it differs from the served one: system 0.10.7's only in file modes.
        for (const QJsonValue &c : d[u"copies"_s].toArray()) {
            if (c[u"role"_s].toString() != u"shadowed"_s)
                continue;
            QVERIFY(!c[u"difference"_s].toString().isEmpty());
            if (d[u"version"_s].toString() == u"0.10.7"_s)
                QCOMPARE(c[u"difference"_s].toString(), u"mode-only"_s);
        }
    }
    QCOMPARE(different, 2);
    const Run table = cli({u"index"_s, repo});
    QVERIFY2(table.out.contains(u"only file modes differ"_s), qPrintable(table.out.right(2000)));
}

void TestCli::readableTable()
{
    RepoBuilder b;
    b.commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.3.0"_s));
    Files bad = RepoBuilder::package(u"aws"_s, u"0.5.1"_s);
    bad.insert(u"packages/aws/0.5.1/manifest.yml"_s, "name: [aws\n");
    b.commit(u"production"_s, bad);
    const Run r = cli({u"index"_s, b.path()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"refs/heads/snapshot"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"staging"_s) && r.out.contains(u"(absent)"_s));
    QVERIFY(r.out.contains(u"nginx"_s));
    QVERIFY(r.out.contains(u"0.5.1!"_s)); // marked as having a problem
    QVERIFY(r.out.contains(u"not valid YAML"_s));
    QVERIFY(r.out.contains(u"Packages: 2, versions: 2, problems: 1."_s));
}

void TestCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << u"usage"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
    QTest::newRow("no repository") << QStringList{u"index"_s} << u"exactly one repository"_s;
    QTest::newRow("unknown option") << QStringList{u"index"_s, u"--bogus"_s, u"."_s} << u"bogus"_s;
    QTest::newRow("not a repository") << QStringList{u"index"_s, u"/nonexistent/storage"_s}
                                      << u"is not a git repository"_s;
}

void TestCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCli::noTierBranches()
{
    RepoBuilder b;
    b.commit(u"main"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s));
    const Run r = cli({u"index"_s, b.path()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"no tier branches"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

// A second process reads the parsed manifests the first left in the user's
// cache directory; a corrupt store changes nothing but the time and is rewritten.
void TestCli::secondProcessUsesTheStore()
{
    RepoBuilder b;
    Files files = RepoBuilder::package(u"nginx"_s, u"1.3.0"_s);
    files.insert(u"packages/aws/0.5.1/manifest.yml"_s, "name: aws\nversion: 0.5.1\nname: other\n");
    b.commit(u"snapshot"_s, files);
    const QString cacheDir =
        qEnvironmentVariable("XDG_CACHE_HOME", QDir::homePath() + u"/.cache"_s) + u"/tierdesk/manifests"_s;
    QDir(cacheDir).removeRecursively();

    const Run first = cli({u"index"_s, b.path(), u"--json"_s});
    QCOMPARE(first.exitCode, 0);
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(QFileInfo(b.repo().path()).canonicalFilePath().toUtf8(), QCryptographicHash::Sha1)
            .toHex());
    const QStringList stores = QDir(cacheDir).entryList({key + u".cache"_s}, QDir::Files);
    QCOMPARE(stores.size(), 1);
    QVERIFY(first.out.contains(u"appears twice"_s));
    const QString store = cacheDir + u'/' + stores[0];
    const QByteArray written = [&] { QFile f(store); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();
    QVERIFY(written.size() > 40);

    const Run second = cli({u"index"_s, b.path(), u"--json"_s});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, first.out);

    // Both stores damaged: neither is believed, the tiers are read again and both are rewritten.
    const QString snapshots = QFileInfo(cacheDir).path() + u"/snapshots/"_s + stores[0];
    const QByteArray snapshotWritten = [&] { QFile f(snapshots); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();
    QVERIFY(snapshotWritten.size() > 40);
    for (const auto &[path, bytes] : {std::pair{store, written}, std::pair{snapshots, snapshotWritten}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes.left(bytes.size() / 2) + "garbage");
    }
    const Run third = cli({u"index"_s, b.path(), u"--json"_s});
    QCOMPARE(third.exitCode, 0);
    QCOMPARE(third.out, first.out);
    QVERIFY(third.err.isEmpty());
    QFile rewritten(store);
    QVERIFY(rewritten.open(QIODevice::ReadOnly));
    QCOMPARE(rewritten.readAll().size(), written.size());
    QFile snapshotRewritten(snapshots);
    QVERIFY(snapshotRewritten.open(QIODevice::ReadOnly));
    QCOMPARE(snapshotRewritten.readAll().size(), snapshotWritten.size());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
