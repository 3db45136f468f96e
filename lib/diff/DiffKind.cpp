// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/DiffKind.h"

#include "core/Tr.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::DiffKindText;

// CRLF and lone CR become LF.
QByteArray unixLineEndings(const QByteArray &data)
{
    QByteArray out = data;
    out.replace("\r\n", "\n");
    out.replace('\r', '\n');
    return out;
}

QByteArray withoutWhitespace(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size());
    for (const char c : data)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f')
            out.append(c);
    return out;
}
} // namespace

DiffKinds classifyContent(const QByteArray &before, const QByteArray &after)
{
    if (before == after)
        return {};
    if (unixLineEndings(before) == unixLineEndings(after))
        return DiffKind::LineEndings;
    if (withoutWhitespace(before) == withoutWhitespace(after))
        return DiffKind::Whitespace;
    return DiffKind::Content;
}

QString diffKindsId(DiffKinds kinds)
{
    if (!kinds)
        return u"identical"_s;
    if (kinds.testFlag(DiffKind::Content))
        return u"content"_s;
    if (kinds == DiffKind::Mode)
        return u"mode-only"_s;
    if (kinds == DiffKind::Whitespace)
        return u"whitespace-only"_s;
    if (kinds == DiffKind::LineEndings)
        return u"eol-only"_s;
    return u"cosmetic"_s;
}

QStringList diffKindNames(DiffKinds kinds)
{
    QStringList names;
    if (kinds.testFlag(DiffKind::Mode))
        names.append(u"mode"_s);
    if (kinds.testFlag(DiffKind::LineEndings))
        names.append(u"line-endings"_s);
    if (kinds.testFlag(DiffKind::Whitespace))
        names.append(u"whitespace"_s);
    if (kinds.testFlag(DiffKind::Content))
        names.append(u"content"_s);
    return names;
}

QString describeDiffKinds(DiffKinds kinds)
{
    if (!kinds)
        return Tr::tr("identical");
    if (kinds.testFlag(DiffKind::Content))
        return kinds.testFlag(DiffKind::Mode) ? Tr::tr("content and file modes differ") : Tr::tr("content differs");
    if (kinds == DiffKind::Mode)
        return Tr::tr("only file modes differ");
    if (kinds == DiffKind::Whitespace)
        return Tr::tr("only whitespace differs");
    if (kinds == DiffKind::LineEndings)
        return Tr::tr("only line endings differ");
    // Two or three of them; spelled out rather than listed by the locale, which the C locale does with commas.
    if (kinds == (DiffKind::Mode | DiffKind::Whitespace | DiffKind::LineEndings))
        return Tr::tr("only file modes, whitespace and line endings differ");
    if (kinds == (DiffKind::Mode | DiffKind::Whitespace))
        return Tr::tr("only file modes and whitespace differ");
    if (kinds == (DiffKind::Mode | DiffKind::LineEndings))
        return Tr::tr("only file modes and line endings differ");
    return Tr::tr("only whitespace and line endings differ");
}

} // namespace tierdesk
