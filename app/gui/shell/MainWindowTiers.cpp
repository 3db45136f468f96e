// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which tiers the window reads: fixed from the command line, or the ones
// stored for the open repository (reloading when they change).
#include "shell/MainWindow.h"

#include "shell/FetchController.h"
#include "shell/PackagesPage.h"
#include "shell/WindowSettings.h"

namespace tierdesk {

void MainWindow::setTierConfig(const TierConfig &config)
{
    m_fixedConfig = true;
    applyTierConfig(config);
}

void MainWindow::useStoredTierConfig()
{
    m_fixedConfig = false;
    const TierConfig config = WindowSettings::tierConfigFor(m_demo ? QString() : m_path);
    const bool changed = config.tiers != m_config.tiers || config.remote != m_config.remote;
    applyTierConfig(config);
    if (changed && !m_path.isEmpty())
        reload();
}

void MainWindow::applyTierConfig(const TierConfig &config)
{
    m_config = config;
    m_fetch->setDefaultRemote(config.remote);
    m_packages->setTierConfig(config);
}

} // namespace tierdesk
