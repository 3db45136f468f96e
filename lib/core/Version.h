// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tierdesk_core_export.h"

#include <QHashFunctions>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <compare>
#include <optional>

namespace tierdesk {

// A Semantic Versioning 2.0 version (https://semver.org/spec/v2.0.0.html).
// Build metadata is kept for display but, as the spec demands, ignored by
// ordering, equality and hashing.
class TIERDESK_CORE_EXPORT Version
{
public:
    Version() = default;
    Version(quint64 major, quint64 minor, quint64 patch);

    // Exactly the SemVer 2.0 grammar: "1.2.3", "1.2.3-rc.1+build.5".
    static std::optional<Version> parse(QStringView text);
    // The leniency of Masterminds/semver's NewVersion, which the package
    // registry uses: an optional "v" prefix, missing minor/patch read as 0 and
    // leading zeros in major/minor/patch ("v1.2", "1", "01.2.3-beta").
    static std::optional<Version> parseLoose(QStringView text);

    quint64 major() const { return m_major; }
    quint64 minor() const { return m_minor; }
    quint64 patch() const { return m_patch; }
    QStringList prerelease() const { return m_prerelease; }
    QString build() const { return m_build; }
    bool isPrerelease() const { return !m_prerelease.isEmpty(); }

    QString toString() const;

    std::strong_ordering compare(const Version &other) const;

    friend std::strong_ordering operator<=>(const Version &a, const Version &b) { return a.compare(b); }
    friend bool operator==(const Version &a, const Version &b) { return a.compare(b) == 0; }

    friend size_t qHash(const Version &version, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, version.m_major, version.m_minor, version.m_patch, version.m_prerelease);
    }

private:
    static std::optional<Version> parseImpl(QStringView text, bool loose);

    quint64 m_major = 0;
    quint64 m_minor = 0;
    quint64 m_patch = 0;
    QStringList m_prerelease;
    QString m_build;
};

} // namespace tierdesk
