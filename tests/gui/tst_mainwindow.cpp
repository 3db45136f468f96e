// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against a small storage built in a temporary directory.
#include "demo/DemoStorage.h"
#include "diff/DiffView.h"
#include "support/FixtureBundle.h"
#include "common/LoadedStorage.h"
#include "shell/ChangesPanel.h"
#include "shell/MainWindow.h"
#include "promotion/PromotionDialog.h"
#include "release/ReleaseView.h"
#include "matrix/MatrixView.h"
#include "details/PackageDetails.h"
#include "matrix/PackageFilterModel.h"
#include "tiers/TierCompareView.h"
#include "tiers/TierOverview.h"
#include "common/MessageBanner.h"
#include "shell/RecentRepositories.h"
#include "support/RepoBuilder.h"
#include "shell/StorageLoader.h"
#include "matrix/TierMatrixModel.h"
#include "shell/Translations.h"
#include "matrix/VersionChipDelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTabWidget>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QMenu>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {

constexpr int LoadTimeoutMs = 60000;

Files merged(std::initializer_list<Files> parts)
{
    Files all;
    for (const Files &part : parts)
        all.insert(part);
    return all;
}

QStringList cellList(const TierMatrixModel *model, const QString &package, const QString &tier, int role)
{
    const int row = model->rowOfPackage(package);
    const int column = model->tierColumn(tier);
    if (row < 0 || column < 0)
        return {u"<no cell %1/%2>"_s.arg(package, tier)};
    return model->index(row, column).data(role).toStringList();
}

QStringList visiblePackages(const MainWindow &window)
{
    QStringList names;
    const PackageFilterModel *filter = window.filterModel();
    for (int row = 0; row < filter->rowCount(); ++row)
        names.append(filter->index(row, 0).data(TierMatrixModel::PackageNameRole).toString());
    return names;
}

// The badges of one chip ("candidate,promoted"), or "<none>" when the cell lacks the version.
QString chipBadges(const TierMatrixModel *model, const QString &tier, const QString &name, const QString &version)
{
    const QStringList versions = cellList(model, name, tier, TierMatrixModel::VersionsRole);
    const QStringList badges = cellList(model, name, tier, TierMatrixModel::BadgesRole);
    const qsizetype at = versions.indexOf(version);
    return at < 0 ? u"<none>"_s : badges.value(at);
}

// Every badge kind, with one chip that carries it.
QHash<QString, QString> badgeWitnesses(const TierMatrixModel *model)
{
    QHash<QString, QString> seen;
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 1; column < model->columnCount(); ++column) {
            const QModelIndex cell = model->index(row, column);
            const QStringList versions = cell.data(TierMatrixModel::VersionsRole).toStringList();
            const QStringList badges = cell.data(TierMatrixModel::BadgesRole).toStringList();
            for (qsizetype i = 0; i < versions.size(); ++i)
                for (const QString &b : badges[i].split(u',', Qt::SkipEmptyParts))
                    seen.insert(b, cell.data(TierMatrixModel::TierRole).toString() + u':'
                                       + cell.data(TierMatrixModel::PackageNameRole).toString() + u'@' + versions[i]);
        }
    return seen;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsTiersSideBySide();
    void overflowListReachesEveryChip();
    void marksPromotedAndShadowedCopies();
    void statusLineCounts();
    void remembersOpenedRepository();
    void reloadReusesTiers();
    void invalidPathShowsError();
    void repositoryWithoutTiersShowsError();
    void staleResultIsDropped();
    void startupFallsBackToDemo();
    void chipLayoutFitsTheCell();
    void moreChipAlwaysShowsItsCount();
    void badgesFollowTheData();
    void filterAndQuickFilters();
    void sortOrders();
    void newestChangeFollowsHistory();
    void selectChipShowsDetailsAndChanges();
    void keyboardMovesBetweenChips();
    void tiersCompareAndExport();
    void tierCardsShowEveryLine();
    void viewShortcuts();
    void filtersSurviveRestart();
    void promotionDragOpensDialog();
    void promoteActionOpensDialog();
    void dialogsAndReleaseAskForReloads();
    void demoStorageBadges();
    void fixtureBadges();
    void cleanupTestCase();

private:
    bool openAndWait(MainWindow &window, const QString &path);

    std::unique_ptr<RepoBuilder> m_repo;
    bool m_demoExisted = false;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Tierdesk"_s);
    QCoreApplication::setApplicationName(u"Tierdesk-test"_s);
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    m_demoExisted = QFileInfo::exists(MainWindow::demoPath());

    // production: alpha 1.0.0, beta 2.0.0
    // staging:     alpha 1.1.0, alpha 1.0.0 (identical: promoted), beta 2.0.0 (different: shadowed)
    // snapshot:    alpha 1.2.0, gamma 0.1.0 (no manifest: one problem)
    m_repo = std::make_unique<RepoBuilder>();
    QVERIFY(m_repo->isValid());
    QVERIFY(!m_repo->commit(u"production"_s,
                            merged({RepoBuilder::package(u"alpha"_s, u"1.0.0"_s),
                                    RepoBuilder::package(u"beta"_s, u"2.0.0"_s)}))
                 .isNull());
    QVERIFY(!m_repo->commit(u"staging"_s,
                            merged({RepoBuilder::package(u"alpha"_s, u"1.1.0"_s),
                                    RepoBuilder::package(u"alpha"_s, u"1.0.0"_s),
                                    RepoBuilder::package(u"beta"_s, u"2.0.0"_s, u"Rebuilt."_s)}))
                 .isNull());
    QVERIFY(!m_repo->commit(u"snapshot"_s,
                            merged({RepoBuilder::package(u"alpha"_s, u"1.2.0"_s),
                                    Files{{u"packages/gamma/0.1.0/docs/README.md"_s, "# gamma\n"}}}))
                 .isNull());
    // The test's premises: identical copies share a tree, the rebuilt one does not.
    QCOMPARE(m_repo->versionTree(u"staging"_s, u"alpha"_s, u"1.0.0"_s),
             m_repo->versionTree(u"production"_s, u"alpha"_s, u"1.0.0"_s));
    QVERIFY(m_repo->versionTree(u"staging"_s, u"beta"_s, u"2.0.0"_s)
            != m_repo->versionTree(u"production"_s, u"beta"_s, u"2.0.0"_s));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

bool TestMainWindow::openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy shown(&window, &MainWindow::storageShown);
    window.openRepository(path);
    return shown.wait(LoadTimeoutMs);
}

void TestMainWindow::overflowListReachesEveryChip()
{
    RepoBuilder b;
    Files snapshot;
    for (int minor = 0; minor < 16; ++minor)
        snapshot.insert(RepoBuilder::package(u"many"_s, u"1.%1.0"_s.arg(minor)));
    b.commit(u"snapshot"_s, snapshot);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, b.path()));
    MatrixView *view = window.matrixView();
    const QModelIndex cell = view->model()->index(0, 1); // many, in snapshot
    QCOMPARE(cell.data(TierMatrixModel::TierRole).toString(), u"snapshot"_s);
    const QRect more = view->overflowRect(cell);
    QVERIFY(!more.isEmpty());
    // A click on "+N" opens the list of the chips behind it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, more.center());
    QTRY_VERIFY(view->overflowMenu() && view->overflowMenu()->isVisible());
    QMenu *menu = view->overflowMenu();
    QCOMPARE(menu->objectName(), u"chipOverflow"_s);
    QList<QAction *> versions;
    for (QAction *a : menu->actions())
        if (!a->isSeparator() && a->data().isValid())
            versions.append(a);
    QVERIFY(versions.size() >= 2);
    QVERIFY2(menu->actions().constFirst()->text().contains(u"more version"_s), qPrintable(menu->actions().constFirst()->text()));
    // Each one is reachable: choosing it selects it, and it comes out from behind "+N".
    const QString oldest = u"1.0.0"_s;
    QAction *last = versions.constLast();
    QCOMPARE(last->data().toString(), oldest);
    QVERIFY(view->chipRect({u"snapshot"_s, u"many"_s, oldest}) == more); // hidden: only the +N chip
    last->trigger();
    QCOMPARE(view->currentChip(), (ChipRef{u"snapshot"_s, u"many"_s, oldest}));
    QTRY_COMPARE(window.details()->version(), oldest);
    QVERIFY(view->chipRect(view->currentChip()) != view->overflowRect(cell)); // shown now
    menu->close();
    // The list holds every hidden chip: shown plus listed is all of them.
    QMenu *again = view->openOverflow(cell);
    QVERIFY(again);
    int listed = 0;
    for (QAction *a : again->actions())
        listed += a->data().isValid();
    const auto layout = VersionChipDelegate::cellLayout(view->visualRect(cell), QFontMetrics(view->font()), cell,
                                                        view->currentChip());
    QCOMPARE(listed, layout.hidden);
    QCOMPARE(layout.chips.size() + listed, 16);
    again->close();
}

void TestMainWindow::showsTiersSideBySide()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_repo->path()));
    const TierMatrixModel *model = window.matrixModel();

    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), 4);
    QCOMPARE(model->index(0, 0).data().toString(), u"alpha"_s);
    QCOMPARE(model->index(1, 0).data().toString(), u"beta"_s);
    QCOMPARE(model->index(2, 0).data().toString(), u"gamma"_s);
    // Tiers in config order, each header's tooltip with the tier's tip.
    QCOMPARE(model->tierColumn(u"snapshot"_s), 1);
    QCOMPARE(model->tierColumn(u"staging"_s), 2);
    QCOMPARE(model->tierColumn(u"production"_s), 3);
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), u"staging"_s);
    QVERIFY(model->headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString().contains(
        m_repo->tip(u"staging"_s).shortHex()));

    QCOMPARE(cellList(model, u"alpha"_s, u"snapshot"_s, TierMatrixModel::VersionsRole), QStringList{u"1.2.0"_s});
    QCOMPARE(cellList(model, u"alpha"_s, u"staging"_s, TierMatrixModel::VersionsRole),
             (QStringList{u"1.1.0"_s, u"1.0.0"_s}));
    QCOMPARE(cellList(model, u"alpha"_s, u"production"_s, TierMatrixModel::VersionsRole), QStringList{u"1.0.0"_s});
    QCOMPARE(cellList(model, u"beta"_s, u"snapshot"_s, TierMatrixModel::VersionsRole), QStringList());
    QCOMPARE(cellList(model, u"gamma"_s, u"snapshot"_s, TierMatrixModel::VersionsRole), QStringList{u"0.1.0"_s});
    const QModelIndex alphaStaging = model->index(model->rowOfPackage(u"alpha"_s), model->tierColumn(u"staging"_s));
    QCOMPARE(alphaStaging.data().toString(), u"1.1.0  1.0.0"_s);

    // The package column: name, and the title of the newest manifest.
    QCOMPARE(model->index(0, 0).data(TierMatrixModel::PackageTitleRole).toString(), u"Alpha"_s);
    QCOMPARE(model->index(2, 0).data(TierMatrixModel::PackageTitleRole).toString(), QString());
}

void TestMainWindow::marksPromotedAndShadowedCopies()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_repo->path()));
    const TierMatrixModel *model = window.matrixModel();

    QCOMPARE(cellList(model, u"alpha"_s, u"staging"_s, TierMatrixModel::CopyRolesRole),
             (QStringList{u"served"_s, u"promoted"_s}));
    QCOMPARE(cellList(model, u"alpha"_s, u"production"_s, TierMatrixModel::CopyRolesRole), QStringList{u"served"_s});
    QCOMPARE(cellList(model, u"beta"_s, u"staging"_s, TierMatrixModel::CopyRolesRole), QStringList{u"shadowed"_s});
    QCOMPARE(cellList(model, u"beta"_s, u"production"_s, TierMatrixModel::CopyRolesRole), QStringList{u"served"_s});

    // The problem is on gamma's version only.
    QCOMPARE(cellList(model, u"gamma"_s, u"snapshot"_s, TierMatrixModel::ProblemVersionsRole), QStringList{u"0.1.0"_s});
    QCOMPARE(cellList(model, u"alpha"_s, u"staging"_s, TierMatrixModel::ProblemVersionsRole), QStringList());

    // Every chip is explained in words, with the symbol that marks it.
    const QStringList alphaTips = cellList(model, u"alpha"_s, u"staging"_s, TierMatrixModel::ChipToolTipsRole);
    QCOMPARE(alphaTips.size(), 2);
    QVERIFY2(alphaTips[1].contains(u"≡"_s) && alphaTips[1].contains(u"production"_s), qPrintable(alphaTips[1]));
    const QStringList betaTips = cellList(model, u"beta"_s, u"staging"_s, TierMatrixModel::ChipToolTipsRole);
    QCOMPARE(betaTips.size(), 1);
    QVERIFY2(betaTips[0].contains(u"≠"_s) && betaTips[0].contains(u"never served"_s), qPrintable(betaTips[0]));
    const QStringList gammaTips = cellList(model, u"gamma"_s, u"snapshot"_s, TierMatrixModel::ChipToolTipsRole);
    QVERIFY2(gammaTips.value(0).contains(u"⚠"_s) && gammaTips.value(0).contains(u"manifest.yml"_s),
             qPrintable(gammaTips.value(0)));

    const auto chips = model->index(model->rowOfPackage(u"alpha"_s), model->tierColumn(u"staging"_s))
                           .data(TierMatrixModel::ChipsRole)
                           .value<QList<VersionChip>>();
    QCOMPARE(chips.size(), 2);
    QCOMPARE(chips[1].label(), u"≡ 1.0.0"_s);
    QCOMPARE(chips[1].servedTier, u"production"_s);
}

void TestMainWindow::statusLineCounts()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_repo->path()));
    QCOMPARE(window.summaryText(), u"3 packages · 7 versions · 1 problem"_s);
    QCOMPARE(window.tiersText(), u"snapshot %1 · staging %2 · production %3"_s.arg(
                                     m_repo->tip(u"snapshot"_s).shortHex(), m_repo->tip(u"staging"_s).shortHex(),
                                     m_repo->tip(u"production"_s).shortHex()));
    QVERIFY(window.errorText().isEmpty());
    QVERIFY(!window.isShowingDemo());
    QVERIFY(!window.findChild<MessageBanner *>(u"demoBanner"_s)->isVisibleTo(&window));
}

void TestMainWindow::remembersOpenedRepository()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_repo->path()));
    QCOMPARE(QSettings().value(RecentRepositories::settingsKey()).toStringList(),
             QStringList{QDir::cleanPath(m_repo->path())});

    // The next start opens it again.
    MainWindow next;
    QSignalSpy shown(&next, &MainWindow::storageShown);
    next.openStartup();
    QVERIFY(shown.wait(LoadTimeoutMs));
    QCOMPARE(next.repositoryPath(), QDir::cleanPath(m_repo->path()));
    QVERIFY(!next.isShowingDemo());
}

void TestMainWindow::reloadReusesTiers()
{
    // A copy nothing opened before: none of its manifests is in the persistent store yet.
    QTemporaryDir fresh;
    QCOMPARE(QProcess::execute(u"git"_s, {u"clone"_s, u"-q"_s, u"--mirror"_s, m_repo->path(), fresh.path()}), 0);
    MainWindow window;
    QVERIFY(openAndWait(window, fresh.path()));
    // Seven version directories, six distinct contents: the promoted copy is parsed once.
    QCOMPARE(window.storage()->parsedCount, 6);
    QSignalSpy shown(&window, &MainWindow::storageShown);
    window.reload();
    QVERIFY(window.isLoading());
    QVERIFY(shown.wait(LoadTimeoutMs));
    QCOMPARE(window.storage()->parsedCount, 0);
    QCOMPARE(window.matrixModel()->rowCount(), 3);
    QCOMPARE(window.summaryText(), u"3 packages · 7 versions · 1 problem"_s);
}

// The status page text the window shows (the drafts view has a status page of its own, hidden here).
const QLabel *shownStatusText(const MainWindow &window)
{
    for (const QLabel *label : window.findChildren<QLabel *>(u"statusPageText"_s))
        if (label->isVisibleTo(&window))
            return label;
    return nullptr;
}

void TestMainWindow::invalidPathShowsError()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    MainWindow window;
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    QSignalSpy shown(&window, &MainWindow::storageShown);
    window.openRepository(empty.path());
    QVERIFY(failed.wait(LoadTimeoutMs));
    QCOMPARE(shown.count(), 0);
    QVERIFY2(window.errorText().contains(u"not a git repository"_s), qPrintable(window.errorText()));
    const QLabel *text = shownStatusText(window);
    QVERIFY(text);
    QVERIFY(text->text().contains(window.errorText()));
    QCOMPARE(window.matrixModel()->rowCount(), 0);
    // Nothing failed is remembered.
    QVERIFY(QSettings().value(RecentRepositories::settingsKey()).toStringList().isEmpty());
}

void TestMainWindow::repositoryWithoutTiersShowsError()
{
    RepoBuilder other;
    QVERIFY(other.isValid());
    QVERIFY(!other.commit(u"main"_s, RepoBuilder::package(u"alpha"_s, u"1.0.0"_s)).isNull());
    MainWindow window;
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.openRepository(other.path());
    QVERIFY(failed.wait(LoadTimeoutMs));
    QVERIFY2(window.errorText().contains(u"no tier branches"_s), qPrintable(window.errorText()));
    QVERIFY(shownStatusText(window));
    QVERIFY(shownStatusText(window)->text().contains(window.errorText()));
}

void TestMainWindow::staleResultIsDropped()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    MainWindow window;
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    QSignalSpy shown(&window, &MainWindow::storageShown);
    QSignalSpy dropped(window.loader(), &StorageLoader::staleResultDropped);
    window.openRepository(empty.path()); // superseded at once: its failure must not show
    window.openRepository(m_repo->path());
    QVERIFY(shown.wait(LoadTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(dropped.count(), 1, LoadTimeoutMs);
    QCOMPARE(dropped.constFirst().constFirst().toString(), QDir::cleanPath(empty.path()));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(shown.count(), 1);
    QVERIFY(window.errorText().isEmpty());
    QCOMPARE(window.matrixModel()->rowCount(), 3);
}

void TestMainWindow::startupFallsBackToDemo()
{
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::storageShown);
    window.openStartup(); // no repository given, none remembered
    QVERIFY(shown.wait(LoadTimeoutMs));
    QVERIFY(window.isShowingDemo());
    QCOMPARE(window.repositoryPath(), MainWindow::demoPath());
    QVERIFY(window.matrixModel()->rowCount() > 0);
    const auto *banner = window.findChild<MessageBanner *>(u"demoBanner"_s);
    QVERIFY(banner->isVisibleTo(&window));
    QCOMPARE(banner->text(), u"You are looking at Tierdesk's demo storage."_s);
    // The demo is never remembered as an opened repository.
    QVERIFY(QSettings().value(RecentRepositories::settingsKey()).toStringList().isEmpty());
}

// "+N" is never squeezed into a sliver (it showed as an empty pill at 1024x700):
// whatever the width and the labels, it is as wide as its label, inside the
// cell, and clear of every chip.
void TestMainWindow::moreChipAlwaysShowsItsCount()
{
    const QFontMetrics fm(QApplication::font());
    const int height = VersionChipDelegate::rowHeight(fm);
    const QStringList labels{u"1.0.0"_s, u"10.12.3"_s, u"2.0.0-beta.1"_s, u"0.1.0"_s, u"3.14.15"_s};
    for (int count = 2; count <= 14; ++count) {
        QList<VersionChip> chips;
        for (int i = 0; i < count; ++i)
            chips.append(VersionChip{labels[i % labels.size()], CopyRole::Served, 0, u"production"_s, {}});
        for (int width = 70; width <= 420; width += 3) {
            const QRect cell(0, 0, width, height);
            const auto l = VersionChipDelegate::layout(cell, fm, chips);
            QCOMPARE(l.chips.size() + l.hidden, chips.size());
            if (l.hidden == 0)
                continue;
            const QString where = u"%1 chips, width %2: +%3 at %4,%5 %6 wide"_s.arg(count).arg(width).arg(l.hidden)
                                      .arg(l.more.x()).arg(l.more.y()).arg(l.more.width());
            const int needed = fm.horizontalAdvance(u"+"_s + QString::number(l.hidden));
            QVERIFY2(l.more.width() > needed || l.chips.isEmpty(), qPrintable(where));
            QVERIFY2(cell.contains(l.more), qPrintable(where));
            for (const QRect &r : l.chips)
                QVERIFY2(!r.intersects(l.more), qPrintable(where));
        }
    }
}

void TestMainWindow::chipLayoutFitsTheCell()
{
    QList<VersionChip> chips;
    for (int i = 20; i > 0; --i)
        chips.append(VersionChip{u"1.%1.0"_s.arg(i), CopyRole::Served, 0, u"production"_s, {}});
    const QFontMetrics fm(QApplication::font());
    const int height = VersionChipDelegate::rowHeight(fm);

    // Wide enough for everything: two lines at most, nothing hidden.
    const QRect wide(0, 0, 2000, height);
    const auto all = VersionChipDelegate::layout(wide, fm, chips);
    QCOMPARE(all.hidden, 0);
    QCOMPARE(all.chips.size(), chips.size());

    // Narrow: two lines of chips, then "+N" for the rest, all inside the cell.
    const QRect narrow(0, 0, 200, height);
    const auto some = VersionChipDelegate::layout(narrow, fm, chips);
    QVERIFY(some.hidden > 0);
    QCOMPARE(some.chips.size() + some.hidden, chips.size());
    QSet<int> lines;
    for (const QRect &r : some.chips) {
        QVERIFY2(narrow.contains(r), qPrintable(u"%1,%2 %3x%4"_s.arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));
        lines.insert(r.top());
    }
    QCOMPARE(lines.size(), 2);
    QVERIFY(narrow.contains(some.more));
    for (const QRect &r : some.chips)
        QVERIFY(!r.intersects(some.more));
    for (qsizetype i = 0; i < some.order.size(); ++i)
        QCOMPARE(some.order[i], int(i)); // newest first

    // A selected version behind "+N" is shown in place of the last visible one.
    const int oldest = int(chips.size() - 1);
    QVERIFY(!some.order.contains(oldest));
    const auto pinned = VersionChipDelegate::layout(narrow, fm, chips, chips[oldest].version);
    QVERIFY(pinned.order.contains(oldest));
    QCOMPARE(pinned.chips.size() + pinned.hidden, chips.size());
    QVERIFY(pinned.hidden > 0);
    for (const QRect &r : pinned.chips) {
        QVERIFY(narrow.contains(r));
        QVERIFY(!r.intersects(pinned.more));
    }
    // The others keep their newest-first order.
    QCOMPARE(pinned.order.first(pinned.order.size() - 1), some.order.first(pinned.order.size() - 1));
}

void TestMainWindow::badgesFollowTheData()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_repo->path()));
    const TierMatrixModel *model = window.matrixModel();
    // Newer than everything above: candidates. Identical lower copy: promoted. beta 2.0.0 differs from
    // production's: shadowed, and a policy problem on both copies (production never overwrites).
    QCOMPARE(chipBadges(model, u"snapshot"_s, u"alpha"_s, u"1.2.0"_s), u"candidate"_s);
    QCOMPARE(chipBadges(model, u"staging"_s, u"alpha"_s, u"1.1.0"_s), u"candidate"_s);
    QCOMPARE(chipBadges(model, u"staging"_s, u"alpha"_s, u"1.0.0"_s), u"promoted"_s);
    QCOMPARE(chipBadges(model, u"production"_s, u"alpha"_s, u"1.0.0"_s), QString());
    QCOMPARE(chipBadges(model, u"staging"_s, u"beta"_s, u"2.0.0"_s), u"shadowed,policy"_s);
    QCOMPARE(chipBadges(model, u"production"_s, u"beta"_s, u"2.0.0"_s), u"policy"_s);
    // A manifest problem keeps a version from being a candidate (the explanations' rule).
    QCOMPARE(chipBadges(model, u"snapshot"_s, u"gamma"_s, u"0.1.0"_s), u"manifest"_s);
    // Each badge has its symbol in the label and a sentence in the tooltip.
    const auto chips = model->index(model->rowOfPackage(u"beta"_s), model->tierColumn(u"staging"_s))
                           .data(TierMatrixModel::ChipsRole)
                           .value<QList<VersionChip>>();
    QCOMPARE(chips.value(0).label(), u"⊘≠ 2.0.0"_s);
    QVERIFY2(chips.value(0).toolTip.contains(u"Policy"_s), qPrintable(chips.value(0).toolTip));
    QCOMPARE(cellList(model, u"alpha"_s, u"snapshot"_s, TierMatrixModel::ChipToolTipsRole).value(0).contains(u"↑ Candidate for staging"_s), true);
}

void TestMainWindow::filterAndQuickFilters()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_repo->path()));
    QCOMPARE(visiblePackages(window), (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));

    QTest::keyClicks(window.filterEdit(), u"alp"_s);
    QCOMPARE(visiblePackages(window), QStringList{u"alpha"_s});
    window.filterEdit()->setText(u"BETA"_s); // titles match too, case-insensitively
    QCOMPARE(visiblePackages(window), QStringList{u"beta"_s});
    window.filterEdit()->setText(u"elastic/integr"_s); // the owner team
    QCOMPARE(visiblePackages(window), (QStringList{u"alpha"_s, u"beta"_s}));
    window.filterEdit()->clear();

    QComboBox *quick = window.quickFilterBox();
    quick->setCurrentIndex(int(PackageFilterModel::Quick::Candidates));
    QCOMPARE(visiblePackages(window), QStringList{u"alpha"_s}); // gamma's manifest problem blocks it
    quick->setCurrentIndex(int(PackageFilterModel::Quick::RemovalPending));
    QCOMPARE(visiblePackages(window), QStringList{u"alpha"_s});
    quick->setCurrentIndex(int(PackageFilterModel::Quick::WithProblems));
    QCOMPARE(visiblePackages(window), (QStringList{u"beta"_s, u"gamma"_s}));
    quick->setCurrentIndex(int(PackageFilterModel::Quick::SingleTier));
    QCOMPARE(visiblePackages(window), QStringList{u"gamma"_s});
    quick->setCurrentIndex(int(PackageFilterModel::Quick::Shadowed)); // staging's beta 2.0.0
    QCOMPARE(quick->currentText(), u"≠ Shadowed copies"_s);
    QCOMPARE(visiblePackages(window), QStringList{u"beta"_s});
    quick->setCurrentIndex(int(PackageFilterModel::Quick::All));

    // Owner team: gamma has no manifest, so no owner.
    QComboBox *owner = window.ownerBox();
    QCOMPARE(owner->count(), 2);
    owner->setCurrentIndex(owner->findData(u"elastic/integrations"_s));
    QCOMPARE(visiblePackages(window), (QStringList{u"alpha"_s, u"beta"_s}));
    owner->setCurrentIndex(0);

    QComboBox *release = window.releaseBox();
    release->setCurrentIndex(release->findData(u"beta"_s));
    QCOMPARE(visiblePackages(window), QStringList());
    release->setCurrentIndex(release->findData(u"ga"_s));
    QCOMPARE(visiblePackages(window), (QStringList{u"alpha"_s, u"beta"_s}));
}

void TestMainWindow::sortOrders()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_repo->path()));
    window.sortBox()->setCurrentIndex(int(PackageFilterModel::Sort::PendingCount));
    // alpha: two candidates and a promoted copy; beta and gamma: none (gamma's manifest problem blocks it),
    // so the name decides between them.
    QCOMPARE(visiblePackages(window), (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
    window.sortBox()->setCurrentIndex(int(PackageFilterModel::Sort::NewestChange));
    // snapshot was committed last; gamma and alpha are there, beta is not.
    QCOMPARE(visiblePackages(window).constLast(), u"beta"_s);
    window.sortBox()->setCurrentIndex(int(PackageFilterModel::Sort::Name));
    QCOMPARE(visiblePackages(window), (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
}

void TestMainWindow::newestChangeFollowsHistory()
{
    // early and late share production's tip, but late changed in the tip commit
    // and early one commit before; fresh arrived on snapshot last of all.
    RepoBuilder repo;
    QVERIFY(!repo.commit(u"production"_s, merged({RepoBuilder::package(u"late"_s, u"1.0.0"_s),
                                                  RepoBuilder::package(u"early"_s, u"1.0.0"_s)}))
                 .isNull());
    QVERIFY(!repo.commit(u"production"_s, RepoBuilder::package(u"late"_s, u"1.1.0"_s)).isNull());
    QVERIFY(!repo.commit(u"snapshot"_s, RepoBuilder::package(u"fresh"_s, u"0.1.0"_s)).isNull());

    MainWindow window;
    QVERIFY(openAndWait(window, repo.path()));
    window.sortBox()->setCurrentIndex(int(PackageFilterModel::Sort::NewestChange));
    // Tier tips alone would tie early and late and fall back to the name.
    QTRY_COMPARE_WITH_TIMEOUT(visiblePackages(window), (QStringList{u"fresh"_s, u"late"_s, u"early"_s}),
                              LoadTimeoutMs);
    const TierMatrixModel *model = window.matrixModel();
    const QModelIndex late = model->index(model->rowOfPackage(u"late"_s), TierMatrixModel::PackageColumn);
    const QModelIndex early = model->index(model->rowOfPackage(u"early"_s), TierMatrixModel::PackageColumn);
    QVERIFY(late.data(TierMatrixModel::LastChangeRole).toDateTime()
            > early.data(TierMatrixModel::LastChangeRole).toDateTime());
    // The package's tooltip says when and by which commit.
    const QString tip = late.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Last changed"_s), qPrintable(tip));
}

void TestMainWindow::selectChipShowsDetailsAndChanges()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, m_repo->path()));
    MatrixView *view = window.matrixView();
    const ChipRef target{u"staging"_s, u"alpha"_s, u"1.1.0"_s};
    const QRect rect = view->chipRect(target);
    QVERIFY(!rect.isEmpty());
    QSignalSpy changed(&window, &MainWindow::currentVersionChanged);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view->currentChip(), target);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.constLast().value(2).toString(), u"1.1.0"_s);
    QTRY_COMPARE(window.details()->titleText(), u"Alpha"_s);
    QCOMPARE(window.details()->version(), u"1.1.0"_s);
    QCOMPARE(window.details()->tier(), u"staging"_s);

    // Changes: the base chooser offers what production serves first (chosen), the previous version
    // in staging, then every other version of alpha, and a field for any tag or commit.
    QComboBox *choice = window.comparisonBox();
    const int served = choice->currentIndex();
    QVERIFY2(choice->itemText(served).contains(u"What production serves: 1.0.0"_s), qPrintable(choice->itemText(served)));
    const int previous = choice->findText(u"Previous version in staging: 1.0.0"_s);
    const int other = choice->findText(u"1.2.0 in snapshot"_s);
    QVERIFY(served < previous && previous < other);
    QVERIFY(choice->findText(u"Suggested"_s) < served); // a heading, never chosen
    auto *changes = qobject_cast<ChangesPanel *>(choice->parentWidget());
    QVERIFY(changes);
    QCOMPARE(changes->bases().size(), 3);
    window.sideTabs()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(window.diffView()->comparison() != nullptr, LoadTimeoutMs);
    QCOMPARE(window.diffView()->comparison()->newSide.version, u"1.1.0"_s);
    QCOMPARE(window.diffView()->comparison()->oldSide.tier, u"production"_s);
    choice->setCurrentIndex(previous);
    QTRY_VERIFY_WITH_TIMEOUT(window.diffView()->comparison() != nullptr
                                 && window.diffView()->comparison()->oldSide.tier == u"staging"_s,
                             LoadTimeoutMs);
    QCOMPARE(window.diffView()->comparison()->oldSide.version, u"1.0.0"_s);
    choice->setCurrentIndex(other);
    QTRY_VERIFY_WITH_TIMEOUT(window.diffView()->comparison() != nullptr
                                 && window.diffView()->comparison()->oldSide.tier == u"snapshot"_s,
                             LoadTimeoutMs);
    // Any tag, branch or commit, typed: here a commit of production.
    choice->setCurrentIndex(choice->findText(u"Another tag, branch or commit…"_s));
    QVERIFY(changes->referenceEdit()->isVisible());
    QTest::keyClicks(changes->referenceEdit(), m_repo->tip(u"production"_s).toHex().left(10) + u":alpha@1.0.0"_s);
    QTest::keyClick(changes->referenceEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window.diffView()->comparison() != nullptr
                                 && window.diffView()->comparison()->oldSide.version == u"1.0.0"_s
                                 && window.diffView()->comparison()->oldSide.tier.size() == 10,
                             LoadTimeoutMs);
    QCOMPARE(window.diffView()->comparison()->oldSide.tree, m_repo->versionTree(u"production"_s, u"alpha"_s, u"1.0.0"_s));
    QVERIFY(!changes->compareWithReference(u"not a ref"_s));

    // A version without anything to compare with in the tiers still offers a tag or commit.
    QVERIFY(window.selectVersion(u"snapshot"_s, u"gamma"_s, u"0.1.0"_s));
    QCOMPARE(choice->currentIndex(), -1);
    QVERIFY(choice->findText(u"Another tag, branch or commit…"_s) >= 0);
    QVERIFY(window.diffView()->comparison() == nullptr);
}

void TestMainWindow::keyboardMovesBetweenChips()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, m_repo->path()));
    MatrixView *view = window.matrixView();
    QVERIFY(window.selectVersion(u"snapshot"_s, u"alpha"_s, u"1.2.0"_s));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Right); // into staging, its first chip
    QCOMPARE(view->currentChip(), (ChipRef{u"staging"_s, u"alpha"_s, u"1.1.0"_s}));
    QTest::keyClick(view, Qt::Key_Right); // the next chip in the same cell
    QCOMPARE(view->currentChip(), (ChipRef{u"staging"_s, u"alpha"_s, u"1.0.0"_s}));
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->currentChip(), (ChipRef{u"production"_s, u"alpha"_s, u"1.0.0"_s}));
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(view->currentChip(), (ChipRef{u"staging"_s, u"alpha"_s, u"1.0.0"_s}));
    QTest::keyClick(view, Qt::Key_Down); // beta in staging
    QCOMPARE(view->currentChip(), (ChipRef{u"staging"_s, u"beta"_s, u"2.0.0"_s}));
    QTRY_COMPARE(window.details()->name(), u"beta"_s);
}

void TestMainWindow::tierCardsShowEveryLine()
{
    // Long subjects wrap; the cards above the comparison must grow for them.
    RepoBuilder repo;
    const QString longSubject = u"[production] Promote packages from staging to production: aws-1.2.3, "
                                u"nginx-1.4.0, kafka-0.9.1, system-1.4.2 (#1234)"_s;
    QVERIFY(!repo.commit(u"production"_s, RepoBuilder::package(u"aws"_s, u"1.2.3"_s), longSubject).isNull());
    QVERIFY(!repo.commit(u"staging"_s, RepoBuilder::package(u"aws"_s, u"1.3.0"_s), longSubject).isNull());
    QVERIFY(!repo.commit(u"snapshot"_s, RepoBuilder::package(u"aws"_s, u"1.4.0"_s), longSubject).isNull());
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, repo.path()));
    window.showView(MainWindow::View::Tiers);
    bool wrapped = false;
    QTRY_VERIFY([&] {
        for (const QLabel *label : window.tierOverview()->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->wordWrap())
                continue;
            if (label->height() < label->heightForWidth(label->width()))
                return false;
            wrapped = wrapped || label->heightForWidth(label->width()) > 2 * label->fontMetrics().height();
        }
        return true;
    }());
    QVERIFY(wrapped); // the premise: some line really needed wrapping
}

void TestMainWindow::tiersCompareAndExport()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_repo->path()));
    window.showView(MainWindow::View::Tiers);
    QCOMPARE(window.currentView(), MainWindow::View::Tiers);
    QVERIFY(window.tierOverview()->isVisibleTo(&window));
    QCOMPARE(window.tierOverview()->tiers(), (QStringList{u"snapshot"_s, u"staging"_s, u"production"_s}));

    TierCompareView *compare = window.tierCompare();
    compare->setTiers(u"staging"_s, u"production"_s);
    QCOMPARE(compare->rowsOf(ComparisonGroup::OnlyInA), QStringList{u"alpha 1.1.0"_s});
    QCOMPARE(compare->rowsOf(ComparisonGroup::Identical), QStringList{u"alpha 1.0.0"_s});
    QCOMPARE(compare->rowsOf(ComparisonGroup::Different), QStringList{u"beta 2.0.0"_s});

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"compare.md"_s);
    QSignalSpy exported(compare, &TierCompareView::exported);
    compare->exportTo(file);
    QVERIFY(exported.wait(LoadTimeoutMs));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(u"beta"_s) && text.contains(u"2.0.0"_s) && text.contains(u'|'), qPrintable(text));
    QVERIFY(text.contains(compare->markdown().trimmed()));

    // Activating a row selects that version in the packages view.
    QSignalSpy activated(compare, &TierCompareView::versionActivated);
    Q_EMIT compare->versionActivated(u"staging"_s, u"alpha"_s, u"1.1.0"_s);
    QCOMPARE(window.currentView(), MainWindow::View::Packages);
    QCOMPARE(window.matrixView()->currentChip(), (ChipRef{u"staging"_s, u"alpha"_s, u"1.1.0"_s}));
}

void TestMainWindow::viewShortcuts()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndWait(window, m_repo->path()));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentView(), MainWindow::View::Tiers);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentView(), MainWindow::View::Release);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.currentView(), MainWindow::View::Packages);
    QTRY_VERIFY(window.filterEdit()->hasFocus());
}

void TestMainWindow::filtersSurviveRestart()
{
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_repo->path()));
        window.filterEdit()->setText(u"al"_s);
        window.quickFilterBox()->setCurrentIndex(int(PackageFilterModel::Quick::Candidates));
        window.ownerBox()->setCurrentIndex(window.ownerBox()->findData(u"elastic/integrations"_s));
        window.sortBox()->setCurrentIndex(int(PackageFilterModel::Sort::PendingCount));
        window.showView(MainWindow::View::Tiers);
        window.close();
    }
    MainWindow next;
    QCOMPARE(next.filterEdit()->text(), u"al"_s);
    QCOMPARE(next.quickFilterBox()->currentIndex(), int(PackageFilterModel::Quick::Candidates));
    QCOMPARE(next.sortBox()->currentIndex(), int(PackageFilterModel::Sort::PendingCount));
    QCOMPARE(next.currentView(), MainWindow::View::Tiers);
    QSignalSpy shown(&next, &MainWindow::storageShown);
    next.openStartup(); // the last repository
    QVERIFY(shown.wait(LoadTimeoutMs));
    QCOMPARE(next.ownerBox()->currentData().toString(), u"elastic/integrations"_s);
    QCOMPARE(visiblePackages(next), QStringList{u"alpha"_s});
}

void TestMainWindow::promotionDragOpensDialog()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_repo->path()));
    const ChipRef chip{u"snapshot"_s, u"alpha"_s, u"1.2.0"_s};
    // The window handles the matrix's drops itself: dragging up is always on.
    QVERIFY(window.matrixView()->isPromotionEnabled());
    QVERIFY(window.matrixView()->canPromote(chip, u"staging"_s));
    QVERIFY(window.matrixView()->canPromote(chip, u"production"_s));
    QVERIFY(!window.matrixView()->canPromote({u"production"_s, u"alpha"_s, u"1.0.0"_s}, u"staging"_s));
    QVERIFY(!window.findChild<PromotionDialog *>());
    // A drop onto production asks for that tier, past staging.
    Q_EMIT window.matrixView()->promotionRequested(chip.tier, chip.name, chip.version, u"production"_s);
    auto *dialog = window.findChild<PromotionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTRY_VERIFY(dialog->plan().has_value());
    QCOMPARE(dialog->plan()->sourceTier, u"snapshot"_s);
    QCOMPARE(dialog->plan()->destinationTier, u"production"_s);
    dialog->close();
}

void TestMainWindow::promoteActionOpensDialog()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_repo->path()));
    QAction *promote = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_P))
            promote = a;
    QVERIFY(promote);
    // Production is the top: nothing to promote it to.
    QVERIFY(window.selectVersion(u"production"_s, u"alpha"_s, u"1.0.0"_s));
    QTRY_VERIFY(!promote->isEnabled());
    QVERIFY(window.selectVersion(u"snapshot"_s, u"alpha"_s, u"1.2.0"_s));
    QTRY_VERIFY(promote->isEnabled());
    QVERIFY(!window.findChild<PromotionDialog *>());
    promote->trigger();
    auto *dialog = window.findChild<PromotionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTRY_VERIFY(dialog->plan().has_value());
    QCOMPARE(dialog->plan()->sourceTier, u"snapshot"_s);
    QCOMPARE(dialog->plan()->destinationTier, u"staging"_s);
    dialog->close();
}

void TestMainWindow::dialogsAndReleaseAskForReloads()
{
    RepoBuilder repo;
    QVERIFY(repo.isValid());
    QVERIFY(!repo.commit(u"production"_s, RepoBuilder::package(u"alpha"_s, u"1.0.0"_s)).isNull());
    QVERIFY(!repo.commit(u"staging"_s, RepoBuilder::package(u"alpha"_s, u"1.0.0"_s)).isNull());
    QVERIFY(!repo.commit(u"snapshot"_s, RepoBuilder::package(u"alpha"_s, u"1.1.0"_s)).isNull());
    MainWindow window;
    QVERIFY(openAndWait(window, repo.path()));
    window.startPromotion(u"snapshot"_s, u"alpha"_s, u"1.1.0"_s);
    auto *dialog = window.findChild<PromotionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->plan().has_value());
    QVERIFY(!dialog->plan()->versions.constFirst().identicalInDestination());

    // Someone else promoted it meanwhile; the dialog's refresh reloads the window, which hands it the new storage.
    QVERIFY(!repo.commit(u"staging"_s, merged({RepoBuilder::package(u"alpha"_s, u"1.0.0"_s),
                                              RepoBuilder::package(u"alpha"_s, u"1.1.0"_s)}))
                 .isNull());
    QSignalSpy shown(&window, &MainWindow::storageShown);
    Q_EMIT dialog->refreshRequested();
    QVERIFY(shown.wait(LoadTimeoutMs));
    QVERIFY(window.storage()->snapshot.find(u"staging"_s, u"alpha"_s, u"1.1.0"_s));
    QTRY_VERIFY(dialog->plan().has_value());
    QVERIFY(dialog->plan()->versions.constFirst().identicalInDestination());
    dialog->close();

    // The release view asks the same way (after it created a tag).
    Q_EMIT window.releaseView()->refreshRequested();
    QVERIFY(shown.wait(LoadTimeoutMs));
    QCOMPARE(shown.count(), 2);
}

void TestMainWindow::demoStorageBadges()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"demo.git"_s);
    const auto created = DemoStorage::create(path);
    QVERIFY2(created.has_value(), qPrintable(created ? QString() : created.error().text()));
    MainWindow window;
    QVERIFY(openAndWait(window, path));
    const TierMatrixModel *model = window.matrixModel();
    // See the comment block of lib/DemoStorage.cpp.
    QVERIFY(chipBadges(model, u"snapshot"_s, u"nginx"_s, u"1.3.0"_s).contains(u"candidate"_s));
    QVERIFY(chipBadges(model, u"snapshot"_s, u"aws"_s, u"0.6.0"_s).contains(u"candidate"_s));
    for (const auto &[name, version] : {std::pair{u"redis"_s, u"1.1.0"_s}, std::pair{u"windows"_s, u"1.14.0"_s},
                                        std::pair{u"mysql"_s, u"1.3.0"_s}})
        QVERIFY2(chipBadges(model, u"staging"_s, name, version).contains(u"candidate"_s), qPrintable(name));
    QCOMPARE(chipBadges(model, u"snapshot"_s, u"nginx"_s, u"1.2.0"_s), u"promoted"_s);
    QVERIFY(chipBadges(model, u"snapshot"_s, u"system"_s, u"1.4.2"_s).contains(u"shadowed"_s));
    // system 1.4.2 differs from production's copy: production never overwrites, a policy problem.
    QVERIFY(chipBadges(model, u"snapshot"_s, u"system"_s, u"1.4.2"_s).contains(u"policy"_s));
    QVERIFY(chipBadges(model, u"snapshot"_s, u"kafka"_s, u"1.3.0"_s).contains(u"manifest"_s));
    QCOMPARE(chipBadges(model, u"production"_s, u"apache"_s, u"1.3.0"_s), QString());
    QCOMPARE(QSet<QString>(badgeWitnesses(model).keyBegin(), badgeWitnesses(model).keyEnd()),
             (QSet<QString>{u"candidate"_s, u"promoted"_s, u"shadowed"_s, u"policy"_s, u"manifest"_s}));
    // The release stage filter finds the experimental prerelease.
    window.releaseBox()->setCurrentIndex(window.releaseBox()->findData(u"experimental"_s));
    QVERIFY2(visiblePackages(window).contains(u"apm"_s), qPrintable(visiblePackages(window).join(u',')));
}

void TestMainWindow::fixtureBadges()
{
    TIERDESK_REQUIRE_FIXTURE(path);
    MainWindow window;
    QVERIFY(openAndWait(window, path));
    const TierMatrixModel *model = window.matrixModel();
    // The README's different-content duplicates: every file's mode went 100755 → 100644, the content is the same.
    QCOMPARE(chipBadges(model, u"snapshot"_s, u"system"_s, u"0.10.5"_s), u"shadowed,mode-only"_s);
    QVERIFY(!chipBadges(model, u"staging"_s, u"system"_s, u"0.10.5"_s).contains(u"shadowed"_s));
    QVERIFY(chipBadges(model, u"snapshot"_s, u"system"_s, u"0.10.7"_s).contains(u"shadowed"_s));
    QVERIFY(chipBadges(model, u"snapshot"_s, u"system"_s, u"0.10.7"_s).contains(u"policy"_s));
    QVERIFY(chipBadges(model, u"snapshot"_s, u"system"_s, u"0.10.7"_s).contains(u"mode-only"_s));
    QCOMPARE(chipBadges(model, u"production"_s, u"system"_s, u"0.10.7"_s), u"policy"_s);
    const auto witnesses = badgeWitnesses(model);
    QVERIFY2(witnesses.contains(u"candidate"_s), "no promotion candidate in the fixture");
    // Only these two duplicates differ; every other shadowed chip would be a wrong badge.
    int shadowed = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 1; column < model->columnCount(); ++column)
            for (const QString &b : model->index(row, column).data(TierMatrixModel::BadgesRole).toStringList())
                shadowed += b.split(u',').contains(u"shadowed"_s) ? 1 : 0;
    QCOMPARE(shadowed, 2);
}

void TestMainWindow::cleanupTestCase()
{
    if (!m_demoExisted)
        QDir(MainWindow::demoPath()).removeRecursively();
    QSettings().clear();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
