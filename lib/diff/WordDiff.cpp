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

} // namespace

WordChanges wordChanges(QStringView oldLine, QStringView newLine, int maxLineLength, int maxCells)
{
    WordChanges result;
    if (oldLine == newLine || oldLine.size() > maxLineLength || newLine.size() > maxLineLength)
        return result;
    const QList<Token> a = tokenize(oldLine);
    const QList<Token> b = tokenize(newLine);

    // The common prefix and suffix need no table.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && same(oldLine, a[prefix], newLine, b[prefix]))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && same(oldLine, a[a.size() - 1 - suffix], newLine, b[b.size() - 1 - suffix]))
        ++suffix;

    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (qint64(n) * qint64(m) > maxCells)
        return result;

    std::vector<bool> changedA(size_t(a.size()), false);
    std::vector<bool> changedB(size_t(b.size()), false);
    bool commonWord = false;
    for (qsizetype i = 0; i < prefix; ++i)
        commonWord = commonWord || !a[i].space;
    for (qsizetype i = 0; i < suffix; ++i)
        commonWord = commonWord || !a[a.size() - 1 - i].space;

    if (n > 0 && m > 0) {
        // lcs[i][j]: LCS length of a[prefix+i..] and b[prefix+j..], as a flat table.
        const qsizetype w = m + 1;
        std::vector<quint16> lcs(size_t((n + 1) * w), 0);
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[size_t(i * w + j)] = same(oldLine, a[prefix + i], newLine, b[prefix + j])
                                             ? quint16(lcs[size_t((i + 1) * w + j + 1)] + 1)
                                             : std::max(lcs[size_t((i + 1) * w + j)], lcs[size_t(i * w + j + 1)]);
        qsizetype i = 0, j = 0;
        while (i < n && j < m) {
            if (same(oldLine, a[prefix + i], newLine, b[prefix + j])) {
                commonWord = commonWord || !a[prefix + i].space;
                ++i;
                ++j;
            } else if (lcs[size_t((i + 1) * w + j)] >= lcs[size_t(i * w + j + 1)]) {
                changedA[size_t(prefix + i++)] = true;
            } else {
                changedB[size_t(prefix + j++)] = true;
            }
        }
        for (; i < n; ++i)
            changedA[size_t(prefix + i)] = true;
        for (; j < m; ++j)
            changedB[size_t(prefix + j)] = true;
    } else {
        for (qsizetype i = 0; i < n; ++i)
            changedA[size_t(prefix + i)] = true;
        for (qsizetype j = 0; j < m; ++j)
            changedB[size_t(prefix + j)] = true;
    }
    if (!commonWord)
        return result;
    // Lines paired only by position can be unrelated: unless enough of their
    // visible text is shared, marking words would be noise.
    auto visibleLength = [](const QList<Token> &tokens, const std::vector<bool> &changed, bool unchangedOnly) {
        int length = 0;
        for (qsizetype i = 0; i < tokens.size(); ++i)
            if (!tokens[i].space && !(unchangedOnly && changed[size_t(i)]))
                length += tokens[i].length;
        return length;
    };
    const int common = visibleLength(a, changedA, true);
    const int longest = std::max(visibleLength(a, changedA, false), visibleLength(b, changedB, false));
    if (common * 10 < longest * 4)
        return result;
    result.removed = toRanges(a, changedA);
    result.added = toRanges(b, changedB);
    // Next to changed words, re-indentation adds nothing (the line colour shows
    // it); when only blanks changed, they are the news and stay marked.
    auto blank = [](QStringView line) {
        return [line](const TextRange &r) { return line.mid(r.start, r.length).trimmed().isEmpty(); };
    };
    const bool words = !std::all_of(result.removed.cbegin(), result.removed.cend(), blank(oldLine))
                       || !std::all_of(result.added.cbegin(), result.added.cend(), blank(newLine));
    if (words) {
        result.removed.removeIf(blank(oldLine));
        result.added.removeIf(blank(newLine));
    }
    return result;
}

} // namespace tierdesk
