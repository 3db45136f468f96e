// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Version.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using tierdesk::Version;

namespace tierdesk {
// Lets QCOMPARE print versions.
char *toString(const Version &version)
{
    return QTest::toString(version.toString());
}
} // namespace tierdesk

namespace {

Version strict(const QString &text)
{
    const auto version = Version::parse(text);
    if (!version)
        qFatal("test data: %s is not a strict version", qPrintable(text));
    return *version;
}

} // namespace

class TestVersion : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseLoose_data();
    void parseLoose();
    void parseLooseInvalid_data();
    void parseLooseInvalid();
    void precedence_data();
    void precedence();
    void specChainSorts();
    void equality_data();
    void equality();
    void constructors();
};

void TestVersion::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("major");
    QTest::addColumn<quint64>("minor");
    QTest::addColumn<quint64>("patch");
    QTest::addColumn<QStringList>("prerelease");
    QTest::addColumn<QString>("build");

    const auto row = [](const char *text, quint64 major, quint64 minor, quint64 patch, QStringList prerelease = {},
                        QString build = {}) {
        QTest::newRow(text) << QString::fromUtf8(text) << major << minor << patch << prerelease << build;
    };
    row("0.0.0", 0, 0, 0);
    row("1.2.3", 1, 2, 3);
    row("10.20.30", 10, 20, 30);
    row("8.15.0", 8, 15, 0);
    row("18446744073709551615.0.0", Q_UINT64_C(18446744073709551615), 0, 0);
    row("0.18446744073709551615.0", 0, Q_UINT64_C(18446744073709551615), 0);
    row("1.2.3-alpha", 1, 2, 3, {u"alpha"_s});
    row("1.2.3-alpha.1", 1, 2, 3, {u"alpha"_s, u"1"_s});
    row("1.2.3-alpha.1+build.5", 1, 2, 3, {u"alpha"_s, u"1"_s}, u"build.5"_s);
    row("8.3.0-dev1", 8, 3, 0, {u"dev1"_s});
    row("8.6.0-SNAPSHOT", 8, 6, 0, {u"SNAPSHOT"_s});
    row("1.0.0-0", 1, 0, 0, {u"0"_s});
    row("1.0.0-0A.is.legal", 1, 0, 0, {u"0A"_s, u"is"_s, u"legal"_s});
    row("1.0.0-x.7.z.92", 1, 0, 0, {u"x"_s, u"7"_s, u"z"_s, u"92"_s});
    row("1.0.0-x-y-z.--", 1, 0, 0, {u"x-y-z"_s, u"--"_s});
    row("1.0.0-alpha+001", 1, 0, 0, {u"alpha"_s}, u"001"_s);
    row("1.0.0+20130313144700", 1, 0, 0, {}, u"20130313144700"_s);
    row("1.0.0-beta+exp.sha.5114f85", 1, 0, 0, {u"beta"_s}, u"exp.sha.5114f85"_s);
    row("1.0.0+21AF26D3----117B344092BD", 1, 0, 0, {}, u"21AF26D3----117B344092BD"_s);
    row("1.2.3----RC-SNAPSHOT.12.9.1--.12+788", 1, 2, 3, {u"---RC-SNAPSHOT"_s, u"12"_s, u"9"_s, u"1--"_s, u"12"_s},
        u"788"_s);
    row("1.0.0-rc.1+build.1-2", 1, 0, 0, {u"rc"_s, u"1"_s}, u"build.1-2"_s);
    row("2.0.0-rc.1+build.123", 2, 0, 0, {u"rc"_s, u"1"_s}, u"build.123"_s);
    row("1.2.3-99999999999999999999", 1, 2, 3, {u"99999999999999999999"_s});
}

void TestVersion::parseValid()
{
    QFETCH(QString, text);
    QFETCH(quint64, major);
    QFETCH(quint64, minor);
    QFETCH(quint64, patch);
    QFETCH(QStringList, prerelease);
    QFETCH(QString, build);

    const auto version = Version::parse(text);
    QVERIFY(version);
    QCOMPARE(version->major(), major);
    QCOMPARE(version->minor(), minor);
    QCOMPARE(version->patch(), patch);
    QCOMPARE(version->prerelease(), prerelease);
    QCOMPARE(version->build(), build);
    QCOMPARE(version->isPrerelease(), !prerelease.isEmpty());
    // Strict input is already canonical.
    QCOMPARE(version->toString(), text);
    // The loose parser agrees on everything the strict one accepts.
    const auto loose = Version::parseLoose(text);
    QVERIFY(loose);
    QCOMPARE(loose->toString(), text);
}

void TestVersion::parseInvalid_data()
{
    QTest::addColumn<QString>("text");

    for (const char *text : {
             "",
             "1",
             "1.2",
             "1.2.3.4",
             "v1.2.3",
             "V1.2.3",
             "=1.2.3",
             "01.2.3",
             "1.02.3",
             "1.2.03",
             "00.0.0",
             "1.2.3-",
             "1.2.3+",
             "1.2.3-+build",
             "1.2.3-01",
             "1.2.3-alpha.01",
             "1.2.3-alpha..1",
             "1.2.3-alpha.",
             "1.2.3-.alpha",
             "1.2.3+build..1",
             "1.2.3+build.",
             "1.2.3-alpha_1",
             "1.2.3+build+2",
             "1.2.3-alpha+",
             " 1.2.3",
             "1.2.3 ",
             "1 .2.3",
             "1.2.3-é",
             "a.b.c",
             "1.x.0",
             "-1.2.3",
             "+1.2.3",
             "1.-2.3",
             "1..3",
             ".1.2",
             "1.2.",
             "1.2.3.",
             "18446744073709551616.0.0",
             "0.0.99999999999999999999",
             "\u0661.\u0662.\u0663", // Arabic-Indic digits are not ASCII digits
         }) {
        QTest::newRow(*text ? text : "(empty)") << QString::fromUtf8(text);
    }
}

void TestVersion::parseInvalid()
{
    QFETCH(QString, text);
    QVERIFY(!Version::parse(text));
}

void TestVersion::parseLoose_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    const auto row = [](const char *text, const char *canonical) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(canonical);
    };
    row("v1.2.3", "1.2.3");
    row("1.2", "1.2.0");
    row("v1.2", "1.2.0");
    row("1", "1.0.0");
    row("v1", "1.0.0");
    row("0", "0.0.0");
    row("01.02.03", "1.2.3");
    row("v007", "7.0.0");
    row("1.2-beta", "1.2.0-beta");
    row("1-rc.1+b.2", "1.0.0-rc.1+b.2");
    row("v8.6-SNAPSHOT", "8.6.0-SNAPSHOT");
    row("1+build", "1.0.0+build");
    row("v2.3.5-20161202202307-sha.e8fc5e5", "2.3.5-20161202202307-sha.e8fc5e5");
}

void TestVersion::parseLoose()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);

    const auto version = Version::parseLoose(text);
    QVERIFY(version);
    QCOMPARE(version->toString(), canonical);
    QCOMPARE(strict(canonical), *version);
}

void TestVersion::parseLooseInvalid_data()
{
    QTest::addColumn<QString>("text");

    for (const char *text : {
             "",
             "v",
             "vv1",
             "V1.2.3",
             " 1",
             "1 ",
             "1.",
             "1..2",
             ".1",
             "1.2.3.4",
             "x",
             "1.x",
             "1.2.*",
             "=1.2.3",
             ">1",
             "^1.2",
             "1.2.3-",
             "1.2.3-01",
             "1.2-alpha..1",
             "1+",
             "1.2.3-beta_1",
             "18446744073709551616",
         }) {
        QTest::newRow(*text ? text : "(empty)") << QString::fromUtf8(text);
    }
}

void TestVersion::parseLooseInvalid()
{
    QFETCH(QString, text);
    QVERIFY(!Version::parseLoose(text));
}

void TestVersion::precedence_data()
{
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("higher");

    const auto row = [](const char *lower, const char *higher) {
        QTest::addRow("%s < %s", lower, higher) << QString::fromUtf8(lower) << QString::fromUtf8(higher);
    };
    // SemVer 2.0 §11.2: numerically, component by component.
    row("1.0.0", "2.0.0");
    row("2.0.0", "2.1.0");
    row("2.1.0", "2.1.1");
    row("1.9.0", "1.10.0");
    row("1.2.9", "1.2.10");
    row("1.99.99", "2.0.0");
    row("18446744073709551614.0.0", "18446744073709551615.0.0");
    // §11.3: a pre-release is lower than its release.
    row("1.0.0-alpha", "1.0.0");
    row("8.6.0-SNAPSHOT", "8.6.0");
    row("8.5.9", "8.6.0-SNAPSHOT");
    row("0.9.9", "1.0.0-0");
    // §11.4: the spec's example chain.
    row("1.0.0-alpha", "1.0.0-alpha.1");
    row("1.0.0-alpha.1", "1.0.0-alpha.beta");
    row("1.0.0-alpha.beta", "1.0.0-beta");
    row("1.0.0-beta", "1.0.0-beta.2");
    row("1.0.0-beta.2", "1.0.0-beta.11");
    row("1.0.0-beta.11", "1.0.0-rc.1");
    row("1.0.0-rc.1", "1.0.0");
    // Numeric identifiers compare as numbers, also beyond 64 bits.
    row("1.0.0-2", "1.0.0-10");
    row("1.0.0-alpha.9", "1.0.0-alpha.10");
    row("1.0.0-99999999999999999999", "1.0.0-100000000000000000000");
    // Numeric identifiers are lower than alphanumeric ones.
    row("1.0.0-1", "1.0.0-a");
    row("1.0.0-999", "1.0.0-0a");
    row("1.0.0-rc.1", "1.0.0-rc.a");
    // Alphanumeric identifiers compare in ASCII order.
    row("1.0.0-Z", "1.0.0-a");
    row("1.0.0-BC1", "1.0.0-SNAPSHOT");
    row("8.3.0-dev1", "8.3.0-dev2");
    row("1.0.0-alpha.1", "1.0.0-alpha-1");
    // A longer identifier set is higher when the shared ones are equal.
    row("1.0.0-rc.1", "1.0.0-rc.1.1");
    row("1.0.0-a.b", "1.0.0-a.b.0");
    // Build metadata plays no part.
    row("1.0.0+zzz", "1.0.1+aaa");
    row("1.0.0-beta+exp.sha.5114f85", "1.0.0");
    row("1.0.0-alpha+999", "1.0.0-alpha.1+1");
}

void TestVersion::precedence()
{
    QFETCH(QString, lower);
    QFETCH(QString, higher);

    const Version a = strict(lower);
    const Version b = strict(higher);
    QVERIFY(std::is_lt(a.compare(b)));
    QVERIFY(std::is_gt(b.compare(a)));
    QVERIFY(a < b);
    QVERIFY(b > a);
    QVERIFY(a <= b);
    QVERIFY(!(b <= a));
    QVERIFY(a != b);
    QVERIFY(std::is_eq(a.compare(a)));
}

void TestVersion::specChainSorts()
{
    const QStringList chain = {
        u"1.0.0-alpha"_s, u"1.0.0-alpha.1"_s, u"1.0.0-alpha.beta"_s, u"1.0.0-beta"_s,
        u"1.0.0-beta.2"_s, u"1.0.0-beta.11"_s, u"1.0.0-rc.1"_s, u"1.0.0"_s,
    };
    QList<Version> versions;
    for (const QString &text : chain)
        versions.append(strict(text));
    const QList<Version> expected = versions;

    std::mt19937 random(42);
    for (int round = 0; round < 20; ++round) {
        std::ranges::shuffle(versions, random);
        std::ranges::sort(versions);
        QCOMPARE(versions, expected);
    }
}

void TestVersion::equality_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    const auto row = [](const char *a, const char *b) {
        QTest::addRow("%s == %s", a, b) << QString::fromUtf8(a) << QString::fromUtf8(b);
    };
    row("1.2.3", "1.2.3");
    row("1.0.0+a", "1.0.0+b");
    row("1.0.0", "1.0.0+build.1");
    row("1.0.0-rc.1+x", "1.0.0-rc.1+y.z");
    row("8.6.0-SNAPSHOT", "8.6.0-SNAPSHOT+20240101");
}

void TestVersion::equality()
{
    QFETCH(QString, a);
    QFETCH(QString, b);

    const Version va = strict(a);
    const Version vb = strict(b);
    QVERIFY(va == vb);
    QVERIFY(!(va != vb));
    QVERIFY(!(va < vb) && !(vb < va));
    QVERIFY(std::is_eq(va.compare(vb)));
    QCOMPARE(qHash(va), qHash(vb));
    QCOMPARE(qHash(va, 7), qHash(vb, 7));
    // Build metadata is ignored for equality but kept for display.
    QCOMPARE(va.toString(), a);
    QCOMPARE(vb.toString(), b);
    QCOMPARE(QSet<Version>({va, vb}).size(), 1);
}

void TestVersion::constructors()
{
    QCOMPARE(Version(), strict(u"0.0.0"_s));
    QCOMPARE(Version().toString(), u"0.0.0"_s);
    const Version version(7, 17, 3);
    QCOMPARE(version, strict(u"7.17.3"_s));
    QCOMPARE(version.toString(), u"7.17.3"_s);
    QVERIFY(!version.isPrerelease());
    QVERIFY(version.build().isEmpty());
}

QTEST_APPLESS_MAIN(TestVersion)

#include "tst_version.moc"
