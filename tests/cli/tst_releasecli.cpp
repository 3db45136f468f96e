// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli release-check, tag and release-notes: output forms, exit codes, tagging and pushing.
#include "support/CliRunner.h"
#include "support/FixtureBundle.h"
#include "support/ReleaseByHand.h"
#include "support/RepoBuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Run = CliRun;

Run cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GIT_COMMITTER_NAME"_s, u"Release Manager"_s);
    env.insert(u"GIT_COMMITTER_EMAIL"_s, u"release@example.com"_s);
    return runCli(args, env);
}

QJsonObject json(const Run &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << r.out << r.err;
    return doc.object();
}

QMap<QString, QString> contents(const QJsonObject &doc)
{
    QMap<QString, QString> map;
    for (const QJsonValue &v : doc[u"contents"_s].toArray())
        map.insert(v[u"name"_s].toString(), v[u"version"_s].toString());
    return map;
}

Files pkg(const QString &name, const QString &version, const QString &kibana, const QString &note = {})
{
    Files files = RepoBuilder::package(name, version, note);
    files[u"packages/"_s + name + u'/' + version + u"/manifest.yml"_s] = RepoBuilder::manifest(name, version, kibana);
    return files;
}

Files merged(std::initializer_list<Files> parts)
{
    Files all;
    for (const Files &part : parts)
        all.insert(part);
    return all;
}

QString rev(const QString &repo, const QString &what)
{
    return byhand::git(repo, {u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, what}).trimmed();
}
} // namespace

class TestReleaseCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exitCodes();
    void readableText();
    void markdown();
    void usageErrors_data();
    void usageErrors();
    void tagOnlyWhenTheCheckPasses();
    void tagNeverMovesAnExistingTag();
    void tagAndPushToBareRepository();
    void snapshotStackAsKibanaSendsIt();
    void majorDropIsAWarning();
    void releaseNotesForms();
    void releaseNotesCutAndOutputFile();
    void releaseNotesUsage();
    void fixtureContents_data();
    void fixtureContents();
};

void TestReleaseCli::snapshotStackAsKibanaSendsIt()
{
    RepoBuilder b;
    b.commit(u"production"_s, merged({pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s), pkg(u"beta"_s, u"1.0.0"_s, u">=8.6.0"_s)}));
    const Run r = cli({u"release-check"_s, b.path(), u"8.6.0-SNAPSHOT"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Evaluated as 8.6.0: Kibana asks the package registry with its version cut at the first “-”."_s),
             qPrintable(r.out));
    QVERIFY(r.out.contains(u"Contents: 2 packages"_s));
    const QJsonObject doc = json(cli({u"release-check"_s, b.path(), u"8.6.0-SNAPSHOT"_s, u"--json"_s}));
    QCOMPARE(doc[u"stackVersion"_s].toString(), u"8.6.0-SNAPSHOT"_s);
    QCOMPARE(doc[u"evaluatedAs"_s].toString(), u"8.6.0"_s);
    QCOMPARE(doc[u"tag"_s].toString(), u"8.6.0-SNAPSHOT"_s);
    QCOMPARE(contents(doc).size(), 2);
}

void TestReleaseCli::majorDropIsAWarning()
{
    RepoBuilder b;
    const auto old = b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^7.9.0"_s));
    QCOMPARE(byhand::git(b.path(), {u"tag"_s, u"7.9.0"_s, old.toHex()}), QString());
    b.commit(u"production"_s, merged({pkg(u"alpha"_s, u"2.0.0"_s, u"^9.0.0"_s), pkg(u"beta"_s, u"1.0.0"_s, u"^8.0.0"_s)}));
    const Run r = cli({u"release-check"_s, b.path(), u"8.6.0"_s});
    QCOMPARE(r.exitCode, 0); // a finding for the manager to accept, not a block
    QVERIFY2(r.out.contains(u"Verdict: READY WITH WARNINGS"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"no longer include 8.x (the newest, 2.0.0, requires ^9.0.0)"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"--previous REF"_s));
    // Another baseline, as the message offers: compared with a branch expression, alpha 2.0.0 was there too.
    const Run other = cli({u"release-check"_s, b.path(), u"8.6.0"_s, u"--previous"_s, u"production"_s});
    QVERIFY2(other.out.contains(u"Baseline: production at "_s), qPrintable(other.out));
}

void TestReleaseCli::releaseNotesForms()
{
    RepoBuilder b;
    const auto first = b.commit(u"production"_s, merged({pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s),
                                                         pkg(u"gamma"_s, u"1.0.0"_s, u"^8.0.0"_s)}));
    QCOMPARE(byhand::git(b.path(), {u"tag"_s, u"8.5.0"_s, first.toHex()}), QString());
    Files next = pkg(u"alpha"_s, u"1.1.0"_s, u"^8.0.0"_s);
    next[u"packages/alpha/1.1.0/changelog.yml"_s] =
        "- version: \"1.1.0\"\n  changes:\n    - description: \"Fix \\e[31mred\"\n      type: bugfix\n"
        "      link: https://github.com/elastic/integrations/pull/42\n";
    b.commit(u"production"_s, next, {}, {u"packages/gamma"_s});

    const Run text = cli({u"release-notes"_s, b.path(), u"8.5.0"_s, u"production"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"Packages: 0 added, 1 updated, 1 removed, 0 unchanged"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"~ alpha 1.0.0 -> 1.1.0\n"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"- gamma 1.0.0\n"_s));
    // The escape character from the repository is shown, not obeyed.
    QVERIFY2(text.out.contains(u"1.1.0 [bugfix] Fix \\x1b[31mred https://github.com/elastic/integrations/pull/42"_s),
             qPrintable(text.out));
    QVERIFY(!text.out.contains(QChar(0x1b)));

    const Run md = cli({u"release-notes"_s, b.path(), u"8.5.0"_s, u"production"_s, u"--markdown"_s});
    QCOMPARE(md.exitCode, 0);
    QVERIFY2(md.out.startsWith(u"# Release notes: 8.5.0 → production\n"_s), qPrintable(md.out));
    QVERIFY(md.out.contains(u"**Bug fixes**"_s));
    QVERIFY(md.out.contains(u"[#42](https://github.com/elastic/integrations/pull/42)"_s));

    const QJsonObject doc = json(cli({u"release-notes"_s, b.path(), u"8.5.0"_s, u"production"_s, u"--json"_s}));
    QCOMPARE(doc[u"updated"_s].toInt(), 1);
    QCOMPARE(doc[u"removed"_s].toInt(), 1);
    QCOMPARE(doc[u"from"_s][u"commit"_s].toString(), first.toHex());
    QCOMPARE(doc[u"packages"_s][0][u"changelog"_s][0][u"changes"_s][0][u"link"_s].toString(),
             u"https://github.com/elastic/integrations/pull/42"_s);
}

void TestReleaseCli::releaseNotesCutAndOutputFile()
{
    RepoBuilder b;
    const auto first = b.commit(u"production"_s, pkg(u"aaa"_s, u"1.0.0"_s, u"^8.0.0"_s));
    Files many;
    for (int i = 0; i < 30; ++i)
        many.insert(pkg(u"pkg%1"_s.arg(i, 2, 10, QChar(u'0')), u"1.0.0"_s, u"^8.0.0"_s, QString(u"note "_s).repeated(30)));
    b.commit(u"production"_s, many);
    const QString file = QDir(b.path()).filePath(u"notes.md"_s);
    const Run r = cli({u"release-notes"_s, b.path(), first.toHex(), u"production"_s, u"--markdown"_s, u"--limit"_s,
                       u"4000"_s, u"--output"_s, file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.size() <= 4000, qPrintable(QString::number(r.out.size())));
    QVERIFY2(r.out.contains(u"Cut here: "_s), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"The full notes"_s), qPrintable(r.err));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString full = QString::fromUtf8(saved.readAll());
    QVERIFY(full.contains(u"### pkg29 1.0.0"_s));
    QVERIFY(!full.contains(u"Cut here"_s));

    const Run noFile = cli({u"release-notes"_s, b.path(), first.toHex(), u"production"_s, u"--markdown"_s,
                            u"--limit"_s, u"4000"_s});
    QVERIFY2(noFile.err.contains(u"add --output FILE for the full notes"_s), qPrintable(noFile.err));
}

void TestReleaseCli::releaseNotesUsage()
{
    RepoBuilder b;
    b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    QCOMPARE(cli({u"release-notes"_s, b.path(), u"production"_s}).exitCode, 2);
    QCOMPARE(cli({u"release-notes"_s, b.path(), u"a"_s, u"b"_s, u"--json"_s, u"--markdown"_s}).exitCode, 2);
    const Run missing = cli({u"release-notes"_s, b.path(), u"nope"_s, u"production"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(u"nope"_s), qPrintable(missing.err));
    QVERIFY(cli({u"--help"_s}).out.contains(u"release-notes"_s));
}

void TestReleaseCli::exitCodes()
{
    RepoBuilder b;
    const auto released = b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    b.commit(u"staging"_s, pkg(u"alpha"_s, u"1.1.0"_s, u"^8.6.0"_s));

    const Run ready = cli({u"release-check"_s, b.path(), u"8.5.0"_s, u"--json"_s});
    QCOMPARE(ready.exitCode, 0);
    QCOMPARE(json(ready)[u"verdict"_s].toString(), u"ready"_s);

    const Run warnings = cli({u"release-check"_s, b.path(), u"8.6.0"_s, u"--json"_s});
    QCOMPARE(warnings.exitCode, 0);
    const QJsonObject doc = json(warnings);
    QCOMPARE(doc[u"verdict"_s].toString(), u"ready-with-warnings"_s);
    QCOMPARE(contents(doc), (QMap<QString, QString>{{u"alpha"_s, u"1.0.0"_s}}));
    QCOMPARE(doc[u"production"_s][u"commit"_s].toString(), released.toHex());
    QCOMPARE(doc[u"findings"_s][0][u"kind"_s].toString(), u"pending-newer"_s);

    const Run notReady = cli({u"release-check"_s, b.path(), u"9.0.0"_s, u"--json"_s});
    QCOMPARE(notReady.exitCode, 1);
    QCOMPARE(json(notReady)[u"verdict"_s].toString(), u"not-ready"_s);

    // A "v" prefix is reported as a blocking finding, not as a usage error.
    const Run prefixed = cli({u"release-check"_s, b.path(), u"v8.5.0"_s});
    QCOMPARE(prefixed.exitCode, 1);
    QVERIFY2(prefixed.out.contains(u"never “v”-prefixed"_s), qPrintable(prefixed.out));
}

void TestReleaseCli::readableText()
{
    RepoBuilder b;
    const auto released = b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^7.16.0 || ^8.0.0"_s));
    QCOMPARE(byhand::git(b.path(), {u"tag"_s, u"8.5.0"_s, released.toHex()}), QString());
    b.commit(u"production"_s, pkg(u"beta"_s, u"0.2.0"_s, u">=8.6.0"_s));
    b.commit(u"snapshot"_s, pkg(u"beta"_s, u"0.3.0"_s, u">=8.6.0"_s));
    const Run r = cli({u"release-check"_s, b.path(), u"8.6.0"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Release check for stack version 8.6.0 (tag 8.6.0)"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Verdict: READY\n"_s));
    QVERIFY2(r.out.contains(u"Baseline: 8.5.0 at "_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"(the highest lower version tag); choose another with --previous REF\n"_s));
    QVERIFY(r.out.contains(u"Contents: 2 packages"_s));
    QVERIFY(r.out.contains(u"^7.16.0 || ^8.0.0"_s));
    QVERIFY(r.out.contains(u"[info]    beta 0.3.0 accepts 8.6.0 and waits in snapshot"_s));
    QVERIFY(r.out.contains(u"Compared with 8.5.0: added 1, updated 0, removed 0, unchanged 1"_s));
    QVERIFY(r.out.contains(u"  + beta 0.2.0\n"_s));
    QVERIFY(r.out.contains(u"image docker.elastic.co/package-registry/distribution:8.6.0"_s));
    QVERIFY(r.out.contains(u"label org.elastic.package-storage.production.commit="_s));
}

void TestReleaseCli::markdown()
{
    RepoBuilder b;
    b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    const Run r = cli({u"release-check"_s, b.path(), u"8.6.0"_s, u"--markdown"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"# Release check: 8.6.0\n"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"| alpha | 1.0.0 | `^8.0.0` |"_s));
    QVERIFY(r.out.contains(u"## Distribution identity"_s));
}

void TestReleaseCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no version") << QStringList{u"release-check"_s, u"REPO"_s} << u"stack version"_s;
    QTest::newRow("not a version") << QStringList{u"release-check"_s, u"REPO"_s, u"banana"_s} << u"banana"_s;
    QTest::newRow("both formats") << QStringList{u"release-check"_s, u"REPO"_s, u"8.6.0"_s, u"--json"_s,
                                                 u"--markdown"_s}
                                  << u"exclude each other"_s;
    QTest::newRow("unknown previous") << QStringList{u"release-check"_s, u"REPO"_s, u"8.6.0"_s, u"--previous"_s,
                                                     u"nope"_s}
                                      << u"nope"_s;
    QTest::newRow("not a repository") << QStringList{u"release-check"_s, u"/nonexistent/storage"_s, u"8.6.0"_s}
                                      << u"is not a git repository"_s;
    QTest::newRow("tag without version") << QStringList{u"tag"_s, u"REPO"_s} << u"stack version"_s;
    QTest::newRow("tag unknown option") << QStringList{u"tag"_s, u"REPO"_s, u"8.6.0"_s, u"--bogus"_s} << u"bogus"_s;
}

void TestReleaseCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    RepoBuilder b;
    b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    args.replaceInStrings(u"REPO"_s, b.path());
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(rev(b.path(), u"refs/tags/8.6.0"_s), QString());
}

void TestReleaseCli::tagOnlyWhenTheCheckPasses()
{
    RepoBuilder b;
    const auto tip = b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    b.commit(u"staging"_s, pkg(u"alpha"_s, u"1.1.0"_s, u">=8.6.0"_s));

    // Not ready: never, not even with --force-warnings.
    const Run notReady = cli({u"tag"_s, b.path(), u"9.0.0"_s, u"--force-warnings"_s});
    QCOMPARE(notReady.exitCode, 1);
    QVERIFY2(notReady.err.contains(u"not ready"_s), qPrintable(notReady.err));
    QCOMPARE(rev(b.path(), u"refs/tags/9.0.0"_s), QString());

    // Warnings: only with --force-warnings.
    const Run warned = cli({u"tag"_s, b.path(), u"8.6.0"_s});
    QCOMPARE(warned.exitCode, 1);
    QVERIFY2(warned.err.contains(u"--force-warnings"_s), qPrintable(warned.err));
    QVERIFY(warned.err.contains(u"waits in staging"_s));
    QCOMPARE(rev(b.path(), u"refs/tags/8.6.0"_s), QString());

    const Run forced = cli({u"tag"_s, b.path(), u"8.6.0"_s, u"--force-warnings"_s});
    QCOMPARE(forced.exitCode, 0);
    QVERIFY2(forced.out.contains(u"Created tag 8.6.0"_s), qPrintable(forced.out + forced.err));
    QCOMPARE(rev(b.path(), u"refs/tags/8.6.0^{commit}"_s), tip.toHex());

    // Ready: no option needed. The tag is annotated, by the committer, listing the contents.
    const Run ready = cli({u"tag"_s, b.path(), u"8.5.0"_s});
    QCOMPARE(ready.exitCode, 0);
    const QString object = byhand::git(b.path(), {u"cat-file"_s, u"-p"_s, u"refs/tags/8.5.0"_s});
    QVERIFY2(object.contains(u"type commit\ntag 8.5.0\ntagger Release Manager <release@example.com>"_s),
             qPrintable(object));
    QVERIFY(object.contains(u"Elastic Stack 8.5.0\n"_s));
    QVERIFY(object.contains(u"- alpha: 1.0.0\n"_s));
}

void TestReleaseCli::tagNeverMovesAnExistingTag()
{
    RepoBuilder b;
    const auto first = b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    QCOMPARE(cli({u"tag"_s, b.path(), u"8.6.0"_s}).exitCode, 0);
    const QString tagObject = rev(b.path(), u"refs/tags/8.6.0"_s);
    b.commit(u"production"_s, pkg(u"alpha"_s, u"1.1.0"_s, u"^8.0.0"_s));

    // Already tagged is not a failure: exit 0, the verdict "tagged", where and how far production moved.
    const Run check = cli({u"release-check"_s, b.path(), u"8.6.0"_s, u"--json"_s});
    QCOMPARE(check.exitCode, 0);
    const QJsonObject doc = json(check);
    QCOMPARE(doc[u"verdict"_s].toString(), u"tagged"_s);
    QCOMPARE(doc[u"existingTag"_s][u"commit"_s].toString(), first.toHex());
    QCOMPARE(doc[u"existingTag"_s][u"atProductionTip"_s].toBool(), false);
    QCOMPARE(doc[u"existingTag"_s][u"commitsSince"_s].toInt(), 1);
    const Run text = cli({u"release-check"_s, b.path(), u"8.6.0"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"Verdict: TAGGED\n"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"8.6.0 is tagged at "_s + first.shortHex(12) + u"; production moved 1 commit(s) since"_s),
             qPrintable(text.out));

    const Run again = cli({u"tag"_s, b.path(), u"8.6.0"_s, u"--force-warnings"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));
    QCOMPARE(rev(b.path(), u"refs/tags/8.6.0"_s), tagObject);
    QCOMPARE(rev(b.path(), u"refs/tags/8.6.0^{commit}"_s), first.toHex());
}

void TestReleaseCli::tagAndPushToBareRepository()
{
    RepoBuilder b;
    const auto tip = b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    RepoBuilder remote(true);
    const Run r = cli({u"tag"_s, b.path(), u"8.6.0"_s, u"--push"_s, remote.path()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Pushed refs/tags/8.6.0 to "_s), qPrintable(r.out + r.err));
    QCOMPARE(rev(remote.path(), u"refs/tags/8.6.0^{commit}"_s), tip.toHex());
    QCOMPARE(rev(remote.path(), u"refs/tags/8.6.0"_s), rev(b.path(), u"refs/tags/8.6.0"_s));

    // A remote that does not exist: the tag is made locally, the push fails with status 2.
    const Run unreachable = cli({u"tag"_s, b.path(), u"8.7.0"_s, u"--push"_s, u"nosuchremote"_s});
    QCOMPARE(unreachable.exitCode, 2);
    QVERIFY2(unreachable.err.contains(u"nosuchremote"_s), qPrintable(unreachable.err));
    QVERIFY(unreachable.err.contains(u"created locally"_s));
    QCOMPARE(rev(b.path(), u"refs/tags/8.7.0^{commit}"_s), tip.toHex());
}

void TestReleaseCli::fixtureContents_data()
{
    QTest::addColumn<QString>("stack");
    QTest::newRow("7.10.0") << u"7.10.0"_s;
    QTest::newRow("7.11.0") << u"7.11.0"_s;
}

void TestReleaseCli::fixtureContents()
{
    QFETCH(QString, stack);
    TIERDESK_REQUIRE_FIXTURE(repo);
    const QMap<QString, QString> expected = byhand::expectedContents(repo, u"production"_s, stack);
    QVERIFY(expected.size() > 40);
    const Run r = cli({u"release-check"_s, repo, stack, u"--json"_s});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
    const QJsonObject doc = json(r);
    QCOMPARE(contents(doc), expected);
    QCOMPARE(doc[u"tag"_s].toString(), stack);
    // The verdict and the exit status agree.
    QCOMPARE(r.exitCode, doc[u"verdict"_s].toString() == u"not-ready"_s ? 1 : 0);
    // Compared with an older production commit, as a release manager would with --previous.
    const Run compared = cli({u"release-check"_s, repo, stack, u"--json"_s, u"--previous"_s, u"production~20"_s});
    const QJsonObject previous = json(compared)[u"previous"_s].toObject();
    QCOMPARE(previous[u"commit"_s].toString(), rev(repo, u"production~20"_s));
    QVERIFY(!previous[u"changes"_s].toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestReleaseCli)
#include "tst_releasecli.moc"
