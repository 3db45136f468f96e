// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A problem belongs to the one item it concerns; everything else still loads.
#include "tierdesk_core_export.h"

#include <QList>
#include <QString>

namespace tierdesk {

enum class ProblemKind {
    ManifestMissing,     // no manifest.yml in a version directory
    ManifestInvalid,     // not valid YAML, or not a mapping
    ManifestMismatch,    // name/version in the manifest differ from the directory
    ManifestField,       // a required field is missing or has the wrong type
    InvalidConstraint,   // conditions.kibana.version does not parse
    NotAVersion,         // a directory below packages/<name>/ is not a semantic version
    MissingObject,       // an object the tree points to is absent from the repository
    UnexpectedEntry,     // a file, symlink or submodule where a directory belongs
    NoPackagesDirectory, // the tier has no packages/ tree
    CorruptObject,       // an object is there but cannot be read (damaged)
    UnsafeName,          // a directory name that cannot be a package or version (.., .git, a/b, not UTF-8)
    TierUnreadable,      // the tier branch does not lead to a readable commit (missing, damaged, a blob)
};

struct TIERDESK_CORE_EXPORT Problem {
    ProblemKind kind;
    QString message; // a sentence a person understands
    QString path;    // repository path it concerns, e.g. packages/foo/1.0.0/manifest.yml

    // A stable identifier for JSON and tests ("manifest-missing", ...).
    static QString kindId(ProblemKind kind);
};

using Problems = QList<Problem>;

} // namespace tierdesk
