// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a storage in the background: one worker per load, each opening its own
// repository; only the newest load's result is delivered. Every load shares the
// loader's VersionCache, which the storages it delivers carry.
#include "core/Error.h"
#include "common/LoadedStorage.h"
#include "core/TierConfig.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace tierdesk {

class VersionCache;
struct JobState;

struct LoadRequest {
    QString path;      // the repository; for the demo, where it is (or will be) created
    bool demo = false; // create the demo storage at `path` first when it is not there
    TierConfig config;
    std::shared_ptr<const LoadedStorage> previous; // unchanged tiers are reused from it
};

struct LoadOutcome {
    QString path;
    bool demo = false;
    std::shared_ptr<const LoadedStorage> storage; // null on failure
    Error error;
};

class StorageLoader : public QObject {
    Q_OBJECT

public:
    explicit StorageLoader(QObject *parent = nullptr);
    ~StorageLoader() override;

    // Starts a load; a load still running is cancelled and its result dropped.
    void start(const LoadRequest &request);
    void cancel();
    bool isLoading() const { return m_job != nullptr; }
    QString loadingPath() const { return m_currentPath; }
    // Shared by every load, so a reload parses only what changed.
    std::shared_ptr<VersionCache> cache() const { return m_cache; }

Q_SIGNALS:
    void started(const QString &path);
    void progressChanged(int done, int total, const QString &what);
    void finished(const tierdesk::LoadOutcome &outcome);
    void cancelled(const QString &path);
    // A load that was superseded by a newer one ended; its result was discarded.
    void staleResultDropped(const QString &path);

private:
    // `outcome` is empty when the load was cancelled.
    void onLoadEnded(quint64 generation, const QString &path, const std::optional<LoadOutcome> &outcome);
    void pollProgress();

    std::shared_ptr<VersionCache> m_cache;
    std::shared_ptr<JobState> m_job; // of the newest load, while it runs
    quint64 m_generation = 0;        // of the newest load: the others' results are stale
    QString m_currentPath;
    QTimer m_progressTimer;
    struct Reported {
        int done = 0;
        int total = 0;
        QString what;
        friend bool operator==(const Reported &, const Reported &) = default;
    };
    Reported m_reported; // the progress last passed on
};

} // namespace tierdesk
