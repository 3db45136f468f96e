#pragma once
// Running blocking git/network work off the GUI thread. The worker reports
// progress into a shared state that the GUI polls, so a worker never touches a
// widget that may already be gone, and Cancel only flips an atomic flag.
#include "core/Error.h"
#include "core/JobControl.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <type_traits>

namespace tierdesk {

struct JobState {
    std::atomic_bool cancelled{false};
    mutable QMutex mutex;
    int done = 0;
    int total = 0;
    QString what;

    // Callbacks for the worker thread.
    JobControl control(const std::shared_ptr<JobState> &self) const
    {
        JobControl job;
        job.isCancelled = [self] { return self->cancelled.load(); };
        job.progress = [self](int d, int t, const QString &w) {
            QMutexLocker lock(&self->mutex);
            self->done = d;
            self->total = t;
            self->what = w;
        };
        return job;
    }
};

// Runs `work` on the thread pool and `done(result)` on `context`'s thread,
// unless `context` is gone by then.
template <class Work, class Done>
void runInBackground(QObject *context, Work work, Done done)
{
    using T = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace tierdesk
