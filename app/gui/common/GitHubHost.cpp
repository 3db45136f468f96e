// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/GitHubHost.h"

#include "git/Credentials.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace tierdesk {

QString configuredGitHubHost()
{
    const QString stored = QSettings().value(u"github/host"_s).toString().trimmed();
    // An empty setting means github.com, not whatever the environment says.
    return chosenGitHubHost(stored.isEmpty() ? GitCredentials::defaultGitHubHost() : stored);
}

} // namespace tierdesk
