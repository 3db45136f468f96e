// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// LatestJob, the views' one way to run "only the latest counts" work: the
// latest result reaches `done`, a superseded one `superseded` (its worker told
// to stop), a cancelled one nothing; each job is held at a gate, so the order
// in which they finish is the test's, not the scheduler's.
#include "common/BackgroundJob.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>


using namespace tierdesk;

namespace {
// Work that waits for its gate, then returns `value` and what its token said.
struct Gated {
    QSemaphore gate;
    std::atomic_bool sawCancel{false};
    std::atomic_bool returned{false};

    auto work(int value)
    {
        return [this, value](const CancelToken &token) {
            gate.acquire();
            sawCancel = token->load();
            returned = true;
            return value;
        };
    }
};

// Every finished job's callbacks have run (or were dropped) once the pool is idle and the events are delivered.
void settle()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}
} // namespace

class TestBackgroundJob : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QThreadPool::globalInstance()->setMaxThreadCount(4); } // the gated jobs wait side by side
    void latestResultIsDelivered();
    void supersededResultGoesToItsCallback();
    void cancelDropsEverything();
    void workWithoutToken();
};

void TestBackgroundJob::latestResultIsDelivered()
{
    QObject context;
    LatestJob job;
    Gated a;
    QList<int> done;
    QVERIFY(!job.isRunning());
    job.start(&context, a.work(1), [&](int v) { done.append(v); });
    QVERIFY(job.isRunning());
    a.gate.release();
    QTRY_COMPARE(done, QList<int>{1});
    QVERIFY(!job.isRunning());
    QVERIFY(!a.sawCancel);
}

void TestBackgroundJob::supersededResultGoesToItsCallback()
{
    QObject context;
    LatestJob job;
    Gated a, b, c;
    QList<int> done, superseded;
    const auto keep = [&](int v) { superseded.append(v); };
    job.start(&context, a.work(1), [&](int v) { done.append(v); }, keep);
    job.start(&context, b.work(2), [&](int v) { done.append(v); }, keep);
    QVERIFY(job.isRunning());
    a.gate.release(); // the superseded one finishes first
    QTRY_COMPARE(superseded, QList<int>{1});
    QVERIFY(a.sawCancel); // told to stop when the next one started
    QVERIFY(done.isEmpty());
    QVERIFY(job.isRunning());
    b.gate.release();
    QTRY_COMPARE(done, QList<int>{2});
    QVERIFY(!b.sawCancel);
    QVERIFY(!job.isRunning());

    // supersede() without a successor: the result is kept, not shown.
    job.start(&context, c.work(3), [&](int v) { done.append(v); }, keep);
    job.supersede();
    QVERIFY(!job.isRunning());
    c.gate.release();
    QTRY_COMPARE(superseded, (QList<int>{1, 3}));
    QCOMPARE(done, QList<int>{2});
}

void TestBackgroundJob::cancelDropsEverything()
{
    QObject context;
    LatestJob job;
    Gated a, b, c;
    int calls = 0;
    const auto count = [&](int) { ++calls; };
    job.start(&context, a.work(1), count, count);
    job.start(&context, b.work(2), count, count);
    job.cancel();
    QVERIFY(!job.isRunning());
    a.gate.release();
    b.gate.release();
    settle();
    QVERIFY(a.returned && b.returned);
    QVERIFY(a.sawCancel && b.sawCancel);
    QCOMPARE(calls, 0); // neither the superseded nor the cancelled result

    // After a cancel the next job counts again.
    job.start(&context, c.work(3), count, count);
    c.gate.release();
    QTRY_COMPARE(calls, 1);
}

void TestBackgroundJob::workWithoutToken()
{
    QObject context;
    LatestJob job;
    QString done;
    job.start(&context, [] { return QStringLiteral("plain"); }, [&](const QString &v) { done = v; });
    QTRY_COMPARE(done, QStringLiteral("plain"));
}

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
