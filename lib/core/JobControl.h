// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Progress and cancellation for work running in a worker thread.
#include <QString>

#include <functional>

namespace tierdesk {

struct JobControl {
    std::function<bool()> isCancelled = [] { return false; };
    std::function<void(int done, int total, const QString &what)> progress = [](int, int, const QString &) {};
};

} // namespace tierdesk
