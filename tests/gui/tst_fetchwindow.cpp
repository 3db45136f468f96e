// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fetching from the window: the remote picker, a fetch that brings a new
// version into the matrix, a failure reported in a banner (never a modal box)
// with Retry, and Cancel from the status bar's progress.
#include "git/Remote.h"
#include "common/LoadedStorage.h"
#include "shell/MainWindow.h"
#include "common/MessageBanner.h"
#include "support/RepoBuilder.h"
#include "matrix/TierMatrixModel.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QThreadPool>

#include <git2.h>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
constexpr int TimeoutMs = 30000;

QStringList snapshotVersions(const MainWindow &window, const QString &package)
{
    const TierMatrixModel *model = window.matrixModel();
    const int row = model->rowOfPackage(package);
    const int column = model->tierColumn(u"snapshot"_s);
    if (row < 0 || column < 0)
        return {};
    return model->index(row, column).data(TierMatrixModel::VersionsRole).toStringList();
}

QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *a : menu->actions())
        texts.append(a->text());
    return texts;
}
} // namespace

class TestFetchWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Tierdesk"_s);
        QCoreApplication::setApplicationName(u"Tierdesk-test"_s);
    }

    void init()
    {
        QSettings().clear();
        // The upstream storage, and a clone that knows it only as remote-tracking branches.
        m_upstream = std::make_unique<RepoBuilder>(true);
        m_local = std::make_unique<RepoBuilder>(true);
        QVERIFY(!m_upstream->commit(u"production"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s)).isNull());
        QVERIFY(!m_upstream->commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.1.0"_s)).isNull());
        QVERIFY(m_local->addRemote(u"origin"_s, m_upstream->path()));
        QVERIFY(m_local->addRemote(u"broken"_s, m_local->path() + u"/no-such-remote.git"_s));
        const auto first = tierdesk::fetchRemote(m_local->path(), u"origin"_s);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().text()));
    }

    void offersEveryRemote()
    {
        MainWindow window;
        QVERIFY(open(window));
        QCOMPARE(window.storage()->remotes, (QStringList{u"broken"_s, u"origin"_s}));
        QCOMPARE(menuTexts(window.fetchMenu()), (QStringList{u"broken"_s, u"origin"_s}));
        QVERIFY(window.fetchMenu()->isEnabled());
        // The tier configuration's remote is the default.
        QCOMPARE(window.fetchRemote(), u"origin"_s);
        const auto checked = [&] {
            QStringList names;
            for (const QAction *a : window.fetchMenu()->actions())
                if (a->isChecked())
                    names.append(a->text());
            return names;
        };
        QCOMPARE(checked(), QStringList{u"origin"_s});
    }

    void fetchBringsNewVersions()
    {
        MainWindow window;
        QVERIFY(open(window));
        QCOMPARE(snapshotVersions(window, u"nginx"_s), QStringList{u"1.1.0"_s});
        QVERIFY(!m_upstream->commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.2.0"_s)).isNull());

        QSignalSpy finished(&window, &MainWindow::fetchFinished);
        QSignalSpy shown(&window, &MainWindow::storageShown);
        QAction *fetchAction = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F))
                fetchAction = a;
        QVERIFY(fetchAction);
        QVERIFY2(fetchAction->text().contains(u"origin"_s), qPrintable(fetchAction->text()));
        fetchAction->trigger();
        QVERIFY(window.isFetching());
        QVERIFY(!fetchAction->isEnabled()); // one fetch at a time
        QVERIFY(finished.wait(TimeoutMs));
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QVERIFY2(finished.constFirst().at(1).toString().contains(u"refs/remotes/origin/snapshot"_s),
                 qPrintable(finished.constFirst().at(1).toString()));
        // The fetch reloads: the new version is in the matrix.
        QTRY_COMPARE_WITH_TIMEOUT(snapshotVersions(window, u"nginx"_s), (QStringList{u"1.2.0"_s, u"1.1.0"_s}),
                                  TimeoutMs);
        QVERIFY(!window.fetchBanner()->isVisible());
        QVERIFY(fetchAction->isEnabled());
    }

    void failureShowsBannerWithRetry()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(open(window));
        QSignalSpy finished(&window, &MainWindow::fetchFinished);
        window.fetch(u"broken"_s);
        QVERIFY(finished.wait(TimeoutMs));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        MessageBanner *banner = window.fetchBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(u"Fetch failed: "_s), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(u"“broken”"_s), qPrintable(banner->text()));
        QCOMPARE(QApplication::activeModalWidget(), nullptr); // nothing blocks the window
        // The storage shown stays, and the remote chosen is remembered for the next fetch.
        QCOMPARE(snapshotVersions(window, u"nginx"_s), QStringList{u"1.1.0"_s});
        QCOMPARE(window.fetchRemote(), u"broken"_s);

        // Retry fetches the same remote again.
        QPushButton *retry = nullptr;
        QPushButton *dismiss = nullptr;
        for (QPushButton *b : banner->findChildren<QPushButton *>()) {
            if (b->text() == u"Retry"_s)
                retry = b;
            if (b->text() == u"Dismiss"_s)
                dismiss = b;
        }
        QVERIFY(retry && dismiss);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(finished.wait(TimeoutMs));
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.constLast().at(0).toBool(), false);
        QVERIFY(banner->isVisible());
        QTest::mouseClick(dismiss, Qt::LeftButton);
        QVERIFY(!banner->isVisible());

        // Picking another remote from the menu fetches it, and a success hides nothing it should not.
        QAction *origin = nullptr;
        for (QAction *a : window.fetchMenu()->actions())
            if (a->text() == u"origin"_s)
                origin = a;
        QVERIFY(origin);
        origin->trigger();
        QVERIFY(finished.wait(TimeoutMs));
        QCOMPARE(finished.constLast().at(0).toBool(), true);
        QCOMPARE(window.fetchRemote(), u"origin"_s);
        QVERIFY(!banner->isVisible());
    }

    void localBranchesBehindAreExplained()
    {
        // A clone with a local snapshot branch: a fetch moves origin/snapshot only.
        const auto tracked = m_local->repo().resolveCommit(u"refs/remotes/origin/snapshot"_s);
        QVERIFY(tracked);
        QVERIFY(m_local->setReference(u"refs/heads/snapshot"_s, *tracked));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(open(window));
        QVERIFY(!window.fetchBanner()->isVisible());
        QVERIFY(!m_upstream->commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.2.0"_s)).isNull());

        QSignalSpy shown(&window, &MainWindow::storageShown);
        window.fetch();
        QVERIFY(shown.wait(TimeoutMs)); // the reload after the fetch
        // The local branch is shown as it is, and the window says why nothing changed.
        QCOMPARE(snapshotVersions(window, u"nginx"_s), QStringList{u"1.1.0"_s});
        MessageBanner *banner = window.fetchBanner();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(banner->text().contains(u"snapshot (1 behind)"_s), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(u"origin"_s), qPrintable(banner->text()));
        const TierState *snapshot = window.storage()->snapshot.tier(u"snapshot"_s);
        QCOMPARE(snapshot->refName, u"refs/heads/snapshot"_s);
        QCOMPARE(snapshot->behind, 1);
        QCOMPARE(snapshot->ahead, 0);
    }

    void cancelFromTheProgress()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(open(window));
        QVERIFY(!m_upstream->commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.2.0"_s)).isNull());
        const QString before = m_local->repo().resolveCommit(u"refs/remotes/origin/snapshot"_s)->toHex();

        // Hold every pool thread so the fetch is still queued when Cancel is clicked:
        // the outcome does not depend on how fast the transfer is.
        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore gate;
        const int threads = pool->maxThreadCount();
        for (int i = 0; i < threads; ++i)
            pool->start([&gate] { gate.acquire(); });

        QSignalSpy finished(&window, &MainWindow::fetchFinished);
        window.fetch();
        QVERIFY(window.isFetching());
        auto *cancel = window.findChild<QPushButton *>(u"cancelLoadButton"_s);
        QVERIFY(cancel);
        QTRY_VERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        gate.release(threads);

        QVERIFY(finished.wait(TimeoutMs));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QVERIFY2(finished.constFirst().at(1).toString().contains(u"cancelled"_s),
                 qPrintable(finished.constFirst().at(1).toString()));
        // A cancellation is not a failure: no banner, a note in the status bar, nothing fetched.
        QVERIFY(!window.fetchBanner()->isVisible());
        QVERIFY2(window.statusBar()->currentMessage().contains(u"cancelled"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(m_local->repo().resolveCommit(u"refs/remotes/origin/snapshot"_s)->toHex(), before);
        QVERIFY(!window.isFetching());
        QCOMPARE(snapshotVersions(window, u"nginx"_s), QStringList{u"1.1.0"_s});
    }

private:
    bool open(MainWindow &window)
    {
        QSignalSpy shown(&window, &MainWindow::storageShown);
        window.openRepository(m_local->path());
        return shown.wait(TimeoutMs);
    }

    std::unique_ptr<RepoBuilder> m_upstream;
    std::unique_ptr<RepoBuilder> m_local;
};

QTEST_MAIN(TestFetchWindow)
#include "tst_fetchwindow.moc"
