// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keeping secrets out of texts: every message, log line and error that may
// carry a token or a passphrase passes through here before it leaves.
#include "tierdesk_core_export.h"

#include <QString>

namespace tierdesk {

// `text` with every occurrence of `secret` replaced by "***".
TIERDESK_CORE_EXPORT QString redactSecret(QString text, const QString &secret);

} // namespace tierdesk
