// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/IndexJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
QJsonArray problemsToJson(const Problems &problems)
{
    QJsonArray out;
    for (const Problem &p : problems)
        out.append(QJsonObject{{u"kind"_s, Problem::kindId(p.kind)}, {u"message"_s, p.message}, {u"path"_s, p.path}});
    return out;
}

QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }
} // namespace

QJsonObject indexToJson(const StorageSnapshot &snapshot, const DistributionAnalysis &analysis)
{
    QJsonArray tiers;
    QJsonArray versions;
    for (const TierState &t : snapshot.tiers) {
        QJsonObject tier{{u"name"_s, t.name}, {u"present"_s, t.present()}};
        if (t.present()) {
            tier.insert(u"ref"_s, t.refName);
            tier.insert(u"commit"_s, t.head.id.toHex());
            tier.insert(u"commitDate"_s, t.head.commitTime.toString(Qt::ISODate));
            tier.insert(u"subject"_s, t.head.subject);
            tier.insert(u"packages"_s, int(t.packageNames().size()));
            tier.insert(u"versions"_s, int(t.versions.size()));
            tier.insert(u"registryVersion"_s, orNull(t.registryVersion));
            tier.insert(u"problems"_s, problemsToJson(t.problems));
        }
        tiers.append(tier);
        for (const PackageVersion &v : t.versions) {
            const Manifest *m = v.manifest.get();
            versions.append(QJsonObject{
                {u"tier"_s, v.tier},
                {u"name"_s, v.name},
                {u"version"_s, v.versionText},
                {u"tree"_s, v.tree.toHex()},
                {u"title"_s, m ? orNull(m->title) : QJsonValue()},
                {u"release"_s, m ? orNull(m->release) : QJsonValue()},
                {u"kibana"_s, m ? orNull(m->kibanaVersion) : QJsonValue()},
                {u"owner"_s, m ? orNull(m->ownerGithub) : QJsonValue()},
                {u"role"_s, copyRoleId(analysis.roleOf(v.tier, v.name, v.versionText))},
                {u"problems"_s, problemsToJson(v.problems)},
            });
        }
    }
    QJsonArray duplicates;
    for (const Duplicate &d : analysis.duplicates) {
        QJsonArray copies;
        for (const VersionCopy &c : d.copies) {
            QJsonObject copy{{u"tier"_s, c.tier}, {u"tree"_s, c.tree.toHex()}, {u"role"_s, copyRoleId(c.role)}};
            // How a shadowed copy differs from the served one, once its trees were read.
            if (c.difference)
                copy.insert(u"difference"_s, diffKindsId(c.difference));
            copies.append(copy);
        }
        duplicates.append(QJsonObject{{u"name"_s, d.name},
                                      {u"version"_s, d.version},
                                      {u"classification"_s, d.identical() ? u"identical"_s : u"different"_s},
                                      {u"copies"_s, copies}});
    }
    QJsonArray distributions;
    for (const Distribution &d : analysis.distributions)
        distributions.append(QJsonObject{{u"tier"_s, d.tier},
                                         {u"sources"_s, QJsonArray::fromStringList(d.sourceTiers)},
                                         {u"versions"_s, int(d.served.size())}});
    return QJsonObject{{u"repository"_s, snapshot.repositoryPath},
                       {u"tiers"_s, tiers},
                       {u"versions"_s, versions},
                       {u"duplicates"_s, duplicates},
                       {u"distributions"_s, distributions}};
}

} // namespace tierdesk
