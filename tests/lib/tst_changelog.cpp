// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// changelog.yml through Changelog: entries, changes, lenient shapes, errors, version lookup.
#include "storage/Changelog.h"
#include "support/FixtureBundle.h"
#include "git/Repository.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tierdesk;

class TestChangelog : public QObject {
    Q_OBJECT
private slots:
    void entriesAndChanges();
    void lenientShapes();
    void errors_data();
    void errors();
    void versionLookup();
    void entriesBetween();
    void fixtureChangelogs();
};

void TestChangelog::entriesAndChanges()
{
    const QByteArray yaml = "# newer versions go on top\n"
                            "- version: \"1.3.0\"\n"
                            "  changes:\n"
                            "    - description: Add ingress controller dashboards\n"
                            "      type: enhancement # can be one of: enhancement, bugfix, breaking-change\n"
                            "      link: https://github.com/elastic/integrations/pull/812\n"
                            "    - description: Fix the grok pattern for IPv6 clients\n"
                            "      type: bugfix\n"
                            "      link: https://github.com/elastic/integrations/pull/815\n"
                            "- version: '1.2.0'\n"
                            "  changes:\n"
                            "    - description: Update to ECS 1.8.0\n"
                            "      type: breaking-change\n"
                            "      link: https://github.com/elastic/integrations/pull/700\n";
    auto log = Changelog::parse(yaml);
    QVERIFY2(log, qPrintable(log ? QString() : log.error().text()));
    QCOMPARE(log->entries.size(), 2);
    QCOMPARE(log->entries[0].version, u"1.3.0"_s);
    QCOMPARE(log->entries[1].version, u"1.2.0"_s);
    QCOMPARE(log->entries[0].changes.size(), 2);
    const ChangelogChange &c = log->entries[0].changes[1];
    QCOMPARE(c.description, u"Fix the grok pattern for IPv6 clients"_s);
    QCOMPARE(c.type, u"bugfix"_s);
    QCOMPARE(c.link, u"https://github.com/elastic/integrations/pull/815"_s);
    QCOMPARE(log->entries[0].changes[0].type, u"enhancement"_s); // the comment is not part of the value
    QCOMPARE(log->entries[1].changes[0].type, u"breaking-change"_s);
}

void TestChangelog::lenientShapes()
{
    const QByteArray yaml = "- just a string\n"
                            "- version: 2.0.0\n"
                            "  changes: not a list\n"
                            "- version: 1.0.0\n"
                            "  changes:\n"
                            "    - description: only a description\n"
                            "    - [a, list]\n"
                            "    - description: [not, scalar]\n"
                            "      type: bugfix\n";
    auto log = Changelog::parse(yaml);
    QVERIFY(log);
    QCOMPARE(log->entries.size(), 2);
    QCOMPARE(log->entries[0].version, u"2.0.0"_s);
    QVERIFY(log->entries[0].changes.isEmpty());
    QCOMPARE(log->entries[1].changes.size(), 2);
    QCOMPARE(log->entries[1].changes[0].description, u"only a description"_s);
    QVERIFY(log->entries[1].changes[0].link.isEmpty());
    QVERIFY(log->entries[1].changes[1].description.isEmpty());
    QCOMPARE(log->entries[1].changes[1].type, u"bugfix"_s);

    auto empty = Changelog::parse("[]\n");
    QVERIFY(empty);
    QVERIFY(empty->entries.isEmpty());
}

void TestChangelog::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not yaml") << QByteArray("- version: 1.0.0\n  changes: [a, b\n") << u"not valid YAML"_s;
    QTest::newRow("a mapping") << QByteArray("version: 1.0.0\nchanges: []\n") << u"not a list"_s;
    QTest::newRow("a scalar") << QByteArray("hello\n") << u"not a list"_s;
    QTest::newRow("only a comment") << QByteArray("# newer versions go on top\n") << u"not a list"_s;
}

void TestChangelog::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, fragment);
    auto log = Changelog::parse(yaml);
    QVERIFY(!log);
    QVERIFY2(log.error().message.contains(fragment), qPrintable(log.error().message));
}

void TestChangelog::versionLookup()
{
    auto log = Changelog::parse("- version: \"1.0\"\n  changes: []\n- version: 0.9.0-beta1\n  changes: []\n"
                                "- version: 0.8.0\n  changes: []\n");
    QVERIFY(log);
    QVERIFY(log->entry(u"1.0.0"_s)); // loose match: "1.0" is 1.0.0
    QCOMPARE(log->entry(u"1.0.0"_s)->version, u"1.0"_s);
    QCOMPARE(log->entry(u"0.9.0-beta1"_s), &log->entries[1]);
    QVERIFY(!log->entry(u"0.9.0"_s)); // a prerelease is another version
    QVERIFY(!log->entry(u"2.0.0"_s));
    QVERIFY(!log->entry(u"not a version"_s));
}

void TestChangelog::entriesBetween()
{
    // Out of order on purpose, with one entry that is no version.
    auto log = Changelog::parse("- version: 1.2.0\n  changes: []\n- version: \"1.0\"\n  changes: []\n"
                                "- version: 1.3.0-beta1\n  changes: []\n- version: 1.1.0\n  changes: []\n"
                                "- version: next\n  changes: []\n");
    QVERIFY(log);
    const auto versions = [](const QList<ChangelogEntry> &entries) {
        QStringList v;
        for (const ChangelogEntry &e : entries)
            v.append(e.version);
        return v;
    };
    QCOMPARE(versions(log->entriesBetween(u"1.0.0"_s, u"1.2.0"_s)), (QStringList{u"1.2.0"_s, u"1.1.0"_s}));
    QCOMPARE(versions(log->entriesBetween(u"1.1.0"_s, u"1.3.0-beta1"_s)), (QStringList{u"1.3.0-beta1"_s, u"1.2.0"_s}));
    QCOMPARE(versions(log->entriesBetween(QString(), u"1.1.0"_s)), (QStringList{u"1.1.0"_s, u"1.0"_s}));
    QVERIFY(log->entriesBetween(u"1.2.0"_s, u"1.2.0"_s).isEmpty());
    QVERIFY(log->entriesBetween(u"garbage"_s, u"1.2.0"_s).isEmpty());
}

void TestChangelog::fixtureChangelogs()
{
    TIERDESK_REQUIRE_FIXTURE(mirror);
    auto repo = git::Repository::open(mirror);
    QVERIFY(repo);
    // Every changelog of the real snapshot tier parses; all but one list their own version
    // (fleet_server 0.1.6 still ends at 0.1.0: a real quirk the details view must cope with).
    QProcess ls;
    ls.start(u"git"_s, {u"-C"_s, mirror, u"ls-tree"_s, u"-r"_s, u"--name-only"_s, u"snapshot"_s});
    QVERIFY(ls.waitForFinished(60000));
    int parsed = 0;
    QStringList withoutOwnEntry;
    for (const QString &line : QString::fromUtf8(ls.readAllStandardOutput()).split(u'\n')) {
        if (!line.endsWith(u"/changelog.yml"_s))
            continue;
        const QStringList parts = line.split(u'/');
        QCOMPARE(parts.size(), 4);
        QProcess show;
        show.start(u"git"_s, {u"-C"_s, mirror, u"show"_s, u"snapshot:"_s + line});
        QVERIFY(show.waitForFinished(60000));
        auto log = Changelog::parse(show.readAllStandardOutput());
        QVERIFY2(log, qPrintable(line));
        QVERIFY(!log->entries.isEmpty());
        QVERIFY(!log->entries[0].changes.isEmpty());
        QVERIFY(!log->entries[0].changes[0].description.isEmpty());
        if (!log->entry(parts[2]))
            withoutOwnEntry.append(parts[1] + u'@' + parts[2]);
        ++parsed;
    }
    QCOMPARE(parsed, 9);
    QCOMPARE(withoutOwnEntry, QStringList{u"fleet_server@0.1.6"_s});
}

QTEST_GUILESS_MAIN(TestChangelog)
#include "tst_changelog.moc"
