// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Parsed manifests that survive the process: a second run on an unchanged
// repository reads no manifest and parses nothing. Keyed by the manifest's blob
// id (and the version tree that holds it), so an entry can never be stale. It
// lives in the user's cache directory, never in the repository, and is
// checked whole when read: a corrupt, truncated, foreign (other format or
// language) file is ignored and written anew.
#include "git/ObjectId.h"
#include "storage/Manifest.h"
#include "tierdesk_core_export.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

namespace tierdesk {

class TIERDESK_CORE_EXPORT ManifestStore {
public:
    // The store of the repository whose git directory is `gitDir`, in the user's cache directory.
    static QString fileFor(const QString &gitDir);
    // The process's one store for that repository, read on first use; shared by every reader.
    // Null when the environment sets TIERDESK_NO_MANIFEST_STORE=1.
    static std::shared_ptr<ManifestStore> forRepository(const QString &gitDir);

    // Reads `file` when it is a valid store, on first use (a start whose tiers are all
    // in the SnapshotStore never needs it); else starts empty (and says so through wasRejected()).
    explicit ManifestStore(QString file);

    struct Hit {
        git::ObjectId blob;
        std::shared_ptr<const ManifestParse> parse;
    };
    // What the version tree `tree` holds as manifest.yml, when known.
    std::optional<Hit> find(const git::ObjectId &tree) const;
    void insert(const git::ObjectId &tree, const git::ObjectId &blob, std::shared_ptr<const ManifestParse> parse);

    // Writes the file when something was added (atomically; a failure only costs the next run time).
    bool save();

    qsizetype size() const;
    bool wasRejected() const; // a file was there but not trusted

private:
    bool load();
    void ensureLoaded() const; // with m_mutex held

    QString m_file;
    mutable QMutex m_mutex;
    QHash<git::ObjectId, git::ObjectId> m_blobOfTree;
    QHash<git::ObjectId, std::shared_ptr<const ManifestParse>> m_parseOfBlob;
    mutable bool m_loaded = false;
    mutable bool m_dirty = false;
    mutable bool m_rejected = false;
};

} // namespace tierdesk
