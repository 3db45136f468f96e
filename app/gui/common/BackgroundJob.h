// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Running blocking git/network work off the GUI thread. The worker reports
// progress into a shared state that the GUI polls, so a worker never touches a
// widget that may already be gone, and Cancel only flips an atomic flag.
#include "core/Error.h"
#include "core/JobControl.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QThreadPool>
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
// Work nobody waits for (the tiers' history after a load) runs Behind: on a pool of its
// own whose threads yield the cores to the GUI thread and to the work a user waits for
// (nice 10 on Linux; a thread's priority cannot be raised again, hence its own pool).
enum class Urgency { Waited, Behind };
QThreadPool *behindPool();
void lowerThisThreadOnce();

template <class Work, class Done>
void runInBackground(QObject *context, Work work, Done done, Urgency urgency = Urgency::Waited)
{
    using T = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    if (urgency == Urgency::Behind)
        watcher->setFuture(QtConcurrent::run(behindPool(), [work = std::move(work)]() mutable {
            lowerThisThreadOnce();
            return work();
        }));
    else
        watcher->setFuture(QtConcurrent::run(std::move(work)));
}

// Turns true when a job's result is no longer wanted; the worker may stop early.
using CancelToken = std::shared_ptr<std::atomic_bool>;

// Background jobs of one kind of which only the latest counts: the file shown,
// the selected version's icon. Starting one tells the job under way to stop
// (through its CancelToken) and drops that job's result, or hands it to the
// `superseded` callback given with it where it is still worth keeping (a
// cache). cancel() drops it even from there: what it was for is gone.
//
// A member of the QObject its jobs are started with, used on its thread: the
// callbacks run there, and not at all once the object is gone.
class LatestJob {
public:
    LatestJob() = default;
    LatestJob(const LatestJob &) = delete;
    LatestJob &operator=(const LatestJob &) = delete;
    ~LatestJob() { cancel(); }

    // From start() until the latest job's result is delivered, supersede() or cancel().
    bool isRunning() const { return m_token != nullptr; }

    // `work()` or `work(CancelToken)` runs on the thread pool; `done(result)`
    // runs on the context's thread if this is still the latest job then,
    // else `superseded(result)` unless cancel() came in between.
    template <class Work, class Done, class Superseded = std::nullptr_t>
    void start(QObject *context, Work work, Done done, Superseded superseded = nullptr)
    {
        supersede();
        const quint64 generation = m_generation;
        CancelToken token = std::make_shared<std::atomic_bool>(false);
        m_token = token;
        runInBackground(
            context, [work = std::move(work), token]() mutable { return runWork(work, token); },
            [this, generation, done = std::move(done), superseded = std::move(superseded)](const auto &result) {
                if (generation == m_generation) {
                    m_token.reset();
                    done(result);
                } else if constexpr (!std::is_null_pointer_v<Superseded>) {
                    if (generation >= m_keepFrom)
                        superseded(result);
                }
            });
    }

    // The job under way is no longer the latest: told to stop, its result goes to `superseded`.
    void supersede()
    {
        if (m_token)
            *m_token = true;
        m_token.reset();
        ++m_generation;
    }

    // The job under way is told to stop and its result dropped.
    void cancel()
    {
        supersede();
        m_keepFrom = m_generation;
    }

private:
    template <class Work>
    static auto runWork(Work &work, const CancelToken &token)
    {
        if constexpr (std::is_invocable_v<Work &, const CancelToken &>)
            return work(token);
        else
            return work();
    }

    quint64 m_generation = 0; // the latest job's; every start, supersede and cancel moves it on
    quint64 m_keepFrom = 0;   // superseded results of jobs started before this are dropped
    CancelToken m_token;      // the latest job's, while it runs
};

} // namespace tierdesk
