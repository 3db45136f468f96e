// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TierConfig.h"

#include "core/Tr.h"
#include "git/Git.h"

#include <QSet>

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

namespace {
namespace Tr = trcontext::Settings;
} // namespace

QString TierConfig::checkTiers(const QStringList &lowestFirst)
{
    if (lowestFirst.size() < 2)
        return Tr::tr("Name at least two tiers: one to promote from and one to promote to.");
    git::ensureInitialized();
    QSet<QString> seen;
    for (const QString &tier : lowestFirst) {
        if (tier.trimmed().isEmpty())
            return Tr::tr("A tier needs a name.");
        int valid = 0;
        const QByteArray name = tier.toUtf8();
        if (git_branch_name_is_valid(&valid, name.constData()) < 0 || !valid || tier.contains(u'/'))
            return Tr::tr("“%1” is not a valid branch name.").arg(tier);
        if (seen.contains(tier))
            return Tr::tr("“%1” is named twice.").arg(tier);
        seen.insert(tier);
    }
    return {};
}

} // namespace tierdesk
