#include "shell/StorageLoader.h"

#include "demo/DemoStorage.h"
#include "storage/StorageReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace tierdesk {

// The newest progress report of one load; written by the worker, polled by the
// GUI, so a fast reader never floods the event loop.
struct LoadProgress {
    QMutex mutex;
    quint64 serial = 0;
    int done = 0;
    int total = 0;
    QString what;

    void report(int d, int t, const QString &w)
    {
        QMutexLocker lock(&mutex);
        ++serial;
        done = d;
        total = t;
        what = w;
    }
};

namespace {

void load(QPromise<LoadOutcome> &promise, const LoadRequest &request, const std::shared_ptr<VersionCache> &cache,
          const std::shared_ptr<LoadProgress> &progress)
{
    QElapsedTimer clock;
    clock.start();
    LoadOutcome outcome;
    outcome.path = request.path;
    outcome.demo = request.demo;

    if (request.demo) {
        progress->report(0, 0, QCoreApplication::translate("StorageLoader", "Preparing the demo storage…"));
        auto path = DemoStorage::ensure(request.path);
        if (!path) {
            outcome.error = path.error();
            promise.addResult(outcome);
            return;
        }
        outcome.path = *path;
    }

    JobControl job;
    job.isCancelled = [&promise] { return promise.isCanceled(); };
    job.progress = [&progress](int done, int total, const QString &what) { progress->report(done, total, what); };

    progress->report(0, 0, QCoreApplication::translate("StorageLoader", "Reading the tiers…"));
    StorageReader reader(cache);
    const StorageSnapshot *previous = request.previous ? &request.previous->snapshot : nullptr;
    auto snapshot = reader.read(outcome.path, request.config, job, previous);
    if (promise.isCanceled())
        return;
    if (!snapshot) {
        outcome.error = snapshot.error();
        promise.addResult(outcome);
        return;
    }
    progress->report(0, 0, QCoreApplication::translate("StorageLoader", "Comparing the tiers…"));
    auto storage = std::make_shared<LoadedStorage>(LoadedStorage::analyze(std::move(*snapshot), cache));
    storage->repositoryPath = outcome.path;
    storage->demo = request.demo;
    if (auto repo = git::Repository::open(outcome.path))
        storage->remotes = repo->remoteNames();
    storage->parsedCount = reader.parsedCount();
    storage->elapsedMs = clock.elapsed();
    outcome.storage = std::move(storage);
    promise.addResult(outcome);
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
    if (m_current) {
        m_current->cancel(); // its finished() arrives later and is dropped as stale
        m_current = nullptr;
    }
    m_progress = std::make_shared<LoadProgress>();
    m_lastProgressSerial = 0;
    m_currentPath = request.path;

    auto *watcher = new QFutureWatcher<LoadOutcome>(this);
    const QString path = request.path;
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, path] { onWatcherFinished(watcher, path); });
    m_current = watcher;
    watcher->setFuture(QtConcurrent::run(
        [request, cache = m_cache, progress = m_progress](QPromise<LoadOutcome> &promise) {
            load(promise, request, cache, progress);
        }));
    m_progressTimer.start();
    Q_EMIT started(path);
}

void StorageLoader::cancel()
{
    if (m_current)
        m_current->cancel();
}

void StorageLoader::pollProgress()
{
    if (!m_progress)
        return;
    int done, total;
    QString what;
    {
        QMutexLocker lock(&m_progress->mutex);
        if (m_progress->serial == m_lastProgressSerial)
            return;
        m_lastProgressSerial = m_progress->serial;
        done = m_progress->done;
        total = m_progress->total;
        what = m_progress->what;
    }
    Q_EMIT progressChanged(done, total, what);
}

void StorageLoader::onWatcherFinished(QFutureWatcher<LoadOutcome> *watcher, const QString &path)
{
    watcher->deleteLater();
    if (watcher != m_current) {
        Q_EMIT staleResultDropped(path);
        return;
    }
    m_current = nullptr;
    m_currentPath.clear();
    m_progressTimer.stop();
    m_progress.reset();
    const QFuture<LoadOutcome> future = watcher->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT cancelled(path);
        return;
    }
    Q_EMIT finished(future.result());
}

} // namespace tierdesk
