// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tierdesk's main window: the three tiers of one storage side by side. The window
// holds the one loaded storage and hands it to every view after each load.
#include "common/LoadedStorage.h"
#include "core/TierConfig.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QComboBox;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace tierdesk {

class DiffView;
class DraftsPanel;
class FetchController;
class LoadProgressWidget;
class MatrixView;
class MessageBanner;
class PackageDetails;
class PackageFilterModel;
class PackagesPage;
class PromotionDialog;
class RecentRepositories;
class ReleaseView;
class StatusPage;
class StorageLoader;
class StorageSummary;
class TierCompareView;
class TierMatrixModel;
class TierOverview;
class TiersPage;
class WindowSettings;
struct Error;
struct LoadOutcome;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // A fixed tier configuration (tests, --remote): the settings' tiers no longer apply.
    void setTierConfig(const TierConfig &config);
    // The settings' tiers and the repository's tier remote again; reads the tiers anew when they changed.
    void useStoredTierConfig();
    const TierConfig &tierConfig() const { return m_config; }
    WindowSettings *settings() const { return m_settings; }
    // Whether opened repositories and the window geometry are remembered (off for screenshots).
    void setPersistent(bool on) { m_persistent = on; }

    // `requested` when given, else the last opened repository, else the demo storage.
    void openStartup(const QString &requested = {});
    void openRepository(const QString &path);
    void openDemo();
    void reload();
    void chooseRepository();

    static QString demoPath();

    // The top-level views, in tab order (Ctrl+1 … Ctrl+4).
    enum class View { Packages, Tiers, Release, Drafts };
    void showView(View view);
    View currentView() const;
    // Makes tier:name@version the current version: details, changes; false when the matrix does not show it.
    bool selectVersion(const QString &tier, const QString &name, const QString &version);
    // Fetches a remote (empty: the one chosen last, else the tier configuration's,
    // else the first) in the background, then reloads.
    void fetch(const QString &remote = {});
    void cancelFetch();
    QString fetchRemote() const;
    QMenu *fetchMenu() const;
    MessageBanner *fetchBanner() const;
    bool isFetching() const;

    // Opens the promotion dialog for tier:name@version (towards `targetTier`, or the next tier up).
    // The matrix's drag onto a higher tier, its context menu and Package > Promote call it.
    void startPromotion(const QString &tier, const QString &name, const QString &version,
                        const QString &targetTier = {});

    // What is on screen, for tests and the screenshot mode.
    TierMatrixModel *matrixModel() const;
    PackageFilterModel *filterModel() const;
    MatrixView *matrixView() const;
    QLineEdit *filterEdit() const;
    QComboBox *quickFilterBox() const;
    QComboBox *ownerBox() const;
    QComboBox *releaseBox() const;
    QComboBox *sortBox() const;
    PackageDetails *details() const;
    DiffView *diffView() const;
    QComboBox *comparisonBox() const;
    QTabWidget *sideTabs() const;
    TierOverview *tierOverview() const;
    TierCompareView *tierCompare() const;
    ReleaseView *releaseView() const { return m_release; }
    StorageLoader *loader() const { return m_loader; }
    std::shared_ptr<const LoadedStorage> storage() const { return m_storage; }
    QString repositoryPath() const { return m_path; }
    bool isShowingDemo() const { return m_demo && m_storage != nullptr; }
    bool isLoading() const;
    QString errorText() const { return m_errorText; } // empty unless an error is shown
    QString summaryText() const;
    QString tiersText() const;

Q_SIGNALS:
    void storageShown();
    void loadFailed(const QString &message);
    void currentVersionChanged(const QString &tier, const QString &name, const QString &version);
    void fetchFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createViewActions();
    void createMenus();
    QWidget *createCentralWidget();
    QWidget *createStack(QWidget *parent);
    void createStatusBar();
    void connectViews();
    void connectFetch();
    void connectLoader();
    void showChipMenu(const QPoint &pos);
    void onCurrentVersionChanged(const QString &tier, const QString &name, const QString &version);
    void applyTierConfig(const TierConfig &config);
    void saveSettings() const;
    void restoreSettings();

    void startLoad(const QString &path, bool demo);
    void onLoadFinished(const LoadOutcome &outcome);
    void showStorage(const LoadOutcome &outcome);
    // Every view, and every open promotion dialog, gets the storage just loaded.
    void handOutStorage();
    void onLoadCancelled();
    void showError(const QString &path, bool demo, const Error &error);
    void addRecoveryButtons(bool offerRetry);
    void updateTitle();
    void about();

    TierConfig m_config;
    bool m_fixedConfig = false; // setTierConfig() was called
    bool m_persistent = true;
    QString m_path; // the repository shown, or the one whose loading failed
    bool m_demo = false;
    QString m_errorText;
    std::shared_ptr<const LoadedStorage> m_storage; // the one shown; null while none is

    StorageLoader *m_loader; // its VersionCache is the one every storage of this window carries
    RecentRepositories *m_recent;
    FetchController *m_fetch = nullptr;
    WindowSettings *m_settings = nullptr;

    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_views = nullptr;
    PackagesPage *m_packages = nullptr;
    TiersPage *m_tiers = nullptr;
    ReleaseView *m_release = nullptr;
    DraftsPanel *m_drafts = nullptr;
    QList<QPointer<PromotionDialog>> m_dialogs; // open ones get each new storage
    MessageBanner *m_demoBanner = nullptr;
    StatusPage *m_statusPage = nullptr;
    StorageSummary *m_summary = nullptr;
    LoadProgressWidget *m_progress = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_problemsOnlyAction = nullptr;
    QAction *m_promoteAction = nullptr;
    QList<QAction *> m_viewActions;
};

} // namespace tierdesk
