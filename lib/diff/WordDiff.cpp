// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/WordDiff.h"

#include <algorithm>
#include <vector>

namespace tierdesk {

namespace {

struct Token {
    int start;
    int length;
    bool space;
};

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

QList<Token> tokenize(QStringView s)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(s.size());
    while (i < n) {
        const int start = i;
        const QChar c = s[i];
        if (isWordChar(c)) {
            while (i < n && isWordChar(s[i]))
                ++i;
        } else if (c.isSpace()) {
            while (i < n && s[i].isSpace())
                ++i;
        } else {
            // A surrogate pair stays one token.
            i += (c.isHighSurrogate() && i + 1 < n) ? 2 : 1;
        }
        tokens.append({start, i - start, c.isSpace()});
    }
    return tokens;
}

bool same(QStringView a, const Token &x, QStringView b, const Token &y)
{
    return x.length == y.length && a.mid(x.start, x.length) == b.mid(y.start, y.length);
}

// Marks changed tokens as ranges, joining neighbours and changes separated by one space run.
QList<TextRange> toRanges(const QList<Token> &tokens, const std::vector<bool> &changed)
{
    QList<TextRange> ranges;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!changed[size_t(i)])
            continue;
        const Token &t = tokens[i];
        if (!ranges.isEmpty()) {
            TextRange &last = ranges.last();
            const bool adjacent = last.end() == t.start;
            // "a b" replaced as a whole reads better than "a" and "b" apart.
            const bool bridged = i >= 1 && tokens[i - 1].space && last.end() == tokens[i - 1].start;
            if (adjacent || bridged) {
                last.length = t.start + t.length - last.start;
                continue;
            }
        }
        ranges.append({t.start, t.length});
    }
    return ranges;
}

// One line as tokens, with the ones that changed.
struct Side {
    QStringView line;
    QList<Token> tokens;
    std::vector<bool> changed;

    explicit Side(QStringView text) : line(text), tokens(tokenize(text)), changed(size_t(tokens.size()), false) {}
    const Token &at(qsizetype i) const { return tokens[i]; }
    qsizetype size() const { return tokens.size(); }
};

bool same(const Side &a, qsizetype i, const Side &b, qsizetype j) { return same(a.line, a.at(i), b.line, b.at(j)); }

// The tokens equal at both ends, which need no table.
struct Ends {
    qsizetype prefix = 0;
    qsizetype suffix = 0;
};

Ends commonEnds(const Side &a, const Side &b)
{
    Ends e;
    while (e.prefix < a.size() && e.prefix < b.size() && same(a, e.prefix, b, e.prefix))
        ++e.prefix;
    while (e.suffix < a.size() - e.prefix && e.suffix < b.size() - e.prefix
           && same(a, a.size() - 1 - e.suffix, b, b.size() - 1 - e.suffix))
        ++e.suffix;
    return e;
}

bool wordAtEnds(const Side &a, const Ends &e)
{
    for (qsizetype i = 0; i < e.prefix; ++i)
        if (!a.at(i).space)
            return true;
    for (qsizetype i = 0; i < e.suffix; ++i)
        if (!a.at(a.size() - 1 - i).space)
            return true;
    return false;
}

// Marks the tokens of the middles (n and m tokens after `prefix`) outside their
// longest common subsequence as changed. True when the subsequence holds a word.
bool markMiddles(Side &a, Side &b, qsizetype prefix, qsizetype n, qsizetype m)
{
    // lcs[i][j]: LCS length of a[prefix+i..] and b[prefix+j..], as a flat table.
    const qsizetype w = m + 1;
    std::vector<quint16> lcs(size_t((n + 1) * w), 0);
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i * w + j)] = same(a, prefix + i, b, prefix + j)
                                         ? quint16(lcs[size_t((i + 1) * w + j + 1)] + 1)
                                         : std::max(lcs[size_t((i + 1) * w + j)], lcs[size_t(i * w + j + 1)]);
    bool commonWord = false;
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (same(a, prefix + i, b, prefix + j)) {
            commonWord = commonWord || !a.at(prefix + i).space;
            ++i;
            ++j;
        } else if (lcs[size_t((i + 1) * w + j)] >= lcs[size_t(i * w + j + 1)]) {
            a.changed[size_t(prefix + i++)] = true;
        } else {
            b.changed[size_t(prefix + j++)] = true;
        }
    }
    for (; i < n; ++i)
        a.changed[size_t(prefix + i)] = true;
    for (; j < m; ++j)
        b.changed[size_t(prefix + j)] = true;
    return commonWord;
}

int visibleLength(const Side &s, bool unchangedOnly)
{
    int length = 0;
    for (qsizetype i = 0; i < s.size(); ++i)
        if (!s.at(i).space && !(unchangedOnly && s.changed[size_t(i)]))
            length += s.at(i).length;
    return length;
}

// Lines paired only by position can be unrelated: unless enough of their
// visible text is shared, marking words would be noise.
bool sharesEnough(const Side &a, const Side &b)
{
    const int common = visibleLength(a, true);
    const int longest = std::max(visibleLength(a, false), visibleLength(b, false));
    return common * 10 >= longest * 4;
}

// Next to changed words, re-indentation adds nothing (the line colour shows
// it); when only blanks changed, they are the news and stay marked.
void dropBlankRanges(WordChanges &changes, QStringView oldLine, QStringView newLine)
{
    auto blank = [](QStringView line) {
        return [line](const TextRange &r) { return line.mid(r.start, r.length).trimmed().isEmpty(); };
    };
    const bool words = !std::all_of(changes.removed.cbegin(), changes.removed.cend(), blank(oldLine))
                       || !std::all_of(changes.added.cbegin(), changes.added.cend(), blank(newLine));
    if (words) {
        changes.removed.removeIf(blank(oldLine));
        changes.added.removeIf(blank(newLine));
    }
}
} // namespace

WordChanges wordChanges(QStringView oldLine, QStringView newLine, int maxLineLength, int maxCells)
{
    if (oldLine == newLine || oldLine.size() > maxLineLength || newLine.size() > maxLineLength)
        return {};
    Side a(oldLine);
    Side b(newLine);
    const Ends ends = commonEnds(a, b);
    const qsizetype n = a.size() - ends.prefix - ends.suffix;
    const qsizetype m = b.size() - ends.prefix - ends.suffix;
    if (qint64(n) * qint64(m) > maxCells)
        return {};
    const bool middleWord = markMiddles(a, b, ends.prefix, n, m);
    if (!middleWord && !wordAtEnds(a, ends))
        return {};
    if (!sharesEnough(a, b))
        return {};
    WordChanges result{toRanges(a.tokens, a.changed), toRanges(b.tokens, b.changed)};
    dropBlankRanges(result, oldLine, newLine);
    return result;
}

} // namespace tierdesk
