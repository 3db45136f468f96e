// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/ObjectId.h"

namespace tierdesk::git {

ObjectId ObjectId::fromHex(QStringView hex)
{
    const QByteArray ascii = hex.toLatin1();
    git_oid oid;
    if (ascii.size() != GIT_OID_SHA1_HEXSIZE || git_oid_fromstrn(&oid, ascii.constData(), size_t(ascii.size())) != 0)
        return {};
    return ObjectId(oid);
}

QString ObjectId::toHex() const
{
    char buf[GIT_OID_SHA1_HEXSIZE + 1];
    git_oid_tostr(buf, sizeof buf, &m_oid);
    return QString::fromLatin1(buf);
}

} // namespace tierdesk::git
