#pragma once
// Tierdesk's main window: the three tiers of one storage side by side.
#include "common/LoadedStorage.h"
#include "diff/PackageDiff.h"
#include "core/TierConfig.h"

#include <QMainWindow>

#include <atomic>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace tierdesk {

class DiffView;
class LoadProgressWidget;
class MatrixView;
class MessageBanner;
class PackageDetails;
class ReleaseView;
class TierCompareView;
class TierOverview;
class PackageFilterModel;
class RecentRepositories;
class StatusPage;
class StorageLoader;
class StorageSummary;
class TierMatrixModel;
class DraftsPanel;
struct Error;
struct LoadOutcome;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setTierConfig(const TierConfig &config) { m_config = config; }
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
    QString fetchRemote() const { return m_fetchRemote; }
    QMenu *fetchMenu() const { return m_fetchMenu; }
    MessageBanner *fetchBanner() const { return m_fetchBanner; }

    // Dragging a chip onto a higher tier's column emits promotionRequested. Enabled
    // automatically while something is connected to promotionRequested.
    void setPromotionEnabled(bool on);
    // Opens the promotion dialog for tier:name@version (towards `targetTier`, or the next tier up).
    void startPromotion(const QString &tier, const QString &name, const QString &version,
                        const QString &targetTier = {});
    bool isPromotionEnabled() const;

    // What is on screen, for tests and the screenshot mode.
    TierMatrixModel *matrixModel() const { return m_model; }
    PackageFilterModel *filterModel() const { return m_filter; }
    MatrixView *matrixView() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *quickFilterBox() const { return m_quickBox; }
    QComboBox *ownerBox() const { return m_ownerBox; }
    QComboBox *releaseBox() const { return m_releaseBox; }
    QComboBox *sortBox() const { return m_sortBox; }
    PackageDetails *details() const { return m_details; }
    DiffView *diffView() const { return m_diff; }
    QComboBox *comparisonBox() const { return m_comparisonBox; }
    QTabWidget *sideTabs() const { return m_sideTabs; }
    TierOverview *tierOverview() const { return m_overview; }
    TierCompareView *tierCompare() const { return m_compare; }
    ReleaseView *releaseView() const { return m_release; }
    bool isFetching() const;
    StorageLoader *loader() const { return m_loader; }
    std::shared_ptr<const LoadedStorage> storage() const;
    QString repositoryPath() const { return m_path; }
    bool isShowingDemo() const { return m_demo && storage() != nullptr; }
    bool isLoading() const;
    QString errorText() const { return m_errorText; } // empty unless an error is shown
    QString summaryText() const;
    QString tiersText() const;

Q_SIGNALS:
    void storageShown();
    void loadFailed(const QString &message);
    void currentVersionChanged(const QString &tier, const QString &name, const QString &version);
    void promotionRequested(const QString &tier, const QString &name, const QString &version,
                            const QString &targetTier);
    void fetchFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    void createActions();
    void createMenus();
    QWidget *createMatrixPage();
    QWidget *createPackagesPage();
    QWidget *createTiersPage();
    void createStatusBar();
    void onCurrentChipChanged(const QString &tier, const QString &name, const QString &version);
    void showComparison(int choice);
    void fillOwnerChoices();
    void saveSettings() const;
    void restoreViewSettings();
    void onFetchFinished(bool ok, bool cancelled, const QString &message);
    void updateFetchChoices();

    void startLoad(const QString &path, bool demo);
    void onLoadFinished(const LoadOutcome &outcome);
    // Reads when each package last changed from the tiers' history, in the background.
    void refreshActivity(const std::shared_ptr<const LoadedStorage> &storage);
    void onLoadCancelled();
    void showError(const QString &path, bool demo, const Error &error);
    void addRecoveryButtons(bool offerRetry);
    void rebuildRecentMenu();
    void applyColumnLayout();
    void updateTitle();
    void about();

    TierConfig m_config;
    bool m_persistent = true;
    QString m_path; // the repository shown, or the one whose loading failed
    bool m_demo = false;
    QString m_errorText;

    StorageLoader *m_loader;
    RecentRepositories *m_recent;
    TierMatrixModel *m_model;
    PackageFilterModel *m_filter;

    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_views = nullptr;
    QWidget *m_matrixPage = nullptr;
    MatrixView *m_view = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_quickBox = nullptr;
    QComboBox *m_ownerBox = nullptr;
    QComboBox *m_releaseBox = nullptr;
    QComboBox *m_sortBox = nullptr;
    QString m_pendingOwner; // restored before the owners are known
    QSplitter *m_packagesSplitter = nullptr;
    QSplitter *m_tiersSplitter = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    PackageDetails *m_details = nullptr;
    QWidget *m_changesPage = nullptr;
    QComboBox *m_comparisonBox = nullptr;
    QLabel *m_noComparison = nullptr;
    DiffView *m_diff = nullptr;
    TierOverview *m_overview = nullptr;
    TierCompareView *m_compare = nullptr;
    ReleaseView *m_release = nullptr;
    DraftsPanel *m_drafts = nullptr;
    QAction *m_promoteAction = nullptr;
    std::shared_ptr<std::atomic_bool> m_fetchCancel; // set while a fetch runs
    std::shared_ptr<std::atomic_bool> m_activityCancel; // of the history walk for the newest-change dates
    QList<SuggestedComparison> m_comparisons; // offered for the current version
    QAction *m_fetchAction = nullptr;
    QAction *m_cancelFetchAction = nullptr;
    QMenu *m_fetchMenu = nullptr;
    QString m_fetchRemote; // the remote fetched by Ctrl+Shift+F
    MessageBanner *m_fetchBanner = nullptr;
    QPushButton *m_fetchRetry = nullptr;
    bool m_reloadAfterFetch = false; // the next load shows what the fetch changed
    QList<QAction *> m_viewActions;
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
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace tierdesk
