// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What changed between two refs of a package storage (tags, branches or
// commits), package by package: the versions that came and went, and the
// changelog.yml entries in between. The text of a GitHub release
// (ReleaseNotesReport.h writes it). The repository is only read.
#include "core/Error.h"
#include "core/JobControl.h"
#include "release/TagReadiness.h"
#include "storage/Changelog.h"
#include "tierdesk_core_export.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace tierdesk {

struct PackageNotes {
    ChangeKind kind = ChangeKind::Updated; // added, updated (its version directories differ), removed
    QString name;
    QString title;               // from the newest manifest of the TO side (FROM's when removed)
    QString from;                // FROM's newest version; empty when added
    QString to;                  // TO's newest version; empty when removed
    QStringList addedVersions;   // version directories in TO only, lowest first
    QStringList removedVersions; // version directories in FROM only, lowest first
    // TO's newest version's changelog.yml: the entries after `from` up to `to`, newest first.
    QList<ChangelogEntry> entries;
    QString changelogProblem; // why the entries could not be read; empty when read (or simply absent)
};

struct TIERDESK_CORE_EXPORT ReleaseNotes {
    QString from; // as given
    QString to;
    QString fromName; // the ref without refs/tags/ or refs/heads/, else the revision
    QString toName;
    git::ObjectId fromCommit;
    git::ObjectId toCommit;
    QList<PackageNotes> packages; // changed ones, by name
    int unchanged = 0;            // packages in both with the same version directories

    int count(ChangeKind kind) const;
};

// The notes between `from` and `to` (each a tag, branch or commit).
[[nodiscard]] TIERDESK_CORE_EXPORT Result<ReleaseNotes> buildReleaseNotes(const git::Repository &repo,
                                                                          const QString &from, const QString &to,
                                                                          std::shared_ptr<VersionCache> cache = {},
                                                                          const JobControl &job = {});
// Opens its own repository, so it may run on any thread.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<ReleaseNotes> buildReleaseNotes(const QString &repositoryPath,
                                                                          const QString &from, const QString &to,
                                                                          std::shared_ptr<VersionCache> cache = {},
                                                                          const JobControl &job = {});

} // namespace tierdesk
