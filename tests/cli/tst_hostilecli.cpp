// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile corpus through `tierdesk-cli` as a user runs it: every case
// loads (exit 0), names its problem, prints no raw control character, and
// leaves the repository as it was. Also the command-line defects of issue #14.
#include "support/CliRunner.h"
#include "support/FakeGitHub.h"
#include "support/HostileCorpus.h"
#include "support/RawObjects.h"
#include "support/RepoSnapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
// ESC, CSI, carriage return, any C0 control but newline and tab, DEL and the C1 controls.
QString rawControl(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f || (u >= 0x80 && u <= 0x9f))
            return u"U+%1"_s.arg(int(u), 4, 16, QChar(u'0'));
    }
    return {};
}
} // namespace

class TestHostileCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { git::ensureInitialized(); }
    void indexCorpus_data();
    void indexCorpus();
    void namesCannotFakeRows();
    void diffEscapesTheTitle();
    void deleteWithHostileDrafts();
    void tierListedTwice();
    void negativeVersion();
    void tagPushOverPlainHttpSendsNoToken();
};

void TestHostileCli::indexCorpus_data()
{
    QTest::addColumn<int>("index");
    const QList<HostileCase> cases = hostileCases();
    for (qsizetype i = 0; i < cases.size(); ++i)
        QTest::newRow(qPrintable(cases.at(i).name)) << int(i);
}

void TestHostileCli::indexCorpus()
{
    QFETCH(int, index);
    const HostileCase c = hostileCases().at(index);
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    QVERIFY(c.build(h));
    const RepoSnapshot before = RepoSnapshot::of(h.path());
    const CliRun run = runCli({u"index"_s, h.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(rawControl(run.out).isEmpty(), qPrintable(rawControl(run.out)));
    QVERIFY2(rawControl(run.err).isEmpty(), qPrintable(rawControl(run.err)));
    if (!c.tier.isEmpty() && !c.words.isEmpty())
        QVERIFY2(run.out.contains(c.words), qPrintable(run.out.right(3000)));
    // Every healthy version of the other tiers (and of this one, when it still loads) is in the table.
    const QStringList lines = run.out.split(u'\n');
    const QMap<QString, QStringList> healthy = HostileRepo::healthyVersions();
    for (auto it = healthy.cbegin(); it != healthy.cend(); ++it) {
        if (it.key() == c.tier && !c.tierStillLoads)
            continue;
        for (const QString &v : it.value()) {
            const QString name = v.section(u'@', 0, 0) + u' ';
            const QString version = v.section(u'@', 1);
            const bool listed = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) {
                return l.startsWith(name) && l.contains(version);
            });
            QVERIFY2(listed, qPrintable(v + u" is missing:\n"_s + run.out.right(3000)));
        }
    }
    if (c.extra) {
        const QString failure = c.extra(h, nullptr);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    const QStringList changed = before.differences(RepoSnapshot::of(h.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(u'\n')));
}

// Issue #14, defect 7: ESC and newlines in directory names reached the terminal, so rows could be faked.
void TestHostileCli::namesCannotFakeRows()
{
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    const git::ObjectId v = raw::treeOfFiles(h.repo(), {{"manifest.yml", "name: x\n"}});
    const git::ObjectId pkg = raw::tree(h.repo(), {{"1.0.0", 0040000, v}});
    QVERIFY(!raw::addEntry(h.repo(), u"refs/heads/snapshot"_s, {"packages"}, {"evil\x1b[31m\nproduction", 0040000, pkg}).isNull());
    const CliRun run = runCli({u"index"_s, h.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(QChar(0x1b)));
    QVERIFY2(run.out.contains(u"evil\\x1B[31m\\nproduction"_s), qPrintable(run.out));
    for (const QString &line : run.out.split(u'\n'))
        QVERIFY2(!line.startsWith(u"production "_s) || line.contains(u"refs/heads/production"_s), qPrintable(line));
}

// Issue #14, defect 7: an ESC sequence in a manifest title reached the terminal through `diff`.
void TestHostileCli::diffEscapesTheTitle()
{
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    QByteArray manifest = RepoBuilder::manifest(u"beta"_s, u"2.2.0"_s);
    manifest.replace("title: Beta\n", "title: \"\\x1b[2J\\x1b]0;owned\\x07Beta\"\n");
    h.builder.commit(u"snapshot"_s, {{u"packages/beta/2.2.0/manifest.yml"_s, manifest}});
    const CliRun run = runCli({u"diff"_s, h.path(), u"snapshot:beta@2.1.0"_s, u"snapshot:beta@2.2.0"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(rawControl(run.out).isEmpty(), qPrintable(rawControl(run.out) + run.out));
    QVERIFY2(run.out.contains(u"\\x1B[2J"_s), qPrintable(run.out));
}

// Issue #14, defect 1, as a user ran it: `drafts --delete` with a hostile drafts.json.
void TestHostileCli::deleteWithHostileDrafts()
{
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    const QString tip = h.builder.tip(u"production"_s).toHex();
    const QString snap = h.builder.tip(u"snapshot"_s).toHex();
    auto branch = [](const QString &name, const QString &c) {
        return QJsonObject{{u"branch"_s, name}, {u"baseTier"_s, u"x"_s}, {u"base"_s, c}, {u"commit"_s, c}};
    };
    const QJsonObject entry{{u"id"_s, u"evil"_s}, {u"promotion"_s, branch(u"production"_s, tip)},
                            {u"removal"_s, branch(u"snapshot"_s, snap)}};
    QDir().mkpath(QDir(h.repo().path()).filePath(u"tierdesk"_s));
    QFile f(QDir(h.repo().path()).filePath(u"tierdesk/drafts.json"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"drafts"_s, QJsonArray{entry}}}).toJson());
    f.close();
    const QMap<QString, QString> refs = refsOf(h.path());
    const CliRun del = runCli({u"drafts"_s, h.path(), u"--delete"_s, u"evil"_s});
    QCOMPARE(del.exitCode, 2);
    QVERIFY2(del.err.contains(u"There is no draft “evil”"_s), qPrintable(del.err));
    QCOMPARE(refsOf(h.path()), refs);
    const CliRun list = runCli({u"drafts"_s, h.path()});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.err.contains(u"is set aside"_s) && list.err.contains(u"not a tierdesk/… branch"_s), qPrintable(list.err));
}

void TestHostileCli::tierListedTwice()
{
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    for (const QString &command : {u"index"_s, u"release-check"_s}) {
        QStringList args{command, h.path()};
        if (command == u"release-check"_s)
            args.append(u"8.6.0"_s);
        const CliRun run = runCli(args + QStringList{u"--tiers"_s, u"snapshot,snapshot,production"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"named more than once"_s), qPrintable(run.err));
    }
}

void TestHostileCli::negativeVersion()
{
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    const CliRun run = runCli({u"release-check"_s, h.path(), u"-1.0.0"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(!run.err.contains(u"Unknown option"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"“-1.0.0” is not an option"_s), qPrintable(run.err));
}

// Issue #14, defect 2, as a user ran it: `tag --push http://127.0.0.1:PORT/x.git` sent the token.
void TestHostileCli::tagPushOverPlainHttpSendsNoToken()
{
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    FakeGitHub server;
    QVERIFY(server.listen());
    FakeGitHub::Response unauthorized = FakeGitHub::error(401, u"Bad credentials"_s);
    unauthorized.headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Basic realm=\"GitHub\""));
    server.setFallback(unauthorized);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString token = u"ghp_tagTOKEN0123456789abcdefABCDEF012345"_s;
    env.insert(u"GITHUB_TOKEN"_s, token);
    env.remove(u"SSH_AUTH_SOCK"_s);
    for (const QString &who : {u"AUTHOR"_s, u"COMMITTER"_s}) {
        env.insert(u"GIT_%1_NAME"_s.arg(who), u"Release Tester"_s);
        env.insert(u"GIT_%1_EMAIL"_s.arg(who), u"release@example.com"_s);
    }
    const CliRun run = runCli({u"tag"_s, h.path(), u"8.6.0"_s, u"--force-warnings"_s, u"--push"_s,
                               server.url(u"/x.git"_s).toString()},
                              env);
    QVERIFY2(run.exitCode == 2, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"Created tag 8.6.0"_s), qPrintable(run.out + run.err));
    QVERIFY2(run.err.contains(u"the GitHub token is sent only over HTTPS to github.com"_s), qPrintable(run.err));
    QVERIFY(!server.requests.isEmpty());
    for (const FakeGitHub::Request &r : std::as_const(server.requests))
        QVERIFY2(r.authorization.isEmpty(), r.authorization.constData());
    QVERIFY(!run.err.contains(token) && !run.out.contains(token));
}

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostilecli.moc"
