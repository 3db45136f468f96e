// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The GitHub host the window's settings name (github/host): the only host
// the GitHub token is sent to, over HTTPS.
#include <QString>

namespace tierdesk {

// github.com unless the settings name an Enterprise host. Reading QSettings is
// safe on any thread.
QString configuredGitHubHost();

} // namespace tierdesk
