// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Manifest.h"

#include "core/Tr.h"
#include "storage/YamlScalar.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::Manifest;

const QString manifestFile = u"manifest.yml"_s;

// Reads `key` of a mapping as a string, recording a problem when it has the wrong shape.
QString field(const yaml::Node &map, const char *key, Problems &problems)
{
    const yaml::Node node = map[key];
    if (node.isAbsent() || node.isNull())
        return {};
    if (!node.isScalar()) {
        problems.append({ProblemKind::ManifestField,
                         Tr::tr("The manifest field “%1” should be a single value.").arg(QLatin1StringView(key)),
                         manifestFile});
        return {};
    }
    return yamlScalar(node);
}

// conditions.kibana.version may be written dotted or nested.
QString kibanaVersion(const yaml::Node &conditions, Problems &problems)
{
    if (!conditions.isMapping())
        return {};
    if (const yaml::Node dotted = conditions["kibana.version"]; dotted && !dotted.isNull())
        return field(conditions, "kibana.version", problems);
    const yaml::Node kibana = conditions["kibana"];
    if (kibana.isMapping())
        return field(kibana, "version", problems);
    return {};
}

// The problem of a text that is not acceptable YAML: its position when it has one.
Problem invalidYaml(const yaml::ParseError &e)
{
    if (e.limit)
        return {ProblemKind::ManifestInvalid,
                Tr::tr("The manifest is beyond what Tierdesk reads (%1).").arg(yaml::Document::describe(e)),
                manifestFile};
    return {ProblemKind::ManifestInvalid,
            Tr::tr("The manifest is not valid YAML (line %1, column %2: %3).").arg(e.line).arg(e.column).arg(e.message),
            manifestFile};
}

void readFields(const yaml::Node &root, Manifest &m, Problems &p)
{
    m.name = field(root, "name", p);
    m.title = field(root, "title", p);
    m.version = field(root, "version", p);
    m.type = field(root, "type", p);
    m.release = field(root, "release", p);
    m.description = field(root, "description", p);
    m.formatVersion = field(root, "format_version", p);
    m.kibanaVersion = kibanaVersion(root["conditions"], p);
    if (const yaml::Node owner = root["owner"]; owner.isMapping())
        m.ownerGithub = field(owner, "github", p);
    if (const yaml::Node cats = root["categories"]; cats.isSequence()) {
        for (qsizetype i = 0; i < cats.size(); ++i)
            if (cats[i].isScalar())
                m.categories.append(yamlScalar(cats[i]));
    }
    if (const yaml::Node icons = root["icons"]; icons.isSequence()) {
        for (qsizetype i = 0; i < icons.size(); ++i) {
            const yaml::Node icon = icons[i];
            if (icon.isMapping())
                m.icons.append({field(icon, "src", p), field(icon, "title", p), field(icon, "size", p),
                                field(icon, "type", p)});
        }
    }
}
} // namespace

ManifestParse ManifestParse::parse(const QByteArray &yaml)
{
    ManifestParse result;
    const auto doc = yaml::Document::parse(yaml);
    if (!doc) {
        result.problems.append(invalidYaml(doc.error()));
        return result;
    }
    const yaml::Node root = doc->root();
    if (!root.isMapping()) {
        result.problems.append(
            {ProblemKind::ManifestInvalid, Tr::tr("The manifest is not a YAML mapping of fields."), manifestFile});
        return result;
    }
    result.ok = true;
    Manifest &m = result.manifest;
    Problems &p = result.problems;
    readFields(root, m, p);
    if (m.name.isEmpty())
        p.append({ProblemKind::ManifestField, Tr::tr("The manifest has no “name”."), manifestFile});
    if (m.version.isEmpty())
        p.append({ProblemKind::ManifestField, Tr::tr("The manifest has no “version”."), manifestFile});
    return result;
}

} // namespace tierdesk
