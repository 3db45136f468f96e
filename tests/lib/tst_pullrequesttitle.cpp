// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pull-request titles of a promotion: what Tierdesk writes reads back as
// itself, what the old tool wrote reads as what it means, and hostile titles
// are refused with a sentence, in time linear in their length.
#include "promotion/PromotionTexts.h"
#include "promotion/PullRequestTitle.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace tierdesk;

Q_DECLARE_METATYPE(tierdesk::PullRequestTitle)

namespace {
PullRequestTitle title(TitleKind kind, const QString &branch, const QString &source, const QStringList &keys)
{
    return PullRequestTitle{kind, branch, source, keys};
}

QString describe(const PullRequestTitle &t)
{
    return u"%1 [%2] from %3: %4"_s.arg(t.kind == TitleKind::Promote ? u"promote"_s : u"remove"_s, t.branch,
                                         t.sourceTier, t.keys.join(u", "_s));
}
} // namespace

class TestPullRequestTitle : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void roundTripRandom();
    void manyFormReadsAsUnlisted();
    void oldToolTitles_data();
    void oldToolTitles();
    void rejected_data();
    void rejected();
    void hostileInputIsLinear();
    void composeWritesParsableTitles();
};

void TestPullRequestTitle::roundTrip_data()
{
    QTest::addColumn<PullRequestTitle>("t");
    using enum TitleKind;
    QTest::newRow("one") << title(Promote, u"staging"_s, u"snapshot"_s, {u"nginx@1.2.3"_s});
    QTest::newRow("three") << title(Promote, u"staging"_s, u"snapshot"_s,
                                    {u"apm@8.3.0-dev1"_s, u"aws@0.5.1"_s, u"nginx@1.2.3"_s});
    QTest::newRow("skip staging") << title(Promote, u"production"_s, u"snapshot"_s, {u"system@0.10.7"_s});
    QTest::newRow("prerelease and build") << title(Promote, u"production"_s, u"staging"_s,
                                                   {u"a_b@1.0.0-rc.1+build.5"_s, u"x9@0.0.1+sha.abc-def"_s});
    QTest::newRow("pre with dashes") << title(Promote, u"staging"_s, u"snapshot"_s, {u"k8s@1.0.0-alpha-2.b-c"_s});
    QTest::newRow("removal") << title(Remove, u"snapshot"_s, u"snapshot"_s, {u"nginx@1.2.3"_s, u"nginx@1.1.0"_s});
    QTest::newRow("other tier names") << title(Promote, u"release/v2"_s, u"team.qa-1"_s, {u"p@2.0.0"_s});
    QTest::newRow("many") << title(Promote, u"staging"_s, u"snapshot"_s, {});
    QTest::newRow("many removed") << title(Remove, u"staging"_s, u"staging"_s, {});
}

void TestPullRequestTitle::roundTrip()
{
    QFETCH(PullRequestTitle, t);
    const QString text = formatTitle(t);
    const auto parsed = parseTitle(text);
    QVERIFY2(parsed, qPrintable(text + u": "_s + (parsed ? QString() : parsed.error().message)));
    QVERIFY2(*parsed == t, qPrintable(text + u" read as "_s + describe(*parsed)));
}

// Many lists of random names and versions, each within the title's limit.
void TestPullRequestTitle::roundTripRandom()
{
    QRandomGenerator rng(14);
    const QString nameChars = u"abcdefghijklmnopqrstuvwxyz0123456789_"_s;
    const QStringList pre{QString(), u"-rc.1"_s, u"-beta"_s, u"-0.3.7"_s, u"-x-y.7z"_s};
    const QStringList build{QString(), u"+b1"_s, u"+exp.sha.5114f85"_s};
    for (int round = 0; round < 500; ++round) {
        QStringList keys;
        const int n = 1 + rng.bounded(6);
        for (int i = 0; i < n; ++i) {
            QString name;
            for (int c = 0, len = 1 + rng.bounded(12); c < len; ++c)
                name += nameChars.at(rng.bounded(int(nameChars.size())));
            const QString version = u"%1.%2.%3"_s.arg(rng.bounded(20)).arg(rng.bounded(200)).arg(rng.bounded(99))
                                    + pre.at(rng.bounded(int(pre.size()))) + build.at(rng.bounded(int(build.size())));
            if (!keys.contains(name + u'@' + version))
                keys.append(name + u'@' + version);
        }
        const bool removal = rng.bounded(2) == 1;
        const PullRequestTitle t = removal ? title(TitleKind::Remove, u"snapshot"_s, u"snapshot"_s, keys)
                                           : title(TitleKind::Promote, u"production"_s, u"staging"_s, keys);
        const QString text = formatTitle(t);
        const auto parsed = parseTitle(text);
        QVERIFY2(parsed, qPrintable(text));
        if (!text.contains(u'(')) // the list did not fit: the title names no versions
            QCOMPARE(*parsed, title(t.kind, t.branch, t.sourceTier, {}));
        else
            QVERIFY2(*parsed == t, qPrintable(text + u" read as "_s + describe(*parsed)));
    }
}

void TestPullRequestTitle::manyFormReadsAsUnlisted()
{
    QStringList keys;
    for (int i = 0; i < 40; ++i)
        keys.append(u"package_number_%1@1.%1.0"_s.arg(i));
    const QString text = formatTitle(TitleKind::Promote, u"production"_s, u"staging"_s, keys);
    QCOMPARE(text, u"[production] Promote many packages from staging"_s);
    const auto parsed = parseTitle(text);
    QVERIFY(parsed);
    QVERIFY(!parsed->listsVersions());
    QCOMPARE(parsed->sourceTier, u"staging"_s);
}

// The forms `elastic-package promote` wrote over the years, and the merged subjects in package-storage's history.
void TestPullRequestTitle::oldToolTitles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PullRequestTitle>("t");
    using enum TitleKind;
    QTest::newRow("first promote form") << u"[production] Promote packages from staging to production"_s
                                        << title(Promote, u"production"_s, u"staging"_s, {});
    QTest::newRow("first remove form") << u"[staging] Remove packages from staging"_s
                                       << title(Remove, u"staging"_s, u"staging"_s, {});
    QTest::newRow("without branch") << u"Promote packages from snapshot to staging"_s
                                    << title(Promote, u"staging"_s, u"snapshot"_s, {});
    QTest::newRow("listed") << u"[staging] Promote packages from snapshot (aws-0.5.1, apm-8.3.0-dev1)"_s
                            << title(Promote, u"staging"_s, u"snapshot"_s, {u"aws@0.5.1"_s, u"apm@8.3.0-dev1"_s});
    QTest::newRow("listed with to") << u"[production] Promote packages from staging to production (system-0.10.7)"_s
                                    << title(Promote, u"production"_s, u"staging"_s, {u"system@0.10.7"_s});
    QTest::newRow("many") << u"[production] Promote many packages from staging"_s
                          << title(Promote, u"production"_s, u"staging"_s, {});
    QTest::newRow("removal listed") << u"[snapshot] Remove promoted packages (endpoint-0.13.0)"_s
                                    << title(Remove, u"snapshot"_s, u"snapshot"_s, {u"endpoint@0.13.0"_s});
    QTest::newRow("removal many") << u"[snapshot] Remove many promoted packages"_s
                                  << title(Remove, u"snapshot"_s, u"snapshot"_s, {});
}

void TestPullRequestTitle::oldToolTitles()
{
    QFETCH(QString, text);
    QFETCH(PullRequestTitle, t);
    const auto parsed = parseTitle(text);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QVERIFY2(*parsed == t, qPrintable(describe(*parsed)));
    const auto again = parseTitle(formatTitle(*parsed)); // and what Tierdesk would write for it reads the same
    QVERIFY(again);
    QCOMPARE(*again, *parsed);
}

void TestPullRequestTitle::rejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("other pr") << u"Update nginx to 1.2.3"_s << u"not a promotion"_s;
    QTest::newRow("merged subject") << u"[production] Promote packages from staging to production (#921)"_s
                                    << u"\"#921\""_s;
    QTest::newRow("no branch") << u"Promote packages from snapshot"_s << u"does not name the branch"_s;
    QTest::newRow("removal without branch") << u"Remove promoted packages (a-1.0.0)"_s << u"does not name the branch"_s;
    QTest::newRow("branches differ") << u"[staging] Promote packages from snapshot to production"_s
                                     << u"[staging] and the tier it names, production"_s;
    QTest::newRow("same tier") << u"[staging] Promote packages from staging"_s << u"same tier"_s;
    QTest::newRow("unclosed list") << u"[staging] Promote packages from snapshot (a-1.0.0"_s << u"not closed"_s;
    QTest::newRow("unopened list") << u"[staging] Promote packages from snapshot a-1.0.0)"_s << u" a-1.0.0)\""_s;
    QTest::newRow("nested") << u"[staging] Promote packages from snapshot ((a-1.0.0))"_s << u"\"(a-1.0.0)\""_s;
    QTest::newRow("empty list") << u"[staging] Promote packages from snapshot ()"_s << u"empty"_s;
    QTest::newRow("empty item") << u"[staging] Promote packages from snapshot (a-1.0.0, , b-1.0.0)"_s << u"\"\""_s;
    QTest::newRow("no version") << u"[staging] Promote packages from snapshot (nginx)"_s << u"\"nginx\""_s;
    QTest::newRow("loose version") << u"[staging] Promote packages from snapshot (nginx-1.2)"_s << u"\"nginx-1.2\""_s;
    QTest::newRow("upper case name") << u"[staging] Promote packages from snapshot (Nginx-1.2.3)"_s << u"package name"_s;
    QTest::newRow("duplicate") << u"[staging] Promote packages from snapshot (a-1.0.0, b-1.0.0, a-1.0.0)"_s
                               << u"\"a-1.0.0\" twice"_s;
    QTest::newRow("build-only duplicate")
        << u"[snapshot] Remove promoted packages (a-1.0.0+x, a-1.0.0+x)"_s << u"twice"_s;
    QTest::newRow("list on many") << u"[staging] Promote many packages from snapshot (a-1.0.0)"_s << u"after its end"_s;
    QTest::newRow("trailing text") << u"[staging] Remove many promoted packages now"_s << u"\" now\""_s;
    QTest::newRow("bad bracket") << u"[staging Promote packages from snapshot (a-1.0.0)"_s << u"\"[\""_s;
    QTest::newRow("empty bracket") << u"[] Promote packages from snapshot (a-1.0.0)"_s << u"\"[\""_s;
    QTest::newRow("escape") << u"[staging] Promote packages from snapshot (a-1.0.0)\x1b[2J"_s << u"U+001B"_s;
    QTest::newRow("newline") << u"[staging] Promote packages\nfrom snapshot"_s << u"U+000A"_s;
    QTest::newRow("bidi override") << u"[staging] Promote packages from snapshot (a-1.0.0\u202e)"_s << u"U+202E"_s;
    QTest::newRow("too long") << u"[staging] Promote packages from snapshot ("_s + QString(300, u'a') + u"-1.0.0)"_s
                              << u"not read"_s;
    QTest::newRow("empty") << QString() << u"not a promotion"_s;
    // 103 + 26 + 103 characters: within the limit, but "[D] Promote many packages from S" would not be.
    QTest::newRow("long tiers") << u"Promote packages from "_s + QString(103, u's') + u" to "_s + QString(103, u'd')
                                << u"longer than 100 characters"_s;
    QTest::newRow("long bracket") << u"["_s + QString(101, u'd') + u"] Promote packages from snapshot (a-1.0.0)"_s
                                  << u"longer than 100 characters"_s;
}

void TestPullRequestTitle::rejected()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto parsed = parseTitle(text);
    QVERIFY2(!parsed, qPrintable(describe(parsed.value_or(PullRequestTitle{}))));
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

// Thousands of items, deep parentheses and megabytes are refused at once: the length is checked first, and
// a title within it is read in one pass.
void TestPullRequestTitle::hostileInputIsLinear()
{
    QString items;
    for (int i = 0; i < 5000; ++i)
        items += u"p%1-1.0.%1, "_s.arg(i);
    const QStringList hostile{u"[staging] Promote packages from snapshot ("_s + items + u"q-1.0.0)"_s,
                              u"[staging] Promote packages from snapshot "_s + QString(1 << 20, u'('),
                              QString(1 << 22, u'['), u"[staging] Remove promoted packages ("_s + QString(1 << 20, u',')};
    QElapsedTimer timer;
    timer.start();
    for (const QString &text : hostile) {
        const auto parsed = parseTitle(text);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.size() < 200, qPrintable(parsed.error().message));
    }
    // A title at the limit with as many items as fit, each checked against all before it.
    QString full = u"[s] Remove promoted packages ("_s;
    for (int i = 0; full.size() < maxTitleLength - 20; ++i)
        full += u"a%1-0.0.0, "_s.arg(i);
    full.chop(2);
    full += u')';
    QVERIFY(full.size() <= maxTitleLength);
    const auto parsed = parseTitle(full);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QVERIFY(parsed->keys.size() > 15);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

// PromotionTexts writes through formatTitle: its titles read back as the plan's versions.
void TestPullRequestTitle::composeWritesParsableTitles()
{
    PromotionPlan plan;
    plan.sourceTier = u"snapshot"_s;
    plan.destinationTier = u"staging"_s;
    for (const auto &[name, version, promoted] : {std::tuple{u"nginx"_s, u"1.2.3"_s, true},
                                                  std::tuple{u"nginx"_s, u"1.1.0-rc.1"_s, false},
                                                  std::tuple{u"aws_s3"_s, u"0.5.1+b7"_s, true}}) {
        PlannedVersion v;
        v.source.name = name;
        v.source.versionText = version;
        v.promoted = promoted;
        plan.versions.append(v);
    }
    const PromotionTexts texts = PromotionTexts::compose(plan);
    const auto promotion = parseTitle(texts.promotionTitle);
    QVERIFY2(promotion, qPrintable(texts.promotionTitle));
    QCOMPARE(*promotion, title(TitleKind::Promote, u"staging"_s, u"snapshot"_s, {u"nginx@1.2.3"_s, u"aws_s3@0.5.1+b7"_s}));
    const auto removal = parseTitle(texts.removalTitle);
    QVERIFY2(removal, qPrintable(texts.removalTitle));
    QCOMPARE(*removal, title(TitleKind::Remove, u"snapshot"_s, u"snapshot"_s,
                             {u"nginx@1.2.3"_s, u"nginx@1.1.0-rc.1"_s, u"aws_s3@0.5.1+b7"_s}));
}

QTEST_GUILESS_MAIN(TestPullRequestTitle)
#include "tst_pullrequesttitle.moc"
