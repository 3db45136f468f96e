// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli compare: two tiers with their commits, the --only filters, Markdown
// cut to fit a GitHub comment, the whole table written to a file, and the real fixture.
#include "support/CliRunner.h"
#include "support/FixtureBundle.h"
#include "support/RepoBuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// staging: nginx 1.2.0 (= production, pending removal), system 1.4.2 (≠ production: shadowed), redis 1.1.0;
// production: nginx 1.2.0, system 1.4.2, aws 3.0.0.
void buildRepo(RepoBuilder &b)
{
    Files staging = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    staging.insert(RepoBuilder::package(u"system"_s, u"1.4.2"_s, u"rebuilt"_s));
    staging.insert(RepoBuilder::package(u"redis"_s, u"1.1.0"_s));
    b.commit(u"staging"_s, staging);
    Files production = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    production.insert(RepoBuilder::package(u"system"_s, u"1.4.2"_s));
    production.insert(RepoBuilder::package(u"aws"_s, u"3.0.0"_s));
    b.commit(u"production"_s, production);
}

QStringList rowsOf(const QJsonObject &doc)
{
    QStringList out;
    for (const QJsonValue &v : doc[u"versions"_s].toArray())
        out.append(v[u"name"_s].toString() + u'@' + v[u"version"_s].toString());
    return out;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestCompareCli : public QObject {
    Q_OBJECT
private slots:
    void filters_data();
    void filters();
    void textAndMarkdown();
    void cutAndFile();
    void errors_data();
    void errors();
    void fixture();
};

void TestCompareCli::filters_data()
{
    QTest::addColumn<QString>("only");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("all") << QString() << QStringList{u"system@1.4.2"_s, u"redis@1.1.0"_s, u"aws@3.0.0"_s, u"nginx@1.2.0"_s};
    QTest::newRow("changed") << u"changed"_s << QStringList{u"system@1.4.2"_s};
    QTest::newRow("only-a") << u"only-a"_s << QStringList{u"redis@1.1.0"_s};
    QTest::newRow("only-b") << u"only-b"_s << QStringList{u"aws@3.0.0"_s};
    QTest::newRow("shadowed") << u"shadowed"_s << QStringList{u"system@1.4.2"_s};
    QTest::newRow("pending") << u"pending"_s << QStringList{u"nginx@1.2.0"_s};
}

void TestCompareCli::filters()
{
    QFETCH(QString, only);
    QFETCH(QStringList, rows);
    RepoBuilder b;
    buildRepo(b);
    QStringList args{u"compare"_s, b.path(), u"staging"_s, u"production"_s, u"--json"_s};
    if (!only.isEmpty())
        args += QStringList{u"--only"_s, only};
    const CliRun r = runCli(args);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(rowsOf(doc), rows);
    QCOMPARE(doc[u"filter"_s].toString(), only.isEmpty() ? u"all"_s : only);
    QCOMPARE(doc[u"tierA"_s][u"commit"_s].toString(), b.tip(u"staging"_s).toHex());
    QCOMPARE(doc[u"tierB"_s][u"commit"_s].toString(), b.tip(u"production"_s).toHex());
    QCOMPARE(doc[u"counts"_s][u"only-b"_s].toInt(), 1); // counts before the filter
}

void TestCompareCli::textAndMarkdown()
{
    RepoBuilder b;
    buildRepo(b);
    const CliRun text = runCli({u"compare"_s, b.path(), u"staging"_s, u"production"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(u"Tier comparison: staging "_s + b.tip(u"staging"_s).shortHex(12) + u" and production "_s
                                 + b.tip(u"production"_s).shortHex(12)),
             qPrintable(text.out));
    // The difference is read from the trees: here content, not only modes.
    QVERIFY2(text.out.contains(u"(content differs; staging's copy is shadowed)"_s), qPrintable(text.out));
    const CliRun md = runCli({u"compare"_s, b.path(), u"staging"_s, u"production"_s, u"--markdown"_s, u"--only"_s, u"pending"_s});
    QCOMPARE(md.exitCode, 0);
    QVERIFY(md.out.startsWith(u"### Tier comparison: staging `"_s));
    QVERIFY(md.out.contains(u"Showing only: Pending removals (promoted copies)"_s));
    QVERIFY(md.out.contains(u"| nginx | 1.2.0 | In both, identical content (staging's copy awaits removal) |"_s));
    QVERIFY(!md.out.contains(u"| redis |"_s));
}

void TestCompareCli::cutAndFile()
{
    RepoBuilder b;
    Files production;
    // Enough versions for a table far above 65,536 characters.
    for (int i = 0; i < 1000; ++i)
        production.insert(RepoBuilder::package(u"integration-package-%1"_s.arg(i, 3, 10, QChar(u'0')), u"1.0.0"_s));
    b.commit(u"production"_s, production);
    b.commit(u"staging"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s));
    const CliRun md = runCli({u"compare"_s, b.path(), u"staging"_s, u"production"_s, u"--markdown"_s});
    QCOMPARE(md.exitCode, 0);
    QVERIFY2(md.out.size() <= 65536, qPrintable(QString::number(md.out.size())));
    QVERIFY(md.out.size() > 60000);
    QVERIFY2(md.out.contains(u"more row(s) cut here:** a GitHub comment holds at most 65,536 characters."_s),
             qPrintable(md.out.right(400)));
    QTemporaryDir dir;
    const QString file = dir.filePath(u"whole.md"_s);
    const CliRun whole = runCli({u"compare"_s, b.path(), u"staging"_s, u"production"_s, u"--markdown"_s, u"--output"_s, file});
    QCOMPARE(whole.exitCode, 0);
    QVERIFY(whole.out.isEmpty());
    QVERIFY2(whole.err.contains(file), qPrintable(whole.err));
    const QString text = readFile(file);
    QVERIFY(text.size() > 65536);
    QVERIFY(!text.contains(u"cut here"_s));
    QCOMPARE(text.count(u"| integration-package-"_s), 1000);
}

void TestCompareCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("one tier") << QStringList{u"staging"_s} << u"give a repository and two tiers"_s;
    QTest::newRow("unknown tier") << QStringList{u"stagin"_s, u"production"_s}
                                  << u"“stagin” is not a tier; the tiers are snapshot, staging, production."_s;
    QTest::newRow("bad filter") << QStringList{u"staging"_s, u"production"_s, u"--only"_s, u"promoted"_s}
                                << u"--only takes changed, only-a, only-b, shadowed or pending, not “promoted”."_s;
    QTest::newRow("two formats") << QStringList{u"staging"_s, u"production"_s, u"--json"_s, u"--markdown"_s}
                                 << u"choose one of --markdown and --json."_s;
}

void TestCompareCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    RepoBuilder b;
    buildRepo(b);
    const CliRun r = runCli(QStringList{u"compare"_s, b.path()} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCompareCli::fixture()
{
    TIERDESK_REQUIRE_FIXTURE(repo);
    // staging against production: about 120 KB as a whole table, cut to fit a comment by default.
    const CliRun md = runCli({u"compare"_s, repo, u"staging"_s, u"production"_s, u"--markdown"_s});
    QCOMPARE(md.exitCode, 0);
    QVERIFY(md.out.size() <= 65536);
    QVERIFY(md.out.startsWith(u"### Tier comparison: staging `ca599e190f19` and production `177fdfcfd8f9`"_s));
    // The shadowed copies of snapshot differ from production's in file modes only, and say so.
    const CliRun shadowed = runCli({u"compare"_s, repo, u"snapshot"_s, u"production"_s, u"--only"_s, u"shadowed"_s, u"--json"_s});
    QCOMPARE(shadowed.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(shadowed.out.toUtf8()).object();
    bool found = false;
    for (const QJsonValue &v : doc[u"versions"_s].toArray()) {
        QCOMPARE(v[u"roleA"_s].toString(), u"shadowed"_s);
        if (v[u"name"_s].toString() == u"system"_s && v[u"version"_s].toString() == u"0.10.7"_s) {
            found = true;
            QCOMPARE(v[u"difference"_s].toString(), u"mode-only"_s);
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestCompareCli)
#include "tst_comparecli.moc"
