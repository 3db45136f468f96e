// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Error.h"

namespace tierdesk {

QString Error::text() const
{
    if (detail.isEmpty() || message.contains(detail))
        return message;
    return message + u" (" + detail + u')';
}

} // namespace tierdesk
