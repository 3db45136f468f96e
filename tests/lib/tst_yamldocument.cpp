// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one YAML reader: shapes, positions, aliases, and the limits that keep hostile text harmless.
#include "yaml/YamlDocument.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tierdesk;

class TestYamlDocument : public QObject {
    Q_OBJECT
private slots:
    void shapes();
    void nulls();
    void positions();
    void aliases();
    void onlyFirstDocument();
    void errors_data();
    void errors();
    void largeMappingWithoutRepeats();
    void limitsAreSettable();
    void flow();
};

void TestYamlDocument::shapes()
{
    const auto doc = yaml::Document::parse("name: nginx\nlist: [a, 'b c']\nmap:\n  k: v\n  n: 1\n");
    QVERIFY(doc);
    const yaml::Node root = doc->root();
    QVERIFY(root.isMapping());
    QCOMPARE(root.size(), 3);
    QCOMPARE(root["name"].scalar(), u"nginx"_s);
    QVERIFY(root["list"].isSequence());
    QCOMPARE(root["list"].size(), 2);
    QCOMPARE(root["list"][1].scalar(), u"b c"_s);
    QVERIFY(root["list"][2].isAbsent());
    QCOMPARE(root["map"]["n"].scalar(), u"1"_s);
    QCOMPARE(root.key(2).scalar(), u"map"_s);
    QVERIFY(root["missing"].isAbsent());
    QVERIFY(!root["missing"]);
    QVERIFY(root["name"]["x"].isAbsent()); // a scalar has no keys
    QVERIFY(root["name"][0].isAbsent());
}

void TestYamlDocument::nulls()
{
    const auto doc = yaml::Document::parse("a:\nb: ~\nc: null\nd: 'null'\ne: \"\"\n");
    QVERIFY(doc);
    const yaml::Node root = doc->root();
    QVERIFY(root["a"].isNull());
    QVERIFY(root["b"].isNull());
    QVERIFY(root["c"].isNull());
    QVERIFY(root["d"].isScalar()); // quoted: a string
    QCOMPARE(root["d"].scalar(), u"null"_s);
    QVERIFY(root["e"].isScalar());
    QVERIFY(yaml::Document::parse(QByteArray())->root().isNull());
}

void TestYamlDocument::positions()
{
    const auto doc = yaml::Document::parse("name: nginx\nicons:\n  - src: /img/a.svg\n");
    QVERIFY(doc);
    const yaml::Node src = doc->root()["icons"][0]["src"];
    QCOMPARE(src.line(), 3);
    QCOMPARE(src.column(), 10);
}

void TestYamlDocument::aliases()
{
    const auto doc = yaml::Document::parse("base: &b {k: v, list: [1, 2]}\ncopy: *b\nname: &n x\nother: *n\n");
    QVERIFY(doc);
    const yaml::Node root = doc->root();
    QCOMPARE(root["copy"]["k"].scalar(), u"v"_s);
    QCOMPARE(root["copy"]["list"][1].scalar(), u"2"_s);
    QCOMPARE(root["other"].scalar(), u"x"_s);
}

void TestYamlDocument::onlyFirstDocument()
{
    const auto doc = yaml::Document::parse("name: a\n---\nname: b\n...\n: : [\n");
    QVERIFY(doc);
    QCOMPARE(doc->root()["name"].scalar(), u"a"_s);
}

void TestYamlDocument::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("limit");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unclosed") << QByteArray("a: 1\nb: [x\nc: 2\n") << 3 << 2 << false << u"flow sequence"_s;
    QTest::newRow("duplicate key") << QByteArray("a: 1\nb:\n  x: 1\n  x: 2\n") << 4 << 3 << false
                                   << u"the key “x” appears twice in one mapping (first on line 3)"_s;
    QTest::newRow("duplicate key through quoting") << QByteArray("a: 1\n'a': 2\n") << 2 << 1 << false
                                                   << u"“a” appears twice"_s;
    // In a mapping of any size the first repeat in the text is named, with its earlier twin.
    const auto wide = [](const QList<QByteArray> &repeats) {
        QByteArray t;
        for (int i = 0; i < 20; ++i)
            t += "k" + QByteArray::number(i) + ": " + QByteArray::number(i) + '\n';
        for (const QByteArray &r : repeats)
            t += r + '\n';
        return t;
    };
    QTest::newRow("duplicate key, large mapping")
        << wide({"extra: 1", "k7: again", "k2: again", "k7: thrice"}) << 22 << 1 << false
        << u"the key “k7” appears twice in one mapping (first on line 8)"_s;
    QTest::newRow("duplicate empty and null keys, large mapping")
        << wide({"\"\": 1", "~: 2"}) << 22 << 1 << false << u"appears twice in one mapping (first on line 21)"_s;
    QTest::newRow("duplicate empty and null keys, small mapping")
        << QByteArray("\"\": 1\n~: 2\n") << 2 << 1 << false << u"appears twice in one mapping (first on line 1)"_s;
    QTest::newRow("undefined alias") << QByteArray("a: *nothing\n") << 1 << 4 << false << u"*nothing"_s;
    QTest::newRow("alias of itself") << QByteArray("a: &x [1, *x]\n") << 1 << 11 << false << u"*x"_s;
    QTest::newRow("deep block nesting") << [] {
        QByteArray t;
        for (int i = 0; i < 150; ++i)
            t += QByteArray(i * 2, ' ') + "k:\n";
        return t;
    }() << 101 << 201 << true << u"nests deeper than 100 levels"_s;
    QTest::newRow("deep through an alias")
        << (QByteArray("a: &a ") + QByteArray(60, '[') + QByteArray(60, ']') + "\nb: " + QByteArray(60, '[') + "*a"
            + QByteArray(60, ']') + '\n')
        << 2 << 64 << true << u"nests deeper"_s;
    QTest::newRow("size") << QByteArray(5 * 1024 * 1024, 'a') << 0 << 0 << true << u"5120 KiB"_s;
}

void TestYamlDocument::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(bool, limit);
    QFETCH(QString, mentions);
    const auto doc = yaml::Document::parse(text);
    QVERIFY(!doc);
    QVERIFY2(doc.error().message.contains(mentions), qPrintable(doc.error().message));
    QCOMPARE(doc.error().line, line);
    QCOMPARE(doc.error().column, column);
    QCOMPARE(doc.error().limit, limit);
    if (line > 0)
        QVERIFY(yaml::Document::describe(doc.error()).startsWith(u"line %1, column %2: "_s.arg(line).arg(column)));
}

void TestYamlDocument::largeMappingWithoutRepeats()
{
    // Keys that share prefixes and lengths, in no order: none is a repeat.
    QByteArray t;
    for (int i = 40; i > 0; --i)
        t += "k" + QByteArray::number(i % 2 ? i : i * 10) + ": " + QByteArray::number(i) + '\n';
    const auto doc = yaml::Document::parse(t);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->root().size(), 40);
    QCOMPARE(doc->root()["k400"].scalar(), u"40"_s);
    QCOMPARE(doc->root()["k1"].scalar(), u"1"_s);
    QVERIFY(doc->root()["k4"].isAbsent());
}

void TestYamlDocument::limitsAreSettable()
{
    const QByteArray laughs = "a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n";
    QVERIFY(yaml::Document::parse(laughs));
    yaml::Limits tight;
    tight.maxNodes = 50;
    const auto doc = yaml::Document::parse(laughs, tight);
    QVERIFY(!doc);
    QVERIFY2(doc.error().message.contains(u"more than 50 nodes"_s), qPrintable(doc.error().message));
    QCOMPARE(doc.error().line, 3);
}

void TestYamlDocument::flow()
{
    const auto doc = yaml::Document::parse("a:\n  - name: nginx\n    title: 'Logs, and: more'\n    n: ~\n"
                                           "    vars: []\n    empty: {}\n    q: '-x'\n    d: '- x'\n");
    QVERIFY(doc);
    QCOMPARE(doc->root()["a"].flow(),
             u"[{name: nginx, title: \"Logs, and: more\", n: ~, vars: [], empty: {}, q: -x, d: \"- x\"}]"_s);
    QCOMPARE(doc->root()["missing"].flow(), QString());
}

QTEST_GUILESS_MAIN(TestYamlDocument)
#include "tst_yamldocument.moc"
