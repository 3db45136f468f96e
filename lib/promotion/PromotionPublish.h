// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Publishing a draft: push both branches to the user's fork, then open both
// pull requests on GitHub as drafts (promotion first; the removal's body
// carries the promotion's URL). Every finished step is recorded at once, so a
// failed publication keeps the draft and a retry continues where it stopped.
// Part of tierdesk-github (it talks to GitHub); its options, where it publishes
// to and what it reports are tierdesk-core's (promotion/PublishTarget.h).
#include "promotion/PublishTarget.h"
#include "tierdesk_github_export.h"

namespace tierdesk {

// Blocking; opens its own repository and network access: run it on a worker thread (or in the CLI).
// `job` reports progress and can cancel between and within steps.
[[nodiscard]] TIERDESK_GITHUB_EXPORT Result<PublishOutcome>
    publishDraft(const QString &repositoryPath, const QString &draftId, const PublishOptions &options,
                 const JobControl &job = {});

} // namespace tierdesk
