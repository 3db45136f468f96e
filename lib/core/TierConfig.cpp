// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TierConfig.h"

namespace tierdesk {

QStringList TierConfig::candidateRefs(const QString &tier) const
{
    const QString local = QStringLiteral("refs/heads/") + tier;
    const QString remoteRef = QStringLiteral("refs/remotes/") + remote + u'/' + tier;
    switch (source) {
    case RefSource::Local: return {local};
    case RefSource::Remote: return {remoteRef};
    case RefSource::Auto: break;
    }
    return {local, remoteRef};
}

} // namespace tierdesk
