// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli diff: line counts agree with `git diff --numstat` between the
// same two trees, on built repositories and on the real fixture bundle.
#include "support/CliRunner.h"
#include "support/FixtureBundle.h"
#include "support/RepoBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Run = CliRun;

Run cli(const QStringList &args) { return runCli(args); }

QByteArray git(const QString &repo, const QStringList &args)
{
    QProcess p;
    p.start(u"git"_s, QStringList{u"-C"_s, repo} + args);
    p.waitForFinished(120000);
    return p.readAllStandardOutput();
}

QString treeOf(const QString &repo, const QString &tier, const QString &name, const QString &version)
{
    return QString::fromUtf8(git(repo, {u"rev-parse"_s, tier + u":packages/"_s + name + u'/' + version})).trimmed();
}

// path → "added removed" ("- -" for binary files), plus "old → new" for renames.
struct Numstat {
    QMap<QString, QString> counts;
    QMap<QString, QString> renamedFrom;
};

Numstat gitNumstat(const QString &repo, const QString &oldTree, const QString &newTree)
{
    Numstat n;
    const QList<QByteArray> tokens = git(repo, {u"diff"_s, u"--numstat"_s, u"-z"_s, u"-M"_s, oldTree, newTree}).split('\0');
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].isEmpty())
            continue;
        const QList<QByteArray> cols = tokens[i].split('\t');
        if (cols.size() < 3)
            continue;
        const QString counts = QString::fromUtf8(cols[0] + ' ' + cols[1]);
        if (cols[2].isEmpty()) { // a rename: "a\tr\t\0old\0new\0"
            const QString oldPath = QString::fromUtf8(tokens.value(i + 1));
            const QString path = QString::fromUtf8(tokens.value(i + 2));
            n.counts.insert(path, counts);
            n.renamedFrom.insert(path, oldPath);
            i += 2;
        } else {
            n.counts.insert(QString::fromUtf8(cols[2]), counts);
        }
    }
    return n;
}

QJsonObject diffJson(const QStringList &args)
{
    const Run r = cli(QStringList{u"diff"_s} + args + QStringList{u"--json"_s});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

Numstat jsonNumstat(const QJsonObject &doc)
{
    Numstat n;
    for (const QJsonValue &v : doc[u"files"_s].toArray()) {
        const QJsonObject f = v.toObject();
        const QString path = f[u"path"_s].toString();
        n.counts.insert(path, f[u"binary"_s].toBool()
                                  ? u"- -"_s
                                  : u"%1 %2"_s.arg(f[u"added"_s].toInt()).arg(f[u"removed"_s].toInt()));
        if (f[u"status"_s].toString() == u"renamed")
            n.renamedFrom.insert(path, f[u"oldPath"_s].toString());
    }
    return n;
}

// Rows of the --stat table: "Added Removed Status... Path" (renames "old => new").
Numstat statNumstat(const QString &out, int *totalAdded, int *totalRemoved)
{
    Numstat n;
    const QStringList lines = out.split(u'\n');
    for (qsizetype i = 2; i < lines.size(); ++i) { // after the header and its rule
        const QString &line = lines[i];
        static const QRegularExpression totals(uR"(^Files: \d+ changed .*; lines: \+(\d+) -(\d+)\.$)"_s);
        if (const auto m = totals.match(line); m.hasMatch()) {
            *totalAdded = m.captured(1).toInt();
            *totalRemoved = m.captured(2).toInt();
            break;
        }
        const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
        if (cols.size() < 4)
            continue;
        const QString path = cols.last();
        n.counts.insert(path, cols[0] + u' ' + cols[1]);
        if (cols.size() >= 6 && cols[cols.size() - 2] == u"=>")
            n.renamedFrom.insert(path, cols[cols.size() - 3]);
    }
    return n;
}

int sum(const Numstat &n, int column)
{
    int total = 0;
    for (const QString &c : n.counts)
        total += c.section(u' ', column, column).toInt();
    return total;
}

// Compares --json and --stat with git for one pair of versions.
void compareWithGit(const QString &repo, const QString &oldSpec, const QString &newSpec, int expectedFiles)
{
    const auto split = [](const QString &spec) {
        return QStringList{spec.section(u':', 0, 0), spec.section(u':', 1).section(u'@', 0, 0), spec.section(u'@', 1)};
    };
    const QStringList o = split(oldSpec), n = split(newSpec);
    const QString oldTree = treeOf(repo, o[0], o[1], o[2]);
    const QString newTree = treeOf(repo, n[0], n[1], n[2]);
    QCOMPARE(oldTree.size(), 40);
    const Numstat expected = gitNumstat(repo, oldTree, newTree);
    QCOMPARE(expected.counts.size(), expectedFiles);

    const QJsonObject doc = diffJson({repo, oldSpec, newSpec});
    QCOMPARE(doc[u"old"_s][u"tree"_s].toString(), oldTree);
    QCOMPARE(doc[u"new"_s][u"tree"_s].toString(), newTree);
    const Numstat json = jsonNumstat(doc);
    QCOMPARE(json.counts, expected.counts);
    QCOMPARE(json.renamedFrom, expected.renamedFrom);
    QCOMPARE(doc[u"totals"_s][u"added"_s].toInt(), sum(expected, 0));
    QCOMPARE(doc[u"totals"_s][u"removed"_s].toInt(), sum(expected, 1));

    const Run stat = cli({u"diff"_s, repo, oldSpec, newSpec, u"--stat"_s});
    QCOMPARE(stat.exitCode, 0);
    int added = -1, removed = -1;
    const Numstat table = statNumstat(stat.out, &added, &removed);
    QCOMPARE(table.counts, expected.counts);
    QCOMPARE(table.renamedFrom, expected.renamedFrom);
    QCOMPARE(added, sum(expected, 0));
    QCOMPARE(removed, sum(expected, 1));
}

// The +/- lines of a patch, per file, in order.
QMap<QString, QStringList> patchLines(const QByteArray &patch)
{
    QMap<QString, QStringList> out;
    QString file;
    for (const QByteArray &raw : patch.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(u"diff --git "_s))
            file = line;
        else if ((line.startsWith(u'+') && !line.startsWith(u"+++ "_s)) || (line.startsWith(u'-') && !line.startsWith(u"--- "_s)))
            out[file].append(line);
    }
    return out;
}

// production nginx 1.2.0 → snapshot nginx 1.3.0, with every kind of change.
void buildRepo(RepoBuilder &b)
{
    const QString o = u"packages/nginx/1.2.0/"_s;
    const QString n = u"packages/nginx/1.3.0/"_s;
    QByteArray fields;
    for (int i = 0; i < 40; ++i)
        fields += "- name: nginx.access.field" + QByteArray::number(i) + "\n  type: keyword\n";
    QByteArray readme;
    for (int i = 0; i < 60; ++i)
        readme += "Paragraph " + QByteArray::number(i) + " about the integration.\n";
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDRdata", 20);
    b.commitEdit(
        u"production"_s,
        [&](tierdesk::git::TreeEditor &e) {
            Files p = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
            p.insert(o + u"docs/README.md"_s, readme);
            p.insert(o + u"data_stream/access/fields/fields.yml"_s, fields);
            p.insert(o + u"kibana/dashboard/old.json"_s, "{\"title\": \"Old\"}\n");
            p.insert(o + u"img/logo.png"_s, png);
            for (auto it = p.cbegin(); it != p.cend(); ++it)
                QVERIFY(bool(e.putFile(it.key(), it.value())));
            QVERIFY(bool(e.putFile(o + u"data_stream/access/agent/stream/stream.yml.hbs"_s, "paths:\n{{#each paths}}\n  - {{this}}\n{{/each}}\n", true)));
        },
        u"production"_s);
    QByteArray readme2 = readme;
    readme2.replace("Paragraph 10 about", "Paragraph 10 all about");
    readme2.replace("Paragraph 50 about the integration.\n", "");
    readme2 += "A new closing paragraph.\n";
    QByteArray fields2 = fields;
    fields2.replace("field7\n  type: keyword", "field7\n  type: long");
    b.commitEdit(
        u"snapshot"_s,
        [&](tierdesk::git::TreeEditor &e) {
            Files p = RepoBuilder::package(u"nginx"_s, u"1.3.0"_s, u"Adds dashboards."_s);
            p.insert(n + u"docs/README.md"_s, readme2);
            p.insert(n + u"data_stream/logs/fields/fields.yml"_s, fields2); // renamed and edited
            p.insert(n + u"kibana/dashboard/new.json"_s, "{\"title\": \"New\",\n \"panels\": []}\n");
            QByteArray png2 = png;
            png2[19] = 'X';
            p.insert(n + u"img/logo.png"_s, png2);
            for (auto it = p.cbegin(); it != p.cend(); ++it)
                QVERIFY(bool(e.putFile(it.key(), it.value())));
            QVERIFY(bool(e.putFile(n + u"data_stream/access/agent/stream/stream.yml.hbs"_s,
                      "paths:\n{{#each paths}}\n  - {{this}}\n{{/each}}\n", false))); // mode only
        },
        u"snapshot"_s);
    Files staging = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    staging.insert(RepoBuilder::package(u"nginx"_s, u"1.1.0"_s));
    b.commit(u"staging"_s, staging);
}
} // namespace

class TestDiffCli : public QObject {
    Q_OBJECT
private slots:
    void countsMatchGit();
    void countsMatchGitOnFixture_data();
    void countsMatchGitOnFixture();
    void summary();
    void patchMatchesGit();
    void tagsAndCommits();
    void modeOnlyNamed();
    void errors_data();
    void errors();
};

void TestDiffCli::countsMatchGit()
{
    RepoBuilder b;
    buildRepo(b);
    compareWithGit(b.path(), u"production:nginx@1.2.0"_s, u"snapshot:nginx@1.3.0"_s, 8);
    const QJsonObject doc = diffJson({b.path(), u"production:nginx@1.2.0"_s, u"snapshot:nginx@1.3.0"_s});
    QMap<QString, QString> statuses;
    for (const QJsonValue &v : doc[u"files"_s].toArray())
        statuses.insert(v[u"path"_s].toString(), v[u"status"_s].toString());
    QCOMPARE(statuses.value(u"data_stream/logs/fields/fields.yml"_s), u"renamed"_s);
    QCOMPARE(statuses.value(u"kibana/dashboard/new.json"_s), u"added"_s);
    QCOMPARE(statuses.value(u"kibana/dashboard/old.json"_s), u"removed"_s);
    QCOMPARE(statuses.value(u"img/logo.png"_s), u"modified"_s);
    // The same version in two tiers with different content, and two versions of one tier.
    compareWithGit(b.path(), u"production:nginx@1.2.0"_s, u"staging:nginx@1.2.0"_s, 5);
    compareWithGit(b.path(), u"staging:nginx@1.1.0"_s, u"staging:nginx@1.2.0"_s, 3);

    // Too large for the limit: listed, not counted.
    const Run small = cli({u"diff"_s, b.path(), u"production:nginx@1.2.0"_s, u"snapshot:nginx@1.3.0"_s, u"--json"_s,
                           u"--max-size"_s, u"1000"_s});
    QCOMPARE(small.exitCode, 0);
    const QJsonArray files = QJsonDocument::fromJson(small.out.toUtf8())[u"files"_s].toArray();
    bool sawTooLarge = false;
    for (const QJsonValue &v : files) {
        if (v[u"path"_s].toString() == u"docs/README.md"_s) {
            QVERIFY(v[u"tooLarge"_s].toBool());
            QCOMPARE(v[u"added"_s].toInt(), 0);
            sawTooLarge = true;
        }
    }
    QVERIFY(sawTooLarge);
}

void TestDiffCli::countsMatchGitOnFixture_data()
{
    QTest::addColumn<QString>("oldSpec");
    QTest::addColumn<QString>("newSpec");
    QTest::addColumn<int>("files");
    // The two versions the bundle holds twice with different content (only the file modes differ).
    QTest::newRow("system@0.10.7 production vs snapshot") << u"production:system@0.10.7"_s << u"snapshot:system@0.10.7"_s << 271;
    QTest::newRow("system@0.10.5 staging vs snapshot") << u"staging:system@0.10.5"_s << u"snapshot:system@0.10.5"_s << 271;
    // Real content changes.
    QTest::newRow("system 0.10.7 → 0.10.9 in production") << u"production:system@0.10.7"_s
                                                           << u"production:system@0.10.9"_s << 99;
    QTest::newRow("system staging 0.10.8 → snapshot 0.11.2") << u"staging:system@0.10.8"_s << u"snapshot:system@0.11.2"_s
                                                             << 272;
}

void TestDiffCli::countsMatchGitOnFixture()
{
    QFETCH(QString, oldSpec);
    QFETCH(QString, newSpec);
    QFETCH(int, files);
    TIERDESK_REQUIRE_FIXTURE(repo);
    compareWithGit(repo, oldSpec, newSpec, files);
}

void TestDiffCli::summary()
{
    RepoBuilder b;
    buildRepo(b);
    const Run r = cli({u"diff"_s, b.path(), u"production:nginx@1.2.0"_s, u"snapshot:nginx@1.3.0"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"production:nginx@1.2.0 ("_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u") → snapshot:nginx@1.3.0 ("_s));
    QVERIFY(r.out.contains(u"Manifest:"_s));
    QVERIFY(QRegularExpression(u"Version\\s+1\\.2\\.0\\s+1\\.3\\.0"_s).match(r.out).hasMatch());
    QVERIFY(r.out.contains(u"Changelog entries added:\n  1.3.0\n    - Release 1.3.0. Adds dashboards. [enhancement] https://example.com/pull/1\n"_s));
    QVERIFY2(r.out.contains(u"modified (mode 100755 → 100644, content unchanged)"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"renamed "_s));
    QVERIFY(r.out.contains(u"Files: 8 changed (1 added, 1 removed, 5 modified, 1 renamed)"_s));

    const QJsonObject doc = diffJson({b.path(), u"production:nginx@1.2.0"_s, u"snapshot:nginx@1.3.0"_s});
    const QJsonObject manifest = doc[u"manifest"_s].toObject();
    QCOMPARE(manifest[u"oldVersion"_s].toString(), u"1.2.0"_s);
    QCOMPARE(manifest[u"fields"_s][0][u"field"_s].toString(), u"version"_s);
    QCOMPARE(manifest[u"changelogAdded"_s][0][u"version"_s].toString(), u"1.3.0"_s);

    const Run same = cli({u"diff"_s, b.path(), u"production:nginx@1.2.0"_s, u"production:nginx@1.2.0"_s});
    QVERIFY2(same.out.contains(u"identical content"_s), qPrintable(same.out));
}

void TestDiffCli::patchMatchesGit()
{
    RepoBuilder b;
    buildRepo(b);
    const Run r = cli({u"diff"_s, b.path(), u"production:nginx@1.2.0"_s, u"snapshot:nginx@1.3.0"_s, u"--patch"_s});
    QCOMPARE(r.exitCode, 0);
    const QByteArray expected = git(b.path(), {u"diff"_s, u"-M"_s, treeOf(b.path(), u"production"_s, u"nginx"_s, u"1.2.0"_s),
                                               treeOf(b.path(), u"snapshot"_s, u"nginx"_s, u"1.3.0"_s)});
    const auto ours = patchLines(r.out.toUtf8());
    QCOMPARE(ours.size(), 6); // files with changed lines
    QCOMPARE(ours, patchLines(expected));
    QVERIFY(r.out.contains(u"rename from data_stream/access/fields/fields.yml\n"_s));
    QVERIFY(r.out.contains(u"Binary files a/img/logo.png and b/img/logo.png differ"_s));
}

void TestDiffCli::tagsAndCommits()
{
    RepoBuilder b;
    buildRepo(b);
    QVERIFY(b.setReference(u"refs/tags/7.10.0"_s, b.tip(u"production"_s)));
    // The tag, a commit id and a revision expression name the same tree as the tier.
    const QString commit = b.tip(u"production"_s).toHex().left(12);
    for (const QString &ref : {u"7.10.0"_s, commit, u"production~0"_s}) {
        const QJsonObject doc = diffJson({b.path(), ref + u":nginx@1.2.0"_s, u"snapshot:nginx@1.3.0"_s});
        QCOMPARE(doc[u"old"_s][u"tree"_s].toString(), treeOf(b.path(), u"production"_s, u"nginx"_s, u"1.2.0"_s));
        QCOMPARE(doc[u"old"_s][u"tier"_s].toString(), ref);
        QCOMPARE(doc[u"totals"_s][u"files"_s].toInt(), 8);
    }
    const Run r = cli({u"diff"_s, b.path(), u"7.10.0:nginx@1.2.0"_s, u"snapshot:nginx@1.3.0"_s, u"--stat"_s});
    QCOMPARE(r.exitCode, 0);
    const Run missing = cli({u"diff"_s, b.path(), u"7.10.0:nginx@1.3.0"_s, u"snapshot:nginx@1.3.0"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(u"7.10.0 has no version 1.3.0 of nginx; it has 1.2.0. snapshot has it."_s),
             qPrintable(missing.err));
}

void TestDiffCli::modeOnlyNamed()
{
    RepoBuilder b;
    const QString dir = u"packages/nginx/1.2.0/"_s;
    b.commitEdit(u"production"_s, [&](tierdesk::git::TreeEditor &e) {
        QVERIFY(bool(e.putFile(dir + u"run.sh"_s, "echo hi\n", true)));
        QVERIFY(bool(e.putFile(dir + u"docs/README.md"_s, "# Nginx\n")));
    }, u"edit"_s);
    b.commitEdit(u"snapshot"_s, [&](tierdesk::git::TreeEditor &e) {
        QVERIFY(bool(e.putFile(dir + u"run.sh"_s, "echo hi\n", false)));
        QVERIFY(bool(e.putFile(dir + u"docs/README.md"_s, "# Nginx\r\n")));
    }, u"edit"_s);
    const Run r = cli({u"diff"_s, b.path(), u"production:nginx@1.2.0"_s, u"snapshot:nginx@1.2.0"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"The two versions have the same content: only file modes and line endings differ."_s),
             qPrintable(r.out));
    QVERIFY(r.out.contains(u"modified (mode 100755 → 100644, content unchanged)"_s));
    QVERIFY(r.out.contains(u"modified (line endings only)"_s));
    const QJsonObject doc = diffJson({b.path(), u"production:nginx@1.2.0"_s, u"snapshot:nginx@1.2.0"_s});
    QCOMPARE(doc[u"difference"_s].toString(), u"cosmetic"_s);
    QCOMPARE(doc[u"differenceKinds"_s].toArray().toVariantList(), (QVariantList{u"mode"_s, u"line-endings"_s}));
    QCOMPARE(doc[u"files"_s][0][u"difference"_s].toString(), u"eol-only"_s); // docs/README.md
    QCOMPARE(doc[u"files"_s][1][u"difference"_s].toString(), u"mode-only"_s);
}

void TestDiffCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no versions") << QStringList{} << u"give a repository and two versions"_s;
    QTest::newRow("bad spec") << QStringList{u"nginx-1.2.0"_s, u"snapshot:nginx@1.3.0"_s} << u"is not REF:NAME@VERSION"_s;
    QTest::newRow("unknown tier") << QStringList{u"stagin:nginx@1.2.0"_s, u"snapshot:nginx@1.3.0"_s}
                                  << u"“stagin” is neither a tier (the tiers are snapshot, staging, production) nor a "
                                     u"tag, branch or commit."_s;
    QTest::newRow("unknown package") << QStringList{u"staging:ngnix@1.2.0"_s, u"snapshot:nginx@1.3.0"_s}
                                     << u"staging has no package “ngnix”; it has nginx."_s;
    QTest::newRow("unknown version") << QStringList{u"staging:nginx@9.9.9"_s, u"snapshot:nginx@1.3.0"_s}
                                     << u"staging has no version 9.9.9 of nginx; it has 1.2.0, 1.1.0."_s;
    QTest::newRow("version elsewhere") << QStringList{u"staging:nginx@1.3.0"_s, u"snapshot:nginx@1.3.0"_s}
                                       << u"it has 1.2.0, 1.1.0. snapshot has it."_s;
    QTest::newRow("two formats") << QStringList{u"staging:nginx@1.2.0"_s, u"snapshot:nginx@1.3.0"_s, u"--json"_s, u"--stat"_s}
                                 << u"choose one of --stat, --json and --patch"_s;
    QTest::newRow("bad size") << QStringList{u"staging:nginx@1.2.0"_s, u"snapshot:nginx@1.3.0"_s, u"--max-size"_s, u"big"_s}
                              << u"--max-size takes a number of bytes"_s;
}

void TestDiffCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    RepoBuilder b;
    buildRepo(b);
    const Run r = cli(QStringList{u"diff"_s, b.path()} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    const Run notRepo = cli({u"diff"_s, u"/nonexistent/storage"_s, u"staging:a@1.0.0"_s, u"snapshot:a@1.0.0"_s});
    QCOMPARE(notRepo.exitCode, 2);
    QVERIFY(notRepo.err.contains(u"is not a git repository"_s));
}

QTEST_GUILESS_MAIN(TestDiffCli)
#include "tst_diffcli.moc"
