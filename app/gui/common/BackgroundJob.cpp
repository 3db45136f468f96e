// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BackgroundJob.h"

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace tierdesk {

QThreadPool *behindPool()
{
    // Destroyed at exit like the global pool, waiting for what still runs.
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() / 2));
        return true;
    }();
    (void)sized;
    return &pool;
}

void lowerThisThreadOnce()
{
#ifdef Q_OS_LINUX
    // Per thread: Linux keeps a nice value for each thread, and new threads inherit it.
    // Ten below the thread's own (nice is relative: `nice tierdesk` stays below the rest).
    thread_local const bool lowered =
        setpriority(PRIO_PROCESS, gettid(), std::min(19, getpriority(PRIO_PROCESS, gettid()) + 10)) == 0;
    (void)lowered;
#endif
}

} // namespace tierdesk
