// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The real package-storage data in ../shared/fixtures, when present.
#include <QString>

namespace FixtureBundle {
// The bundle's path, or empty when ../shared is absent (a user's clone).
QString bundlePath();
// A bare mirror of the bundle made once per test process; empty (with `why`) when unavailable.
QString mirror(QString *why);
} // namespace FixtureBundle

// Skips the current test with a clear message when the bundle is absent.
#define TIERDESK_REQUIRE_FIXTURE(var)                                                                                  \
    QString var;                                                                                                       \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        var = FixtureBundle::mirror(&why_);                                                                            \
        if (var.isEmpty())                                                                                             \
            QSKIP(qPrintable(why_));                                                                                   \
    } while (false)
