// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-floor: what every tierdesk-cli command pays before it reads
// anything. It loads the libraries tierdesk-cli loads (tierdesk-core: Qt Core,
// libgit2, libyaml, zlib), makes the application object and initialises
// libgit2, then exits. scripts/bench times it next to the targets it bounds.
#include "git/Git.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    tierdesk::git::ensureInitialized();
    return 0;
}
