// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TierSummary.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tierdesk {

bool TierSummary::registryVersionsDiffer(const StorageSnapshot &snapshot)
{
    QSet<QString> versions;
    for (const TierState &t : snapshot.tiers)
        if (t.present() && !t.registryVersion.isEmpty())
            versions.insert(t.registryVersion);
    return versions.size() > 1;
}

QString TierSummary::registryWarning(const StorageSnapshot &snapshot)
{
    if (!registryVersionsDiffer(snapshot))
        return {};
    QStringList parts;
    for (const TierState &t : snapshot.tiers) {
        if (!t.present())
            continue;
        parts.append(t.registryVersion.isEmpty()
                         ? QCoreApplication::translate("TierSummary", "%1 none").arg(t.name)
                         : t.name + u' ' + t.registryVersion);
    }
    return QCoreApplication::translate("TierSummary", "The tiers use different package-registry versions: %1.")
        .arg(parts.join(u", "_s));
}

QString TierSummary::trackingText(const TierState &tier)
{
    if (tier.trackingRef.isEmpty())
        return {};
    const QString upstream = tier.trackingRef.mid(QStringLiteral("refs/remotes/").size());
    QStringList parts;
    if (tier.behind > 0)
        parts.append(QCoreApplication::translate("TierSummary", "%n commit(s) behind", nullptr, tier.behind));
    if (tier.ahead > 0)
        parts.append(QCoreApplication::translate("TierSummary", "%n commit(s) ahead", nullptr, tier.ahead));
    if (parts.isEmpty())
        parts.append(QCoreApplication::translate("TierSummary", "up to date"));
    return upstream + u": "_s + parts.join(u", "_s);
}

QString TierSummary::staleBranchesNote(const StorageSnapshot &snapshot)
{
    QStringList behind;
    for (const TierState &t : snapshot.tiers)
        if (t.behind > 0)
            behind.append(QCoreApplication::translate("TierSummary", "%1 (%n behind)", nullptr, t.behind).arg(t.name));
    if (behind.isEmpty())
        return {};
    return QCoreApplication::translate("TierSummary",
                                       "The local branch(es) %1 are behind %2: Tierdesk shows the local branches. "
                                       "Update them with git to see what was fetched.",
                                       nullptr, int(behind.size()))
        .arg(behind.join(u", "_s), snapshot.config.remote);
}

} // namespace tierdesk
