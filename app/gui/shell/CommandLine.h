// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The GUI's command line: the repository to open, how to show it, and the
// screenshot mode's options.
#include "core/Tr.h"
#include "shell/ScreenshotMode.h"

#include <QCoreApplication>
#include <QSize>

#include <expected>

namespace tierdesk {

// The command line's texts (also the screenshot mode's messages).
namespace CommandLine = trcontext::CommandLine;

struct LaunchOptions {
    QString repository;     // REPO; empty: the one opened last, else the demo storage
    QString remote;         // --remote
    bool remoteGiven = false; // else the settings' tier remote for the repository
    QString screenshot;     // --screenshot FILE; empty: an ordinary session
    QSize size;             // --size, 1280x800 for screenshots; invalid: as remembered
    bool dark = false;      // --dark
    bool viewGiven = false; // --view was given
    ShotSetup shot;         // --view, --select, --panel, --stack-version
};

// Reads the application's arguments; --help and --version print and exit here.
// The error says what is wrong with them.
[[nodiscard]] std::expected<LaunchOptions, QString> parseCommandLine(const QCoreApplication &app);

// "tierdesk: message" on stderr.
void printError(const QString &message);

} // namespace tierdesk
