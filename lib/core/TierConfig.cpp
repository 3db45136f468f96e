// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TierConfig.h"

#include "core/Tr.h"

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::TierConfig;

bool plainBranchName(const QString &name)
{
    // One path component: a tier is never a namespace (nor inside Tierdesk's own tierdesk/).
    if (name.isEmpty() || name.contains(u'/') || name.startsWith(u'-') || name.startsWith(u'.') || name.contains(u"..") || name.endsWith(u'/')
        || name.endsWith(u".lock"_s))
        return false;
    for (const QChar c : name)
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f || u"~^:?*[\\"_s.contains(c))
            return false;
    return true;
}
} // namespace

Status TierConfig::validate() const
{
    if (tiers.isEmpty())
        return fail(Tr::tr("No tiers are configured: name at least one tier branch."));
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        if (tiers.at(i).trimmed().isEmpty())
            return fail(Tr::tr("A tier needs a name."));
        if (!plainBranchName(tiers.at(i)))
            return fail(Tr::tr("“%1” is not a branch name a tier can have.").arg(tiers.at(i)));
        if (tiers.indexOf(tiers.at(i)) != i)
            return fail(Tr::tr("The tier “%1” is named more than once; each tier is one branch, named once.")
                            .arg(tiers.at(i)));
    }
    return {};
}

Result<QStringList> TierConfig::parseTierList(const QString &commaSeparated)
{
    TierConfig config;
    config.tiers.clear();
    for (const QString &t : commaSeparated.split(u',', Qt::SkipEmptyParts))
        config.tiers.append(t.trimmed());
    if (auto valid = config.validate(); !valid)
        return std::unexpected(valid.error());
    return config.tiers;
}

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

QString TierConfig::checkTiers(const QStringList &lowestFirst)
{
    if (lowestFirst.size() < 2)
        return Tr::tr("Name at least two tiers: one to promote from and one to promote to.");
    TierConfig config;
    config.tiers = lowestFirst;
    const Status valid = config.validate();
    return valid ? QString() : valid.error().message;
}

} // namespace tierdesk
