// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// --screenshot FILE: once the storage is on screen (and the views' background work
// has landed), the window is saved as a PNG and the application quits; the exit
// code tells how loading went.
#include "shell/MainWindow.h"

namespace tierdesk {

// What the screenshot shows besides the matrix; `view` also applies without a screenshot.
struct ShotSetup {
    MainWindow::View view = MainWindow::View::Packages;
    QString tier, name, version; // --select
    bool changes = false;        // --panel changes
    QString stackVersion;        // --stack-version
    QString notesFrom, notesTo;  // --release-notes FROM..TO
    QString compareA, compareB;  // --compare A:B[:FILTER], the tier comparison's tiers
    QString compareFilter;       //   and filter ("shadowed", ...)
    QString popup;               // --popup chooser|overflow: opened before the grab, which then takes the screen
    QString dialog;              // --dialog settings[:SECTION] | promotion[:STEP] (of --select): the dialog is grabbed
};

// The --dialog values: "settings" with a section, "promotion" with a step (the first of each list: none given).
QStringList settingsSections(); // tiers, github, appearance, diff
QStringList promotionSteps();   // plan, checks, texts, adds, draft

// Exit codes: 0 shown, 1 loading failed (the screenshot shows the error), 2 not saved, 3 loading took too long.
void arrangeScreenshot(MainWindow &window, const QString &file, const ShotSetup &setup);

} // namespace tierdesk
