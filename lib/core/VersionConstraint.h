// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tierdesk_core_export.h"

#include "core/Version.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <expected>

namespace tierdesk {

// A version range in the syntax and with the semantics of Masterminds/semver
// v3.5.0, the version the Elastic package registry builds with and checks
// conditions.kibana.version with: "^7.16.0 || ^8.0.0", ">=7.10.0 <8.0.0",
// "1.2.x", "1.2 - 1.4.5", "~1", ...
//
// Pre-releases (the rule since v3.4.0): a pre-release version only satisfies an
// AND group (the comparisons between two "||") in which at least one comparison
// names a pre-release; that one naming admits pre-releases for the whole group.
// "^8.0.0" rejects "8.6.0-SNAPSHOT", ">=8.6.0-0" accepts it, and so does
// ">=8.6.0-0 <9.0.0"; ">= 1.0.0 <= 2.0.0-beta" accepts "1.0.1-beta".
class TIERDESK_CORE_EXPORT VersionConstraint
{
public:
    // The text as written, without YAML quotes; the error is a sentence for the user.
    [[nodiscard]] static std::expected<VersionConstraint, QString> parse(QStringView text);

    bool accepts(const Version &version) const;
    // Whether some release (no pre-release) version of that major is accepted:
    // does "^7.16.0 || ^8.0.0" still support 8.x at all (yes), does "^9.0.0" (no).
    bool acceptsSomeReleaseOfMajor(quint64 major) const;
    QString text() const { return m_text; }

private:
    enum class Operator : quint8 { Equal, NotEqual, Greater, GreaterOrEqual, Less, LessOrEqual, Tilde, Caret };
    // The first version component written as x, X or * or left out ("1.2" is
    // "1.2.x"); the components after it do not matter.
    enum class Wildcard : quint8 { None, Patch, Minor, Major };

    struct Comparator {
        Operator op = Operator::Equal;
        Version operand; // wildcard components read as 0
        Wildcard wildcard = Wildcard::None;

        // `prereleases`: whether the AND group names a pre-release anywhere.
        bool accepts(const Version &version, bool prereleases) const;
        bool acceptsTilde(const Version &version) const;
    };

    struct Group {
        QList<Comparator> comparators; // all must accept
        bool namesPrerelease = false;  // some comparator's version has a pre-release part
    };

    VersionConstraint() = default;

    [[nodiscard]] static std::expected<QList<Comparator>, QString> parseConjunction(QStringView text);
    static std::expected<Comparator, QString> parseComparator(Operator op, QStringView operand);

    QString m_text;
    QList<Group> m_alternatives; // any alternative must accept with all its comparators
};

} // namespace tierdesk
