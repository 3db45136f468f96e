// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a large storage, offscreen: from start to the loaded matrix,
// the longest event-loop stall on the way, and the latency of each filter
// keystroke. Every event the GUI thread handles is timed (QApplication::notify);
// stalls over 50 ms are listed with the object and event that caused them, which
// is how the time the window spent after the read was found.
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

using namespace Qt::StringLiterals;
using namespace tierdesk;
using tierdesk::bench::TimedApplication;
using tierdesk::bench::ms;

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
    const QString filter = args.size() > 2 ? args[2] : u"nginx"_s;
    QTextStream out(stdout);

    MainWindow window;
    window.setPersistent(false);
    window.resize(1280, 800);
    window.show();
    QSignalSpy shown(&window, &MainWindow::storageShown);
    window.openRepository(args[1]);
    if (!shown.wait(600000)) {
        QTextStream(stderr) << "windowbench: the storage was not shown: " << window.errorText() << '\n';
        return 1;
    }
    QTest::qWait(100); // the paint that shows it
    const double loadedMs = double(sinceStart.nsecsElapsed()) / 1e6 - 100;
    const double stallMs = ms(app.longestNs);
    const QStringList loadStalls = app.stalls;

    // Each keystroke: from the key event to the filtered matrix painted.
    QLineEdit *edit = window.filterEdit();
    edit->setFocus();
    QList<double> keys;
    for (const QChar c : filter) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(edit, c.toLatin1());
        window.matrixView()->viewport()->repaint();
        keys.append(double(t.nsecsElapsed()) / 1e6);
    }
    for (int i = 0; i < filter.size(); ++i) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(edit, Qt::Key_Backspace);
        window.matrixView()->viewport()->repaint();
        keys.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(keys.begin(), keys.end());

    out << "window_loaded_ms " << loadedMs << '\n'
        << "window_read_ms " << window.storage()->elapsedMs << '\n'
        << "window_longest_stall_ms " << stallMs << '\n'
        << "filter_key_median_ms " << keys[keys.size() / 2] << '\n'
        << "filter_key_max_ms " << keys.last() << '\n'
        << "versions " << window.storage()->snapshot.versionCount() << '\n';
    for (const QString &s : loadStalls)
        QTextStream(stderr) << "stall: " << s << '\n';
    return 0;
}
