// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/Git.h"

#include <mutex>

namespace tierdesk::git {

void ensureInitialized()
{
    static std::once_flag once;
    // Never shut down: handles may outlive any object that could own the init.
    std::call_once(once, [] {
        git_libgit2_init();
        // Reads take objects as git's own reads do (cat-file, diff, log): inflated, with zlib's
        // checksum, not hashed again. Rehashing every object with SHA-1DC cost a tenth of a cold
        // read's instructions (callgrind of `tierdesk-cli index`, real size). Fetches are still
        // verified by the indexer, objects Tierdesk writes are hashed as they are written, and an
        // object that does not inflate is still a damaged object (tst_hostile, tst_brokentier).
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
    });
}

Error lastError(int code, QString message)
{
    const git_error *e = git_error_last();
    QString detail;
    // libgit2 >= 1.8 answers "no error" (class GIT_ERROR_NONE) rather than null
    // when the failure recorded nothing, e.g. after a callback gave up.
    if (e && e->klass != GIT_ERROR_NONE && e->message && *e->message)
        detail = QString::fromUtf8(e->message).trimmed();
    return Error{std::move(message), std::move(detail), code};
}

} // namespace tierdesk::git
