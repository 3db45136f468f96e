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

// A version range in the syntax and with the semantics of Masterminds/semver v3,
// which the Elastic package registry uses for conditions.kibana.version:
// "^7.16.0 || ^8.0.0", ">=7.10.0 <8.0.0", "1.2.x", "1.2 - 1.4.5", "~1", ...
//
// As there, a pre-release version only satisfies a comparison whose own version
// has a pre-release part: "^8.0.0" rejects "8.6.0-SNAPSHOT", ">=8.6.0-0" accepts it.
class TIERDESK_CORE_EXPORT VersionConstraint
{
public:
    // The text as written, without YAML quotes; the error is a sentence for the user.
    [[nodiscard]] static std::expected<VersionConstraint, QString> parse(QStringView text);

    bool accepts(const Version &version) const;
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

        bool accepts(const Version &version) const;
        bool acceptsTilde(const Version &version) const;
    };

    VersionConstraint() = default;

    [[nodiscard]] static std::expected<QList<Comparator>, QString> parseConjunction(QStringView text);
    static std::expected<Comparator, QString> parseComparator(Operator op, QStringView operand);

    QString m_text;
    QList<QList<Comparator>> m_alternatives; // any alternative must accept with all its comparators
};

} // namespace tierdesk
