// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Release notes between two refs, on storages built here and on the real fixture.
#include "release/ReleaseNotes.h"
#include "release/ReleaseNotesReport.h"
#include "support/FixtureBundle.h"
#include "support/ReleaseByHand.h"
#include "support/RepoBuilder.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {

// Test set-up only: a lightweight tag written with libgit2 directly.
void tagDirectly(RepoBuilder &b, const QString &name, const git::ObjectId &commit)
{
    QVERIFY(b.setReference(u"refs/tags/"_s + name, commit));
}

// A version directory whose changelog.yml is `changelog` as written.
Files withChangelog(const QString &name, const QString &version, const QByteArray &changelog)
{
    Files files = RepoBuilder::package(name, version);
    files[u"packages/"_s + name + u'/' + version + u"/changelog.yml"_s] = changelog;
    return files;
}

Files merged(std::initializer_list<Files> parts)
{
    Files all;
    for (const Files &part : parts)
        all.insert(part);
    return all;
}

const PackageNotes *find(const ReleaseNotes &n, const QString &name)
{
    for (const PackageNotes &p : n.packages)
        if (p.name == name)
            return &p;
    return nullptr;
}

ReleaseNotes notesOf(const QString &repo, const QString &from, const QString &to)
{
    auto notes = buildReleaseNotes(repo, from, to);
    if (!notes) {
        qWarning() << notes.error().text();
        return {};
    }
    return *notes;
}

const QByteArray alphaChangelog = R"(# newer versions go on top
- version: "1.2.0"
  changes:
    - description: Dashboards for the new API
      type: enhancement
      link: https://github.com/elastic/integrations/pull/12
    - description: Fix the port type
      type: bugfix
      link: https://github.com/elastic/integrations/pull/13
- version: "1.1.0"
  changes:
    - description: Rename the fields
      type: breaking-change
      link: javascript:alert(1)
- version: "1.0.0"
  changes:
    - description: Initial release
      type: enhancement
      link: https://github.com/elastic/integrations/pull/1
)";

} // namespace

class TestReleaseNotes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void packagesVersionsAndEntries();
    void markdownGroupsByTypeWithLinks();
    void cutToFitAGitHubRelease();
    void unknownRefFails();
    void fixtureFirstToLastProductionCommit();
};

// Storage for the first three tests: 8.5.0 and 8.6.0 tags on production.
void buildStorage(RepoBuilder &b)
{
    const git::ObjectId first = b.commit(
        u"production"_s, merged({withChangelog(u"alpha"_s, u"1.0.0"_s, alphaChangelog.mid(alphaChangelog.indexOf("- version: \"1.0.0\""))),
                                 RepoBuilder::package(u"beta"_s, u"1.0.0"_s), RepoBuilder::package(u"gamma"_s, u"0.1.0"_s)}));
    tagDirectly(b, u"8.5.0"_s, first);
    const git::ObjectId second = b.commit(u"production"_s,
                                          merged({RepoBuilder::package(u"alpha"_s, u"1.1.0"_s),
                                                  withChangelog(u"alpha"_s, u"1.2.0"_s, alphaChangelog),
                                                  RepoBuilder::package(u"delta"_s, u"0.1.0"_s)}),
                                          {}, {u"packages/gamma"_s});
    tagDirectly(b, u"8.6.0"_s, second);
}

void TestReleaseNotes::packagesVersionsAndEntries()
{
    RepoBuilder b;
    buildStorage(b);
    const ReleaseNotes n = notesOf(b.path(), u"8.5.0"_s, u"8.6.0"_s);
    QCOMPARE(n.fromName, u"8.5.0"_s);
    QCOMPARE(n.toName, u"8.6.0"_s);
    QCOMPARE(n.toCommit, b.tip(u"production"_s));
    QCOMPARE(n.packages.size(), 3);
    QCOMPARE(n.unchanged, 1); // beta
    QCOMPARE(n.count(ChangeKind::Added), 1);
    QCOMPARE(n.count(ChangeKind::Updated), 1);
    QCOMPARE(n.count(ChangeKind::Removed), 1);

    const PackageNotes *alpha = find(n, u"alpha"_s);
    QVERIFY(alpha);
    QCOMPARE(alpha->kind, ChangeKind::Updated);
    QCOMPARE(alpha->from, u"1.0.0"_s);
    QCOMPARE(alpha->to, u"1.2.0"_s);
    QCOMPARE(alpha->addedVersions, (QStringList{u"1.1.0"_s, u"1.2.0"_s}));
    QVERIFY(alpha->removedVersions.isEmpty());
    QCOMPARE(alpha->entries.size(), 2); // 1.2.0 and 1.1.0; 1.0.0 was released before
    QCOMPARE(alpha->entries[0].version, u"1.2.0"_s);
    QCOMPARE(alpha->entries[1].version, u"1.1.0"_s);
    QCOMPARE(alpha->title, u"Alpha"_s); // read from the newest manifest

    const PackageNotes *delta = find(n, u"delta"_s);
    QCOMPARE(delta->kind, ChangeKind::Added);
    QCOMPARE(delta->from, QString());
    QCOMPARE(delta->to, u"0.1.0"_s);
    QCOMPARE(delta->entries.size(), 1); // everything up to its first version

    const PackageNotes *gamma = find(n, u"gamma"_s);
    QCOMPARE(gamma->kind, ChangeKind::Removed);
    QCOMPARE(gamma->removedVersions, QStringList{u"0.1.0"_s});
    QVERIFY(gamma->entries.isEmpty());

    // Any refs: a branch and a commit id give the same notes.
    const ReleaseNotes byRefs = notesOf(b.path(), n.fromCommit.toHex(), u"production"_s);
    QCOMPARE(byRefs.packages.size(), 3);
    QCOMPARE(find(byRefs, u"alpha"_s)->entries.size(), 2);

    const QJsonObject json = releaseNotesToJson(n);
    QCOMPARE(json[u"added"_s].toInt(), 1);
    QCOMPARE(json[u"unchanged"_s].toInt(), 1);
    QCOMPARE(json[u"packages"_s][0][u"name"_s].toString(), u"alpha"_s);
    QCOMPARE(json[u"packages"_s][0][u"change"_s].toString(), u"updated"_s);
    QCOMPARE(json[u"packages"_s][0][u"changelog"_s][0][u"changes"_s][1][u"type"_s].toString(), u"bugfix"_s);
    QCOMPARE(json[u"packages"_s][2][u"to"_s], QJsonValue());
}

void TestReleaseNotes::markdownGroupsByTypeWithLinks()
{
    RepoBuilder b;
    buildStorage(b);
    const NotesMarkdown md = releaseNotesToMarkdown(notesOf(b.path(), u"8.5.0"_s, u"8.6.0"_s));
    QVERIFY(!md.cut());
    const QString &t = md.text;
    QVERIFY2(t.startsWith(u"# Release notes: 8.5.0 → 8.6.0\n"_s), qPrintable(t));
    QVERIFY2(t.contains(u"1 added, 1 updated, 1 removed, 1 unchanged"_s), qPrintable(t));
    QVERIFY2(t.contains(u"### alpha 1.0.0 → 1.2.0"_s), qPrintable(t));
    QVERIFY2(t.contains(u"New versions: 1.1.0, 1.2.0."_s), qPrintable(t));
    // Grouped by type, breaking changes first, each with its version and pull request.
    const qsizetype breaking = t.indexOf(u"**Breaking changes**"_s);
    const qsizetype enhancements = t.indexOf(u"**Enhancements**"_s);
    const qsizetype fixes = t.indexOf(u"**Bug fixes**"_s);
    QVERIFY2(breaking > 0 && breaking < enhancements && enhancements < fixes, qPrintable(t));
    QVERIFY2(t.contains(u"- Dashboards for the new API (1.2.0, [#12](https://github.com/elastic/integrations/pull/12))"_s),
             qPrintable(t));
    QVERIFY2(t.contains(u"- Fix the port type (1.2.0, [#13](https://github.com/elastic/integrations/pull/13))"_s),
             qPrintable(t));
    // A link that is not http(s) is never made a link.
    QVERIFY2(t.contains(u"- Rename the fields (1.1.0, `javascript:alert(1)`)"_s), qPrintable(t));
    QVERIFY(!t.contains(u"](javascript"_s));
    QVERIFY2(!t.contains(u"Initial release"_s), qPrintable(t)); // released before 8.5.0
    QVERIFY2(t.contains(u"## Added (1)\n\n### delta 0.1.0"_s), qPrintable(t));
    QVERIFY2(t.contains(u"## Removed (1)\n\n### gamma 0.1.0"_s), qPrintable(t));
    QCOMPARE(changeLinkMarkdown(u"https://example.com/x"_s), u"[https://example.com/x](https://example.com/x)"_s);
}

void TestReleaseNotes::cutToFitAGitHubRelease()
{
    RepoBuilder b;
    const git::ObjectId empty = b.commit(u"production"_s, RepoBuilder::package(u"aaa"_s, u"1.0.0"_s));
    Files many;
    const QString longText = QString(u"A long description of what changed. "_s).repeated(40);
    for (int i = 0; i < 60; ++i) {
        QByteArray changelog;
        for (int v = 5; v >= 1; --v)
            changelog += u"- version: \"0.%1.0\"\n  changes:\n    - description: %2\n      type: enhancement\n"
                         u"      link: https://github.com/elastic/integrations/pull/%3\n"_s
                             .arg(v)
                             .arg(longText)
                             .arg(i * 10 + v)
                             .toUtf8();
        many.insert(withChangelog(u"pkg%1"_s.arg(i, 2, 10, QChar(u'0')), u"0.5.0"_s, changelog));
    }
    b.commit(u"production"_s, many);
    const ReleaseNotes n = notesOf(b.path(), empty.toHex(), u"production"_s);
    QCOMPARE(n.packages.size(), 60);

    const NotesMarkdown cut = releaseNotesToMarkdown(n);
    QVERIFY2(cut.text.size() <= githubReleaseBodyLimit, qPrintable(QString::number(cut.text.size())));
    QVERIFY(cut.cut());
    QVERIFY(cut.packagesShown > 5 && cut.packagesShown < 60);
    QVERIFY2(cut.text.contains(u"Cut here: %1 of 60 packages fit into 65,536 characters"_s.arg(cut.packagesShown)),
             qPrintable(cut.text.right(400)));
    // Whole packages only: the last one shown is complete, the next one absent.
    const QString lastShown = u"pkg%1"_s.arg(cut.packagesShown - 1, 2, 10, QChar(u'0'));
    const QString firstLeft = u"pkg%1"_s.arg(cut.packagesShown, 2, 10, QChar(u'0'));
    QVERIFY(cut.text.contains(u"### "_s + lastShown));
    QVERIFY(!cut.text.contains(u"### "_s + firstLeft));

    const NotesMarkdown full = releaseNotesToMarkdown(n, 0);
    QVERIFY(!full.cut());
    QVERIFY(full.text.size() > githubReleaseBodyLimit);
    QVERIFY(full.text.contains(u"### pkg59 0.5.0"_s));
    QVERIFY(full.text.startsWith(cut.text.left(cut.text.indexOf(u"\n---\n"_s))));
}

void TestReleaseNotes::unknownRefFails()
{
    RepoBuilder b;
    buildStorage(b);
    auto notes = buildReleaseNotes(b.path(), u"8.5.0"_s, u"no-such-ref"_s);
    QVERIFY(!notes);
    QVERIFY2(notes.error().text().contains(u"no-such-ref"_s), qPrintable(notes.error().text()));
}

namespace {
// The independent side: version directories from `git ls-tree`, newest by the
// by-hand SemVer compare, changelog entries from a line reader of the file as
// `git show` prints it.
struct HandEntry {
    QString version;
    QStringList changes; // "type link"
};

QMap<QString, QStringList> versionsByHand(const QString &repo, const QString &commit)
{
    QMap<QString, QStringList> out;
    const QStringList dirs = byhand::git(repo, {u"ls-tree"_s, u"-d"_s, u"--name-only"_s, commit + u":packages/"_s})
                                 .split(u'\n', Qt::SkipEmptyParts);
    for (const QString &name : dirs)
        out[name] = byhand::git(repo, {u"ls-tree"_s, u"-d"_s, u"--name-only"_s, commit + u":packages/"_s + name + u'/'})
                        .split(u'\n', Qt::SkipEmptyParts);
    return out;
}

QString newestByHand(const QStringList &versions)
{
    QString best;
    for (const QString &v : versions)
        if (best.isEmpty() || cmp(byhand::Ver::of(best), byhand::Ver::of(v)) < 0)
            best = v;
    return best;
}

QList<HandEntry> changelogByHand(const QString &repo, const QString &commit, const QString &dir)
{
    QList<HandEntry> entries;
    const QString text = byhand::git(repo, {u"show"_s, commit + u':' + dir + u"/changelog.yml"_s});
    QString type;
    for (QString line : text.split(u'\n')) {
        line = line.section(u" #"_s, 0, 0).trimmed(); // comments after values
        if (line.startsWith(u"- version:"_s)) {
            entries.append({line.mid(10).trimmed().remove(u'"').remove(u'\''), {}});
        } else if (line.startsWith(u"type:"_s)) {
            type = line.mid(5).trimmed();
        } else if (line.startsWith(u"link:"_s) && !entries.isEmpty()) {
            entries.last().changes.append(type + u' ' + line.mid(5).trimmed());
        }
    }
    return entries;
}
} // namespace

void TestReleaseNotes::fixtureFirstToLastProductionCommit()
{
    TIERDESK_REQUIRE_FIXTURE(repo);
    const QStringList commits = byhand::git(repo, {u"rev-list"_s, u"--first-parent"_s, u"--reverse"_s, u"production"_s})
                                    .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(commits.size(), 25);
    const QString first = commits.constFirst();
    const QString last = commits.constLast();
    const ReleaseNotes n = notesOf(repo, first, last);
    QCOMPARE(n.fromCommit.toHex(), first);
    QCOMPARE(n.toCommit.toHex(), last);

    const auto before = versionsByHand(repo, first);
    const auto after = versionsByHand(repo, last);
    QStringList names = before.keys() + after.keys();
    names.removeDuplicates();
    names.sort();
    QStringList expected;
    int unchanged = 0;
    for (const QString &name : std::as_const(names)) {
        QStringList a = before.value(name), b = after.value(name);
        a.sort();
        b.sort();
        if (a == b) {
            ++unchanged;
            continue;
        }
        const QString from = newestByHand(a), to = newestByHand(b);
        QString line = name + u' ' + (a.isEmpty() ? u"added"_s : b.isEmpty() ? u"removed"_s : u"updated"_s) + u' '
            + from + u"->"_s + to;
        if (!to.isEmpty() && from != to)
            for (const HandEntry &e : changelogByHand(repo, last, u"packages/"_s + name + u'/' + to)) {
                const bool inRange = cmp(byhand::Ver::of(e.version), byhand::Ver::of(to)) <= 0
                    && (from.isEmpty() || cmp(byhand::Ver::of(e.version), byhand::Ver::of(from)) > 0);
                if (inRange)
                    line += u" | "_s + e.version + u": "_s + e.changes.join(u", "_s);
            }
        expected.append(line);
    }

    QStringList actual;
    for (const PackageNotes &p : n.packages) {
        QString line = p.name + u' ' + changeKindId(p.kind) + u' ' + p.from + u"->"_s + p.to;
        for (const ChangelogEntry &e : p.entries) {
            QStringList changes;
            for (const ChangelogChange &c : e.changes)
                changes.append(c.type + u' ' + c.link);
            line += u" | "_s + e.version + u": "_s + changes.join(u", "_s);
        }
        actual.append(line);
    }
    QCOMPARE(actual, expected);
    QCOMPARE(n.unchanged, unchanged);
    // The hand side must see the real data: changes happened, and some with changelog entries.
    QVERIFY2(expected.size() > 20, qPrintable(expected.join(u'\n')));
    QVERIFY2(expected.join(u'\n').contains(u" | "_s), qPrintable(expected.join(u'\n')));
    QVERIFY(releaseNotesToMarkdown(n).text.size() <= githubReleaseBodyLimit);
}

QTEST_GUILESS_MAIN(TestReleaseNotes)
#include "tst_releasenotes.moc"
