// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The corpus of broken and hostile package storages (issue #14), built by the
// tests with libgit2 and raw objects. Each case breaks one item of a healthy
// three-tier storage and says which tier must report it, with what kind of
// problem and which words; everything else must load as before, and nothing of
// the repository may change. tst_hostile reads each with the library,
// tst_hostilecli with `tierdesk-cli index`.
#include "storage/StorageSnapshot.h"
#include "support/RepoBuilder.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

struct HostileRepo {
    ~HostileRepo();
    RepoBuilder builder;
    QTemporaryDir scratch;  // outside the repository: markers of commands that must never run
    QString marker() const { return scratch.filePath(QStringLiteral("ran")); }

    // snapshot: beta 2.1.0, gamma 0.1.0; staging: alpha 1.1.0, beta 2.0.0; production: alpha 1.0.0.
    bool makeHealthy();
    // "name@version" of every healthy version per tier.
    static QMap<QString, QStringList> healthyVersions();
    QString path() const { return builder.path(); }
    const tierdesk::git::Repository &repo() const { return builder.repo(); }
};

struct HostileCase {
    QString name;
    std::function<bool(HostileRepo &)> build;
    QString tier = {};       // the tier the problem belongs to; empty: no problem expected (it must simply load)
    QString kind = {};       // Problem::kindId, or empty when any kind will do
    QString words = {};      // part of the problem's message
    bool tierStillLoads = true; // the tier's healthy versions are all there despite the problem
    // More to check, on the snapshot read (null when the CLI read it); an explanation when it fails.
    std::function<QString(const HostileRepo &, const tierdesk::StorageSnapshot *)> extra = {};
};

// The whole corpus, in a stable order.
QList<HostileCase> hostileCases();
