// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/StorageLoader.h"

#include "common/BackgroundJob.h"
#include "demo/DemoStorage.h"
#include "storage/StorageReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace tierdesk {

namespace {

// The demo storage is created where the request says, when it is not there yet.
Result<QString> repositoryOf(const LoadRequest &request, const JobControl &job)
{
    if (!request.demo)
        return request.path;
    job.progress(0, 0, QCoreApplication::translate("StorageLoader", "Preparing the demo storage…"));
    return DemoStorage::ensure(request.path);
}

std::shared_ptr<LoadedStorage> analyzed(StorageSnapshot snapshot, const QString &path, const LoadRequest &request,
                                        const std::shared_ptr<VersionCache> &cache)
{
    auto storage = std::make_shared<LoadedStorage>(LoadedStorage::analyze(std::move(snapshot), cache));
    storage->repositoryPath = path;
    storage->demo = request.demo;
    if (auto repo = git::Repository::open(path))
        storage->remotes = repo->remoteNames();
    return storage;
}

// Runs on a worker; empty when cancelled.
std::optional<LoadOutcome> load(const LoadRequest &request, const std::shared_ptr<VersionCache> &cache,
                                const std::shared_ptr<JobState> &state)
{
    if (state->cancelled)
        return std::nullopt;
    QElapsedTimer clock;
    clock.start();
    const JobControl job = state->control(state);
    LoadOutcome outcome;
    outcome.path = request.path;
    outcome.demo = request.demo;
    const auto path = repositoryOf(request, job);
    if (!path) {
        outcome.error = path.error();
        return outcome;
    }
    outcome.path = *path;

    job.progress(0, 0, QCoreApplication::translate("StorageLoader", "Reading the tiers…"));
    StorageReader reader(cache);
    const StorageSnapshot *previous = request.previous ? &request.previous->snapshot : nullptr;
    auto snapshot = reader.read(outcome.path, request.config, job, previous);
    const qint64 readMs = clock.elapsed();
    if (state->cancelled)
        return std::nullopt;
    if (!snapshot) {
        outcome.error = snapshot.error();
        return outcome;
    }
    job.progress(0, 0, QCoreApplication::translate("StorageLoader", "Comparing the tiers…"));
    auto storage = analyzed(std::move(*snapshot), outcome.path, request, cache);
    storage->parsedCount = reader.parsedCount();
    storage->elapsedMs = clock.elapsed();
    storage->readMs = readMs;
    outcome.storage = std::move(storage);
    return outcome;
}

} // namespace

StorageLoader::StorageLoader(QObject *parent)
    : QObject(parent)
    , m_cache(std::make_shared<VersionCache>())
{
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &StorageLoader::pollProgress);
}

StorageLoader::~StorageLoader()
{
    // Workers hold only their own copies and shared state, so they may finish after this.
    cancel();
}

void StorageLoader::start(const LoadRequest &request)
{
    cancel(); // a load still running ends later, and its result is dropped as stale
    m_job = std::make_shared<JobState>();
    m_reported = {};
    m_currentPath = request.path;
    const quint64 generation = ++m_generation;
    const QString path = request.path;
    runInBackground(this, [request, cache = m_cache, job = m_job] { return load(request, cache, job); },
                    [this, generation, path](const std::optional<LoadOutcome> &outcome) {
                        onLoadEnded(generation, path, outcome);
                    });
    m_progressTimer.start();
    Q_EMIT started(path);
}

void StorageLoader::cancel()
{
    if (m_job)
        m_job->cancelled = true;
}

void StorageLoader::pollProgress()
{
    if (!m_job)
        return;
    Reported now;
    {
        QMutexLocker lock(&m_job->mutex);
        now = {m_job->done, m_job->total, m_job->what};
    }
    if (now == m_reported)
        return;
    m_reported = now;
    Q_EMIT progressChanged(now.done, now.total, now.what);
}

void StorageLoader::onLoadEnded(quint64 generation, const QString &path, const std::optional<LoadOutcome> &outcome)
{
    if (generation != m_generation) {
        Q_EMIT staleResultDropped(path);
        return;
    }
    const bool wasCancelled = m_job->cancelled || !outcome;
    m_job.reset();
    m_currentPath.clear();
    m_progressTimer.stop();
    if (wasCancelled) {
        Q_EMIT cancelled(path);
        return;
    }
    Q_EMIT finished(*outcome);
}

} // namespace tierdesk
