// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Errors travel as values: a sentence for people plus the library's own text.
#include "tierdesk_core_export.h"

#include <QString>

#include <expected>

namespace tierdesk {

struct TIERDESK_CORE_EXPORT Error {
    QString message; // what went wrong, as a sentence for the user
    QString detail;  // the underlying library's text (e.g. git_error_last()), may be empty
    int code = 0;    // libgit2 error code (GIT_ENOTFOUND, ...) or 0

    // "message (detail)" — the form shown to users and printed by the CLI.
    QString text() const;
};

template <class T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(QString message, QString detail = {}, int code = 0)
{
    return std::unexpected(Error{std::move(message), std::move(detail), code});
}

} // namespace tierdesk
