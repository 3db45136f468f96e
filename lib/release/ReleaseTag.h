// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Cuts the stack-version tag from production. A tag that exists is never moved
// or overwritten; pushTag (git/Remote.h) sends it to a remote.
#include "core/Error.h"
#include "release/TagReadiness.h"
#include "git/TreeEditor.h"
#include "tierdesk_core_export.h"

#include <optional>

namespace tierdesk {

// "Elastic Stack 8.6.0", then one "- name: version" line per package of the contents.
TIERDESK_CORE_EXPORT QString releaseTagMessage(const TagReadiness &readiness);

struct TagOptions {
    bool allowWarnings = false;             // a check with warnings only may be tagged
    std::optional<git::Signature> tagger;   // default: GIT_COMMITTER_NAME/EMAIL, else user.name/email
};

// Creates the annotated tag `readiness.tagName` on `readiness.productionCommit`
// after making sure the check allows it and the production branch has not moved
// since. Fails (leaving everything as it is) when the tag already exists.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<git::ObjectId> createReleaseTag(const git::Repository &repo,
                                                                          const TagReadiness &readiness,
                                                                          const TagOptions &options = {});

} // namespace tierdesk
