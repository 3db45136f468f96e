// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The layout rules of issue #10, checked on the source tree itself: no source
// file directly in lib/ or app/gui/, every domain folder lists its own sources,
// includes name their folder, no function over 100 lines in lib/ or app/, and
// the main window stays a window (MainWindow.cpp under 600 lines).
#include "project/SourceScan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxFunctionLines = 100;
constexpr int MaxMainWindowLines = 600;

QString sourceDir() { return QStringLiteral(TIERDESK_SOURCE_DIR); }

QString read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QStringList sourcesBelow(const QString &relativeDir)
{
    QStringList out;
    QDirIterator it(sourceDir() + u'/' + relativeDir, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    out.sort();
    return out;
}

QString relative(const QString &path) { return QDir(sourceDir()).relativeFilePath(path); }

} // namespace

class TestStructure : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scannerFindsBodies_data();
    void scannerFindsBodies();
    void noSourcesAtTheTopOfLibOrGui();
    void eachFolderListsItsSources();
    void includesNameTheFolder();
    void functionsAreShort();
    void mainWindowIsAWindow();
};

// The scanner itself, so that a passing functionsAreShort means something.
void TestStructure::scannerFindsBodies_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QList<int>>("lengths");
    QTest::newRow("plain") << u"int f(int a)\n{\n    return a;\n}\n"_s << QList<int>{3};
    QTest::newRow("const member, trailing return") << u"auto A::g() const -> int\n{\n    return 1;\n}\n"_s
                                                   << QList<int>{3};
    QTest::newRow("control blocks and lambdas count inside") << u"void f()\n{\n    if (x) {\n        y();\n    }\n"
                                                                u"    auto l = [](int) {\n        return 2;\n    };\n}\n"_s
                                                             << QList<int>{8};
    QTest::newRow("braces in comments and literals") << u"void f()\n{\n    // }\n    /* { */\n    s = \"}\";\n"
                                                        u"    c = '}';\n    r = R\"x(})x\";\n}\n"_s
                                                     << QList<int>{7};
    QTest::newRow("namespaces, classes and initialisers are not bodies")
        << u"namespace n {\nstruct S {\n    int a = 1;\n    void m() { }\n};\nconst int v[] = {1, 2};\n}\n"_s
        << QList<int>{1};
    QTest::newRow("constructor with initialiser list") << u"A::A(int x)\n    : m(x)\n    , n(0)\n{\n    go();\n}\n"_s
                                                       << QList<int>{3};
    QTest::newRow("digit separators") << u"void f()\n{\n    int n = 1'000;\n}\n"_s << QList<int>{3};
}

void TestStructure::scannerFindsBodies()
{
    QFETCH(QString, source);
    QFETCH(QList<int>, lengths);
    QList<int> found;
    for (const FunctionSpan &span : functionBodies(source))
        found.append(span.lines);
    QCOMPARE(found, lengths);
}

void TestStructure::noSourcesAtTheTopOfLibOrGui()
{
    for (const QString &dir : {u"lib"_s, u"app/gui"_s}) {
        const QStringList files = QDir(sourceDir() + u'/' + dir).entryList(QDir::Files);
        QCOMPARE(files, QStringList{u"CMakeLists.txt"_s});
    }
}

// A source file that no CMakeLists.txt of its folder names is never built.
void TestStructure::eachFolderListsItsSources()
{
    QStringList unlisted;
    for (const QString &top : {u"lib"_s, u"app/gui"_s}) {
        const QDir root(sourceDir() + u'/' + top);
        for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir dir(root.filePath(folder));
            const QString cmake = read(dir.filePath(u"CMakeLists.txt"_s));
            if (cmake.isEmpty())
                unlisted.append(top + u'/' + folder + u"/CMakeLists.txt is missing"_s);
            for (const QString &file : dir.entryList({u"*.cpp"_s}, QDir::Files))
                if (!QRegularExpression(u"(^|\\s)"_s + QRegularExpression::escape(file) + u"(\\s|\\))"_s)
                         .match(cmake)
                         .hasMatch())
                    unlisted.append(top + u'/' + folder + u'/' + file);
        }
    }
    QVERIFY2(unlisted.isEmpty(), qPrintable(unlisted.join(u'\n')));
}

void TestStructure::includesNameTheFolder()
{
    static const QRegularExpression include(uR"re(^\s*#\s*include\s+"([^"]+)")re"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression generated(uR"(^(tierdesk_(core|github)_export\.h|\w+\.moc)$)"_s);
    QStringList bare;
    for (const QString &dir : {u"lib"_s, u"app"_s, u"tests"_s, u"tools"_s, u"bench"_s})
        for (const QString &file : sourcesBelow(dir)) {
            auto it = include.globalMatch(read(file));
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                if (!name.contains(u'/') && !generated.match(name).hasMatch())
                    bare.append(relative(file) + u": "_s + name);
            }
        }
    QVERIFY2(bare.isEmpty(), qPrintable(bare.join(u'\n')));
}

void TestStructure::functionsAreShort()
{
    QStringList tooLong;
    int scanned = 0;
    for (const QString &dir : {u"lib"_s, u"app"_s})
        for (const QString &file : sourcesBelow(dir))
            for (const FunctionSpan &span : functionBodies(read(file))) {
                ++scanned;
                if (span.lines > MaxFunctionLines)
                    tooLong.append(u"%1:%2: %3 lines: %4"_s.arg(relative(file)).arg(span.firstLine).arg(span.lines).arg(span.head));
            }
    QVERIFY2(scanned > 500, "the scanner found almost no functions: is the source tree there?");
    QVERIFY2(tooLong.isEmpty(), qPrintable(u"functions over %1 lines:\n"_s.arg(MaxFunctionLines) + tooLong.join(u'\n')));
}

void TestStructure::mainWindowIsAWindow()
{
    const QString text = read(sourceDir() + u"/app/gui/shell/MainWindow.cpp"_s);
    QVERIFY(!text.isEmpty());
    const int lines = int(text.count(u'\n'));
    QVERIFY2(lines < MaxMainWindowLines, qPrintable(u"MainWindow.cpp has %1 lines"_s.arg(lines)));
}

QTEST_GUILESS_MAIN(TestStructure)
#include "tst_structure.moc"
