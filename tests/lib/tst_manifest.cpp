// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Manifest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tierdesk;

class TestManifest : public QObject {
    Q_OBJECT
private slots:
    void fields_data();
    void fields();
    void icons();
    void problems_data();
    void problems();
};

void TestManifest::fields_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    const QByteArray base = "format_version: 1.0.0\nname: nginx\ntitle: Nginx\nversion: 0.3.1\n"
                            "description: Nginx Integration\ntype: integration\n";
    QTest::newRow("name") << base << u"name"_s << u"nginx"_s;
    QTest::newRow("title") << base << u"title"_s << u"Nginx"_s;
    QTest::newRow("version") << base << u"version"_s << u"0.3.1"_s;
    QTest::newRow("type") << base << u"type"_s << u"integration"_s;
    QTest::newRow("description") << base << u"description"_s << u"Nginx Integration"_s;
    QTest::newRow("format_version") << base << u"format_version"_s << u"1.0.0"_s;
    QTest::newRow("no release is empty") << base << u"release"_s << QString();
    QTest::newRow("no release is ga") << base << u"stage"_s << u"ga"_s;
    QTest::newRow("release with comment") << base + "release: beta # until GA\n" << u"release"_s << u"beta"_s;
    QTest::newRow("release experimental") << base + "release: experimental\n" << u"stage"_s << u"experimental"_s;
    QTest::newRow("kibana dotted unquoted") << base + "conditions:\n  kibana.version: ^7.9.0\n" << u"kibana"_s
                                            << u"^7.9.0"_s;
    QTest::newRow("kibana dotted single quotes") << base + "conditions:\n  kibana.version: '^7.10.0'\n" << u"kibana"_s
                                                 << u"^7.10.0"_s;
    QTest::newRow("kibana dotted double quotes") << base + "conditions:\n  kibana.version: \">=7.10.0\"\n"
                                                 << u"kibana"_s << u">=7.10.0"_s;
    QTest::newRow("kibana nested") << base + "conditions:\n  kibana:\n    version: \"^7.16.0 || ^8.0.0\"\n"
                                   << u"kibana"_s << u"^7.16.0 || ^8.0.0"_s;
    QTest::newRow("kibana absent") << base << u"kibana"_s << QString();
    QTest::newRow("owner") << base + "owner:\n  github: elastic/integrations\n" << u"owner"_s
                           << u"elastic/integrations"_s;
    QTest::newRow("multi-line description") << QByteArray("name: a\nversion: 1.0.0\ndescription: >\n  Two\n  lines\n")
                                            << u"description"_s
                                            << u"Two lines"_s;
}

void TestManifest::fields()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const ManifestParse p = ManifestParse::parse(yaml);
    QVERIFY(p.ok);
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.value(0).message));
    const Manifest &m = p.manifest;
    const QHash<QString, QString> values{
        {u"name"_s, m.name},       {u"title"_s, m.title},
        {u"version"_s, m.version}, {u"type"_s, m.type},
        {u"release"_s, m.release}, {u"stage"_s, m.releaseStage()},
        {u"description"_s, m.description}, {u"format_version"_s, m.formatVersion},
        {u"kibana"_s, m.kibanaVersion},    {u"owner"_s, m.ownerGithub},
    };
    QVERIFY(values.contains(field));
    QCOMPARE(values.value(field), expected);
}

void TestManifest::icons()
{
    const ManifestParse p = ManifestParse::parse("name: aws\nversion: 1.0.0\nicons:\n"
                                                 "  - src: /img/logo_aws.svg\n    title: logo aws\n"
                                                 "    size: 32x32\n    type: image/svg+xml\n"
                                                 "  - src: /img/other.png\n");
    QVERIFY(p.ok);
    QCOMPARE(p.manifest.icons.size(), 2);
    QCOMPARE(p.manifest.icons[0].src, u"/img/logo_aws.svg"_s);
    QCOMPARE(p.manifest.icons[0].type, u"image/svg+xml"_s);
    QCOMPARE(p.manifest.icons[0].size, u"32x32"_s);
    QCOMPARE(p.manifest.icons[1].src, u"/img/other.png"_s);
}

void TestManifest::problems_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unclosed flow sequence") << QByteArray("name: [nginx\nversion: 1.0.0\n") << false
                                            << u"manifest-invalid"_s << u"line"_s;
    QTest::newRow("tab indentation") << QByteArray("name: nginx\nconditions:\n\tkibana.version: ^7.9.0\n") << false
                                     << u"manifest-invalid"_s << u"not valid YAML"_s;
    QTest::newRow("bad indentation") << QByteArray("name: nginx\n  version: 1.0.0\n bad: [\n") << false
                                     << u"manifest-invalid"_s << u"not valid YAML"_s;
    QTest::newRow("a list") << QByteArray("- name\n- version\n") << false << u"manifest-invalid"_s << u"mapping"_s;
    QTest::newRow("a scalar") << QByteArray("just text") << false << u"manifest-invalid"_s << u"mapping"_s;
    QTest::newRow("empty") << QByteArray() << false << u"manifest-invalid"_s << u"mapping"_s;
    QTest::newRow("no name") << QByteArray("version: 1.0.0\n") << true << u"manifest-field"_s << u"name"_s;
    QTest::newRow("no version") << QByteArray("name: x\n") << true << u"manifest-field"_s << u"version"_s;
    // Hostile or careless text: each is a clear problem, never a silent pick or a blow-up.
    QTest::newRow("duplicate name") << QByteArray("name: nginx\nversion: 1.0.0\nname: apache\n") << false
                                    << u"manifest-invalid"_s << u"line 3, column 1: the key “name” appears twice"_s;
    QTest::newRow("10,000 levels") << (QByteArray("name: x\nversion: 1.0.0\ndeep: ") + QByteArray(10000, '[')
                                       + QByteArray(10000, ']') + '\n')
                                   << false << u"manifest-invalid"_s << u"nests deeper than 100 levels"_s;
    QTest::newRow("billion laughs") << QByteArray("name: x\nversion: 1.0.0\n"
                                                  "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                                                  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                                  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                                                  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                                                  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                                                  "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                                                  "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
                                                  "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
                                                  "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]\n")
                                    << false << u"manifest-invalid"_s << u"aliases expand"_s;
    QByteArray list("name: x\nversion: 1.0.0\nitems:\n");
    while (list.size() < 50 * 1024 * 1024)
        list += "  - item\n";
    QTest::newRow("50 MB of list items") << list << false << u"manifest-invalid"_s << u"more than the 4096 KiB"_s;
    QTest::newRow("title is a list") << QByteArray("name: x\nversion: 1.0.0\ntitle: [a, b]\n") << true
                                     << u"manifest-field"_s << u"title"_s;
}

void TestManifest::problems()
{
    QFETCH(QByteArray, yaml);
    QFETCH(bool, ok);
    QFETCH(QString, kind);
    QFETCH(QString, mentions);
    const ManifestParse p = ManifestParse::parse(yaml);
    QCOMPARE(p.ok, ok);
    QCOMPARE(p.problems.size(), 1);
    QCOMPARE(Problem::kindId(p.problems[0].kind), kind);
    QVERIFY2(p.problems[0].message.contains(mentions), qPrintable(p.problems[0].message));
    QCOMPARE(p.problems[0].path, u"manifest.yml"_s);
}

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
