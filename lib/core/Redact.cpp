// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Redact.h"

using namespace Qt::StringLiterals;

namespace tierdesk {

QString redactSecret(QString text, const QString &secret)
{
    if (!secret.isEmpty())
        text.replace(secret, u"***"_s);
    return text;
}

} // namespace tierdesk
