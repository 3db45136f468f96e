// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Names of tree entries as a hostile repository may spell them. A tree object
// can hold any bytes as a name: ".", "..", ".git", "a/b", invalid UTF-8. Such a
// name cannot be a package or version directory (a checkout would write outside
// it, or into .git), and must stay recognisably itself when shown.
#include "tierdesk_core_export.h"

#include <QByteArray>
#include <QString>

namespace tierdesk {

// Why `raw` cannot name a directory Tierdesk reads or writes; empty when it can.
TIERDESK_CORE_EXPORT QString unsafeEntryName(const QByteArray &raw);

// `raw` as text: UTF-8 as it is, each byte of an invalid sequence as \xNN, so
// two different names never show (or merge) as one.
TIERDESK_CORE_EXPORT QString displayEntryName(const QByteArray &raw);

} // namespace tierdesk
