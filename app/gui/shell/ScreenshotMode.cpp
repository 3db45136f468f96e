// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ScreenshotMode.h"

#include "details/PackageDetails.h"
#include "diff/DiffView.h"
#include "matrix/MatrixView.h"
#include "matrix/TierMatrixModel.h"
#include "promotion/PromotionDialog.h"
#include "release/ReleaseNotesPanel.h"
#include "release/ReleaseView.h"
#include "settings/SettingsDialog.h"
#include "shell/CommandLine.h"
#include "shell/WindowSettings.h"
#include "tiers/TierCompareView.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QPixmap>
#include <QPointer>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {

// Background work the views started (icon, changelog, diff, release check) is done.
bool viewsSettled(const MainWindow &window)
{
    const DiffView *diff = window.diffView();
    const bool diffShown = !diff->isVisible() || diff->currentFile() < 0 || diff->isFileShown();
    return !window.details()->isLoadingAssets() && !diff->isComputing() && diffShown
        && !window.releaseView()->isChecking() && !window.releaseView()->releaseNotes()->isBuilding();
}

// A --dialog's background work (the checks, the diff of what it adds) has landed.
bool dialogSettled(const QWidget *dialog)
{
    const auto *promotion = qobject_cast<const PromotionDialog *>(dialog);
    if (!promotion || promotion->step() == PromotionDialog::PlanStep)
        return true;
    if (!promotion->checksReady())
        return false;
    const DiffView *diff = promotion->diffView();
    return promotion->step() != PromotionDialog::AddsStep
        || (diff->comparison() && !diff->isComputing() && (diff->isFileShown() || diff->currentFile() < 0));
}

// The selected version's cell in the matrix.
QModelIndex selectedCell(const MatrixView &view, const ShotSetup &setup)
{
    const QAbstractItemModel *model = view.model();
    for (int row = 0; model && row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(TierMatrixModel::PackageNameRole).toString() != setup.name)
            continue;
        for (int column = 1; column < model->columnCount(); ++column)
            if (model->headerData(column, Qt::Horizontal, TierMatrixModel::TierRole).toString() == setup.tier)
                return model->index(row, column);
    }
    return {};
}

// Popups are windows of their own: they are in a grab of the screen, not of the window.
bool openPopup(MainWindow &window, const ShotSetup &setup)
{
    if (setup.popup == u"chooser"_s) {
        window.comparisonBox()->showPopup();
        return true;
    }
    if (setup.popup == u"overflow"_s) {
        if (window.matrixView()->openOverflow(selectedCell(*window.matrixView(), setup)))
            return true;
        printError(CommandLine::tr("The selected cell has no +N chip."));
    }
    return false;
}

void grab(QWidget &target, const QString &file, int exitCode, bool screen = false)
{
    QCoreApplication::processEvents();
    const QPixmap shot = screen && QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->grabWindow(0)
                                                                    : target.grab();
    if (shot.isNull() || !shot.save(file, "PNG")) {
        printError(CommandLine::tr("Could not save the screenshot to %1.").arg(QDir::toNativeSeparators(file)));
        QCoreApplication::exit(2);
        return;
    }
    QCoreApplication::exit(exitCode);
}

// Lets pending layout and item-view updates run before grabbing, and gives the views'
// background work up to ten seconds (checked each 50 ms) to land. With a dialog, the dialog is grabbed.
void grabWhenSettled(MainWindow &window, const QString &file, int exitCode, const ShotSetup &setup = {},
                     QPointer<QWidget> dialog = {})
{
    auto *poll = new QTimer(&window);
    auto waited = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, file, exitCode, poll, waited, setup, dialog] {
        if ((!viewsSettled(window) || (dialog && !dialogSettled(dialog))) && ++*waited < 200)
            return;
        poll->stop();
        if (dialog) {
            grab(*dialog, file, exitCode);
            return;
        }
        if (!openPopup(window, setup)) {
            grab(window, file, exitCode);
            return;
        }
        // The popup's animation and painting land first.
        QTimer::singleShot(600, &window, [&window, file, exitCode] { grab(window, file, exitCode, true); });
    });
    poll->start(50);
}

// --dialog: the settings dialog at a section, or the promotion dialog of --select at a step, as large as the
// window (the largest it gets there).
QWidget *openDialog(MainWindow &window, const ShotSetup &setup)
{
    const QString kind = setup.dialog.section(u':', 0, 0);
    const QString part = setup.dialog.section(u':', 1);
    if (kind == u"settings"_s) {
        SettingsDialog *dialog = window.settings()->openDialog();
        dialog->sections()->setCurrentIndex(std::max(0, int(settingsSections().indexOf(part))));
        dialog->resize(window.size());
        return dialog;
    }
    window.startPromotion(setup.tier, setup.name, setup.version);
    auto *dialog = window.findChild<PromotionDialog *>();
    if (!dialog) {
        printError(CommandLine::tr("The promotion dialog did not open for %1:%2@%3.")
                       .arg(setup.tier, setup.name, setup.version));
        return nullptr;
    }
    dialog->setUseKeychain(false); // a screenshot needs no token
    dialog->setStep(PromotionDialog::Step(std::max(0, int(promotionSteps().indexOf(part)))));
    dialog->resize(window.size());
    return dialog;
}

void arrange(MainWindow &window, const ShotSetup &setup)
{
    if (!setup.version.isEmpty() && !window.selectVersion(setup.tier, setup.name, setup.version))
        printError(CommandLine::tr("%1:%2@%3 is not in the matrix.").arg(setup.tier, setup.name, setup.version));
    window.showView(setup.view);
    if (setup.changes)
        window.sideTabs()->setCurrentIndex(1);
    if (!setup.stackVersion.isEmpty())
        window.releaseView()->setStackVersion(setup.stackVersion);
    if (!setup.compareA.isEmpty()) {
        window.tierCompare()->setTiers(setup.compareA, setup.compareB);
        if (const auto filter = TierComparison::filterFromId(setup.compareFilter))
            window.tierCompare()->setFilter(*filter);
    }
    if (!setup.notesFrom.isEmpty())
        window.releaseView()->showReleaseNotes(setup.notesFrom, setup.notesTo);
}

} // namespace

QStringList settingsSections()
{
    return {u"tiers"_s, u"github"_s, u"appearance"_s, u"diff"_s};
}

QStringList promotionSteps()
{
    return {u"plan"_s, u"checks"_s, u"texts"_s, u"adds"_s, u"draft"_s};
}

void arrangeScreenshot(MainWindow &window, const QString &file, const ShotSetup &setup)
{
    QObject::connect(&window, &MainWindow::storageShown, &window, [&window, file, setup] {
        arrange(window, setup);
        QPointer<QWidget> dialog = setup.dialog.isEmpty() ? nullptr : openDialog(window, setup);
        grabWhenSettled(window, file, 0, setup, dialog);
    });
    QObject::connect(&window, &MainWindow::loadFailed, &window, [&window, file](const QString &message) {
        printError(CommandLine::tr("Could not load the storage: %1 (the screenshot shows the error).").arg(message));
        grabWhenSettled(window, file, 1);
    });
    QTimer::singleShot(std::chrono::minutes(5), &window, [] {
        printError(CommandLine::tr("Loading took more than five minutes; no screenshot was taken."));
        QCoreApplication::exit(3);
    });
}

} // namespace tierdesk
