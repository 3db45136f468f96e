// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the built tierdesk-cli from a test.
#include <QProcessEnvironment>
#include <QStringList>

struct CliRun {
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QString out;
    QString err;
};

// The event loop keeps running while the CLI does, so servers living on the
// test's thread (a fake GitHub) keep answering.
CliRun runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
              int timeoutMs = 180000);
