// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which links from repository text may be opened: a changelog or a draft
// store can name any address, and file:, javascript: or a custom scheme
// would hand hostile text to the desktop. Only web addresses pass.
#include "tierdesk_core_export.h"

#include <QString>
#include <QUrl>

namespace tierdesk {

// An absolute http or https address with a host.
[[nodiscard]] TIERDESK_CORE_EXPORT bool isWebLink(const QUrl &url);
// `text` parsed strictly, then as above.
[[nodiscard]] TIERDESK_CORE_EXPORT bool isWebLink(const QString &text);

} // namespace tierdesk
