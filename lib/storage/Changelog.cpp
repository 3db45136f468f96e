// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Changelog.h"
#include "core/Tr.h"

#include "core/Version.h"
#include "storage/YamlScalar.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace tierdesk {

namespace {
// The messages were first the manifest diff's: their translations are filed under its context.
namespace Tr = trcontext::ManifestDiff;

ChangelogEntry entryOf(const yaml::Node &entry)
{
    ChangelogEntry e;
    e.version = yamlScalar(entry["version"]);
    if (const yaml::Node changes = entry["changes"]; changes.isSequence()) {
        for (qsizetype i = 0; i < changes.size(); ++i) {
            if (const yaml::Node c = changes[i]; c.isMapping())
                e.changes.append({yamlScalar(c["description"]), yamlScalar(c["type"]), yamlScalar(c["link"])});
        }
    }
    return e;
}
} // namespace

Result<Changelog> Changelog::parse(const QByteArray &yaml)
{
    const auto doc = yaml::Document::parse(yaml);
    if (!doc) {
        if (doc.error().limit)
            return fail(Tr::tr("changelog.yml is beyond what Tierdesk reads (%1).")
                            .arg(yaml::Document::describe(doc.error())));
        return fail(Tr::tr("changelog.yml is not valid YAML (line %1: %2).").arg(doc.error().line).arg(doc.error().message));
    }
    const yaml::Node root = doc->root();
    if (!root.isSequence())
        return fail(Tr::tr("changelog.yml is not a list of versions."));
    Changelog log;
    for (qsizetype i = 0; i < root.size(); ++i) {
        if (root[i].isMapping())
            log.entries.append(entryOf(root[i]));
    }
    return log;
}

const ChangelogEntry *Changelog::entry(const QString &version) const
{
    for (const ChangelogEntry &e : entries)
        if (e.version == version)
            return &e;
    const auto wanted = Version::parseLoose(version);
    if (!wanted)
        return nullptr;
    for (const ChangelogEntry &e : entries)
        if (const auto v = Version::parseLoose(e.version); v && *v == *wanted)
            return &e;
    return nullptr;
}

QList<ChangelogEntry> Changelog::entriesBetween(const QString &after, const QString &upTo) const
{
    const auto from = after.isEmpty() ? std::nullopt : Version::parseLoose(after);
    const auto to = Version::parseLoose(upTo);
    if (!to || (!after.isEmpty() && !from))
        return {};
    QList<std::pair<Version, const ChangelogEntry *>> inRange;
    for (const ChangelogEntry &e : entries) {
        const auto v = Version::parseLoose(e.version);
        if (v && *v <= *to && (!from || *v > *from))
            inRange.append({*v, &e});
    }
    std::ranges::stable_sort(inRange, std::greater<>{}, [](const auto &p) { return p.first; });
    QList<ChangelogEntry> result;
    for (const auto &[version, e] : inRange)
        result.append(*e);
    return result;
}

} // namespace tierdesk
