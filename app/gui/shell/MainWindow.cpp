#include "shell/MainWindow.h"

#include "common/BackgroundJob.h"
#include "diff/DiffView.h"
#include "git/Remote.h"
#include "shell/LoadProgress.h"
#include "matrix/MatrixView.h"
#include "details/PackageDetails.h"
#include "promotion/DraftsPanel.h"
#include "promotion/PromotionDialog.h"
#include "release/ReleaseView.h"
#include "tiers/TierCompareView.h"
#include "tiers/TierOverview.h"
#include "storage/TierSummary.h"
#include "common/MessageBanner.h"
#include "matrix/PackageDelegate.h"
#include "matrix/PackageFilterModel.h"
#include "shell/RecentRepositories.h"
#include "common/StatusPage.h"
#include "shell/StorageLoader.h"
#include "shell/StorageSummary.h"
#include "common/ThemeColors.h"
#include "matrix/TierMatrixModel.h"
#include "matrix/VersionChipDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QFutureWatcher>
#include <QMetaMethod>
#include <QSplitter>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <git2/version.h>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {

QString nativePath(const QString &path) { return QDir::toNativeSeparators(path); }

QString shortName(const QString &path)
{
    const QString name = QFileInfo(QDir::cleanPath(path)).fileName();
    return name.isEmpty() ? nativePath(path) : name;
}

const auto GeometryKey = u"window/geometry"_s;
const auto StateKey = u"window/state"_s;
const auto PackagesSplitterKey = u"window/packagesSplitter"_s;
const auto TiersSplitterKey = u"window/tiersSplitter"_s;
const auto ViewKey = u"window/view"_s;
const auto SideTabKey = u"window/sideTab"_s;
const auto FilterTextKey = u"filters/text"_s;
const auto QuickFilterKey = u"filters/quick"_s;
const auto OwnerKey = u"filters/owner"_s;
const auto ReleaseKey = u"filters/release"_s;
const auto SortKey = u"filters/sort"_s;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_loader(new StorageLoader(this))
    , m_recent(new RecentRepositories(this))
    , m_model(new TierMatrixModel(this))
    , m_filter(new PackageFilterModel(this))
{
    setObjectName(u"MainWindow"_s);
    m_filter->setSourceModel(m_model);

    createActions();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    m_demoBanner = new MessageBanner(central);
    m_demoBanner->setObjectName(u"demoBanner"_s);
    m_demoBanner->setText(tr("You are looking at Tierdesk's demo storage."));
    connect(m_demoBanner->addButton(tr("Open a Repository…")), &QPushButton::clicked, this,
            &MainWindow::chooseRepository);
    m_demoBanner->hide();
    m_stack = new QStackedWidget(central);
    m_views = new QTabWidget(m_stack);
    m_views->setObjectName(u"views"_s);
    m_views->setDocumentMode(true);
    m_views->addTab(createPackagesPage(), tr("&Packages"));
    m_views->addTab(createTiersPage(), tr("&Tiers"));
    m_release = new ReleaseView(m_views);
    m_release->setObjectName(u"releaseView"_s);
    m_views->addTab(m_release, tr("&Release"));
    m_drafts = new DraftsPanel(m_views);
    m_drafts->setObjectName(u"draftsPanel"_s);
    m_views->addTab(m_drafts, tr("&Drafts"));
    m_views->setTabToolTip(0, tr("The tiers side by side, the selected version's details and changes (Ctrl+1)"));
    m_views->setTabToolTip(1, tr("Each tier's state, and two tiers compared (Ctrl+2)"));
    m_views->setTabToolTip(2, tr("Is production ready to be tagged for a stack release? (Ctrl+3)"));
    m_views->setTabToolTip(3, tr("Promotion drafts: their branches, pull requests and removal safety (Ctrl+4)"));
    m_statusPage = new StatusPage(m_stack);
    m_statusPage->setObjectName(u"statusPage"_s);
    m_stack->addWidget(m_views);
    m_stack->addWidget(m_statusPage);
    m_statusPage->showMessage(tr("No repository is open"), tr("Open a package-storage repository to see its tiers."),
                              false);
    addRecoveryButtons(false);
    m_stack->setCurrentWidget(m_statusPage);
    layout->addWidget(m_demoBanner);
    // A failed fetch is reported here, not in a modal box: the storage shown stays usable.
    m_fetchBanner = new MessageBanner(central);
    m_fetchBanner->setObjectName(u"fetchBanner"_s);
    m_fetchBanner->setKind(MessageBanner::Kind::Error);
    m_fetchRetry = m_fetchBanner->addButton(tr("Retry"));
    connect(m_fetchRetry, &QPushButton::clicked, this, [this] { fetch(); });
    connect(m_fetchBanner->addButton(tr("Dismiss")), &QPushButton::clicked, m_fetchBanner, &QWidget::hide);
    m_fetchBanner->hide();
    layout->addWidget(m_fetchBanner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createMenus();
    createStatusBar();

    connect(m_loader, &StorageLoader::progressChanged, m_progress, &LoadProgressWidget::setProgress);
    connect(m_loader, &StorageLoader::finished, this, &MainWindow::onLoadFinished);
    connect(m_loader, &StorageLoader::cancelled, this, &MainWindow::onLoadCancelled);
    connect(m_recent, &RecentRepositories::changed, this, &MainWindow::rebuildRecentMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::applyColumnLayout);
    rebuildRecentMenu();

    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(QSize(1280, 800).boundedTo(available * 0.9));
    }
    restoreState(settings.value(StateKey).toByteArray());
    restoreViewSettings();
    updateTitle();
}

MainWindow::~MainWindow()
{
    if (m_activityCancel)
        m_activityCancel->store(true);
}

QString MainWindow::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo-storage"_s;
}

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open Repository…"), this);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openAction->setStatusTip(tr("Open a package-storage git repository"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseRepository);

    m_demoAction = new QAction(tr("Show the &Demo Storage"), this);
    m_demoAction->setStatusTip(tr("Open the built-in demo storage"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemo);

    m_reloadAction = new QAction(tr("&Reload"), this);
    m_reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_reloadAction->setStatusTip(tr("Read the tiers again; unchanged tiers are reused"));
    m_reloadAction->setEnabled(false);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_filterAction = new QAction(tr("&Filter Packages"), this);
    m_filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_filterAction, &QAction::triggered, this, [this] {
        showView(View::Packages);
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    m_problemsOnlyAction = new QAction(tr("Only Packages with &Problems"), this);
    m_problemsOnlyAction->setCheckable(true);
    m_problemsOnlyAction->setToolTip(tr("Show only packages that have a version with problems"));
    connect(m_problemsOnlyAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_quickBox->setCurrentIndex(int(PackageFilterModel::Quick::WithProblems));
        else if (m_quickBox->currentIndex() == int(PackageFilterModel::Quick::WithProblems))
            m_quickBox->setCurrentIndex(int(PackageFilterModel::Quick::All));
        if (m_summary)
            m_summary->setProblemsOnly(on);
    });

    const QStringList viewNames{tr("&Packages"), tr("&Tiers"), tr("&Release"), tr("&Drafts")};
    for (int i = 0; i < viewNames.size(); ++i) {
        auto *action = new QAction(viewNames[i], this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showView(View(i)); });
        m_viewActions.append(action);
    }

    m_promoteAction = new QAction(tr("&Promote…"), this);
    m_promoteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_promoteAction->setStatusTip(tr("Draft the promotion of the selected version to a higher tier"));
    m_promoteAction->setEnabled(false);
    connect(m_promoteAction, &QAction::triggered, this, [this] {
        const ChipRef chip = m_view->currentChip();
        if (!chip.isNull())
            startPromotion(chip.tier, chip.name, chip.version);
    });

    m_fetchAction = new QAction(tr("&Fetch"), this);
    m_fetchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_fetchAction->setStatusTip(tr("Download the remote's tier branches in the background, then reload"));
    m_fetchAction->setEnabled(false);
    connect(m_fetchAction, &QAction::triggered, this, [this] { fetch(); });
    m_cancelFetchAction = new QAction(tr("&Cancel Fetch"), this);
    m_cancelFetchAction->setEnabled(false);
    connect(m_cancelFetchAction, &QAction::triggered, this, &MainWindow::cancelFetch);

    m_aboutAction = new QAction(tr("&About Tierdesk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_reloadAction);
    file->addAction(m_fetchAction);
    m_fetchMenu = file->addMenu(tr("Fetch Fro&m"));
    m_fetchMenu->setObjectName(u"fetchMenu"_s);
    m_fetchMenu->setEnabled(false);
    file->addAction(m_cancelFetchAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *a : std::as_const(m_viewActions))
        view->addAction(a);
    view->addSeparator();
    view->addAction(m_filterAction);
    view->addAction(m_problemsOnlyAction);
    view->addSeparator();
    // The diff's own change navigation, reachable from anywhere in the window.
    for (QAction *a : {m_diff->nextChangeAction(), m_diff->previousChangeAction()}) {
        a->setShortcutContext(Qt::WindowShortcut);
        view->addAction(a);
        connect(a, &QAction::triggered, this, [this] {
            showView(View::Packages);
            m_sideTabs->setCurrentWidget(m_changesPage);
        });
    }

    QMenu *package = menuBar()->addMenu(tr("&Package"));
    package->addAction(m_promoteAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

QWidget *MainWindow::createMatrixPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    m_filterEdit = new QLineEdit(page);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Filter packages…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(140);
    m_filterEdit->setToolTip(tr("Filter packages by name, title or owner team (Ctrl+F)"));
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &PackageFilterModel::setText);

    m_quickBox = new QComboBox(page);
    m_quickBox->setObjectName(u"quickFilter"_s);
    m_quickBox->setToolTip(tr("Quick filter"));
    m_quickBox->setAccessibleName(tr("Quick filter"));
    // Same order as PackageFilterModel::Quick.
    m_quickBox->addItem(tr("All packages"));
    m_quickBox->addItem(tr("↑ Promotion candidates"));
    m_quickBox->addItem(tr("≡ Removal pending"));
    m_quickBox->addItem(tr("⚠ Problems"));
    m_quickBox->addItem(tr("In only one tier"));
    connect(m_quickBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_filter->setQuickFilter(PackageFilterModel::Quick(i));
        m_problemsOnlyAction->setChecked(i == int(PackageFilterModel::Quick::WithProblems));
    });

    m_ownerBox = new QComboBox(page);
    m_ownerBox->setObjectName(u"ownerFilter"_s);
    m_ownerBox->setToolTip(tr("Owner team (owner.github)"));
    m_ownerBox->setAccessibleName(tr("Owner team"));
    // Team names are long; the popup shows them in full.
    m_ownerBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ownerBox->setMinimumContentsLength(10);
    m_ownerBox->addItem(tr("Any owner"), QString());
    connect(m_ownerBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0)
            m_filter->setOwner(m_ownerBox->itemData(i).toString());
    });

    m_releaseBox = new QComboBox(page);
    m_releaseBox->setObjectName(u"releaseFilter"_s);
    m_releaseBox->setToolTip(tr("Release stage of the newest version"));
    m_releaseBox->setAccessibleName(tr("Release stage"));
    m_releaseBox->addItem(tr("Any release"), QString());
    m_releaseBox->addItem(tr("GA"), u"ga"_s);
    m_releaseBox->addItem(tr("Beta"), u"beta"_s);
    m_releaseBox->addItem(tr("Experimental"), u"experimental"_s);
    connect(m_releaseBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_filter->setRelease(m_releaseBox->itemData(i).toString()); });

    m_sortBox = new QComboBox(page);
    m_sortBox->setObjectName(u"sortOrder"_s);
    m_sortBox->setToolTip(tr("Sort packages"));
    m_sortBox->setAccessibleName(tr("Sort packages"));
    // Same order as PackageFilterModel::Sort.
    m_sortBox->addItem(tr("Sort by name"));
    m_sortBox->addItem(tr("Sort by newest change"));
    m_sortBox->addItem(tr("Sort by pending versions"));
    connect(m_sortBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_filter->setSortOrder(PackageFilterModel::Sort(i)); });

    // Two rows, so every choice reads in full even when the side panel leaves
    // the matrix half of a 1280-pixel window: text and order, then the filters.
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_sortBox);
    layout->addLayout(bar);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_quickBox);
    filters->addWidget(m_ownerBox);
    filters->addWidget(m_releaseBox);
    filters->addStretch(1);
    layout->addLayout(filters);

    auto *legend = new QLabel(page);
    legend->setObjectName(u"legend"_s);
    legend->setWordWrap(true);
    legend->setText(tr("↑ promotion candidate   ≡ promoted, removal pending   ≠ shadowed, never served   "
                       "⊘ policy problem   ⚠ manifest problem"));
    legend->setToolTip(tr("A version in several tiers is served from the highest one. A lower copy with identical "
                          "content (≡) has been promoted and waits for removal; a lower copy with different "
                          "content (≠) is never served. ↑ marks a version newer than anything in the higher tiers. "
                          "Hover a version for details; click it or use the arrow keys to select it."));
    QPalette legendPalette = legend->palette();
    legendPalette.setColor(QPalette::WindowText, dimmedText(palette(), QPalette::WindowText));
    legend->setPalette(legendPalette);
    layout->addWidget(legend);

    m_view = new MatrixView(page);
    // Right-click on a version: promote it from here.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const ChipRef chip = m_view->chipAt(pos);
        if (chip.isNull())
            return;
        m_view->selectChip(chip);
        QMenu menu(this);
        QAction *promote = menu.addAction(tr("Promote %1 %2…").arg(chip.name, chip.version));
        promote->setEnabled(m_promoteAction->isEnabled());
        connect(promote, &QAction::triggered, this,
                [this, chip] { startPromotion(chip.tier, chip.name, chip.version); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    m_view->setObjectName(u"tierMatrix"_s);
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new VersionChipDelegate(m_view));
    m_view->setItemDelegateForColumn(TierMatrixModel::PackageColumn, new PackageDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(VersionChipDelegate::rowHeight(m_view->fontMetrics()));
    QHeaderView *header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setMinimumSectionSize(90);
    connect(m_view, &MatrixView::currentChipChanged, this, &MainWindow::onCurrentChipChanged);
    connect(m_view, &MatrixView::promotionRequested, this, &MainWindow::promotionRequested);
    layout->addWidget(m_view, 1);
    return page;
}

QWidget *MainWindow::createPackagesPage()
{
    m_packagesSplitter = new QSplitter(Qt::Horizontal);
    m_packagesSplitter->setObjectName(u"packagesSplitter"_s);
    m_matrixPage = createMatrixPage();
    m_packagesSplitter->addWidget(m_matrixPage);

    m_sideTabs = new QTabWidget(m_packagesSplitter);
    m_sideTabs->setObjectName(u"sideTabs"_s);
    m_details = new PackageDetails(m_sideTabs);
    m_details->setObjectName(u"packageDetails"_s);
    m_sideTabs->addTab(m_details, tr("Details"));

    m_changesPage = new QWidget(m_sideTabs);
    auto *changes = new QVBoxLayout(m_changesPage);
    changes->setContentsMargins(4, 4, 4, 4);
    m_comparisonBox = new QComboBox(m_changesPage);
    m_comparisonBox->setObjectName(u"comparisonChoice"_s);
    m_comparisonBox->setToolTip(tr("What the selected version is compared with"));
    m_comparisonBox->setAccessibleName(tr("Compare with"));
    m_comparisonBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_comparisonBox->setMinimumContentsLength(20);
    m_noComparison = new QLabel(m_changesPage);
    m_noComparison->setWordWrap(true);
    m_noComparison->setText(tr("Select a version in the matrix to see what changed."));
    m_diff = new DiffView(m_changesPage);
    m_diff->setObjectName(u"diffView"_s);
    changes->addWidget(m_comparisonBox);
    changes->addWidget(m_noComparison);
    changes->addWidget(m_diff, 1);
    connect(m_comparisonBox, &QComboBox::currentIndexChanged, this, &MainWindow::showComparison);
    m_sideTabs->addTab(m_changesPage, tr("Changes"));
    m_sideTabs->setTabToolTip(1, tr("What promoting the selected version changes, or what changed since its "
                                    "previous version (Alt+Down: next change)"));
    m_packagesSplitter->addWidget(m_sideTabs);
    m_packagesSplitter->setStretchFactor(0, 3);
    m_packagesSplitter->setStretchFactor(1, 2);
    m_packagesSplitter->setSizes({760, 500});
    m_packagesSplitter->setChildrenCollapsible(false);
    // A diff needs room: opening Changes widens a narrow side panel to 60 %.
    connect(m_sideTabs, &QTabWidget::currentChanged, this, [this](int index) {
        const int total = m_packagesSplitter->width();
        if (m_sideTabs->widget(index) == m_changesPage && m_sideTabs->width() < 640 && total > 900)
            m_packagesSplitter->setSizes({total * 2 / 5, total * 3 / 5});
    });

    connect(m_details, &PackageDetails::versionActivated, this,
            [this](const QString &tier, const QString &name, const QString &version) {
                selectVersion(tier, name, version);
            });
    return m_packagesSplitter;
}

QWidget *MainWindow::createTiersPage()
{
    m_tiersSplitter = new QSplitter(Qt::Vertical);
    m_tiersSplitter->setObjectName(u"tiersSplitter"_s);
    m_overview = new TierOverview(m_tiersSplitter);
    m_overview->setObjectName(u"tierOverview"_s);
    m_compare = new TierCompareView(m_tiersSplitter);
    m_compare->setObjectName(u"tierCompare"_s);
    m_tiersSplitter->addWidget(m_overview);
    m_tiersSplitter->addWidget(m_compare);
    m_tiersSplitter->setStretchFactor(0, 0);
    m_tiersSplitter->setStretchFactor(1, 1);
    m_tiersSplitter->setChildrenCollapsible(false);
    m_tiersSplitter->setSizes({m_overview->sizeHint().height(), 10000});
    connect(m_overview, &TierOverview::compareRequested, m_compare, &TierCompareView::setTiers);
    connect(m_compare, &TierCompareView::versionActivated, this,
            [this](const QString &tier, const QString &name, const QString &version) {
                if (selectVersion(tier, name, version))
                    showView(View::Packages);
            });
    connect(m_compare, &TierCompareView::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Comparison exported to %1").arg(nativePath(path)), 8000);
    });
    connect(m_compare, &TierCompareView::exportFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 12000); });
    return m_tiersSplitter;
}

void MainWindow::showView(View view)
{
    if (storage())
        m_stack->setCurrentWidget(m_views);
    m_views->setCurrentIndex(int(view));
}

MainWindow::View MainWindow::currentView() const
{
    return View(std::max(0, m_views->currentIndex()));
}

bool MainWindow::selectVersion(const QString &tier, const QString &name, const QString &version)
{
    if (m_view->selectChip({tier, name, version}))
        return true;
    // Filtered out: show every package again rather than failing silently.
    if (m_model->rowOfPackage(name) < 0)
        return false;
    m_filterEdit->clear();
    m_quickBox->setCurrentIndex(0);
    m_ownerBox->setCurrentIndex(0);
    m_releaseBox->setCurrentIndex(0);
    return m_view->selectChip({tier, name, version});
}

void MainWindow::onCurrentChipChanged(const QString &tier, const QString &name, const QString &version)
{
    const auto loaded = storage();
    m_comparisons.clear();
    // Promotion goes up: the highest tier has nowhere to promote to.
    m_promoteAction->setEnabled(loaded && !version.isEmpty() && m_config.rank(tier) >= 0
                                && m_config.rank(tier) + 1 < m_config.tiers.size());
    if (version.isEmpty() || !loaded) {
        m_details->clear();
    } else {
        m_details->showVersion(tier, name, version);
        if (const PackageVersion *v = loaded->snapshot.find(tier, name, version))
            m_comparisons = defaultComparisons(loaded->snapshot, *v);
    }
    {
        const QSignalBlocker block(m_comparisonBox);
        m_comparisonBox->clear();
        for (const SuggestedComparison &c : std::as_const(m_comparisons))
            m_comparisonBox->addItem(c.title());
    }
    m_comparisonBox->setVisible(!m_comparisons.isEmpty());
    m_noComparison->setVisible(m_comparisons.isEmpty());
    m_noComparison->setText(version.isEmpty()
                                ? tr("Select a version in the matrix to see what changed.")
                                : tr("%1 %2 has no other version to compare with: no higher tier holds the "
                                     "package and %3 has no older version.")
                                      .arg(name, version, tier));
    showComparison(m_comparisons.isEmpty() ? -1 : 0);
    Q_EMIT currentVersionChanged(tier, name, version);
}

void MainWindow::showComparison(int choice)
{
    if (choice < 0 || choice >= m_comparisons.size()) {
        m_diff->clear();
        m_diff->setEnabled(false);
        return;
    }
    m_diff->setEnabled(true);
    const SuggestedComparison &c = m_comparisons[choice];
    m_diff->setTierConfig(m_config);
    m_diff->setComparison(m_path, c.oldSide, c.newSide);
}

void MainWindow::fillOwnerChoices()
{
    const QString wanted = m_pendingOwner.isEmpty() ? m_ownerBox->currentData().toString() : m_pendingOwner;
    QStringList owners;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString owner = m_model->index(row, 0).data(TierMatrixModel::OwnerRole).toString();
        if (!owner.isEmpty() && !owners.contains(owner))
            owners.append(owner);
    }
    owners.sort(Qt::CaseInsensitive);
    const QSignalBlocker block(m_ownerBox);
    m_ownerBox->clear();
    m_ownerBox->addItem(tr("Any owner"), QString());
    for (const QString &owner : std::as_const(owners))
        m_ownerBox->addItem(owner, owner);
    const int at = m_ownerBox->findData(wanted);
    m_ownerBox->setCurrentIndex(std::max(0, at));
    m_filter->setOwner(m_ownerBox->currentData().toString());
    if (at >= 0)
        m_pendingOwner.clear();
}

bool MainWindow::isFetching() const
{
    return m_fetchCancel != nullptr;
}

void MainWindow::updateFetchChoices()
{
    const auto loaded = m_model->storage();
    const QStringList remotes = loaded && !m_demo ? loaded->remotes : QStringList();
    if (!remotes.contains(m_fetchRemote))
        m_fetchRemote = remotes.contains(m_config.remote) ? m_config.remote : remotes.value(0);
    const bool idle = !m_fetchCancel;
    m_fetchAction->setEnabled(idle && !m_fetchRemote.isEmpty());
    m_fetchAction->setText(m_fetchRemote.isEmpty() ? tr("&Fetch") : tr("&Fetch from “%1”").arg(m_fetchRemote));
    m_fetchAction->setToolTip(remotes.isEmpty() && loaded && !m_demo
                                  ? tr("This repository has no remote to fetch from.")
                                  : tr("Download the remote's tier branches in the background, then reload"));
    m_fetchMenu->clear();
    m_fetchMenu->setEnabled(idle && !remotes.isEmpty());
    for (const QString &remote : remotes) {
        QAction *action = m_fetchMenu->addAction(remote);
        action->setCheckable(true);
        action->setChecked(remote == m_fetchRemote);
        connect(action, &QAction::triggered, this, [this, remote] { fetch(remote); });
    }
}

void MainWindow::cancelFetch()
{
    if (m_fetchCancel)
        m_fetchCancel->store(true);
}

void MainWindow::fetch(const QString &requested)
{
    if (m_path.isEmpty() || m_demo || m_fetchCancel)
        return;
    if (!requested.isEmpty())
        m_fetchRemote = requested;
    if (m_fetchRemote.isEmpty())
        return;
    const QString remote = m_fetchRemote;
    m_fetchCancel = std::make_shared<std::atomic_bool>(false);
    updateFetchChoices();
    m_cancelFetchAction->setEnabled(true);
    m_fetchBanner->hide();
    m_progress->begin(tr("Fetching from “%1”…").arg(remote));
    m_progress->show();
    // The worker reports through queued calls; the window may go away first, hence the QPointer.
    QPointer<LoadProgressWidget> progress = m_progress;
    const auto cancel = m_fetchCancel;
    const QString path = m_path;
    auto work = [path, remote, cancel, progress]() -> Result<FetchReport> {
        JobControl job;
        job.isCancelled = [cancel] { return cancel->load(); };
        job.progress = [progress](int done, int total, const QString &what) {
            QMetaObject::invokeMethod(progress, [progress, done, total, what] {
                if (progress)
                    progress->setProgress(done, total, what);
            }, Qt::QueuedConnection);
        };
        return tierdesk::fetchRemote(path, remote, {}, job);
    };
    runInBackground(this, std::move(work), [this, cancel](const Result<FetchReport> &result) {
        if (!result) {
            onFetchFinished(false, cancel->load(), result.error().text());
            return;
        }
        const QString message = result->updatedRefs.isEmpty()
            ? tr("Fetched from “%1”: already up to date.").arg(result->remote)
            : tr("Fetched from “%1”: %2 updated.").arg(result->remote, QLocale().createSeparatedList(result->updatedRefs));
        onFetchFinished(true, false, message);
    });
}

void MainWindow::onFetchFinished(bool ok, bool cancelled, const QString &message)
{
    m_fetchCancel.reset();
    m_cancelFetchAction->setEnabled(false);
    updateFetchChoices();
    m_progress->hide();
    if (ok) {
        statusBar()->showMessage(message, 10000);
        m_reloadAfterFetch = true;
        reload();
    } else if (cancelled) {
        statusBar()->showMessage(message, 10000);
    } else {
        m_fetchBanner->setKind(MessageBanner::Kind::Error);
        m_fetchBanner->setText(tr("Fetch failed: %1").arg(message));
        m_fetchRetry->show();
        m_fetchBanner->show();
    }
    Q_EMIT fetchFinished(ok, message);
}

void MainWindow::setPromotionEnabled(bool on)
{
    m_view->setPromotionEnabled(on);
}

bool MainWindow::isPromotionEnabled() const
{
    return m_view->isPromotionEnabled();
}

void MainWindow::startPromotion(const QString &tier, const QString &name, const QString &version,
                                const QString &targetTier)
{
    const auto loaded = storage();
    if (!loaded)
        return;
    auto *dialog = new PromotionDialog(loaded, {{tier, name, version}}, targetTier, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PromotionDialog::draftCreated, m_drafts, &DraftsPanel::refresh);
    connect(dialog, &PromotionDialog::draftPublished, m_drafts, &DraftsPanel::refresh);
    dialog->open();
}

void MainWindow::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&MainWindow::promotionRequested) && m_view)
        m_view->setPromotionEnabled(true);
    QMainWindow::connectNotify(signal);
}

void MainWindow::disconnectNotify(const QMetaMethod &signal)
{
    // isSignalConnected() would deadlock here (the connection lock is held): check once back in the event loop.
    if (signal == QMetaMethod::fromSignal(&MainWindow::promotionRequested) && m_view)
        QMetaObject::invokeMethod(this, [this] {
            m_view->setPromotionEnabled(isSignalConnected(QMetaMethod::fromSignal(&MainWindow::promotionRequested)));
        }, Qt::QueuedConnection);
    QMainWindow::disconnectNotify(signal);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(PackagesSplitterKey, m_packagesSplitter->saveState());
    settings.setValue(TiersSplitterKey, m_tiersSplitter->saveState());
    settings.setValue(ViewKey, m_views->currentIndex());
    settings.setValue(SideTabKey, m_sideTabs->currentIndex());
    settings.setValue(FilterTextKey, m_filterEdit->text());
    settings.setValue(QuickFilterKey, m_quickBox->currentIndex());
    settings.setValue(OwnerKey, m_ownerBox->currentData().toString());
    settings.setValue(ReleaseKey, m_releaseBox->currentData().toString());
    settings.setValue(SortKey, m_sortBox->currentIndex());
}

void MainWindow::restoreViewSettings()
{
    const QSettings settings;
    m_packagesSplitter->restoreState(settings.value(PackagesSplitterKey).toByteArray());
    m_tiersSplitter->restoreState(settings.value(TiersSplitterKey).toByteArray());
    m_views->setCurrentIndex(std::clamp(settings.value(ViewKey, 0).toInt(), 0, m_views->count() - 1));
    m_sideTabs->setCurrentIndex(std::clamp(settings.value(SideTabKey, 0).toInt(), 0, m_sideTabs->count() - 1));
    m_filterEdit->setText(settings.value(FilterTextKey).toString());
    m_quickBox->setCurrentIndex(std::clamp(settings.value(QuickFilterKey, 0).toInt(), 0, m_quickBox->count() - 1));
    m_releaseBox->setCurrentIndex(std::max(0, m_releaseBox->findData(settings.value(ReleaseKey).toString())));
    m_sortBox->setCurrentIndex(std::clamp(settings.value(SortKey, 0).toInt(), 0, m_sortBox->count() - 1));
    m_pendingOwner = settings.value(OwnerKey).toString(); // the owners are known once a storage is loaded
}

void MainWindow::createStatusBar()
{
    m_progress = new LoadProgressWidget(statusBar());
    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->hide();
    // One Cancel for whatever runs: a fetch, or a load.
    connect(m_progress, &LoadProgressWidget::cancelRequested, this, [this] {
        if (isFetching())
            cancelFetch();
        else
            m_loader->cancel();
    });
    m_summary = new StorageSummary(statusBar());
    m_summary->setObjectName(u"storageSummary"_s);
    connect(m_summary, &StorageSummary::problemsOnlyToggled, m_problemsOnlyAction, &QAction::setChecked);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_summary);
}

std::shared_ptr<const LoadedStorage> MainWindow::storage() const
{
    return m_model->storage();
}

bool MainWindow::isLoading() const
{
    return m_loader->isLoading();
}

QString MainWindow::summaryText() const
{
    return m_summary->countsText();
}

QString MainWindow::tiersText() const
{
    return m_summary->tiersText();
}

void MainWindow::openStartup(const QString &requested)
{
    if (!requested.isEmpty())
        openRepository(requested);
    else if (const QString last = m_recent->last(); !last.isEmpty())
        openRepository(last);
    else
        openDemo();
}

void MainWindow::openRepository(const QString &path)
{
    startLoad(QDir::cleanPath(QDir::current().absoluteFilePath(path)), false);
}

void MainWindow::openDemo()
{
    startLoad(demoPath(), true);
}

void MainWindow::reload()
{
    if (!m_path.isEmpty())
        startLoad(m_path, m_demo);
}

void MainWindow::chooseRepository()
{
    const QString last = m_recent->last();
    const QString start = last.isEmpty() ? QDir::homePath() : QFileInfo(last).absolutePath();
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open a Package-Storage Repository"), start);
    if (!path.isEmpty())
        openRepository(path);
}

void MainWindow::startLoad(const QString &path, bool demo)
{
    LoadRequest request;
    request.path = path;
    request.demo = demo;
    request.config = m_config;
    const auto shown = storage();
    if (shown && path == m_path)
        request.previous = shown; // a reload: unchanged tiers are taken over as they are

    const QString what = demo ? tr("Opening the demo storage…") : tr("Opening %1…").arg(nativePath(path));
    m_progress->begin(what);
    m_progress->show();
    m_reloadAction->setEnabled(false);
    if (!shown || path != m_path) {
        m_summary->hide();
        // Something else is coming: say so instead of showing the previous storage or error.
        m_statusPage->showMessage(demo ? tr("Opening the demo storage…") : tr("Opening “%1”…").arg(shortName(path)),
                                  demo ? QString() : nativePath(path), false);
        connect(m_statusPage->addButton(tr("Cancel")), &QPushButton::clicked, m_loader, &StorageLoader::cancel);
        m_stack->setCurrentWidget(m_statusPage);
    }
    m_loader->start(request);
}

void MainWindow::onLoadFinished(const LoadOutcome &outcome)
{
    m_progress->hide();
    m_reloadAction->setEnabled(true);
    if (!outcome.storage) {
        showError(outcome.path, outcome.demo, outcome.error);
        return;
    }
    if (outcome.path != m_path)
        m_fetchBanner->hide(); // it spoke of another repository
    m_path = outcome.path;
    m_demo = outcome.demo;
    m_errorText.clear();
    if (std::exchange(m_reloadAfterFetch, false)) {
        // The fetch moved remote-tracking branches only: local tier branches behind them hide it.
        if (const QString note = TierSummary::staleBranchesNote(outcome.storage->snapshot); !note.isEmpty()) {
            m_fetchBanner->setKind(MessageBanner::Kind::Warning);
            m_fetchBanner->setText(note);
            m_fetchRetry->hide();
            m_fetchBanner->show();
        }
    }
    const ChipRef current = m_view->currentChip();
    m_model->setStorage(outcome.storage);
    refreshActivity(outcome.storage);
    m_summary->setStorage(outcome.storage);
    fillOwnerChoices();
    m_details->setStorage(outcome.storage);
    m_overview->setStorage(outcome.storage);
    m_compare->setStorage(outcome.storage);
    m_release->setStorage(outcome.storage);
    m_drafts->setRepository(m_path);
    updateFetchChoices();
    m_demoBanner->setVisible(m_demo);
    m_stack->setCurrentWidget(m_views);
    // Keep the selected version across reloads; otherwise start on the first version shown.
    if (current.isNull() || !m_view->selectChip(current)) {
        bool selected = false;
        for (int row = 0; row < m_filter->rowCount() && !selected; ++row)
            for (int column = 1; column < m_filter->columnCount() && !selected; ++column) {
                const QModelIndex cell = m_filter->index(row, column);
                const QStringList versions = cell.data(TierMatrixModel::VersionsRole).toStringList();
                if (!versions.isEmpty())
                    selected = m_view->selectChip({cell.data(TierMatrixModel::TierRole).toString(),
                                                   cell.data(TierMatrixModel::PackageNameRole).toString(),
                                                   versions.constFirst()});
            }
        if (!selected)
            onCurrentChipChanged({}, {}, {});
    } else {
        onCurrentChipChanged(current.tier, current.name, current.version); // the new snapshot's copy
    }
    if (!m_demo && m_persistent)
        m_recent->add(m_path);
    updateTitle();
    statusBar()->showMessage(tr("Read in %1 ms; %n version(s) parsed, the rest reused.", nullptr,
                                outcome.storage->parsedCount)
                                 .arg(outcome.storage->elapsedMs),
                             8000);
    if (!m_view->hasFocus() && !m_filterEdit->hasFocus())
        m_view->setFocus(Qt::OtherFocusReason);
    Q_EMIT storageShown();
}

void MainWindow::refreshActivity(const std::shared_ptr<const LoadedStorage> &storage)
{
    if (m_activityCancel)
        m_activityCancel->store(true);
    m_activityCancel = std::make_shared<std::atomic_bool>(false);
    auto work = [cache = m_details->historyCache(), storage, cancel = m_activityCancel]() -> Result<PackageActivity> {
        JobControl job;
        job.isCancelled = [cancel] { return cancel->load(); };
        return PackageActivity::compute(*cache, storage->snapshot, job);
    };
    runInBackground(this, std::move(work), [this, storage, cancel = m_activityCancel](const Result<PackageActivity> &r) {
        if (cancel->load() || m_model->storage() != storage)
            return; // superseded by a newer load
        if (r)
            m_model->setActivity(std::make_shared<const PackageActivity>(*r));
        else
            statusBar()->showMessage(tr("Could not read the tiers' history for “newest change”: %1")
                                         .arg(r.error().text()),
                                     10000);
    });
}

void MainWindow::onLoadCancelled()
{
    m_progress->hide();
    m_reloadAction->setEnabled(!m_path.isEmpty());
    if (storage()) {
        m_summary->show();
        m_stack->setCurrentWidget(m_views);
        statusBar()->showMessage(tr("Loading was cancelled; the tiers shown are as they were."), 8000);
        return;
    }
    m_statusPage->showMessage(tr("Loading was cancelled"), {}, false);
    addRecoveryButtons(!m_path.isEmpty());
    m_stack->setCurrentWidget(m_statusPage);
    statusBar()->showMessage(tr("Loading was cancelled."), 8000);
}

void MainWindow::showError(const QString &path, bool demo, const Error &error)
{
    m_path = path;
    m_demo = demo;
    m_errorText = error.text();
    m_model->clear();
    m_summary->setStorage(nullptr);
    m_details->setStorage(nullptr);
    m_overview->setStorage(nullptr);
    m_compare->setStorage(nullptr);
    m_diff->clear();
    updateFetchChoices();
    m_demoBanner->hide();
    const QString title = demo ? tr("The demo storage could not be opened")
                               : tr("Could not open “%1”").arg(shortName(path));
    m_statusPage->showMessage(title, m_errorText + u"\n\n"_s + tr("Repository: %1").arg(nativePath(path)), true);
    addRecoveryButtons(true);
    m_stack->setCurrentWidget(m_statusPage);
    statusBar()->showMessage(tr("Error: %1").arg(m_errorText));
    updateTitle();
    Q_EMIT loadFailed(m_errorText);
}

void MainWindow::addRecoveryButtons(bool offerRetry)
{
    QPushButton *open = m_statusPage->addButton(tr("Open a Repository…"));
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseRepository);
    if (!m_demo || !offerRetry)
        connect(m_statusPage->addButton(tr("Show the Demo Storage")), &QPushButton::clicked, this,
                &MainWindow::openDemo);
    if (offerRetry)
        connect(m_statusPage->addButton(tr("Try Again")), &QPushButton::clicked, this, &MainWindow::reload);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent->paths();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString path = paths[i];
        // &1 … &9, then 1&0: every entry has a mnemonic.
        const QString number = i < 9 ? u"&"_s + QString::number(i + 1) : u"1&0"_s;
        QAction *action = m_recentMenu->addAction(number + u"  "_s + nativePath(path).replace(u'&', u"&&"_s));
        action->setToolTip(nativePath(path));
        connect(action, &QAction::triggered, this, [this, path] { openRepository(path); });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No Recent Repositories"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, m_recent, &RecentRepositories::clear);
}

void MainWindow::applyColumnLayout()
{
    if (m_model->columnCount() == 0)
        return;
    // The package column fits its longest name or title within a third of the width;
    // the tiers share the rest equally.
    const QFontMetrics fm(m_view->font());
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int wanted = fm.horizontalAdvance(m_model->headerData(0, Qt::Horizontal).toString());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, TierMatrixModel::PackageColumn);
        wanted = std::max({wanted, boldMetrics.horizontalAdvance(index.data(TierMatrixModel::PackageNameRole).toString()) + 50,
                           fm.horizontalAdvance(index.data(TierMatrixModel::PackageTitleRole).toString())});
    }
    const int available = std::max(m_view->viewport()->width(), 600);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(TierMatrixModel::PackageColumn, QHeaderView::Interactive);
    header->resizeSection(TierMatrixModel::PackageColumn, std::clamp(wanted + 24, 200, available * 32 / 100));
}

void MainWindow::updateTitle()
{
    if (storage())
        setWindowTitle(m_demo ? tr("Demo Storage — Tierdesk") : tr("%1 — Tierdesk").arg(shortName(m_path)));
    else
        setWindowTitle(tr("Tierdesk"));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Tierdesk"),
                       tr("<h3>Tierdesk %1</h3>"
                          "<p>Review and promote packages across the tiers of a package storage: "
                          "snapshot, staging and production.</p>"
                          "<p>Built with Qt %2 and libgit2 %3.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                QString::fromLatin1(LIBGIT2_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_persistent)
        saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace tierdesk
