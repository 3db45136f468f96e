// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One packages/<name>/<version>/ directory of one tier.
#include "storage/Manifest.h"
#include "core/Problem.h"
#include "core/Version.h"
#include "core/VersionConstraint.h"
#include "git/ObjectId.h"

#include <QString>

#include <memory>
#include <optional>

namespace tierdesk {

struct PackageVersion {
    QString tier;
    QString name;                   // the package directory
    QString versionText;            // the version directory, as written
    std::optional<Version> version; // empty when the directory is not a version
    git::ObjectId tree;             // the version directory's tree: equal ids mean identical content
    std::shared_ptr<const Manifest> manifest; // null when missing or unreadable
    std::optional<VersionConstraint> kibana;  // parsed conditions.kibana.version
    git::ObjectId manifestBlob;               // manifest.yml's blob; null when there is none
    Problems problems;

    QString path() const { return QStringLiteral("packages/") + name + u'/' + versionText; }
    QString key() const { return name + u'@' + versionText; }
    bool hasProblems() const { return !problems.isEmpty(); }
};

} // namespace tierdesk
