// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/VersionConstraint.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {

// Go's regexp \s, the white space of Masterminds' grammar.
bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isOperandCharacter(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'.' || c == u'-'
        || c == u'+' || c == u'*';
}

bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::ranges::all_of(text, [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isWildcard(QStringView part)
{
    return part == u"x" || part == u"X" || part == u"*";
}

class Lexer
{
public:
    explicit Lexer(QStringView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos == m_text.size(); }
    QStringView rest() const { return m_text.sliced(m_pos); }

    qsizetype skipSpaces()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isSpace(m_text[m_pos]))
            ++m_pos;
        return m_pos - start;
    }

    bool consume(QStringView token)
    {
        if (!rest().startsWith(token))
            return false;
        m_pos += token.size();
        return true;
    }

    QStringView readOperand()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isOperandCharacter(m_text[m_pos]))
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }

    // The upper end of a hyphen range "A - B", read after A; empty, consuming
    // nothing, when no " - B" follows. The hyphen needs space on both sides as
    // "1.2-3" is the pre-release 1.2.0-3.
    QStringView readRangeEnd()
    {
        const qsizetype start = m_pos;
        if (skipSpaces() > 0 && consume(u"-") && skipSpaces() > 0) {
            if (const QStringView end = readOperand(); !end.isEmpty())
                return end;
        }
        m_pos = start;
        return {};
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// The text up to the next space, to point at the offending part.
QStringView firstWord(QStringView text)
{
    return text.first(std::ranges::find_if(text, isSpace) - text.begin());
}

QString unexpectedCharacter(QStringView rest)
{
    const qsizetype length = rest.size() > 1 && rest.front().isHighSurrogate() ? 2 : 1;
    return QCoreApplication::translate("VersionConstraint", "unexpected character “%1”").arg(rest.first(length));
}

} // namespace

std::expected<VersionConstraint, QString> VersionConstraint::parse(QStringView text)
{
    const auto invalid = [text](const QString &reason) {
        return std::unexpected(
            QCoreApplication::translate("VersionConstraint", "“%1” is not a valid version constraint: %2.")
                .arg(text, reason));
    };

    VersionConstraint constraint;
    constraint.m_text = text.toString();
    for (QStringView alternative : text.split(u"||")) {
        if (std::ranges::all_of(alternative, isSpace)) {
            if (std::ranges::all_of(text, isSpace))
                return invalid(QCoreApplication::translate("VersionConstraint", "it is empty"));
            return invalid(
                QCoreApplication::translate("VersionConstraint", "one of the alternatives joined by “||” is empty"));
        }
        auto comparators = parseConjunction(alternative);
        if (!comparators)
            return invalid(comparators.error());
        Group group;
        group.namesPrerelease = std::ranges::any_of(*comparators, [](const Comparator &c) {
            return c.operand.isPrerelease();
        });
        group.comparators = std::move(*comparators);
        constraint.m_alternatives.append(std::move(group));
    }
    return constraint;
}

// Comparisons separated by white space or by a comma, all of which must hold.
std::expected<QList<VersionConstraint::Comparator>, QString> VersionConstraint::parseConjunction(QStringView text)
{
    // Two-character operators first, so that ">=" is not read as ">".
    static constexpr std::pair<QStringView, Operator> operators[] = {
        {u"!=", Operator::NotEqual},    {u">=", Operator::GreaterOrEqual}, {u"=>", Operator::GreaterOrEqual},
        {u"<=", Operator::LessOrEqual}, {u"=<", Operator::LessOrEqual},    {u"~>", Operator::Tilde},
        {u"=", Operator::Equal},        {u">", Operator::Greater},         {u"<", Operator::Less},
        {u"~", Operator::Tilde},        {u"^", Operator::Caret},
    };

    QList<Comparator> comparators;
    Lexer lexer(text);
    lexer.skipSpaces();
    for (;;) {
        QStringView opText;
        Operator op = Operator::Equal;
        for (const auto &[candidate, value] : operators) {
            if (lexer.consume(candidate)) {
                opText = candidate;
                op = value;
                break;
            }
        }
        lexer.skipSpaces();
        const QStringView operand = lexer.readOperand();
        if (operand.isEmpty() && opText.isEmpty())
            return std::unexpected(unexpectedCharacter(lexer.rest()));
        if (operand.isEmpty()) {
            return std::unexpected(
                QCoreApplication::translate("VersionConstraint", "“%1” must be followed by a version").arg(opText));
        }

        // "A - B" is the inclusive range ">= A, <= B".
        const QStringView rangeEnd = opText.isEmpty() ? lexer.readRangeEnd() : QStringView();
        const auto first = parseComparator(rangeEnd.isEmpty() ? op : Operator::GreaterOrEqual, operand);
        if (!first)
            return std::unexpected(first.error());
        comparators.append(*first);
        if (!rangeEnd.isEmpty()) {
            const auto last = parseComparator(Operator::LessOrEqual, rangeEnd);
            if (!last)
                return std::unexpected(last.error());
            comparators.append(*last);
        }

        const qsizetype spaces = lexer.skipSpaces();
        if (lexer.atEnd())
            return comparators;
        if (lexer.consume(u",")) {
            lexer.skipSpaces();
            if (lexer.atEnd()) {
                return std::unexpected(
                    QCoreApplication::translate("VersionConstraint", "a comma must be followed by another comparison"));
            }
        } else if (spaces == 0) {
            // The operand before was read up to a character it cannot contain.
            const bool operatorFollows = std::ranges::any_of(operators, [&](const auto &entry) {
                return lexer.rest().startsWith(entry.first);
            });
            if (!operatorFollows)
                return std::unexpected(unexpectedCharacter(lexer.rest()));
            return std::unexpected(
                QCoreApplication::translate("VersionConstraint",
                                            "“%1” must be separated from the comparison before it by a space or a comma")
                    .arg(firstWord(lexer.rest())));
        }
    }
}

std::expected<VersionConstraint::Comparator, QString> VersionConstraint::parseComparator(Operator op,
                                                                                        QStringView operand)
{
    const auto notAVersion = [operand] {
        return std::unexpected(QCoreApplication::translate("VersionConstraint", "“%1” is not a version").arg(operand));
    };

    QStringView rest = operand;
    if (rest.startsWith(u'v'))
        rest = rest.sliced(1);
    // Only major, minor and patch may be wildcards; Version checks the pre-release and build.
    const auto coreEnd = std::ranges::find_if(rest, [](QChar c) { return c == u'-' || c == u'+'; });
    const qsizetype coreLength = coreEnd - rest.begin();
    const QList<QStringView> parts = rest.first(coreLength).split(u'.');
    if (parts.size() > 3)
        return notAVersion();

    Comparator comparator;
    comparator.op = op;
    constexpr Wildcard byPosition[] = {Wildcard::Major, Wildcard::Minor, Wildcard::Patch};
    QStringList numbers;
    for (qsizetype i = 0; i < 3; ++i) {
        const bool present = i < parts.size();
        if (present && !isDigits(parts[i]) && !isWildcard(parts[i]))
            return notAVersion();
        if (comparator.wildcard == Wildcard::None && (!present || isWildcard(parts[i])))
            comparator.wildcard = byPosition[i];
        numbers.append(comparator.wildcard == Wildcard::None ? parts[i].toString() : u"0"_s);
    }
    const auto version = Version::parseLoose(QString(numbers.join(u'.') + rest.sliced(coreLength)));
    if (!version)
        return notAVersion();
    comparator.operand = *version;
    return comparator;
}

bool VersionConstraint::accepts(const Version &version) const
{
    return std::ranges::any_of(m_alternatives, [&](const Group &group) {
        return std::ranges::all_of(group.comparators,
                                   [&](const Comparator &c) { return c.accepts(version, group.namesPrerelease); });
    });
}

// Within one major every comparison accepts an interval (or all but one point,
// for !=), so where a group accepts anything it accepts its lowest accepted
// point: major.0.0, or a point just at or above one of the operands.
bool VersionConstraint::acceptsSomeReleaseOfMajor(quint64 major) const
{
    QList<Version> probes{Version(major, 0, 0), Version(major, 0, 1)};
    for (const Group &group : m_alternatives) {
        for (const Comparator &c : group.comparators) {
            if (c.operand.major() != major)
                continue;
            const Version &o = c.operand;
            for (quint64 step : {0, 1, 2}) {
                probes.append(Version(major, o.minor(), o.patch() + step));
                probes.append(Version(major, o.minor() + step, 0));
            }
        }
    }
    return std::ranges::any_of(probes, [this](const Version &v) { return accepts(v); });
}

// The per-operator rules, wildcards included, follow Masterminds/semver
// v3.5.0's constraints.go case by case, so that a package is offered for
// exactly the Kibana versions the registry offers it for.
bool VersionConstraint::Comparator::accepts(const Version &v, bool prereleases) const
{
    // Pre-releases are only wanted by groups that name one (SemVer §9: they
    // may not satisfy the compatibility a release promises).
    if (v.isPrerelease() && !prereleases)
        return false;

    switch (op) {
    case Operator::Equal:
        return wildcard == Wildcard::None ? v == operand : acceptsTilde(v);
    case Operator::NotEqual:
        if (wildcard == Wildcard::None || wildcard == Wildcard::Major)
            return v != operand;
        if (v.major() != operand.major())
            return true;
        if (wildcard == Wildcard::Minor)
            return false;
        // "!=1.2.x-beta" excludes 1.2.* with exactly that pre-release.
        return v.minor() != operand.minor() || v.prerelease() != operand.prerelease();
    case Operator::Greater:
        // ">1" means 2.0.0 or later and ">1.2" means 1.3.0 or later.
        if (wildcard == Wildcard::None || wildcard == Wildcard::Major)
            return v > operand;
        if (v.major() != operand.major())
            return v.major() > operand.major();
        return wildcard == Wildcard::Patch && v.minor() > operand.minor();
    case Operator::GreaterOrEqual:
        return v >= operand;
    case Operator::Less:
        return v < operand;
    case Operator::LessOrEqual:
        // "<=1" takes all of 1.x and "<=1.2" all of 1.2.x. A wildcard major
        // counts as a concrete 0 here, as upstream: "<=*" is "<=0.0".
        if (wildcard == Wildcard::None)
            return v <= operand;
        if (v.major() != operand.major())
            return v.major() < operand.major();
        return wildcard == Wildcard::Minor || v.minor() <= operand.minor();
    case Operator::Tilde:
        return acceptsTilde(v);
    case Operator::Caret:
        // Everything up to the next change of the leftmost non-zero component:
        // ^1.2.3 is <2.0.0, ^0.2.3 is <0.3.0, ^0.0.3 is <0.0.4. As upstream, a
        // wildcard major counts as a concrete 0 (issue #317): "^*" is "^0.0.0".
        if (v < operand)
            return false;
        if (operand.major() > 0 || wildcard == Wildcard::Minor)
            return v.major() == operand.major();
        if (v.major() > 0)
            return false;
        if (operand.minor() > 0 || wildcard == Wildcard::Patch)
            return v.minor() == operand.minor();
        return v.minor() == 0 && v.patch() == operand.patch();
    }
    return false;
}

// ~1.2.3 is <1.3.0, ~1.2 is <1.3.0, ~1 is <2.0.0, ~* and ~0.0.0 accept all.
bool VersionConstraint::Comparator::acceptsTilde(const Version &v) const
{
    if (v < operand)
        return false;
    const bool zero = operand.major() == 0 && operand.minor() == 0 && operand.patch() == 0;
    if (zero && wildcard != Wildcard::Minor && wildcard != Wildcard::Patch)
        return true;
    return v.major() == operand.major() && (wildcard == Wildcard::Minor || v.minor() == operand.minor());
}

} // namespace tierdesk
