// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fields of a package's manifest.yml that Tierdesk shows and checks.
#include "core/Problem.h"
#include "tierdesk_core_export.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tierdesk {

struct ManifestIcon {
    QString src;   // "/img/logo.svg", relative to the version directory
    QString title;
    QString size;
    QString type;  // "image/svg+xml"
};

struct TIERDESK_CORE_EXPORT Manifest {
    QString name;
    QString title;
    QString version;
    QString type;          // integration, input, ...
    QString release;       // experimental, beta, ga (empty when absent)
    QString description;
    QString formatVersion;
    QString kibanaVersion; // conditions.kibana.version, YAML quoting removed
    QString ownerGithub;   // owner.github, e.g. "elastic/integrations"
    QStringList categories;
    QList<ManifestIcon> icons;

    // The release stage as shown to users: "ga" when the manifest has none.
    QString releaseStage() const { return release.isEmpty() ? QStringLiteral("ga") : release; }
};

struct TIERDESK_CORE_EXPORT ManifestParse {
    bool ok = false;     // a mapping was read; fields may still have problems
    Manifest manifest;
    Problems problems;   // paths are relative to the version directory

    static ManifestParse parse(const QByteArray &yaml);
};

} // namespace tierdesk
