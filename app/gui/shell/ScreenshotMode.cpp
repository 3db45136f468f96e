// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ScreenshotMode.h"

#include "details/PackageDetails.h"
#include "diff/DiffView.h"
#include "release/ReleaseNotesPanel.h"
#include "release/ReleaseView.h"
#include "shell/CommandLine.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>

#include <memory>

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

void grab(MainWindow &window, const QString &file, int exitCode)
{
    QCoreApplication::processEvents();
    const QPixmap shot = window.grab();
    if (shot.isNull() || !shot.save(file, "PNG")) {
        printError(CommandLine::tr("Could not save the screenshot to %1.").arg(QDir::toNativeSeparators(file)));
        QCoreApplication::exit(2);
        return;
    }
    QCoreApplication::exit(exitCode);
}

// Lets pending layout and item-view updates run before grabbing, and gives the views'
// background work up to ten seconds (checked each 50 ms) to land.
void grabWhenSettled(MainWindow &window, const QString &file, int exitCode)
{
    auto *poll = new QTimer(&window);
    auto waited = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, file, exitCode, poll, waited] {
        if (!viewsSettled(window) && ++*waited < 200)
            return;
        poll->stop();
        grab(window, file, exitCode);
    });
    poll->start(50);
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
    if (!setup.notesFrom.isEmpty())
        window.releaseView()->showReleaseNotes(setup.notesFrom, setup.notesTo);
}

} // namespace

void arrangeScreenshot(MainWindow &window, const QString &file, const ShotSetup &setup)
{
    QObject::connect(&window, &MainWindow::storageShown, &window, [&window, file, setup] {
        arrange(window, setup);
        grabWhenSettled(window, file, 0);
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
