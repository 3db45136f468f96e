// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EntryName.h"

#include "core/Tr.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::StorageReader;

bool validUtf8(const QByteArray &raw)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(raw); // decode() is lazy: the conversion runs on assignment
    return !decoder.hasError();
}

// ".git", ".GIT", ".git. " and the 8.3 alias "git~1" all reach the git directory on some file system.
bool namesGitDirectory(const QByteArray &raw)
{
    QByteArray n = raw.toLower();
    while (n.endsWith('.') || n.endsWith(' '))
        n.chop(1);
    return n == ".git" || n == "git~1";
}
} // namespace

QString unsafeEntryName(const QByteArray &raw)
{
    if (raw.isEmpty())
        return Tr::tr("The name is empty.");
    if (raw == "." || raw == "..")
        return Tr::tr("“%1” names a directory itself or its parent, never a directory of its own.")
            .arg(QString::fromLatin1(raw));
    if (namesGitDirectory(raw))
        return Tr::tr("“%1” would be git's own directory in a checkout.").arg(displayEntryName(raw));
    if (raw.contains('/') || raw.contains('\\'))
        return Tr::tr("“%1” contains a path separator: one name would be several directories.")
            .arg(displayEntryName(raw));
    for (const char c : raw)
        if (uchar(c) < 0x20 || uchar(c) == 0x7f)
            return Tr::tr("“%1” contains control characters.").arg(displayEntryName(raw));
    if (!validUtf8(raw))
        return Tr::tr("“%1” is not valid UTF-8 text.").arg(displayEntryName(raw));
    return {};
}

QString displayEntryName(const QByteArray &raw)
{
    if (validUtf8(raw))
        return QString::fromUtf8(raw);
    // Decode what is valid piece by piece; bytes that are not part of a valid sequence become \xNN.
    QString out;
    qsizetype i = 0;
    while (i < raw.size()) {
        const uchar c = uchar(raw.at(i));
        const int length = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
        const QByteArray piece = length ? raw.mid(i, length) : QByteArray();
        if (length && piece.size() == length && validUtf8(piece)) {
            out += QString::fromUtf8(piece);
            i += length;
        } else {
            out += u"\\x"_s + QString::number(c, 16).toUpper().rightJustified(2, u'0');
            ++i;
        }
    }
    return out;
}

} // namespace tierdesk
