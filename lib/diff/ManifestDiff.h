// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a comparison changes for users: manifest fields and new changelog entries.
#include "core/Error.h"
#include "git/Repository.h"
#include "storage/Changelog.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tierdesk {

enum class FieldChange { Changed, Added, Removed };

struct ManifestFieldChange {
    // "version", "conditions.kibana.version", "owner.github", or the path of a key inside a nested
    // field: "policy_templates[nginx].inputs[logfile].vars[paths].default", "vars[0]".
    QString key;
    QString label;    // for people: "Kibana constraint", or the path
    QString oldValue; // empty when the field is absent
    QString newValue;
    FieldChange change = FieldChange::Changed;
};

// "changed", "added", "removed".
TIERDESK_CORE_EXPORT QString fieldChangeId(FieldChange change);

struct TIERDESK_CORE_EXPORT ManifestSummary {
    QString oldVersion; // the manifests' versions (empty when unreadable)
    QString newVersion;
    QList<ManifestFieldChange> fields;
    // Entries whose version is above the old version and at most the new one,
    // or that the old changelog does not have; in the new file's order.
    QList<ChangelogEntry> changelogAdded;
    // Entries of the old changelog the new one lacks (comparing towards an older version).
    QList<ChangelogEntry> changelogRemoved;
    QStringList notes; // manifest or changelog missing or unreadable

    bool isEmpty() const { return fields.isEmpty() && changelogAdded.isEmpty() && changelogRemoved.isEmpty(); }
    const ManifestFieldChange *field(const QString &key) const;

    // Empty arrays stand for absent files.
    static ManifestSummary compare(const QByteArray &oldManifest, const QByteArray &newManifest,
                                   const QByteArray &oldChangelog, const QByteArray &newChangelog);
    // Reads manifest.yml and changelog.yml at the top of both version trees (a null id: absent).
    [[nodiscard]] static Result<ManifestSummary> read(const git::Repository &repo, const git::ObjectId &oldTree,
                                                      const git::ObjectId &newTree);
};

} // namespace tierdesk
