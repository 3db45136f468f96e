// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Version.h"

#include <QtNumeric>

#include <algorithm>

namespace tierdesk {

namespace {

bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::ranges::all_of(text, [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// SemVer identifiers are ASCII alphanumerics and hyphens, never empty.
bool isIdentifier(QStringView text)
{
    return !text.isEmpty() && std::ranges::all_of(text, [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-';
    });
}

bool hasLeadingZero(QStringView digits)
{
    return digits.size() > 1 && digits.front() == u'0';
}

std::optional<quint64> parseNumber(QStringView text, bool allowLeadingZeros)
{
    if (!isDigits(text) || (!allowLeadingZeros && hasLeadingZero(text)))
        return std::nullopt;
    // By hand, not toULongLong: this runs for every version read, and a number beyond 64 bits fails.
    quint64 value = 0;
    for (QChar c : text)
        if (qMulOverflow(value, quint64(10), &value) || qAddOverflow(value, quint64(c.unicode() - u'0'), &value))
            return std::nullopt;
    return value;
}

std::optional<QStringList> parseIdentifiers(QStringView text, bool isPrerelease)
{
    QStringList identifiers;
    for (QStringView identifier : text.split(u'.')) {
        if (!isIdentifier(identifier))
            return std::nullopt;
        // Only pre-release numbers take part in ordering, so only they must be canonical.
        if (isPrerelease && isDigits(identifier) && hasLeadingZero(identifier))
            return std::nullopt;
        identifiers.append(identifier.toString());
    }
    return identifiers;
}

std::strong_ordering compareIdentifiers(const QString &a, const QString &b)
{
    const bool aNumeric = isDigits(a);
    const bool bNumeric = isDigits(b);
    if (aNumeric && bNumeric) {
        // Numbers are canonical (no leading zeros), so the longer one is larger;
        // this also orders numbers beyond 64 bits correctly.
        if (const auto bySize = a.size() <=> b.size(); bySize != 0)
            return bySize;
        return QString::compare(a, b) <=> 0;
    }
    if (aNumeric != bNumeric)
        return aNumeric ? std::strong_ordering::less : std::strong_ordering::greater;
    return QString::compare(a, b, Qt::CaseSensitive) <=> 0;
}

} // namespace

Version::Version(quint64 major, quint64 minor, quint64 patch)
    : m_major(major)
    , m_minor(minor)
    , m_patch(patch)
{
}

std::optional<Version> Version::parse(QStringView text)
{
    return parseImpl(text, false);
}

std::optional<Version> Version::parseLoose(QStringView text)
{
    return parseImpl(text, true);
}

std::optional<Version> Version::parseImpl(QStringView text, bool loose)
{
    Version version;

    // Build metadata may contain '-', so it is cut off before the pre-release.
    if (const qsizetype plus = text.indexOf(u'+'); plus >= 0) {
        const auto build = parseIdentifiers(text.mid(plus + 1), false);
        if (!build)
            return std::nullopt;
        version.m_build = build->join(u'.');
        text = text.first(plus);
    }
    if (const qsizetype dash = text.indexOf(u'-'); dash >= 0) {
        const auto prerelease = parseIdentifiers(text.mid(dash + 1), true);
        if (!prerelease)
            return std::nullopt;
        version.m_prerelease = *prerelease;
        text = text.first(dash);
    }

    if (loose && text.startsWith(u'v'))
        text = text.sliced(1);
    // The core's numbers, dot by dot (no list built: this runs for every version read).
    quint64 *const fields[] = {&version.m_major, &version.m_minor, &version.m_patch};
    qsizetype field = 0;
    for (qsizetype start = 0;; ++field) {
        const qsizetype dot = text.indexOf(u'.', start);
        const auto number = parseNumber(dot < 0 ? text.sliced(start) : text.sliced(start, dot - start), loose);
        if (field == 3 || !number)
            return std::nullopt;
        *fields[field] = *number;
        if (dot < 0)
            break;
        start = dot + 1;
    }
    if (!loose && field != 2)
        return std::nullopt;
    return version;
}

QString Version::toString() const
{
    QString text = QString::number(m_major) + u'.' + QString::number(m_minor) + u'.' + QString::number(m_patch);
    if (!m_prerelease.isEmpty())
        text += u'-' + m_prerelease.join(u'.');
    if (!m_build.isEmpty())
        text += u'+' + m_build;
    return text;
}

std::strong_ordering Version::compare(const Version &other) const
{
    if (const auto c = m_major <=> other.m_major; c != 0)
        return c;
    if (const auto c = m_minor <=> other.m_minor; c != 0)
        return c;
    if (const auto c = m_patch <=> other.m_patch; c != 0)
        return c;

    // A pre-release ranks below the release it precedes.
    if (m_prerelease.isEmpty() || other.m_prerelease.isEmpty())
        return m_prerelease.isEmpty() <=> other.m_prerelease.isEmpty();
    const qsizetype common = std::min(m_prerelease.size(), other.m_prerelease.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (const auto c = compareIdentifiers(m_prerelease[i], other.m_prerelease[i]); c != 0)
            return c;
    }
    // With all shared identifiers equal, the longer set is higher.
    return m_prerelease.size() <=> other.m_prerelease.size();
}

} // namespace tierdesk
