// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A git object id as a value type usable in Qt containers and as a cache key.
#include "tierdesk_core_export.h"

#include <QHashFunctions>
#include <QString>

#include <git2/oid.h>

#include <compare>
#include <cstring>

namespace tierdesk::git {

class TIERDESK_CORE_EXPORT ObjectId {
public:
    ObjectId() { std::memset(&m_oid, 0, sizeof m_oid); }
    explicit ObjectId(const git_oid &oid) : m_oid(oid) {}
    explicit ObjectId(const git_oid *oid) : ObjectId(oid ? *oid : git_oid{}) {}

    static ObjectId fromHex(QStringView hex); // null id when not a full hex id

    bool isNull() const { return git_oid_is_zero(&m_oid); }
    QString toHex() const;
    QString shortHex(int length = 7) const { return toHex().left(length); }
    const git_oid *raw() const { return &m_oid; }

    friend bool operator==(const ObjectId &a, const ObjectId &b) { return git_oid_equal(&a.m_oid, &b.m_oid); }
    friend std::strong_ordering operator<=>(const ObjectId &a, const ObjectId &b)
    {
        return git_oid_cmp(&a.m_oid, &b.m_oid) <=> 0;
    }
    friend size_t qHash(const ObjectId &id, size_t seed = 0) noexcept
    {
        return qHashBits(id.m_oid.id, GIT_OID_SHA1_SIZE, seed);
    }

private:
    git_oid m_oid;
};

} // namespace tierdesk::git
