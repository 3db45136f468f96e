#include "TierSummary.h"

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

} // namespace tierdesk
