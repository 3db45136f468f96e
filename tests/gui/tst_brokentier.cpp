// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A tier that cannot be read at all (its branch leads to a missing or damaged
// commit, a blob, a tree, a tag of a blob, its root tree is gone...): every
// case of the hostile corpus that breaks a whole tier is opened in the window.
// The other tiers load with every version, the broken one says what is wrong
// where a user looks (its column, its card, the problems indicator), every
// view is shown without a crash, and the repository is left as it was.
#include "common/LoadedStorage.h"
#include "matrix/TierMatrixModel.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "support/HostileCorpus.h"
#include "support/RepoSnapshot.h"
#include "tiers/TierOverview.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {

constexpr int LoadTimeoutMs = 60000;

// "name@version" of every chip the matrix shows in `tier`.
QStringList matrixVersions(const TierMatrixModel *model, const QString &tier)
{
    QStringList out;
    const int column = model->tierColumn(tier);
    for (int row = 0; column >= 0 && row < model->rowCount(); ++row) {
        const QModelIndex cell = model->index(row, column);
        const QString name = cell.data(TierMatrixModel::PackageNameRole).toString();
        for (const QString &v : cell.data(TierMatrixModel::VersionsRole).toStringList())
            out.append(name + u'@' + v);
    }
    return out;
}

QList<HostileCase> brokenTierCases()
{
    QList<HostileCase> out;
    for (const HostileCase &c : hostileCases())
        if (!c.tierStillLoads && !c.tier.isEmpty())
            out.append(c);
    return out;
}

} // namespace

class TestBrokenTier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void windowShowsTheBrokenTier_data();
    void windowShowsTheBrokenTier();
};

void TestBrokenTier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Tierdesk"_s);
    QCoreApplication::setApplicationName(u"Tierdesk-test"_s);
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    QVERIFY2(brokenTierCases().size() >= 10, "the corpus lost its broken-tier cases");
}

void TestBrokenTier::windowShowsTheBrokenTier_data()
{
    QTest::addColumn<int>("index");
    const QList<HostileCase> cases = brokenTierCases();
    for (qsizetype i = 0; i < cases.size(); ++i)
        QTest::newRow(qPrintable(cases.at(i).name)) << int(i);
}

void TestBrokenTier::windowShowsTheBrokenTier()
{
    QFETCH(int, index);
    const HostileCase c = brokenTierCases().at(index);
    HostileRepo h;
    QVERIFY(h.makeHealthy());
    QVERIFY2(c.build(h), "the case could not be built");
    const RepoSnapshot before = RepoSnapshot::of(h.path());

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy shown(&window, &MainWindow::storageShown);
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.openRepository(h.path());
    QVERIFY2(shown.wait(LoadTimeoutMs), qPrintable(u"not shown: "_s + window.errorText()));
    QCOMPARE(failed.count(), 0);
    QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));

    // Everything else loaded: each other tier's versions are in the matrix.
    const TierMatrixModel *model = window.matrixModel();
    const QMap<QString, QStringList> healthy = HostileRepo::healthyVersions();
    for (auto it = healthy.begin(); it != healthy.end(); ++it) {
        if (it.key() == c.tier)
            continue;
        const QStringList shownVersions = matrixVersions(model, it.key());
        for (const QString &v : it.value())
            QVERIFY2(shownVersions.contains(v), qPrintable(it.key() + u" lost "_s + v));
    }

    // The broken tier says so: its column, the problems indicator, its card.
    const int column = model->tierColumn(c.tier);
    QVERIFY(column > 0);
    const QString header = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    QVERIFY2(header.startsWith(u"⚠"_s), qPrintable(header));
    const QString headerTip = model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(headerTip.contains(c.words), qPrintable(headerTip));
    const auto *indicator = window.findChild<QToolButton *>(u"problemsIndicator"_s);
    QVERIFY(indicator);
    QVERIFY2(indicator->text().startsWith(u"⚠"_s), qPrintable(indicator->text()));
    QVERIFY2(indicator->toolTip().contains(c.words), qPrintable(indicator->toolTip()));
    QVERIFY2(!window.tiersText().contains(u"0000000"_s), qPrintable(window.tiersText())); // no made-up tip
    window.showView(MainWindow::View::Tiers);
    const QString card = window.tierOverview()->cardText(c.tier);
    QVERIFY2(card.contains(c.words), qPrintable(card));
    QVERIFY2(!card.contains(u"0000000"_s), qPrintable(card));

    // Every other view copes with it.
    window.showView(MainWindow::View::Release);
    window.showView(MainWindow::View::Drafts);
    window.showView(MainWindow::View::Packages);
    const QStringList changed = before.differences(RepoSnapshot::of(h.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(u"the repository changed:\n"_s + changed.join(u'\n')));
}

QTEST_MAIN(TestBrokenTier)
#include "tst_brokentier.moc"
