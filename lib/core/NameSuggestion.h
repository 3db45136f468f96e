// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Naming what a person probably meant when a name is not found.
#include "tierdesk_core_export.h"

#include <QStringList>

namespace tierdesk {

// Levenshtein distance.
TIERDESK_CORE_EXPORT int editDistance(const QString &a, const QString &b);

// `candidates` sorted closest to `name` first (stable: equal distances keep their order).
TIERDESK_CORE_EXPORT QStringList closestFirst(const QString &name, QStringList candidates);

// At most `count` candidates near enough to be a typo of `name` (or containing it), closest first.
TIERDESK_CORE_EXPORT QStringList nearestNames(const QString &name, const QStringList &candidates, int count = 3);

} // namespace tierdesk
