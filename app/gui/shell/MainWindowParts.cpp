// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's parts as the tests and the screenshot mode reach them.
#include "shell/MainWindow.h"

#include "common/MessageBanner.h"
#include "common/PlainText.h"
#include "common/StatusPage.h"
#include "diff/DiffView.h"
#include "matrix/FilterBar.h"
#include "matrix/MatrixPage.h"
#include "promotion/DraftsPanel.h"
#include "promotion/PromotionDialog.h"
#include "release/ReleaseView.h"
#include "shell/ChangesPanel.h"
#include "shell/FetchController.h"
#include "shell/LoadProgress.h"
#include "shell/PackagesPage.h"
#include "shell/RecentMenu.h"
#include "shell/RecentRepositories.h"
#include "shell/StatusLine.h"
#include "shell/StorageLoader.h"
#include "shell/StorageSummary.h"
#include "shell/TiersPage.h"
#include "shell/WindowSettings.h"

namespace tierdesk {

TierMatrixModel *MainWindow::matrixModel() const { return m_packages->model(); }
PackageFilterModel *MainWindow::filterModel() const { return m_packages->filter(); }
MatrixView *MainWindow::matrixView() const { return m_packages->matrix()->view(); }
QLineEdit *MainWindow::filterEdit() const { return m_packages->matrix()->filterBar()->textEdit(); }
QComboBox *MainWindow::quickFilterBox() const { return m_packages->matrix()->filterBar()->quickBox(); }
QComboBox *MainWindow::ownerBox() const { return m_packages->matrix()->filterBar()->ownerBox(); }
QComboBox *MainWindow::releaseBox() const { return m_packages->matrix()->filterBar()->releaseBox(); }
QComboBox *MainWindow::sortBox() const { return m_packages->matrix()->filterBar()->sortBox(); }
PackageDetails *MainWindow::details() const { return m_packages->details(); }
DiffView *MainWindow::diffView() const { return m_packages->changes()->diffView(); }
QComboBox *MainWindow::comparisonBox() const { return m_packages->changes()->comparisonBox(); }
QTabWidget *MainWindow::sideTabs() const { return m_packages->sideTabs(); }
TierOverview *MainWindow::tierOverview() const { return m_tiers->overview(); }
TierCompareView *MainWindow::tierCompare() const { return m_tiers->compare(); }
bool MainWindow::isLoading() const { return m_loader->isLoading(); }
QString MainWindow::summaryText() const { return m_summary->countsText(); }
QString MainWindow::tiersText() const { return m_summary->tiersText(); }
void MainWindow::fetch(const QString &remote) { m_fetch->fetch(remote); }
void MainWindow::cancelFetch() { m_fetch->cancel(); }
QString MainWindow::fetchRemote() const { return m_fetch->remote(); }
QMenu *MainWindow::fetchMenu() const { return m_fetch->menu(); }
MessageBanner *MainWindow::fetchBanner() const { return m_fetch->banner(); }
bool MainWindow::isFetching() const { return m_fetch->isFetching(); }

} // namespace tierdesk
