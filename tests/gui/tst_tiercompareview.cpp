// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TierCompareView and TierOverview offscreen: the four groups with counts,
// choosing and swapping tiers, copy and export as Markdown, activation, the
// per-tier cards with the registry warning; RepoBuilder, demo and fixture.
#include "common/DarkPalette.h"
#include "demo/DemoStorage.h"
#include "support/ComparisonStorage.h"
#include "support/FixtureBundle.h"
#include "support/RepoBuilder.h"
#include "storage/StorageReader.h"
#include "tiers/TierCompareView.h"
#include "tiers/TierOverview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
std::shared_ptr<const LoadedStorage> read(const QString &path)
{
    StorageReader reader;
    auto snap = reader.read(path, TierConfig{});
    if (!snap) {
        qWarning() << snap.error().text();
        return {};
    }
    return LoadedStorage::shared(std::move(*snap));
}

std::shared_ptr<const LoadedStorage> demo(QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"demo"_s);
    if (!DemoStorage::create(path))
        return {};
    return read(path);
}

qreal luminance(const QColor &c)
{
    const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestTierCompareView : public QObject {
    Q_OBJECT
private slots:
    void groupsWithCounts();
    void chooseAndSwapTiers();
    void copyAsMarkdown();
    void exportFiles();
    void filters();
    void cutWhenTooLong();
    void activateARow();
    void readableInADarkPalette();
    void demoComparisons();
    void overviewCards();
    void overviewRegistryWarning();
    void fixture();
};

void TestTierCompareView::groupsWithCounts()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    TierCompareView view;
    view.resize(1280, 800);
    view.show();
    QCOMPARE(view.findChild<QLabel *>(u"comparisonSummary"_s)->text(), u"No storage is open."_s);
    QVERIFY(!view.findChild<QPushButton *>(u"copyMarkdown"_s)->isEnabled());
    view.setStorage(read(b.path()));
    // The two lowest present tiers by default (production has no branch here).
    QCOMPARE(view.tierA(), u"snapshot"_s);
    QCOMPARE(view.tierB(), u"staging"_s);
    QCOMPARE(view.findChild<QComboBox *>(u"tierA"_s)->count(), 2);
    // What needs a reviewer's eye first: differing content.
    QCOMPARE(view.groupTitles(), (QStringList{u"≠ In both, different content (1)"_s, u"Only in snapshot (2)"_s,
                                              u"Only in staging (1)"_s, u"≡ In both, identical content (1)"_s}));
    QCOMPARE(view.rowsOf(ComparisonGroup::OnlyInA), (QStringList{u"nginx 1.10.0"_s, u"nginx 1.9.0"_s}));
    QCOMPARE(view.rowsOf(ComparisonGroup::OnlyInB), QStringList{u"redis 1.1.0"_s});
    QCOMPARE(view.rowsOf(ComparisonGroup::Identical), QStringList{u"nginx 1.2.0"_s});
    QCOMPARE(view.rowsOf(ComparisonGroup::Different), QStringList{u"system 1.4.2"_s});
    QCOMPARE(view.findChild<QLabel *>(u"comparisonSummary"_s)->text(),
             u"In both, different content: 1 · Only in snapshot: 2 · Only in staging: 1 · In both, identical content: 1"_s);
    QTreeWidget *tree = view.tree();
    QCOMPARE(tree->headerItem()->text(2), u"snapshot"_s);
    QCOMPARE(tree->headerItem()->text(3), u"staging"_s);
    const QTreeWidgetItem *system = tree->topLevelItem(0)->child(0);
    QCOMPARE(system->text(2), b.versionTree(u"snapshot"_s, u"system"_s, u"1.4.2"_s).shortHex());
    QCOMPARE(system->text(3), b.versionTree(u"staging"_s, u"system"_s, u"1.4.2"_s).shortHex());
    QCOMPARE(tree->topLevelItem(2)->child(0)->text(2), u"—"_s); // redis, only in staging
    QVERIFY(tree->topLevelItem(0)->isExpanded());
}

void TestTierCompareView::chooseAndSwapTiers()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    TierCompareView view;
    view.show();
    view.setStorage(read(b.path()));
    QSignalSpy changed(&view, &TierCompareView::tiersChanged);
    QTest::mouseClick(view.findChild<QToolButton *>(u"swapTiers"_s), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last(), (QVariantList{u"staging"_s, u"snapshot"_s}));
    QCOMPARE(view.groupTitles()[1], u"Only in staging (1)"_s);
    QCOMPARE(view.rowsOf(ComparisonGroup::OnlyInB), (QStringList{u"nginx 1.10.0"_s, u"nginx 1.9.0"_s}));
    QCOMPARE(view.tree()->headerItem()->text(2), u"staging"_s);

    // Choosing the same tier twice says so rather than listing everything as identical.
    view.findChild<QComboBox *>(u"tierA"_s)->setCurrentText(u"snapshot"_s);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(view.tierA(), u"snapshot"_s);
    QCOMPARE(view.tierB(), u"snapshot"_s);
    QCOMPARE(view.findChild<QLabel *>(u"comparisonSummary"_s)->text(),
             u"Both sides are snapshot: choose two different tiers."_s);

    // A reload keeps the choice when the tiers still exist.
    view.setTiers(u"staging"_s, u"snapshot"_s);
    b.commit(u"staging"_s, RepoBuilder::package(u"aws"_s, u"1.0.0"_s));
    view.setStorage(read(b.path()));
    QCOMPARE(view.tierA(), u"staging"_s);
    QCOMPARE(view.rowsOf(ComparisonGroup::OnlyInA), (QStringList{u"aws 1.0.0"_s, u"redis 1.1.0"_s}));
    view.setTiers(u"production"_s, u"staging"_s); // no such branch: ignored
    QCOMPARE(view.tierA(), u"staging"_s);
}

void TestTierCompareView::copyAsMarkdown()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    TierCompareView view;
    view.show();
    view.setStorage(read(b.path()));
    QApplication::clipboard()->clear();
    auto *copy = view.findChild<QPushButton *>(u"copyMarkdown"_s);
    QCOMPARE(copy->text(), u"Copy as Markdown"_s);
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString text = QApplication::clipboard()->text();
    QCOMPARE(text, view.comparison().toMarkdown().text);
    // Both tier commits in the heading.
    QVERIFY2(text.startsWith(u"### Tier comparison: snapshot `"_s + b.tip(u"snapshot"_s).shortHex(12) + u"` and staging `"_s
                             + b.tip(u"staging"_s).shortHex(12) + u"`\n"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"| system | 1.4.2 | In both, different content (content differs; snapshot's copy is shadowed) | `"_s +
                          b.versionTree(u"snapshot"_s, u"system"_s, u"1.4.2"_s).shortHex() + u"` | `"_s +
                          b.versionTree(u"staging"_s, u"system"_s, u"1.4.2"_s).shortHex() + u"` |"_s));
    QVERIFY(text.contains(u"| redis | 1.1.0 | Only in staging | — | `"_s));
    QCOMPARE(view.statusText(), u"Copied as Markdown (5 versions)."_s);
}

void TestTierCompareView::exportFiles()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    TierCompareView view;
    view.show();
    view.setStorage(read(b.path()));
    QTemporaryDir dir;
    QSignalSpy exported(&view, &TierCompareView::exported);
    QSignalSpy failed(&view, &TierCompareView::exportFailed);

    const QString md = dir.filePath(u"review.md"_s);
    view.exportTo(md);
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.last().first().toString(), md);
    QCOMPARE(readFile(md), view.markdown());
    QVERIFY(view.statusText().startsWith(u"Exported to "_s));

    const QString txt = dir.filePath(u"review.txt"_s);
    view.exportTo(txt);
    QVERIFY(exported.wait(20000));
    QCOMPARE(readFile(txt), view.comparison().toPlainText());
    QVERIFY(readFile(txt).contains(u"In both, different content (1)\n  system 1.4.2"_s));

    view.exportTo(dir.filePath(u"missing/dir/review.md"_s));
    QVERIFY(failed.wait(20000));
    QVERIFY(failed.last().first().toString().startsWith(u"Could not write "_s));
    QCOMPARE(exported.size(), 2);
}

void TestTierCompareView::filters()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    TierCompareView view;
    view.resize(1280, 800);
    view.show();
    view.setStorage(read(b.path()));
    QComboBox *filter = view.filterBox();
    QCOMPARE(filter->objectName(), u"comparisonFilter"_s);
    QStringList titles;
    for (int i = 0; i < filter->count(); ++i)
        titles.append(filter->itemText(i));
    QCOMPARE(titles, (QStringList{u"Every version"_s, u"In both, different content"_s, u"Only in snapshot"_s,
                                  u"Only in staging"_s, u"Shadowed copies (never served)"_s,
                                  u"Pending removals (promoted copies)"_s}));
    // Shadowed copies: only the group that has them, with how the copies differ.
    filter->setCurrentIndex(filter->findData(int(CompareFilter::Shadowed)));
    QCOMPARE(view.filter(), CompareFilter::Shadowed);
    QCOMPARE(view.groupTitles(), QStringList{u"≠ In both, different content (1)"_s});
    QCOMPARE(view.rowsOf(ComparisonGroup::Different), QStringList{u"system 1.4.2"_s});
    QCOMPARE(view.tree()->topLevelItem(0)->child(0)->text(4), u"content differs; snapshot's copy is shadowed"_s);
    const QString summary = view.findChild<QLabel *>(u"comparisonSummary"_s)->text();
    QVERIFY2(summary.contains(u"Only in snapshot: 2"_s), qPrintable(summary)); // the counts before the filter
    QVERIFY2(summary.contains(u"Showing only: Shadowed copies (never served)"_s), qPrintable(summary));
    QVERIFY(view.markdown().contains(u"Showing only: Shadowed copies (never served)"_s));
    QVERIFY(!view.markdown().contains(u"| redis |"_s));
    // Pending removals: the copy identical to the served one.
    view.setFilter(CompareFilter::Pending);
    QCOMPARE(view.rowsOf(ComparisonGroup::Identical), QStringList{u"nginx 1.2.0"_s});
    QCOMPARE(view.groupTitles().size(), 1);
    // The filter stays when the tiers are swapped; its titles follow them.
    view.setTiers(u"staging"_s, u"snapshot"_s);
    QCOMPARE(view.filter(), CompareFilter::Pending);
    QCOMPARE(filter->itemText(filter->findData(int(CompareFilter::OnlyA))), u"Only in staging"_s);
    view.setFilter(CompareFilter::All);
    QCOMPARE(view.groupTitles().size(), 4);
}

void TestTierCompareView::cutWhenTooLong()
{
    RepoBuilder b;
    Files production;
    for (int i = 0; i < 1000; ++i)
        production.insert(RepoBuilder::package(u"integration-package-%1"_s.arg(i, 3, 10, QChar(u'0')), u"1.0.0"_s));
    b.commit(u"production"_s, production);
    b.commit(u"staging"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s));
    TierCompareView view;
    view.show();
    view.setStorage(read(b.path()));
    view.setTiers(u"staging"_s, u"production"_s);
    QApplication::clipboard()->clear();
    view.copyMarkdown();
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.size() <= 65536, qPrintable(QString::number(text.size())));
    QVERIFY(text.contains(u"cut here:** a GitHub comment holds at most 65,536 characters."_s));
    QVERIFY2(view.statusText().contains(u"Export… saves the whole table"_s), qPrintable(view.statusText()));
    // The export file has every row.
    QTemporaryDir dir;
    QSignalSpy exported(&view, &TierCompareView::exported);
    view.exportTo(dir.filePath(u"whole.md"_s));
    QVERIFY(exported.wait(20000));
    QCOMPARE(readFile(dir.filePath(u"whole.md"_s)).count(u"| integration-package-"_s), 1000);
}

void TestTierCompareView::activateARow()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    TierCompareView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setStorage(read(b.path()));
    QSignalSpy activated(&view, &TierCompareView::versionActivated);
    QTreeWidget *tree = view.tree();
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(2)->child(0)); // redis, only in staging
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.last(), (QVariantList{u"staging"_s, u"redis"_s, u"1.1.0"_s}));
    tree->setCurrentItem(tree->topLevelItem(0)->child(0)); // system, in both: A's copy
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(activated.last(), (QVariantList{u"snapshot"_s, u"system"_s, u"1.4.2"_s}));
    tree->setCurrentItem(tree->topLevelItem(1)); // a group heading activates nothing
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(activated.size(), 2);
}

void TestTierCompareView::readableInADarkPalette()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    TierCompareView view;
    view.setPalette(darkPalette());
    view.show();
    view.setStorage(read(b.path()));
    const QPalette pal = view.tree()->palette();
    const QTreeWidgetItem *different = view.tree()->topLevelItem(0);
    const QColor background = different->background(0).color();
    QVERIFY(background.isValid());
    QVERIFY(background.lightnessF() < 0.5); // a dark tint, not a light patch
    QVERIFY2(contrast(background, pal.color(QPalette::Text)) > 4.5,
             qPrintable(QString::number(contrast(background, pal.color(QPalette::Text)))));
    const QColor identical = view.tree()->topLevelItem(3)->child(0)->foreground(0).color();
    QVERIFY(contrast(identical, pal.color(QPalette::Base)) > 4.5);
}

void TestTierCompareView::demoComparisons()
{
    QTemporaryDir dir;
    auto snap = demo(dir);
    QVERIFY(snap);
    TierCompareView view;
    view.resize(1280, 800);
    view.show();
    view.setStorage(snap);
    QCOMPARE(view.tierA(), u"snapshot"_s);
    QCOMPARE(view.tierB(), u"staging"_s);
    QCOMPARE(view.rowsOf(ComparisonGroup::OnlyInA),
             (QStringList{u"apm 8.3.0-dev1"_s, u"aws 0.6.0"_s, u"kafka 1.3.0"_s, u"nginx 1.3.0"_s, u"system 1.4.2"_s}));
    QCOMPARE(view.rowsOf(ComparisonGroup::OnlyInB),
             (QStringList{u"mysql 1.3.0"_s, u"redis 1.1.0"_s, u"windows 1.14.0"_s}));
    QCOMPARE(view.rowsOf(ComparisonGroup::Identical), QStringList{u"nginx 1.2.0"_s}); // promoted, removal pending
    QVERIFY(view.rowsOf(ComparisonGroup::Different).isEmpty());

    view.setTiers(u"snapshot"_s, u"production"_s);
    QCOMPARE(view.rowsOf(ComparisonGroup::Different), QStringList{u"system 1.4.2"_s}); // re-published after release
    QVERIFY(view.rowsOf(ComparisonGroup::Identical).isEmpty());
    QCOMPARE(view.rowsOf(ComparisonGroup::OnlyInB).size(), 24);
    QVERIFY(view.markdown().contains(
        u"| system | 1.4.2 | In both, different content (content differs; snapshot's copy is shadowed) |"_s));
    QVERIFY(view.markdown().contains(u"| Only in production | 24 |"_s));
}

void TestTierCompareView::overviewCards()
{
    QTemporaryDir dir;
    auto snap = demo(dir);
    QVERIFY(snap);
    TierOverview overview;
    overview.resize(1280, 300);
    overview.show();
    QVERIFY(overview.tiers().isEmpty());
    overview.setStorage(snap);
    QCOMPARE(overview.tiers(), (QStringList{u"snapshot"_s, u"staging"_s, u"production"_s}));
    const QStringList production = overview.cardText(u"production"_s).split(u'\n');
    const TierState *p = snap->snapshot.tier(u"production"_s);
    QCOMPARE(production[0], u"production"_s);
    QCOMPARE(production[1], u"Branch: refs/heads/production"_s);
    QVERIFY2(production[2].startsWith(u"Tip: "_s + p->head.id.shortHex() + u" · "_s), qPrintable(production[2]));
    QCOMPARE(production[3], p->head.subject);
    QCOMPARE(production[4], u"Packages: 12"_s);
    QCOMPARE(production[5], u"Versions: 25"_s);
    QCOMPARE(production[6], u"Problems: None"_s);
    QCOMPARE(production[7], u"Registry: v1.5.0"_s);
    QCOMPARE(production[8], u"Serves: production"_s);
    QCOMPARE(overview.cardText(u"snapshot"_s).split(u'\n')[8], u"Serves: snapshot, staging, production"_s);
    const QStringList snapshot = overview.cardText(u"snapshot"_s).split(u'\n');
    QCOMPARE(snapshot[4], u"Packages: 5"_s);
    QCOMPARE(snapshot[5], u"Versions: 6"_s);
    QCOMPARE(snapshot[6], u"Problems: ⚠ "_s + QString::number(snap->snapshot.tier(u"snapshot"_s)->problemCount()));
    QVERIFY(snap->snapshot.tier(u"snapshot"_s)->problemCount() > 0); // kafka 1.3.0's manifest
    QVERIFY(overview.registryWarning().isEmpty()); // every demo tier runs v1.5.0

    QSignalSpy compare(&overview, &TierOverview::compareRequested);
    auto *button = overview.findChild<QPushButton *>(u"compare-snapshot"_s);
    QVERIFY(button);
    QCOMPARE(button->text(), u"Compare with staging"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(compare.size(), 1);
    QCOMPARE(compare.last(), (QVariantList{u"snapshot"_s, u"staging"_s}));
    QVERIFY(!overview.findChild<QPushButton *>(u"compare-production"_s)); // nothing above it

    overview.setStorage(nullptr);
    QVERIFY(overview.tiers().isEmpty());
    QVERIFY(overview.cardText(u"production"_s).isEmpty());
}

void TestTierCompareView::overviewRegistryWarning()
{
    RepoBuilder b;
    buildComparisonStorage(b);
    TierOverview overview;
    overview.show();
    overview.setStorage(read(b.path()));
    QCOMPARE(overview.registryWarning(),
             u"The tiers use different package-registry versions: snapshot v1.4.1, staging v1.5.0."_s);
    QCOMPARE(overview.cardText(u"snapshot"_s).split(u'\n')[7], u"Registry: ⚠ v1.4.1 (differs between tiers)"_s);
    QCOMPARE(overview.cardText(u"production"_s), u"production\nNo branch for this tier."_s);
    QVERIFY(overview.findChild<QWidget *>(u"registryWarning"_s)->isVisible());
    // Palette changes rebuild the cards with the same content.
    overview.setPalette(darkPalette());
    QTRY_VERIFY(overview.findChild<QWidget *>(u"tierCard-snapshot"_s)->palette().color(QPalette::Base) ==
                darkPalette().color(QPalette::Base));
    QCOMPARE(overview.cardText(u"snapshot"_s).split(u'\n')[7], u"Registry: ⚠ v1.4.1 (differs between tiers)"_s);
}

void TestTierCompareView::fixture()
{
    TIERDESK_REQUIRE_FIXTURE(mirror);
    auto snap = read(mirror);
    QVERIFY(snap);
    TierCompareView view;
    view.resize(1280, 800);
    view.show();
    view.setStorage(snap);
    view.setTiers(u"staging"_s, u"snapshot"_s);
    QVERIFY(view.rowsOf(ComparisonGroup::Different).contains(u"system 0.10.5"_s));
    // The bundle's two shadowed copies differ from the served ones in file modes only, and say so.
    QVERIFY(view.markdown().contains(u"| system | 0.10.5 | In both, different content (only file modes differ; "
                                     u"snapshot's copy is shadowed) | `de9f440` | `309566b` |"_s));
    view.setTiers(u"production"_s, u"snapshot"_s);
    QVERIFY(view.rowsOf(ComparisonGroup::Different).contains(u"system 0.10.7"_s));

    TierOverview overview;
    overview.show();
    overview.setStorage(snap);
    const QStringList production = overview.cardText(u"production"_s).split(u'\n');
    QVERIFY2(production[2].startsWith(u"Tip: 177fdfc"_s), qPrintable(production[2]));
    QCOMPARE(production[4], u"Packages: 58"_s);
    QCOMPARE(production[5], u"Versions: 178"_s);
    // The bundle keeps only packages/: no Dockerfile, no registry version, no warning.
    QCOMPARE(production[7], u"Registry: not set (no Dockerfile with ARG PACKAGE_REGISTRY)"_s);
    QVERIFY(overview.registryWarning().isEmpty());
}

QTEST_MAIN(TestTierCompareView)
#include "tst_tiercompareview.moc"
