// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WebLink.h"

using namespace Qt::StringLiterals;

namespace tierdesk {

bool isWebLink(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == u"http"_s || scheme == u"https"_s;
}

bool isWebLink(const QString &text)
{
    // Leading or trailing blanks and control characters would be trimmed by
    // a lenient parse and hide what the address really is.
    if (text.isEmpty() || text.trimmed() != text)
        return false;
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    return isWebLink(QUrl(text, QUrl::StrictMode));
}

} // namespace tierdesk
