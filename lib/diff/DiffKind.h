// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What kind of difference two copies have: file modes only, whitespace only,
// line endings only, or content. Named the same way in the matrix, the details,
// the diff summary and the JSON documents.
#include "tierdesk_core_export.h"

#include <QByteArray>
#include <QFlags>
#include <QString>

namespace tierdesk {

// No fixed underlying type: lupdate reads the ':' of a typed enum as an initializer list.
enum class DiffKind {
    Mode = 0x1,        // a file's mode (100755 → 100644)
    LineEndings = 0x2, // CRLF/CR against LF, nothing else
    Whitespace = 0x4,  // spaces, tabs, blank lines, nothing else
    Content = 0x8,     // anything else: text, files added, removed or renamed
};
Q_DECLARE_FLAGS(DiffKinds, DiffKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(DiffKinds)

// How two file contents differ: none (equal), LineEndings, Whitespace or Content.
TIERDESK_CORE_EXPORT DiffKinds classifyContent(const QByteArray &before, const QByteArray &after);

// A stable identifier: "identical", "mode-only", "whitespace-only", "eol-only",
// "cosmetic" (several of modes, whitespace and line endings, nothing else) or "content".
TIERDESK_CORE_EXPORT QString diffKindsId(DiffKinds kinds);
// Every kind present, as identifiers ("mode", "line-endings", "whitespace", "content").
TIERDESK_CORE_EXPORT QStringList diffKindNames(DiffKinds kinds);
// True when something differs but no content: only modes, whitespace or line endings.
inline bool isCosmetic(DiffKinds kinds) { return kinds && !kinds.testFlag(DiffKind::Content); }
// For people: "only file modes differ", "only whitespace and line endings differ", "content differs"...
TIERDESK_CORE_EXPORT QString describeDiffKinds(DiffKinds kinds);

} // namespace tierdesk
