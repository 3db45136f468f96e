// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/SourceScan.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Replaces source[from, to) by spaces, keeping newlines.
void blank(QString &out, const QString &source, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to && i < source.size(); ++i)
        out.append(source.at(i) == u'\n' ? u'\n' : u' ');
}

qsizetype endOfQuoted(const QString &s, qsizetype start, QChar quote)
{
    qsizetype i = start + 1;
    while (i < s.size() && s.at(i) != quote && s.at(i) != u'\n') {
        if (s.at(i) == u'\\')
            ++i;
        ++i;
    }
    return std::min(i + 1, s.size());
}

qsizetype endOfRawString(const QString &s, qsizetype start)
{
    const qsizetype open = s.indexOf(u'(', start);
    if (open < 0)
        return s.size();
    const QString delimiter = u')' + s.mid(start + 2, open - start - 2) + u'"';
    const qsizetype close = s.indexOf(delimiter, open);
    return close < 0 ? s.size() : close + delimiter.size();
}

bool startsRawString(const QString &s, qsizetype i)
{
    if (!s.mid(i).startsWith(u"R\""_s))
        return false;
    return i == 0 || !(s.at(i - 1).isLetterOrNumber() || s.at(i - 1) == u'_')
        || s.mid(std::max<qsizetype>(0, i - 2), 2) == u"u8"_s || s.at(i - 1) == u'u' || s.at(i - 1) == u'U'
        || s.at(i - 1) == u'L';
}

// A digit separator (1'000) is not a character literal.
bool isDigitSeparator(const QString &s, qsizetype i)
{
    return i > 0 && s.at(i - 1).isDigit() && i + 1 < s.size() && s.at(i + 1).isLetterOrNumber();
}

bool opensFunctionBody(const QString &before)
{
    static const QRegularExpression body(
        uR"(\)\s*(?:const|override|noexcept|final|mutable|volatile|&|&&|\s)*(?:->\s*[\w:<>,\s\*&]+)?$)"_s);
    static const QRegularExpression control(uR"(\b(?:if|for|while|switch|catch)\s*\(.*\)\s*$)"_s);
    if (!body.match(before).hasMatch())
        return false;
    const QString lastLine = before.section(u'\n', -1);
    return !control.match(lastLine).hasMatch();
}

} // namespace

QString blankCommentsAndLiterals(const QString &s)
{
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        qsizetype end = -1;
        if (s.mid(i, 2) == u"//"_s) {
            end = s.indexOf(u'\n', i);
            end = end < 0 ? s.size() : end;
        } else if (s.mid(i, 2) == u"/*"_s) {
            end = s.indexOf(u"*/"_s, i + 2);
            end = end < 0 ? s.size() : end + 2;
        } else if (startsRawString(s, i)) {
            end = endOfRawString(s, i);
        } else if (s.at(i) == u'"' || (s.at(i) == u'\'' && !isDigitSeparator(s, i))) {
            end = endOfQuoted(s, i, s.at(i));
        }
        if (end < 0) {
            out.append(s.at(i++));
            continue;
        }
        blank(out, s, i, end);
        i = end;
    }
    return out;
}

QList<FunctionSpan> functionBodies(const QString &source)
{
    const QString s = blankCommentsAndLiterals(source);
    struct Open {
        bool function;
        int line;
        QString head;
    };
    QList<Open> stack;
    QList<FunctionSpan> spans;
    int line = 1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'\n') {
            ++line;
        } else if (c == u'{') {
            const bool insideFunction = std::any_of(stack.cbegin(), stack.cend(), [](const Open &o) { return o.function; });
            const QString before = s.mid(std::max<qsizetype>(0, i - 400), std::min<qsizetype>(i, 400)).trimmed();
            const bool function = !insideFunction && opensFunctionBody(before);
            stack.append({function, line, before.section(u'\n', -1).trimmed().left(100)});
        } else if (c == u'}' && !stack.isEmpty()) {
            const Open open = stack.takeLast();
            if (open.function)
                spans.append({open.line, line - open.line + 1, open.head});
        }
    }
    return spans;
}
