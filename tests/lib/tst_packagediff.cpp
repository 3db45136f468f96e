// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The core comparison: statuses (renames included), modes, binary and
// too-large files, line counts, hunks, word changes, sides and defaults.
#include "support/FixtureBundle.h"
#include "diff/CopyDifferences.h"
#include "diff/DiffBases.h"
#include "diff/DiffJson.h"
#include "diff/PackageDiff.h"
#include "support/RepoBuilder.h"
#include "storage/StorageReader.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
// Numbered lines, so edits are easy to count.
QByteArray numbered(int count, const QString &prefix = u"line"_s)
{
    QByteArray out;
    for (int i = 1; i <= count; ++i)
        out += (prefix + u' ' + QString::number(i) + u'\n').toUtf8();
    return out;
}

QByteArray replaceLine(QByteArray text, int line, const QByteArray &with)
{
    QList<QByteArray> lines = text.split('\n');
    lines[line - 1] = with;
    return lines.join('\n');
}

const FileDelta *findFile(const PackageComparison &c, const QString &path)
{
    for (const FileDelta &f : c.files)
        if (f.path == path)
            return &f;
    return nullptr;
}

// snapshot: nginx 1.3.0 edited from production's 1.2.0 in every way a file can change.
struct Fixture {
    RepoBuilder b;
    DiffSide oldSide;
    DiffSide newSide;

    Fixture()
    {
        const QString o = u"packages/nginx/1.2.0/"_s;
        const QString n = u"packages/nginx/1.3.0/"_s;
        QByteArray binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        b.commitEdit(
            u"production"_s,
            [&](git::TreeEditor &e) {
                QVERIFY(bool(e.putFile(o + u"manifest.yml"_s, RepoBuilder::manifest(u"nginx"_s, u"1.2.0"_s))));
                QVERIFY(bool(e.putFile(o + u"docs/README.md"_s, numbered(40))));
                QVERIFY(bool(e.putFile(o + u"kibana/old.json"_s, "{\n  \"a\": 1\n}\n")));
                QVERIFY(bool(e.putFile(o + u"data_stream/access/fields/base-fields.yml"_s, numbered(30, u"- name: field"_s))));
                QVERIFY(bool(e.putFile(o + u"img/logo.bin"_s, binary)));
                QVERIFY(bool(e.putFile(o + u"big.txt"_s, numbered(200))));
                QVERIFY(bool(e.putFile(o + u"run.sh"_s, "echo hi\n", true)));
            },
            u"production"_s);
        b.commitEdit(
            u"snapshot"_s,
            [&](git::TreeEditor &e) {
                QVERIFY(bool(e.putFile(n + u"manifest.yml"_s, RepoBuilder::manifest(u"nginx"_s, u"1.3.0"_s))));
                // Two lines replaced, one added at the end.
                QByteArray readme = replaceLine(numbered(40), 5, "line five");
                readme = replaceLine(readme, 30, "line thirty");
                QVERIFY(bool(e.putFile(n + u"docs/README.md"_s, readme + "line 41\n")));
                QVERIFY(bool(e.putFile(n + u"kibana/new.json"_s, "[]\n")));
                // Moved with one line of thirty changed: a rename, not a removal and an addition.
                QVERIFY(bool(e.putFile(n + u"data_stream/logs/fields/base-fields.yml"_s,
                          replaceLine(numbered(30, u"- name: field"_s), 12, "- name: renamed.field"))));
                QByteArray binary2 = binary;
                binary2.append("more");
                QVERIFY(bool(e.putFile(n + u"img/logo.bin"_s, binary2)));
                QVERIFY(bool(e.putFile(n + u"big.txt"_s, numbered(201))));
                QVERIFY(bool(e.putFile(n + u"run.sh"_s, "echo hi\n", false)));
            },
            u"snapshot"_s);
        oldSide = {u"production"_s, u"nginx"_s, u"1.2.0"_s, b.versionTree(u"production"_s, u"nginx"_s, u"1.2.0"_s)};
        newSide = {u"snapshot"_s, u"nginx"_s, u"1.3.0"_s, b.versionTree(u"snapshot"_s, u"nginx"_s, u"1.3.0"_s)};
    }
};
} // namespace

class TestPackageDiff : public QObject {
    Q_OBJECT
private slots:
    void statusesAndCounts();
    void tooLargeIsNotLoaded();
    void identicalTrees();
    void cancelled();
    void loadFileLinesAndHunks();
    void loadFileKinds();
    void missingFinalNewline_data();
    void missingFinalNewline();
    void groupHunksMergesCloseChanges();
    void wordChanges_data();
    void wordChanges();
    void wordChangesAreBounded();
    void unifiedPatch();
    void resolveSides();
    void sideSpecs_data();
    void sideSpecs();
    void diffBaseChoices();
    void resolveReferences();
    void changeKindsClassified_data();
    void changeKindsClassified();
    void changeKindsOfFiles();
    void fixtureModeOnlyChanges();
};

void TestPackageDiff::statusesAndCounts()
{
    Fixture f;
    QVERIFY(!f.oldSide.tree.isNull() && !f.newSide.tree.isNull());
    auto c = PackageDiff::compare(f.b.repo(), f.oldSide, f.newSide);
    QVERIFY2(c, qPrintable(c ? QString() : c.error().text()));
    QStringList paths;
    for (const FileDelta &d : c->files)
        paths.append(d.path);
    QCOMPARE(paths, (QStringList{u"big.txt"_s, u"data_stream/logs/fields/base-fields.yml"_s, u"docs/README.md"_s,
                                 u"img/logo.bin"_s, u"kibana/new.json"_s, u"kibana/old.json"_s, u"manifest.yml"_s,
                                 u"run.sh"_s}));

    const FileDelta *readme = findFile(*c, u"docs/README.md"_s);
    QCOMPARE(readme->status, FileStatus::Modified);
    QCOMPARE(readme->added, 3);
    QCOMPARE(readme->removed, 2);
    QVERIFY(!readme->binary && !readme->tooLarge);

    const FileDelta *renamed = findFile(*c, u"data_stream/logs/fields/base-fields.yml"_s);
    QCOMPARE(renamed->status, FileStatus::Renamed);
    QCOMPARE(renamed->oldPath, u"data_stream/access/fields/base-fields.yml"_s);
    QVERIFY2(renamed->similarity >= 80 && renamed->similarity < 100, qPrintable(QString::number(renamed->similarity)));
    QCOMPARE(renamed->added, 1);
    QCOMPARE(renamed->removed, 1);
    QCOMPARE(renamed->displayPath(), u"data_stream/access/fields/base-fields.yml → data_stream/logs/fields/base-fields.yml"_s);

    const FileDelta *added = findFile(*c, u"kibana/new.json"_s);
    QCOMPARE(added->status, FileStatus::Added);
    QCOMPARE(added->added, 1);
    QCOMPARE(added->oldMode, 0u);
    QVERIFY(added->oldBlob.isNull());
    const FileDelta *removed = findFile(*c, u"kibana/old.json"_s);
    QCOMPARE(removed->status, FileStatus::Removed);
    QCOMPARE(removed->removed, 3);
    QCOMPARE(removed->newMode, 0u);

    const FileDelta *binary = findFile(*c, u"img/logo.bin"_s);
    QVERIFY(binary->binary);
    QCOMPARE(binary->added, 0);
    QCOMPARE(binary->newSize, 20);

    const FileDelta *mode = findFile(*c, u"run.sh"_s);
    QVERIFY(!mode->contentChanged());
    QVERIFY(mode->modeChanged());
    QCOMPARE(mode->oldMode, quint32(GIT_FILEMODE_BLOB_EXECUTABLE));
    QCOMPARE(mode->newMode, quint32(GIT_FILEMODE_BLOB));

    const FileDelta *manifest = findFile(*c, u"manifest.yml"_s);
    QCOMPARE(manifest->added, 1);
    QCOMPARE(manifest->removed, 1);

    QCOMPARE(c->added(), 3 + 1 + 1 + 1 + 1); // readme, rename, new.json, big.txt, manifest
    QCOMPARE(c->removed(), 2 + 1 + 3 + 0 + 1);
}

void TestPackageDiff::tooLargeIsNotLoaded()
{
    Fixture f;
    DiffOptions options;
    options.maxFileSize = 1000; // big.txt is 1,692 bytes; everything else is smaller
    auto c = PackageDiff::compare(f.b.repo(), f.oldSide, f.newSide, options);
    QVERIFY(c);
    const FileDelta *big = findFile(*c, u"big.txt"_s);
    QVERIFY(big->tooLarge);
    QCOMPARE(big->added, 0);
    QVERIFY(big->newSize > 1000);
    QCOMPARE(c->maxFileSize, 1000);
    QVERIFY(!findFile(*c, u"docs/README.md"_s)->tooLarge);
    auto detail = PackageDiff::loadFile(f.b.repo(), *big, options);
    QVERIFY(detail);
    QVERIFY(detail->lines.isEmpty());
    // With the default limit the same file is counted.
    auto c2 = PackageDiff::compare(f.b.repo(), f.oldSide, f.newSide);
    QCOMPARE(findFile(*c2, u"big.txt"_s)->added, 1);
    QVERIFY(!findFile(*c2, u"big.txt"_s)->tooLarge);
}

void TestPackageDiff::identicalTrees()
{
    Fixture f;
    auto c = PackageDiff::compare(f.b.repo(), f.newSide, f.newSide);
    QVERIFY(c);
    QVERIFY(c->identical());
}

void TestPackageDiff::cancelled()
{
    Fixture f;
    auto c = PackageDiff::compare(f.b.repo(), f.oldSide, f.newSide, {}, [] { return true; });
    QVERIFY(!c);
    QVERIFY(c.error().message.contains(u"cancelled"_s));
}

void TestPackageDiff::loadFileLinesAndHunks()
{
    Fixture f;
    auto c = PackageDiff::compare(f.b.repo(), f.oldSide, f.newSide);
    auto detail = PackageDiff::loadFile(f.b.repo(), *findFile(*c, u"docs/README.md"_s));
    QVERIFY(detail);
    // Every line of the file comes back: 40 unchanged or changed, plus the added one.
    QCOMPARE(detail->lines.size(), 43);
    int context = 0, added = 0, removed = 0;
    for (const DiffLine &l : detail->lines) {
        context += l.origin == DiffLine::Context;
        added += l.origin == DiffLine::Added;
        removed += l.origin == DiffLine::Removed;
    }
    QCOMPARE(context, 38);
    QCOMPARE(added, 3);
    QCOMPARE(removed, 2);
    const DiffLine &old5 = detail->lines[4];
    QCOMPARE(old5.origin, DiffLine::Removed);
    QCOMPARE(old5.oldLine, 5);
    QCOMPARE(old5.newLine, 0);
    QCOMPARE(old5.text, u"line 5"_s);
    const DiffLine &new5 = detail->lines[5];
    QCOMPARE(new5.origin, DiffLine::Added);
    QCOMPARE(new5.newLine, 5);
    QCOMPARE(new5.text, u"line five"_s);
    // Paired lines carry their word changes: "5" became "five".
    QCOMPARE(old5.changes, (QList<TextRange>{{5, 1}}));
    QCOMPARE(new5.changes, (QList<TextRange>{{5, 4}}));
    QCOMPARE(detail->lines.last().text, u"line 41"_s);
    QCOMPARE(detail->lines.last().newLine, 41);
    QVERIFY(detail->lines.last().changes.isEmpty()); // unpaired

    // Hunks as git makes them with three lines of context.
    QCOMPARE(detail->hunks.size(), 3);
    QCOMPARE(detail->hunks[0].header(), u"@@ -2,7 +2,7 @@"_s);
    QCOMPARE(detail->hunks[1].header(), u"@@ -27,7 +27,7 @@"_s);
    QCOMPARE(detail->hunks[2].header(), u"@@ -38,3 +38,4 @@"_s);
    QCOMPARE(detail->hunks[2].firstLine + detail->hunks[2].lineCount, int(detail->lines.size()));
}

void TestPackageDiff::loadFileKinds()
{
    Fixture f;
    auto c = PackageDiff::compare(f.b.repo(), f.oldSide, f.newSide);
    auto added = PackageDiff::loadFile(f.b.repo(), *findFile(*c, u"kibana/new.json"_s));
    QCOMPARE(added->lines.size(), 1);
    QCOMPARE(added->lines[0].origin, DiffLine::Added);
    auto removed = PackageDiff::loadFile(f.b.repo(), *findFile(*c, u"kibana/old.json"_s));
    QCOMPARE(removed->lines.size(), 3);
    QCOMPARE(removed->lines[2].text, u"}"_s);
    auto binary = PackageDiff::loadFile(f.b.repo(), *findFile(*c, u"img/logo.bin"_s));
    QVERIFY(binary->lines.isEmpty());
    QVERIFY(binary->delta.binary);
    auto mode = PackageDiff::loadFile(f.b.repo(), *findFile(*c, u"run.sh"_s));
    QVERIFY(mode->lines.isEmpty());

    // Pictures come with their bytes; other files without.
    RepoBuilder b;
    const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>\n";
    b.commit(u"snapshot"_s, {{u"packages/a/1.0.0/img/logo.svg"_s, svg}});
    b.commit(u"snapshot"_s, {{u"packages/a/1.0.1/img/logo.svg"_s, svg + "<!-- -->\n"}});
    const DiffSide o{u"snapshot"_s, u"a"_s, u"1.0.0"_s, b.versionTree(u"snapshot"_s, u"a"_s, u"1.0.0"_s)};
    const DiffSide n{u"snapshot"_s, u"a"_s, u"1.0.1"_s, b.versionTree(u"snapshot"_s, u"a"_s, u"1.0.1"_s)};
    auto c2 = PackageDiff::compare(b.repo(), o, n);
    QCOMPARE(c2->files.size(), 1);
    auto image = PackageDiff::loadFile(b.repo(), c2->files[0]);
    QVERIFY(image->isImage());
    QCOMPARE(image->oldData, svg);
    QVERIFY(image->newData.endsWith("<!-- -->\n"));
    QCOMPARE(image->lines.size(), 2); // an SVG is text too
    QVERIFY(PackageDiff::loadFile(f.b.repo(), *findFile(*c, u"docs/README.md"_s))->oldData.isEmpty());
}

void TestPackageDiff::missingFinalNewline_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<bool>("oldMissing");
    QTest::addColumn<bool>("newMissing");
    QTest::newRow("newline added") << QByteArray("a\nb") << QByteArray("a\nb\n") << true << false;
    QTest::newRow("newline dropped") << QByteArray("a\nb\n") << QByteArray("a\nb") << false << true;
    QTest::newRow("both lack one, last line edited") << QByteArray("a\nb") << QByteArray("a\nc") << true << true;
    QTest::newRow("both lack one, unchanged end") << QByteArray("x\nb") << QByteArray("y\nb") << true << true;
    QTest::newRow("both have one") << QByteArray("a\nb\n") << QByteArray("a\nc\n") << false << false;
    QTest::newRow("added file") << QByteArray() << QByteArray("a\nb") << false << true;
}

void TestPackageDiff::missingFinalNewline()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(bool, oldMissing);
    QFETCH(bool, newMissing);
    RepoBuilder b;
    b.commit(u"snapshot"_s, {{u"packages/a/1.0.0/other.txt"_s, "x\n"}});
    if (!before.isEmpty())
        b.commit(u"snapshot"_s, {{u"packages/a/1.0.0/notes.txt"_s, before}});
    b.commit(u"snapshot"_s, {{u"packages/a/1.0.1/other.txt"_s, "x\n"}, {u"packages/a/1.0.1/notes.txt"_s, after}});
    const DiffSide o{u"snapshot"_s, u"a"_s, u"1.0.0"_s, b.versionTree(u"snapshot"_s, u"a"_s, u"1.0.0"_s)};
    const DiffSide n{u"snapshot"_s, u"a"_s, u"1.0.1"_s, b.versionTree(u"snapshot"_s, u"a"_s, u"1.0.1"_s)};
    auto c = PackageDiff::compare(b.repo(), o, n);
    QVERIFY(c);
    const FileDelta *notes = findFile(*c, u"notes.txt"_s);
    QVERIFY(notes);
    auto detail = PackageDiff::loadFile(b.repo(), *notes);
    QVERIFY(detail);
    QCOMPARE(detail->oldNoNewlineAtEnd, oldMissing);
    QCOMPARE(detail->newNoNewlineAtEnd, newMissing);
    QCOMPARE(detail->lines.last().text.endsWith(u'\n'), false);
}

void TestPackageDiff::groupHunksMergesCloseChanges()
{
    auto lines = [](const QString &pattern) {
        QList<DiffLine> out;
        int o = 0, n = 0;
        for (QChar ch : pattern) {
            DiffLine l;
            l.origin = ch == u'+' ? DiffLine::Added : ch == u'-' ? DiffLine::Removed : DiffLine::Context;
            if (l.origin != DiffLine::Added)
                l.oldLine = ++o;
            if (l.origin != DiffLine::Removed)
                l.newLine = ++n;
            out.append(l);
        }
        return out;
    };
    // Six unchanged lines between changes: the contexts touch, one hunk.
    QCOMPARE(groupHunks(lines(u"....-......+...."_s), 3).size(), 1);
    // Seven: two hunks.
    const QList<DiffHunk> two = groupHunks(lines(u"....-.......+...."_s), 3);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two[0].header(), u"@@ -2,7 +2,6 @@"_s);
    QCOMPARE(two[1].header(), u"@@ -10,6 +9,7 @@"_s);
    // A pure insertion at the top: the old side is empty and starts at 0.
    QCOMPARE(groupHunks(lines(u"+"_s), 3).first().header(), u"@@ -0,0 +1,1 @@"_s);
    QVERIFY(groupHunks(lines(u"....."_s), 3).isEmpty());
}

void TestPackageDiff::wordChanges_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QList<TextRange>>("removed");
    QTest::addColumn<QList<TextRange>>("added");
    QTest::newRow("value") << u"  version: 1.2.0"_s << u"  version: 1.3.0"_s << QList<TextRange>{{13, 1}}
                           << QList<TextRange>{{13, 1}};
    QTest::newRow("word replaced") << u"name: nginx"_s << u"name: apache"_s << QList<TextRange>{{6, 5}}
                                   << QList<TextRange>{{6, 6}};
    QTest::newRow("inserted words") << u"title: Nginx"_s << u"title: Nginx access logs"_s << QList<TextRange>{}
                                    << QList<TextRange>{{12, 12}};
    QTest::newRow("nothing in common") << u"alpha beta"_s << u"gamma delta"_s << QList<TextRange>{}
                                       << QList<TextRange>{};
    // Paired by position only: a colon in common is not enough to mark words.
    QTest::newRow("unrelated") << u"      fields:"_s << u"      description: >"_s << QList<TextRange>{}
                               << QList<TextRange>{};
    // Re-indented and changed: the words are marked, not the blanks.
    QTest::newRow("re-indented") << u"    - name: logon"_s << u"  - name: login"_s << QList<TextRange>{{12, 5}}
                                 << QList<TextRange>{{10, 5}};
    // Only blanks changed: then they are what is marked.
    QTest::newRow("blanks only") << u"type: keyword"_s << u"type: keyword  "_s << QList<TextRange>{}
                                 << QList<TextRange>{{13, 2}};
    QTest::newRow("unicode") << u"title: Über"_s << u"title: Übel"_s << QList<TextRange>{{7, 4}}
                             << QList<TextRange>{{7, 4}};
}

void TestPackageDiff::wordChanges()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QList<TextRange>, removed);
    QFETCH(QList<TextRange>, added);
    const WordChanges w = tierdesk::wordChanges(before, after);
    QCOMPARE(w.removed, removed);
    QCOMPARE(w.added, added);
}

void TestPackageDiff::wordChangesAreBounded()
{
    QString a, b;
    for (int i = 0; i < 300; ++i) {
        a += u"w%1 "_s.arg(i);
        b += (i % 3 ? u"w%1 "_s : u"x%1 "_s).arg(i); // every third word differs
    }
    a = u"key: "_s + a;
    b = u"key: "_s + b;
    // About 600 × 600 tokens in the middle is above the default bound: no word marks, no stall.
    QVERIFY(tierdesk::wordChanges(a, b).isEmpty());
    QVERIFY(!tierdesk::wordChanges(a, b, 100000, 10000000).isEmpty());
    const QString longA = QString(3000, u'x') + u" 1"_s;
    const QString longB = QString(3000, u'x') + u" 2"_s;
    QVERIFY(tierdesk::wordChanges(longA, longB).isEmpty());
    QVERIFY(!tierdesk::wordChanges(longA, longB, 4000).isEmpty());
}

void TestPackageDiff::unifiedPatch()
{
    Fixture f;
    auto patch = PackageDiff::unifiedPatch(f.b.repo(), f.oldSide, f.newSide);
    QVERIFY(patch);
    const QString text = QString::fromUtf8(*patch);
    QVERIFY2(text.contains(u"diff --git a/docs/README.md b/docs/README.md"_s), qPrintable(text));
    QVERIFY(text.contains(u"-line 5\n+line five\n"_s));
    QVERIFY(text.contains(u"rename from data_stream/access/fields/base-fields.yml"_s));
    QVERIFY(text.contains(u"old mode 100755\nnew mode 100644"_s));
    QVERIFY(text.contains(u"Binary files a/img/logo.bin and b/img/logo.bin differ"_s));
    int plus = 0, minus = 0;
    for (const QString &line : text.split(u'\n')) {
        plus += line.startsWith(u'+') && !line.startsWith(u"+++"_s);
        minus += line.startsWith(u'-') && !line.startsWith(u"---"_s);
    }
    auto c = PackageDiff::compare(f.b.repo(), f.oldSide, f.newSide);
    QCOMPARE(plus, c->added());
    QCOMPARE(minus, c->removed());
}

void TestPackageDiff::resolveSides()
{
    RepoBuilder b;
    Files staging = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    staging.insert(RepoBuilder::package(u"nginx"_s, u"1.1.0"_s));
    staging.insert(RepoBuilder::package(u"nginx"_s, u"1.10.0-beta1"_s));
    staging.insert(RepoBuilder::package(u"aws"_s, u"0.5.1"_s));
    b.commit(u"staging"_s, staging);
    Files snapshot = RepoBuilder::package(u"nginx"_s, u"9.9.9"_s);
    snapshot.insert(RepoBuilder::package(u"apache"_s, u"1.0.0"_s));
    b.commit(u"snapshot"_s, snapshot);
    const TierConfig config;

    SideResolution ok = resolveSide(b.repo(), config, {u"staging"_s, u"nginx"_s, u"1.2.0"_s, {}});
    QVERIFY(ok.side);
    QCOMPARE(ok.side->tree, b.versionTree(u"staging"_s, u"nginx"_s, u"1.2.0"_s));

    SideResolution tier = resolveSide(b.repo(), config, {u"stagin"_s, u"nginx"_s, u"1.2.0"_s, {}});
    QCOMPARE(tier.error, SideError::UnknownTier);
    QVERIFY2(tier.message.contains(u"snapshot, staging, production"_s), qPrintable(tier.message));

    SideResolution absent = resolveSide(b.repo(), config, {u"production"_s, u"nginx"_s, u"1.2.0"_s, {}});
    QCOMPARE(absent.error, SideError::AbsentTier);
    QVERIFY2(absent.message.contains(u"refs/heads/production"_s), qPrintable(absent.message));

    SideResolution package = resolveSide(b.repo(), config, {u"staging"_s, u"apache"_s, u"1.0.0"_s, {}});
    QCOMPARE(package.error, SideError::UnknownPackage);
    QVERIFY2(package.message.contains(u"staging has no package “apache”; it has aws, nginx."_s), qPrintable(package.message));
    QVERIFY2(package.message.contains(u"“apache” is in snapshot."_s), qPrintable(package.message));

    SideResolution version = resolveSide(b.repo(), config, {u"staging"_s, u"nginx"_s, u"9.9.9"_s, {}});
    QCOMPARE(version.error, SideError::UnknownVersion);
    // Newest first, numerically, the prerelease below its release.
    QVERIFY2(version.message.contains(u"staging has no version 9.9.9 of nginx; it has 1.10.0-beta1, 1.2.0, 1.1.0."_s),
             qPrintable(version.message));
    QVERIFY2(version.message.contains(u"snapshot has it."_s), qPrintable(version.message));
}

void TestPackageDiff::sideSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("label");
    QTest::newRow("full") << u"staging:nginx@1.2.0"_s << true << u"staging:nginx@1.2.0"_s;
    QTest::newRow("prerelease") << u"snapshot:aws@1.0.0-beta.1"_s << true << u"snapshot:aws@1.0.0-beta.1"_s;
    QTest::newRow("no tier") << u"nginx@1.2.0"_s << false << QString();
    QTest::newRow("no version") << u"staging:nginx"_s << false << QString();
    QTest::newRow("empty version") << u"staging:nginx@"_s << false << QString();
    QTest::newRow("path") << u"staging:nginx@1.2.0/docs"_s << false << QString();
}

void TestPackageDiff::sideSpecs()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(QString, label);
    const auto side = DiffSide::parse(spec);
    QCOMPARE(side.has_value(), valid);
    if (side)
        QCOMPARE(side->label(), label);
}

void TestPackageDiff::diffBaseChoices()
{
    RepoBuilder b;
    Files snapshot = RepoBuilder::package(u"nginx"_s, u"1.3.0"_s);
    snapshot.insert(RepoBuilder::package(u"nginx"_s, u"1.2.0"_s));
    snapshot.insert(RepoBuilder::package(u"nginx"_s, u"1.10.0"_s));
    snapshot.insert(RepoBuilder::package(u"nginx"_s, u"1.1.0"_s, u"rebuilt in snapshot"_s)); // shadowed
    snapshot.insert(RepoBuilder::package(u"aws"_s, u"2.0.0"_s));
    b.commit(u"snapshot"_s, snapshot);
    Files staging = RepoBuilder::package(u"nginx"_s, u"1.1.0"_s);
    staging.insert(RepoBuilder::package(u"nginx"_s, u"1.0.5"_s));
    b.commit(u"staging"_s, staging);
    Files production = RepoBuilder::package(u"nginx"_s, u"1.0.0"_s);
    production.insert(RepoBuilder::package(u"aws"_s, u"1.0.0"_s));
    production.insert(RepoBuilder::package(u"nginx"_s, u"1.0.5"_s));
    b.commit(u"production"_s, production);
    StorageReader reader;
    auto snap = reader.read(b.path(), TierConfig());
    QVERIFY(snap);
    const auto labels = [](const QList<DiffBase> &bases) {
        QStringList out;
        for (const DiffBase &d : bases)
            out.append(DiffBase::kindId(d.kind) + u' ' + d.side.label());
        return out;
    };

    // A new version: what staging's distribution serves (its newest, staging's own 1.1.0),
    // the previous version in snapshot (numerically, not 1.10.0), then every other version.
    const PackageVersion *selected = snap->find(u"snapshot"_s, u"nginx"_s, u"1.3.0"_s);
    QVERIFY(selected);
    const QList<DiffBase> all = diffBases(*snap, *selected);
    QCOMPARE(labels(all), (QStringList{u"next-distribution staging:nginx@1.1.0"_s, u"previous snapshot:nginx@1.2.0"_s,
                                       u"other production:nginx@1.0.5"_s, u"other production:nginx@1.0.0"_s,
                                       u"other staging:nginx@1.0.5"_s, u"other snapshot:nginx@1.10.0"_s,
                                       u"other snapshot:nginx@1.1.0"_s}));
    QCOMPARE(all[0].side.tree, b.versionTree(u"staging"_s, u"nginx"_s, u"1.1.0"_s));
    QCOMPARE(all[0].distribution, u"staging"_s);
    QVERIFY2(all[0].title().contains(u"staging"_s), qPrintable(all[0].title()));
    QCOMPARE(defaultDiffBases(*snap, *selected).size(), 2);

    // A shadowed copy: first the copy the next distribution serves of the same version, then the
    // previous version, then the same version elsewhere (none left: staging's is the first).
    const PackageVersion *shadowed = snap->find(u"snapshot"_s, u"nginx"_s, u"1.1.0"_s);
    QCOMPARE(labels(defaultDiffBases(*snap, *shadowed)),
             (QStringList{u"next-distribution staging:nginx@1.1.0"_s}));
    // staging's 1.0.5 is promoted (identical to production's): staging's next distribution serves production's copy.
    const PackageVersion *staged = snap->find(u"staging"_s, u"nginx"_s, u"1.0.5"_s);
    const QList<DiffBase> stagedBases = defaultDiffBases(*snap, *staged);
    QCOMPARE(labels(stagedBases), (QStringList{u"next-distribution production:nginx@1.0.5"_s}));
    QVERIFY2(stagedBases[0].title().contains(u"production"_s), qPrintable(stagedBases[0].title()));

    // staging has no aws: staging's distribution serves production's.
    const auto aws = nextDistributionBase(*snap, *snap->find(u"snapshot"_s, u"aws"_s, u"2.0.0"_s));
    QVERIFY(aws);
    QCOMPARE(aws->side.label(), u"production:aws@1.0.0"_s);
    QCOMPARE(aws->distribution, u"staging"_s);
    // The top tier has no next distribution: the previous version, then the copies below.
    const PackageVersion *top = snap->find(u"production"_s, u"nginx"_s, u"1.0.5"_s);
    QVERIFY(!nextDistributionBase(*snap, *top));
    QCOMPARE(labels(defaultDiffBases(*snap, *top)),
             (QStringList{u"previous production:nginx@1.0.0"_s, u"same-version staging:nginx@1.0.5"_s}));

    // Typed references and tags.
    const auto typed = referenceBase(u" 7.10.0:nginx@1.0.0 "_s, *selected);
    QVERIFY(typed);
    QCOMPARE(typed->kind, DiffBase::Reference);
    QCOMPARE(typed->side.label(), u"7.10.0:nginx@1.0.0"_s);
    const auto bare = referenceBase(u"production~1"_s, *selected);
    QVERIFY(bare);
    QCOMPARE(bare->side.label(), u"production~1:nginx@1.3.0"_s);
    QVERIFY(!referenceBase(u"not a ref"_s, *selected));
    QVERIFY(!referenceBase(u""_s, *selected));
    const QList<DiffBase> tags = tagBases({u"7.10.0"_s}, *selected);
    QCOMPARE(tags.size(), 1);
    QVERIFY(tags[0].side.version.isEmpty()); // the newest at the tag, found when compared
}

void TestPackageDiff::resolveReferences()
{
    RepoBuilder b;
    Files production = RepoBuilder::package(u"nginx"_s, u"1.0.0"_s);
    const git::ObjectId first = b.commit(u"production"_s, production);
    production.insert(RepoBuilder::package(u"nginx"_s, u"1.1.0"_s));
    b.commit(u"production"_s, production);
    QVERIFY(b.setReference(u"refs/tags/7.10.0"_s, first));
    const TierConfig config;

    const SideResolution tag = resolveSide(b.repo(), config, {u"7.10.0"_s, u"nginx"_s, u"1.0.0"_s, {}});
    QVERIFY2(tag.side, qPrintable(tag.message));
    QCOMPARE(tag.side->tree, b.versionTree(u"production"_s, u"nginx"_s, u"1.0.0"_s));
    // The tag was cut before 1.1.0: the message names what it has.
    const SideResolution missing = resolveSide(b.repo(), config, {u"7.10.0"_s, u"nginx"_s, u"1.1.0"_s, {}});
    QCOMPARE(missing.error, SideError::UnknownVersion);
    QVERIFY2(missing.message.contains(u"7.10.0 has no version 1.1.0 of nginx; it has 1.0.0."_s), qPrintable(missing.message));
    QVERIFY2(missing.message.contains(u"production has it."_s), qPrintable(missing.message));
    // A commit id, short or long, and a revision expression.
    const SideResolution commit = resolveSide(b.repo(), config, {first.shortHex(10), u"nginx"_s, u"1.0.0"_s, {}});
    QVERIFY2(commit.side, qPrintable(commit.message));
    const SideResolution parent = resolveSide(b.repo(), config, {u"production~1"_s, u"nginx"_s, u"1.1.0"_s, {}});
    QCOMPARE(parent.error, SideError::UnknownVersion);
    // No version: the newest there.
    const SideResolution newest = resolveSide(b.repo(), config, {u"production"_s, u"nginx"_s, QString(), {}});
    QVERIFY(newest.side);
    QCOMPARE(newest.side->version, u"1.1.0"_s);
    const SideResolution atTag = resolveSide(b.repo(), config, {u"7.10.0"_s, u"nginx"_s, QString(), {}});
    QCOMPARE(atTag.side->version, u"1.0.0"_s);
    // Neither a tier nor a reference.
    const SideResolution none = resolveSide(b.repo(), config, {u"v9"_s, u"nginx"_s, u"1.0.0"_s, {}});
    QCOMPARE(none.error, SideError::UnknownTier);
    QVERIFY2(none.message.contains(u"tag, branch or commit"_s), qPrintable(none.message));
    QVERIFY(DiffSide::parse(u"7.10.0:nginx@1.0.0"_s));
    QCOMPARE(DiffSide::parse(u"production~3:nginx@1.0.0"_s)->tier, u"production~3"_s);
}

void TestPackageDiff::changeKindsClassified_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("id");
    QTest::newRow("equal") << QByteArray("a: 1\n") << QByteArray("a: 1\n") << u"identical"_s;
    QTest::newRow("crlf") << QByteArray("a: 1\nb: 2\n") << QByteArray("a: 1\r\nb: 2\r\n") << u"eol-only"_s;
    QTest::newRow("cr") << QByteArray("a\nb\n") << QByteArray("a\rb\r") << u"eol-only"_s;
    QTest::newRow("indent") << QByteArray("a:\n  b: 1\n") << QByteArray("a:\n    b:  1\n") << u"whitespace-only"_s;
    QTest::newRow("blank line") << QByteArray("a\nb\n") << QByteArray("a\n\nb\n") << u"whitespace-only"_s;
    QTest::newRow("trailing") << QByteArray("a\n") << QByteArray("a \t\n") << u"whitespace-only"_s;
    QTest::newRow("crlf and spaces") << QByteArray("a b\n") << QByteArray("a  b\r\n") << u"whitespace-only"_s;
    QTest::newRow("content") << QByteArray("a: 1\n") << QByteArray("a: 2\n") << u"content"_s;
    QTest::newRow("joined words") << QByteArray("a b\n") << QByteArray("ab\n") << u"whitespace-only"_s;
}

void TestPackageDiff::changeKindsClassified()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, id);
    QCOMPARE(diffKindsId(classifyContent(before, after)), id);
}

void TestPackageDiff::changeKindsOfFiles()
{
    RepoBuilder b;
    const QString o = u"packages/nginx/1.0.0/"_s;
    b.commitEdit(u"production"_s, [&](git::TreeEditor &e) {
        QVERIFY(bool(e.putFile(o + u"run.sh"_s, "echo hi\n", true)));
        QVERIFY(bool(e.putFile(o + u"fields.yml"_s, "- name: a\n  type: keyword\n")));
        QVERIFY(bool(e.putFile(o + u"docs/README.md"_s, "# Nginx\nLine two\n")));
        QVERIFY(bool(e.putFile(o + u"manifest.yml"_s, RepoBuilder::manifest(u"nginx"_s, u"1.0.0"_s))));
    }, u"edit"_s);
    // snapshot: every kind once; staging: modes only, as in the real storage's shadowed copies.
    b.commitEdit(u"snapshot"_s, [&](git::TreeEditor &e) {
        QVERIFY(bool(e.putFile(o + u"run.sh"_s, "echo hi\n", false)));
        QVERIFY(bool(e.putFile(o + u"fields.yml"_s, "- name: a\n    type:  keyword\n\n")));
        QVERIFY(bool(e.putFile(o + u"docs/README.md"_s, "# Nginx\r\nLine two\r\n")));
        QByteArray m = RepoBuilder::manifest(u"nginx"_s, u"1.0.0"_s);
        QVERIFY(bool(e.putFile(o + u"manifest.yml"_s, m.replace("Nginx", "NGINX"))));
    }, u"edit"_s);
    b.commitEdit(u"staging"_s, [&](git::TreeEditor &e) {
        QVERIFY(bool(e.putFile(o + u"run.sh"_s, "echo hi\n", false)));
        QVERIFY(bool(e.putFile(o + u"fields.yml"_s, "- name: a\n  type: keyword\n", true)));
        QVERIFY(bool(e.putFile(o + u"docs/README.md"_s, "# Nginx\nLine two\n")));
        QVERIFY(bool(e.putFile(o + u"manifest.yml"_s, RepoBuilder::manifest(u"nginx"_s, u"1.0.0"_s))));
    }, u"edit"_s);
    const DiffSide served{u"production"_s, u"nginx"_s, u"1.0.0"_s, b.versionTree(u"production"_s, u"nginx"_s, u"1.0.0"_s)};
    const DiffSide mixed{u"snapshot"_s, u"nginx"_s, u"1.0.0"_s, b.versionTree(u"snapshot"_s, u"nginx"_s, u"1.0.0"_s)};
    const DiffSide modes{u"staging"_s, u"nginx"_s, u"1.0.0"_s, b.versionTree(u"staging"_s, u"nginx"_s, u"1.0.0"_s)};
    auto c = PackageDiff::compare(b.repo(), served, mixed);
    QVERIFY(c);
    QCOMPARE(diffKindsId(findFile(*c, u"run.sh"_s)->kinds), u"mode-only"_s);
    QCOMPARE(diffKindsId(findFile(*c, u"fields.yml"_s)->kinds), u"whitespace-only"_s);
    QCOMPARE(diffKindsId(findFile(*c, u"docs/README.md"_s)->kinds), u"eol-only"_s);
    QCOMPARE(diffKindsId(findFile(*c, u"manifest.yml"_s)->kinds), u"content"_s);
    QCOMPARE(diffKindsId(c->kinds()), u"content"_s);

    auto m = PackageDiff::compare(b.repo(), served, modes);
    QVERIFY(m);
    QCOMPARE(m->files.size(), 2);
    QCOMPARE(diffKindsId(m->kinds()), u"mode-only"_s);
    QCOMPARE(describeDiffKinds(m->kinds()), u"only file modes differ"_s);
    QVERIFY(isCosmetic(m->kinds()));
    // The JSON names the kind of each file and of the whole.
    const QJsonObject json = diffToJson(*m, {});
    QCOMPARE(json.value(u"difference"_s).toString(), u"mode-only"_s);
    QCOMPARE(json.value(u"files"_s).toArray().at(0).toObject().value(u"difference"_s).toString(), u"mode-only"_s);

    // The classified copies of the analysis: staging's and snapshot's copies are shadowed.
    StorageReader reader;
    auto snap = reader.read(b.path(), TierConfig());
    QVERIFY(snap);
    auto analysis = DistributionAnalysis::analyze(*snap);
    classifyCopies(b.repo(), analysis);
    const Duplicate *d = analysis.duplicate(u"nginx"_s, u"1.0.0"_s);
    QVERIFY(d);
    QCOMPARE(d->copies.size(), 3);
    QCOMPARE(diffKindsId(d->copies[1].difference), u"mode-only"_s); // staging
    QCOMPARE(diffKindsId(d->copies[2].difference), u"content"_s);   // snapshot
    QCOMPARE(classifyTrees(b.repo(), served.tree, mixed.tree), c->kinds());
}

void TestPackageDiff::fixtureModeOnlyChanges()
{
    TIERDESK_REQUIRE_FIXTURE(repoPath);
    auto repo = git::Repository::open(repoPath);
    QVERIFY(repo);
    const TierConfig config;
    const auto o = resolveSide(*repo, config, {u"production"_s, u"system"_s, u"0.10.7"_s, {}});
    const auto n = resolveSide(*repo, config, {u"snapshot"_s, u"system"_s, u"0.10.7"_s, {}});
    QVERIFY(o.side && n.side);
    QVERIFY(o.side->tree.toHex().startsWith(u"839bc98"_s));
    QVERIFY(n.side->tree.toHex().startsWith(u"ee97f9d"_s));
    auto c = PackageDiff::compare(*repo, *o.side, *n.side);
    QVERIFY(c);
    // The two copies differ only in file modes (100755 in production, 100644 in snapshot).
    QCOMPARE(c->files.size(), 271);
    int pictures = 0;
    for (const FileDelta &f : c->files) {
        QVERIFY(!f.contentChanged());
        QCOMPARE(f.oldMode, quint32(GIT_FILEMODE_BLOB_EXECUTABLE));
        QCOMPARE(f.newMode, quint32(GIT_FILEMODE_BLOB));
        QCOMPARE(f.added + f.removed, 0);
        pictures += f.binary;
    }
    QCOMPARE(pictures, 2); // img/kibana-system.png, img/metricbeat_system_dashboard.png
    // Named as such, not as different content.
    QCOMPARE(diffKindsId(c->kinds()), u"mode-only"_s);
    for (const FileDelta &f : c->files)
        QCOMPARE(f.kinds, DiffKinds(DiffKind::Mode));
}

QTEST_GUILESS_MAIN(TestPackageDiff)
#include "tst_packagediff.moc"
