// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TerminalText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
QByteArray hexEscape(const char *prefix, unsigned value, int digits)
{
    return QByteArray(prefix) + QByteArray::number(value, 16).toUpper().rightJustified(digits, '0');
}

bool isControl(char32_t c) { return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f); }
} // namespace

QString oneLine(const QString &text)
{
    // Nearly all text has nothing to escape: then it is returned as it is, not copied.
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += u"\\n"_s;
        else if (u == u'\r')
            out += u"\\r"_s;
        else if (u == u'\t')
            out += u"\\t"_s;
        else if (isControl(u))
            out += QString::fromLatin1(u < 0x80 ? hexEscape("\\x", u, 2) : hexEscape("\\u", u, 4));
        else
            out += c;
    }
    return out;
}

QByteArray terminalSafe(const QByteArray &utf8, QByteArray *carry)
{
    // No control byte and no C2 (the lead byte of the C1 controls): nothing to change.
    const auto plain = [](char c) {
        const uchar b = uchar(c);
        return b == '\n' || b == '\t' || (b >= 0x20 && b != 0x7f && b != 0xc2);
    };
    if ((!carry || carry->isEmpty()) && std::all_of(utf8.cbegin(), utf8.cend(), plain))
        return utf8;
    QByteArray in = carry ? *carry + utf8 : utf8;
    if (carry)
        carry->clear();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const uchar b = uchar(in.at(i));
        if (b == '\n' || b == '\t' || (b >= 0x20 && b != 0x7f && b != 0xc2)) {
            out += char(b);
        } else if (b < 0x80) {
            out += hexEscape("\\x", b, 2);
        } else if (i + 1 == in.size() && carry) {
            *carry = QByteArray(1, char(b)); // C2 at the end: the next write says what it leads
        } else if (i + 1 < in.size() && uchar(in.at(i + 1)) >= 0x80 && uchar(in.at(i + 1)) <= 0x9f) {
            out += hexEscape("\\u", uchar(in.at(++i)), 4); // C2 80..9F: U+0080..U+009F, the C1 controls
        } else {
            out += char(b);
        }
    }
    return out;
}

TerminalSafeDevice::TerminalSafeDevice(FILE *file) : m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalSafeDevice::~TerminalSafeDevice()
{
    if (!m_carry.isEmpty())
        std::fwrite(m_carry.constData(), 1, size_t(m_carry.size()), m_file);
    std::fflush(m_file);
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 length)
{
    const QByteArray safe = terminalSafe(QByteArray::fromRawData(data, length), &m_carry);
    if (std::fwrite(safe.constData(), 1, size_t(safe.size()), m_file) != size_t(safe.size()))
        return -1;
    std::fflush(m_file);
    return length;
}

} // namespace cli
