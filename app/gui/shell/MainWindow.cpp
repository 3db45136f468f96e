// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <git2/version.h>

#include <algorithm>

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
const auto ViewKey = u"window/view"_s;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_loader(new StorageLoader(this))
    , m_recent(new RecentRepositories(this))
{
    setObjectName(u"MainWindow"_s);
    m_settings = new WindowSettings(this);
    createActions();
    setCentralWidget(createCentralWidget());
    createMenus();
    createStatusBar();
    connectViews();
    connectFetch();
    connectLoader();
    applyTierConfig(WindowSettings::tierConfigFor({})); // the parts start from the settings' configuration too
    m_settings->applyViewSettings();
    restoreSettings();
    updateTitle();
}

MainWindow::~MainWindow() = default;

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

    m_promoteAction = new QAction(tr("&Promote…"), this);
    m_promoteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_promoteAction->setStatusTip(tr("Draft the promotion of the selected version to a higher tier"));
    m_promoteAction->setEnabled(false);
    connect(m_promoteAction, &QAction::triggered, this, [this] {
        const ChipRef chip = matrixView()->currentChip();
        if (!chip.isNull())
            startPromotion(chip.tier, chip.name, chip.version);
    });
    createViewActions();
}

void MainWindow::createViewActions()
{
    m_filterAction = new QAction(tr("&Filter Packages"), this);
    m_filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_filterAction, &QAction::triggered, this, [this] {
        showView(View::Packages);
        m_packages->matrix()->filterBar()->focusText();
    });

    m_problemsOnlyAction = new QAction(tr("Only Packages with &Problems"), this);
    m_problemsOnlyAction->setCheckable(true);
    m_problemsOnlyAction->setToolTip(tr("Show only packages that have a version with problems"));
    connect(m_problemsOnlyAction, &QAction::toggled, this, [this](bool on) {
        m_packages->matrix()->filterBar()->setProblemsOnly(on);
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
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    auto *recent = new RecentMenu(m_recent, tr("Open &Recent"), file);
    connect(recent, &RecentMenu::openRequested, this, &MainWindow::openRepository);
    file->addMenu(recent);
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_reloadAction);
    file->addAction(m_fetch->fetchAction());
    file->addMenu(m_fetch->menu());
    file->addAction(m_fetch->cancelAction());
    file->addSeparator();
    file->addAction(m_settings->action());
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
    for (QAction *a : {diffView()->nextChangeAction(), diffView()->previousChangeAction()}) {
        a->setShortcutContext(Qt::WindowShortcut);
        view->addAction(a);
        connect(a, &QAction::triggered, this, [this] {
            showView(View::Packages);
            m_packages->showChanges();
        });
    }

    QMenu *package = menuBar()->addMenu(tr("&Package"));
    package->addAction(m_promoteAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tierdesk"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

QWidget *MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    m_demoBanner = new MessageBanner(central);
    m_demoBanner->setObjectName(u"demoBanner"_s);
    m_demoBanner->setText(tr("You are looking at Tierdesk's demo storage."));
    connect(m_demoBanner->addButton(
                tr("Open a Repository…"), tr("Choose a package-storage repository on disk to review instead of the demo")), &QPushButton::clicked, this,
            &MainWindow::chooseRepository);
    m_demoBanner->hide();
    QWidget *stack = createStack(central);
    m_fetch = new FetchController(this);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_fetch->banner());
    layout->addWidget(stack, 1);
    return central;
}

QWidget *MainWindow::createStack(QWidget *parent)
{
    m_stack = new QStackedWidget(parent);
    m_views = new QTabWidget(m_stack);
    m_views->setObjectName(u"views"_s);
    m_views->setAccessibleName(tr("Views"));
    m_views->tabBar()->setAccessibleName(tr("Views"));
    m_views->setAccessibleDescription(tr("Packages, Tiers, Release and Drafts: one tab per view (Ctrl+1 … Ctrl+4)"));
    m_views->tabBar()->setAccessibleDescription(m_views->accessibleDescription());
    m_views->setDocumentMode(true);
    m_packages = new PackagesPage;
    m_views->addTab(m_packages, tr("&Packages"));
    m_tiers = new TiersPage;
    m_views->addTab(m_tiers, tr("&Tiers"));
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
    return m_stack;
}

void MainWindow::createStatusBar()
{
    setStatusBar(new StatusLine(this));
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

void MainWindow::connectViews()
{
    connect(m_packages, &PackagesPage::currentVersionChanged, this, &MainWindow::onCurrentVersionChanged);
    connect(m_packages, &PackagesPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_packages->matrix()->filterBar(), &FilterBar::problemsOnlyChanged, m_problemsOnlyAction,
            &QAction::setChecked);
    // Dragging a version onto a higher tier's column, or its context menu, opens the promotion dialog.
    MatrixView *view = matrixView();
    view->setPromotionEnabled(true);
    connect(view, &MatrixView::promotionRequested, this, &MainWindow::startPromotion);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &MainWindow::showChipMenu);

    connect(m_tiers, &TiersPage::versionActivated, this,
            [this](const QString &tier, const QString &name, const QString &version) {
                if (selectVersion(tier, name, version))
                    showView(View::Packages);
            });
    connect(m_tiers, &TiersPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_release, &ReleaseView::refreshRequested, this, &MainWindow::reload);
}

void MainWindow::connectFetch()
{
    connect(m_fetch, &FetchController::progressStarted, m_progress, [this](const QString &text) {
        m_progress->begin(text);
        m_progress->show();
    });
    connect(m_fetch, &FetchController::progressChanged, m_progress, &LoadProgressWidget::setProgress);
    connect(m_fetch, &FetchController::progressEnded, m_progress, &QWidget::hide);
    connect(m_fetch, &FetchController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_fetch, &FetchController::reloadRequested, this, &MainWindow::reload);
    connect(m_fetch, &FetchController::finished, this, &MainWindow::fetchFinished);
}

void MainWindow::connectLoader()
{
    connect(m_loader, &StorageLoader::progressChanged, m_progress, &LoadProgressWidget::setProgress);
    connect(m_loader, &StorageLoader::finished, this, &MainWindow::onLoadFinished);
    connect(m_loader, &StorageLoader::cancelled, this, &MainWindow::onLoadCancelled);
}

void MainWindow::showChipMenu(const QPoint &pos)
{
    const ChipRef chip = matrixView()->chipAt(pos);
    if (chip.isNull())
        return;
    matrixView()->selectChip(chip);
    QMenu menu(this);
    QAction *promote =
        menu.addAction(tr("Promote %1 %2…").arg(literalMnemonic(chip.name), literalMnemonic(chip.version)));
    promote->setEnabled(m_promoteAction->isEnabled());
    connect(promote, &QAction::triggered, this, [this, chip] { startPromotion(chip.tier, chip.name, chip.version); });
    menu.exec(matrixView()->viewport()->mapToGlobal(pos));
}

void MainWindow::showView(View view)
{
    if (m_storage)
        m_stack->setCurrentWidget(m_views);
    m_views->setCurrentIndex(int(view));
}

MainWindow::View MainWindow::currentView() const
{
    return View(std::max(0, m_views->currentIndex()));
}

bool MainWindow::selectVersion(const QString &tier, const QString &name, const QString &version)
{
    return m_packages->selectVersion(tier, name, version);
}

void MainWindow::onCurrentVersionChanged(const QString &tier, const QString &name, const QString &version)
{
    // Promotion goes up: the highest tier has nowhere to promote to.
    m_promoteAction->setEnabled(m_storage && !version.isEmpty() && m_config.rank(tier) >= 0
                                && m_config.rank(tier) + 1 < m_config.tiers.size());
    Q_EMIT currentVersionChanged(tier, name, version);
}

void MainWindow::startPromotion(const QString &tier, const QString &name, const QString &version,
                                const QString &targetTier)
{
    if (!m_storage)
        return;
    auto *dialog = new PromotionDialog(m_storage, {{tier, name, version}}, targetTier, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PromotionDialog::draftCreated, m_drafts, &DraftsPanel::refresh);
    connect(dialog, &PromotionDialog::draftPublished, m_drafts, &DraftsPanel::refresh);
    connect(dialog, &PromotionDialog::refreshRequested, this, &MainWindow::reload);
    m_dialogs.removeAll(nullptr);
    m_dialogs.append(dialog);
    dialog->open();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(ViewKey, m_views->currentIndex());
    m_packages->saveSettings(settings);
    m_tiers->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(QSize(1280, 800).boundedTo(available * 0.9));
    }
    restoreState(settings.value(StateKey).toByteArray());
    m_packages->restoreSettings(settings);
    m_tiers->restoreSettings(settings);
    m_views->setCurrentIndex(std::clamp(settings.value(ViewKey, 0).toInt(), 0, m_views->count() - 1));
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
    if (!m_fixedConfig && path != m_path)
        applyTierConfig(WindowSettings::tierConfigFor(demo ? QString() : path)); // the repository's tier remote
    request.config = m_config;
    if (m_storage && path == m_path)
        request.previous = m_storage; // a reload: unchanged tiers are taken over as they are

    const QString what = demo ? tr("Opening the demo storage…") : tr("Opening %1…").arg(nativePath(path));
    m_progress->begin(what);
    m_progress->show();
    m_reloadAction->setEnabled(false);
    if (!m_storage || path != m_path) {
        m_summary->hide();
        // Something else is coming: say so instead of showing the previous storage or error.
        m_statusPage->showMessage(demo ? tr("Opening the demo storage…") : tr("Opening “%1”…").arg(shortName(path)),
                                  demo ? QString() : nativePath(path), false);
        connect(m_statusPage->addButton(tr("Cancel"), tr("Stop reading the repository")), &QPushButton::clicked, m_loader, &StorageLoader::cancel);
        m_stack->setCurrentWidget(m_statusPage);
    }
    m_loader->start(request);
}

void MainWindow::onLoadFinished(const LoadOutcome &outcome)
{
    m_progress->hide();
    m_reloadAction->setEnabled(true);
    if (outcome.storage)
        showStorage(outcome);
    else
        showError(outcome.path, outcome.demo, outcome.error);
}

void MainWindow::showStorage(const LoadOutcome &outcome)
{
    m_fetch->storageShown(*outcome.storage);
    m_path = outcome.path;
    m_demo = outcome.demo;
    m_errorText.clear();
    const ChipRef current = matrixView()->currentChip();
    m_storage = outcome.storage;
    handOutStorage();
    m_demoBanner->setVisible(m_demo);
    m_stack->setCurrentWidget(m_views);
    m_packages->restoreSelection(current);
    if (!m_demo && m_persistent)
        m_recent->add(m_path);
    updateTitle();
    statusBar()->showMessage(tr("Read in %1 ms; %n version(s) parsed, the rest reused.", nullptr,
                                m_storage->parsedCount)
                                 .arg(m_storage->elapsedMs),
                             8000);
    if (!matrixView()->hasFocus() && !filterEdit()->hasFocus())
        matrixView()->setFocus(Qt::OtherFocusReason);
    Q_EMIT storageShown();
}

void MainWindow::handOutStorage()
{
    m_packages->setStorage(m_storage);
    m_summary->setStorage(m_storage);
    m_tiers->setStorage(m_storage);
    m_release->setStorage(m_storage);
    m_drafts->setRepository(m_path);
    m_dialogs.removeAll(nullptr);
    for (const QPointer<PromotionDialog> &dialog : std::as_const(m_dialogs))
        dialog->setStorage(m_storage);
}

void MainWindow::onLoadCancelled()
{
    m_progress->hide();
    m_reloadAction->setEnabled(!m_path.isEmpty());
    if (m_storage) {
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
    m_storage.reset();
    m_packages->setStorage(nullptr);
    m_summary->setStorage(nullptr);
    m_tiers->setStorage(nullptr);
    m_fetch->loadFailed(path, demo);
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
    QPushButton *open = m_statusPage->addButton(tr("Open a Repository…"),
                                                tr("Choose a package-storage repository on disk to open"));
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseRepository);
    if (!m_demo || !offerRetry)
        connect(m_statusPage->addButton(tr("Show the Demo Storage"),
                                        tr("Open the built-in example storage, to look around without a repository")), &QPushButton::clicked, this,
                &MainWindow::openDemo);
    if (offerRetry)
        connect(m_statusPage->addButton(tr("Try Again"), tr("Read the same repository once more")), &QPushButton::clicked, this, &MainWindow::reload);
}

void MainWindow::updateTitle()
{
    if (m_storage)
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

// What is on screen, handed through from the parts that show it.
} // namespace tierdesk
