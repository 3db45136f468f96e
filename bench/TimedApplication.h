// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The GUI benches' one clock on the event loop: every event the GUI thread
// handles at top level is timed (QApplication::notify), so the figures are what
// the user waits for: the busy sum, the longest single stall, and each stall
// over 50 ms with the object and event that caused it.
#include <QApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>

namespace tierdesk::bench {

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
        const bool r = QApplication::notify(receiver, event); // may delete the receiver
        const qint64 ns = t.nsecsElapsed();
        --m_depth;
        busyNs += ns;
        longestNs = std::max(longestNs, ns);
        if (ns > StallNs)
            stalls.append(QString::fromLatin1(cls) + u'/' + name + QStringLiteral(" event ") + QString::number(type)
                          + QStringLiteral(": ") + QString::number(double(ns) / 1e6, 'f', 1) + QStringLiteral(" ms"));
        return r;
    }
    void resetCounters()
    {
        busyNs = longestNs = 0;
        stalls.clear();
    }

    qint64 busyNs = 0;
    qint64 longestNs = 0;
    QStringList stalls;

private:
    int m_depth = 0;
};

inline double ms(qint64 ns) { return double(ns) / 1e6; }

} // namespace tierdesk::bench
