// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The built-in demo: a small, realistic package storage made with libgit2.
#include "core/Error.h"
#include "tierdesk_core_export.h"

#include <QString>

namespace tierdesk {

struct TIERDESK_CORE_EXPORT DemoStorage {
    // Creates the demo repository at `path` unless one is already there,
    // and returns its path. Never writes over anything else.
    [[nodiscard]] static Result<QString> ensure(const QString &path);
    // Creates it at `path`, which must not exist or be empty.
    [[nodiscard]] static Status create(const QString &path);
    // The stack-version tag the demo cuts from production.
    static QString releaseTag();
};

} // namespace tierdesk
