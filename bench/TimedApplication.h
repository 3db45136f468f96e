// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The GUI benches' one clock on the event loop: every event the GUI thread
// handles at top level is timed (QApplication::notify), so the figures are what
// the user waits for: the busy sum, the longest single stall, and each stall
// over 50 ms with the object and event that caused it. Each stall also says how
// much of it the GUI thread spent working (its CPU time): on a loaded machine
// the rest is waiting for a core, which tells work from contention.
// Also the benches' shared steps: measuring one step through the event loop,
// and medians.
#include <QApplication>
#include <QElapsedTimer>
#include <QList>
#include <QStringList>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

namespace tierdesk::bench {

inline double ms(qint64 ns) { return double(ns) / 1e6; }

// CPU time of the calling thread.
inline qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    static constexpr qint64 StallNs = 50'000'000;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0) {
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        const int type = event->type();
        const char *cls = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        QElapsedTimer t;
        t.start();
        const qint64 cpu0 = threadCpuNs();
        const bool r = QApplication::notify(receiver, event); // may delete the receiver
        const qint64 ns = t.nsecsElapsed();
        const qint64 cpu = threadCpuNs() - cpu0;
        --m_depth;
        record(QString::fromLatin1(cls) + u'/' + name + QStringLiteral(" event ") + QString::number(type), ns, cpu);
        return r;
    }
    // Work done outside notify() (a call the bench makes itself) counts the same.
    void record(const QString &what, qint64 ns, qint64 cpuNs)
    {
        busyNs += ns;
        if (ns > longestNs) {
            longestNs = ns;
            longestCpuNs = cpuNs;
        }
        maxCpuNs = std::max(maxCpuNs, cpuNs);
        if (ns > StallNs)
            stalls.append(what + QStringLiteral(": ") + QString::number(ms(ns), 'f', 1) + QStringLiteral(" ms (")
                          + QString::number(ms(cpuNs), 'f', 1) + QStringLiteral(" ms of it working)"));
    }
    void resetCounters()
    {
        busyNs = longestNs = longestCpuNs = maxCpuNs = 0;
        stalls.clear();
    }

    qint64 busyNs = 0;
    qint64 longestNs = 0;
    qint64 longestCpuNs = 0; // the GUI thread's CPU time in the longest stall
    qint64 maxCpuNs = 0;     // the most CPU time any one event took
    QStringList stalls;

private:
    int m_depth = 0;
};

// One step the GUI thread takes, as the user waits for it.
struct Figures {
    double busyMs = 0;
    double longestMs = 0;
    double wallMs = 0;
};

// Runs `start`, then the event loop until `done()`, and reports the GUI thread's work.
inline Figures measure(TimedApplication &app, const std::function<void()> &start, const std::function<bool()> &done)
{
    QTest::qWait(50); // settle: pending paints of the previous step are not this step's
    app.resetCounters();
    QElapsedTimer wall;
    wall.start();
    const qint64 cpu0 = threadCpuNs();
    start();
    app.record(QStringLiteral("the step's call"), wall.nsecsElapsed(), threadCpuNs() - cpu0); // outside notify()
    if (!QTest::qWaitFor(done, 120000))
        QTextStream(stderr) << "bench: timed out\n";
    QTest::qWait(20); // the repaint that shows the result
    return {ms(app.busyNs), ms(app.longestNs), ms(wall.nsecsElapsed())};
}

inline double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

inline Figures median(const QList<Figures> &runs)
{
    auto mid = [&runs](double Figures::*field) {
        QList<double> v;
        for (const Figures &f : runs)
            v.append(f.*field);
        return medianOf(v);
    };
    return {mid(&Figures::busyMs), mid(&Figures::longestMs), mid(&Figures::wallMs)};
}

} // namespace tierdesk::bench
