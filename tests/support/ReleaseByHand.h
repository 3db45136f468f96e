// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The contents of a release tag worked out the way a person would, for the
// fixture tests: `git ls-tree` and `git show` for the manifests, a line reader
// for conditions.kibana.version and a tiny evaluator for the constraint forms
// the real data uses (^x.y[.z], >=x.y[.z], >, <, <=, =, ranges, ||). It shares
// no code with lib/ on purpose: it is the independent side of the comparison.
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

namespace byhand {

inline QString git(const QString &repo, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), repo} + args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// major, minor, patch, then pre-release identifiers; compares as SemVer says.
struct Ver {
    QList<qint64> core;
    QStringList pre;

    static Ver of(const QString &text)
    {
        Ver v;
        const QString main = text.section(QLatin1Char('-'), 0, 0);
        const QString pre = text.contains(QLatin1Char('-')) ? text.section(QLatin1Char('-'), 1) : QString();
        for (const QString &part : main.split(QLatin1Char('.')))
            v.core.append(part.toLongLong());
        while (v.core.size() < 3)
            v.core.append(0);
        if (!pre.isEmpty())
            v.pre = pre.split(QLatin1Char('.'));
        return v;
    }

    static int compareIdentifier(const QString &a, const QString &b)
    {
        bool na = false, nb = false;
        const qint64 ia = a.toLongLong(&na), ib = b.toLongLong(&nb);
        if (na && nb)
            return ia < ib ? -1 : ia > ib ? 1 : 0;
        if (na != nb)
            return na ? -1 : 1; // numeric identifiers sort first
        return a < b ? -1 : a > b ? 1 : 0;
    }

    friend int cmp(const Ver &a, const Ver &b)
    {
        for (int i = 0; i < 3; ++i)
            if (a.core[i] != b.core[i])
                return a.core[i] < b.core[i] ? -1 : 1;
        if (a.pre.isEmpty() || b.pre.isEmpty())
            return a.pre.isEmpty() == b.pre.isEmpty() ? 0 : (a.pre.isEmpty() ? 1 : -1);
        for (qsizetype i = 0; i < qMin(a.pre.size(), b.pre.size()); ++i)
            if (int c = compareIdentifier(a.pre[i], b.pre[i]))
                return c;
        return a.pre.size() < b.pre.size() ? -1 : a.pre.size() > b.pre.size() ? 1 : 0;
    }
};

// For release stack versions only (that is all the fixture tests use).
inline bool comparatorAccepts(const QString &comparator, const Ver &stack)
{
    static const QRegularExpression re(QStringLiteral("^(\\^|~|>=|<=|>|<|=)?\\s*v?([0-9]+(?:\\.[0-9]+){0,2})$"));
    const auto m = re.match(comparator.trimmed());
    if (!m.hasMatch())
        qFatal("byhand: the fixture uses a constraint form this evaluator does not know: %s", qPrintable(comparator));
    const QString op = m.captured(1);
    const Ver v = Ver::of(m.captured(2));
    const int c = cmp(stack, v);
    if (op == QLatin1String("^")) {
        // Non-zero major: same major, not lower. (The fixture has no ^0.x.)
        return c >= 0 && stack.core[0] == v.core[0];
    }
    if (op == QLatin1String("~"))
        return c >= 0 && stack.core[0] == v.core[0] && stack.core[1] == v.core[1];
    if (op == QLatin1String(">="))
        return c >= 0;
    if (op == QLatin1String(">"))
        return c > 0;
    if (op == QLatin1String("<="))
        return c <= 0;
    if (op == QLatin1String("<"))
        return c < 0;
    return c == 0;
}

inline bool constraintAccepts(const QString &constraint, const QString &stackText)
{
    const Ver stack = Ver::of(stackText);
    for (const QString &alternative : constraint.split(QStringLiteral("||"))) {
        // "a - b" ranges, then comparators separated by spaces or commas.
        static const QRegularExpression hyphen(QStringLiteral("^\\s*([0-9.]+)\\s+-\\s+([0-9.]+)\\s*$"));
        if (const auto m = hyphen.match(alternative); m.hasMatch()) {
            if (cmp(stack, Ver::of(m.captured(1))) >= 0 && cmp(stack, Ver::of(m.captured(2))) <= 0)
                return true;
            continue;
        }
        QString normalized = alternative;
        static const QRegularExpression opSpace(QStringLiteral("(>=|<=|>|<|=|\\^|~)\\s+"));
        normalized.replace(opSpace, QStringLiteral("\\1"));
        const QStringList comparators
            = normalized.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
        bool all = !comparators.isEmpty();
        for (const QString &c : comparators)
            all = all && comparatorAccepts(c, stack);
        if (all)
            return true;
    }
    return false;
}

// conditions.kibana.version, dotted or nested, read line by line; empty when absent.
inline QString kibanaConstraint(const QString &manifest)
{
    bool inConditions = false;
    bool inKibana = false;
    for (QString line : manifest.split(QLatin1Char('\n'))) {
        if (const qsizetype hash = line.indexOf(QStringLiteral(" #")); hash >= 0)
            line.truncate(hash);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const bool topLevel = !line.startsWith(QLatin1Char(' ')) && !line.startsWith(QLatin1Char('\t'));
        if (topLevel) {
            inConditions = line.trimmed() == QLatin1String("conditions:");
            inKibana = false;
            continue;
        }
        if (!inConditions)
            continue;
        const QString t = line.trimmed();
        auto value = [](const QString &rest) {
            QString v = rest.trimmed();
            if (v.size() >= 2 && (v.startsWith(QLatin1Char('\'')) || v.startsWith(QLatin1Char('"'))))
                v = v.mid(1, v.size() - 2);
            return v.trimmed();
        };
        if (t.startsWith(QLatin1String("kibana.version:")))
            return value(t.mid(15));
        if (t == QLatin1String("kibana:")) {
            inKibana = true;
            continue;
        }
        if (inKibana && t.startsWith(QLatin1String("version:")))
            return value(t.mid(8));
        if (t.endsWith(QLatin1Char(':')) && !t.contains(QLatin1Char(' ')))
            inKibana = false; // another condition such as elasticsearch:
    }
    return {};
}

// "name/version" -> constraint for every version directory on `branch` (empty: none).
inline QMap<QString, QString> constraints(const QString &repo, const QString &branch)
{
    QMap<QString, QString> out;
    const QStringList dirs = git(repo, {QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("-d"),
                                        QStringLiteral("--name-only"), branch, QStringLiteral("packages/")})
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &dir : dirs) {
        const QStringList parts = dir.split(QLatin1Char('/'));
        if (parts.size() != 3)
            continue;
        const QString manifest
            = git(repo, {QStringLiteral("show"), branch + QLatin1Char(':') + dir + QStringLiteral("/manifest.yml")});
        out.insert(parts[1] + QLatin1Char('/') + parts[2], kibanaConstraint(manifest));
    }
    return out;
}

// package -> newest version on `branch` whose constraint accepts `stack` (no constraint: any).
inline QMap<QString, QString> expectedContents(const QString &repo, const QString &branch, const QString &stack)
{
    QMap<QString, QString> contents;
    const QMap<QString, QString> all = constraints(repo, branch);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const QString constraint = it.value();
        if (!constraint.isEmpty() && !constraintAccepts(constraint, stack))
            continue;
        const QString name = it.key().section(QLatin1Char('/'), 0, 0);
        const QString version = it.key().section(QLatin1Char('/'), 1, 1);
        if (!contents.contains(name) || cmp(Ver::of(contents[name]), Ver::of(version)) < 0)
            contents[name] = version;
    }
    return contents;
}

} // namespace byhand
