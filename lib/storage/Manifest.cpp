// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Manifest.h"

#include "core/Tr.h"
#include "storage/YamlScalar.h"

#include <QCoreApplication>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::Manifest;

const QString manifestFile = u"manifest.yml"_s;

// Reads `key` of a mapping as a string, recording a problem when it has the wrong shape.
QString field(const YAML::Node &map, const char *key, Problems &problems)
{
    const YAML::Node node = map[key];
    if (!node || node.IsNull())
        return {};
    if (!node.IsScalar()) {
        problems.append({ProblemKind::ManifestField,
                         Tr::tr("The manifest field “%1” should be a single value.").arg(QLatin1StringView(key)),
                         manifestFile});
        return {};
    }
    return yamlScalar(node);
}

// conditions.kibana.version may be written dotted or nested.
QString kibanaVersion(const YAML::Node &conditions, Problems &problems)
{
    if (!conditions || !conditions.IsMap())
        return {};
    if (const YAML::Node dotted = conditions["kibana.version"]; dotted && !dotted.IsNull())
        return field(conditions, "kibana.version", problems);
    const YAML::Node kibana = conditions["kibana"];
    if (kibana && kibana.IsMap())
        return field(kibana, "version", problems);
    return {};
}
} // namespace

ManifestParse ManifestParse::parse(const QByteArray &yaml)
{
    ManifestParse result;
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml.constData(), size_t(yaml.size())));
    } catch (const YAML::Exception &e) {
        // e.mark is zero-based; people count lines from one.
        result.problems.append({ProblemKind::ManifestInvalid,
                                Tr::tr("The manifest is not valid YAML (line %1, column %2: %3).")
                                    .arg(e.mark.line + 1)
                                    .arg(e.mark.column + 1)
                                    .arg(QString::fromStdString(e.msg)),
                                manifestFile});
        return result;
    }
    if (!root.IsMap()) {
        result.problems.append(
            {ProblemKind::ManifestInvalid, Tr::tr("The manifest is not a YAML mapping of fields."), manifestFile});
        return result;
    }
    result.ok = true;
    Manifest &m = result.manifest;
    Problems &p = result.problems;
    try {
        m.name = field(root, "name", p);
        m.title = field(root, "title", p);
        m.version = field(root, "version", p);
        m.type = field(root, "type", p);
        m.release = field(root, "release", p);
        m.description = field(root, "description", p);
        m.formatVersion = field(root, "format_version", p);
        m.kibanaVersion = kibanaVersion(root["conditions"], p);
        if (const YAML::Node owner = root["owner"]; owner && owner.IsMap())
            m.ownerGithub = field(owner, "github", p);
        if (const YAML::Node cats = root["categories"]; cats && cats.IsSequence()) {
            for (const YAML::Node &c : cats)
                if (c.IsScalar())
                    m.categories.append(yamlScalar(c));
        }
        if (const YAML::Node icons = root["icons"]; icons && icons.IsSequence()) {
            for (const YAML::Node &i : icons) {
                if (!i.IsMap())
                    continue;
                m.icons.append({field(i, "src", p), field(i, "title", p), field(i, "size", p), field(i, "type", p)});
            }
        }
    } catch (const YAML::Exception &e) {
        p.append({ProblemKind::ManifestInvalid,
                  Tr::tr("The manifest could not be read: %1.").arg(QString::fromStdString(e.msg)), manifestFile});
    }
    if (m.name.isEmpty())
        p.append({ProblemKind::ManifestField, Tr::tr("The manifest has no “name”."), manifestFile});
    if (m.version.isEmpty())
        p.append({ProblemKind::ManifestField, Tr::tr("The manifest has no “version”."), manifestFile});
    return result;
}

} // namespace tierdesk
