// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a large storage, offscreen: from start to the loaded matrix,
// the longest event-loop stall on the way, and the latency of each filter
// keystroke. Every event the GUI thread handles is timed (QApplication::notify);
// stalls over 50 ms are listed with the object and event that caused them, which
// is how the time the window spent after the read was found. Each figure also
// has the GUI thread's CPU time: the work, without the wait for a busy core.
// Usage: tierdesk-windowbench REPO [FILTER]   (QT_QPA_PLATFORM=offscreen)
// Prints "name value" lines for scripts/bench.
#include "common/LoadedStorage.h"
#include "matrix/MatrixView.h"
#include "matrix/PackageFilterModel.h"
#include "shell/MainWindow.h"

#include "bench/TimedApplication.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <optional>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace tierdesk;
using namespace tierdesk::bench;

namespace {

struct Load {
    double shownMs = 0;  // start to storageShown, the hand-over done
    double loadedMs = 0; // start to the loaded matrix painted
    double stallMs = 0;
    double stallCpuMs = 0;
    double maxEventCpuMs = 0;
    QStringList stalls;
};

// Opens `repo` in `window` and waits for the matrix; empty when it was not shown.
std::optional<Load> load(TimedApplication &app, MainWindow &window, const QString &repo, const QElapsedTimer &sinceStart)
{
    Load l;
    QObject::connect(&window, &MainWindow::storageShown, &window,
                     [&] { l.shownMs = ms(sinceStart.nsecsElapsed()); }, Qt::SingleShotConnection);
    QSignalSpy shown(&window, &MainWindow::storageShown);
    window.openRepository(repo);
    if (!shown.wait(600000))
        return std::nullopt;
    QTest::qWait(100); // the paint that shows it
    l.loadedMs = ms(sinceStart.nsecsElapsed()) - 100;
    l.stallMs = ms(app.longestNs);
    l.stallCpuMs = ms(app.longestCpuNs);
    l.maxEventCpuMs = ms(app.maxCpuNs);
    l.stalls = app.stalls;
    return l;
}

struct Keys {
    QList<double> wallMs; // from the key event to the filtered matrix painted
    QList<double> cpuMs;  // the GUI thread's work in it
    QList<double> waits;  // times the GUI thread slept in it: on a lock, or on Qt's paint helpers
};

// The calling thread's voluntary context switches so far.
long threadWaits()
{
    rusage r{};
    getrusage(RUSAGE_THREAD, &r);
    return r.ru_nvcsw;
}

// A character, or '\b' for Backspace.
void press(MainWindow &window, char c, Keys &keys)
{
    QElapsedTimer t;
    t.start();
    const qint64 cpu0 = threadCpuNs();
    const long waits0 = threadWaits();
    if (c == '\b')
        QTest::keyClick(window.filterEdit(), Qt::Key_Backspace);
    else
        QTest::keyClick(window.filterEdit(), c);
    window.matrixView()->viewport()->repaint();
    keys.cpuMs.append(ms(threadCpuNs() - cpu0));
    keys.waits.append(double(threadWaits() - waits0));
    keys.wallMs.append(ms(t.nsecsElapsed()));
}

// Types `filter` into the filter field, then erases it key by key.
Keys typeFilter(MainWindow &window, const QString &filter)
{
    window.filterEdit()->setFocus();
    Keys keys;
    for (const QChar c : filter)
        press(window, c.toLatin1(), keys);
    for (qsizetype i = 0; i < filter.size(); ++i)
        press(window, '\b', keys);
    return keys;
}

void print(const MainWindow &window, const Load &l, const Keys &keys)
{
    const LoadedStorage &s = *window.storage();
    const auto max = [](const QList<double> &v) { return v.isEmpty() ? 0 : *std::max_element(v.cbegin(), v.cend()); };
    QTextStream(stdout) << "window_loaded_ms " << l.loadedMs << '\n'
                        << "window_shown_ms " << l.shownMs << '\n'
                        << "window_read_ms " << s.readMs << '\n'
                        << "window_analysis_ms " << s.elapsedMs - s.readMs << '\n'
                        << "window_longest_stall_ms " << l.stallMs << '\n'
                        << "window_longest_stall_cpu_ms " << l.stallCpuMs << '\n'
                        << "window_max_event_cpu_ms " << l.maxEventCpuMs << '\n'
                        << "filter_key_median_ms " << medianOf(keys.wallMs) << '\n'
                        << "filter_key_max_ms " << max(keys.wallMs) << '\n'
                        << "filter_key_cpu_median_ms " << medianOf(keys.cpuMs) << '\n'
                        << "filter_key_cpu_max_ms " << max(keys.cpuMs) << '\n'
                        << "filter_key_waits_median " << medianOf(keys.waits) << '\n'
                        << "versions " << s.snapshot.versionCount() << '\n'
                        << "packages " << s.matrix.rows.size() << '\n';
    for (const QString &stall : l.stalls)
        QTextStream(stderr) << "stall: " << stall << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    TimedApplication app(argc, argv);
    app.setOrganizationName(u"Tierdesk"_s);
    app.setApplicationName(u"tierdesk-windowbench"_s);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: tierdesk-windowbench REPO [FILTER]\n";
        return 2;
    }
    MainWindow window;
    window.setPersistent(false);
    window.resize(1280, 800);
    window.show();
    const std::optional<Load> loaded = load(app, window, args[1], sinceStart);
    if (!loaded) {
        QTextStream(stderr) << "windowbench: the storage was not shown: " << window.errorText() << '\n';
        return 1;
    }
    print(window, *loaded, typeFilter(window, args.size() > 2 ? args[2] : u"nginx"_s));
    return 0;
}
