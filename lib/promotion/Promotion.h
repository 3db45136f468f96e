// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Promotion and removal, end to end. A dialog is a thin shell over four steps:
//
//   1. Plan    PromotionPlan::make(snapshot, request)          pure, instant: GUI thread is fine
//              parseVersionSpecs() for typed lists; plan.refreshed(newSnapshot) after a tier moved
//   2. Checks  PromotionChecks::run(repoPath, plan, job)       worker thread (reads version trees)
//              each PromotionCheck: severity, sentence, key() to tick when needsConfirmation()
//   3. Texts   PromotionTexts::compose(plan)                  pure; bodies editable, pass them in DraftOptions
//   4. Draft   createDraft(repoPath, plan, options, job)      worker thread; GIT_EMODIFIED = refresh the plan
//   5. Publish publishDraft(repoPath, draftId, options, job)  worker thread; own QNetworkAccessManager + event loop
//              findGitHubToken() for PublishOptions::token (KeychainSecretStore may block: worker thread)
//              without a token: PublishOutcome's compare URLs, removalBodyFor() for the text to copy
//
// Drafts panel: listDrafts(repoPath) (state(), branchesIntact, pull-request links), deleteDraft(repoPath, id),
// checkRemovalSafety(repoPath, id, upstreamRemote) whenever a removal is shown (fetches, writes no reference),
// draftStatus(repoPath, draft, options) for the pull requests' states and the removal's verdict.
//
// This header is tierdesk-core's: steps 1-4, the publishing options and outcome (PublishTarget.h) and the
// token's sources. What talks to GitHub or the system keychain is tierdesk-github's (Qt Network, QtKeychain),
// included on its own where it is used: promotion/PromotionPublish.h (publishDraft),
// promotion/PullRequestLookup.h (draftStatus, pullRequestStates, findOpenPullRequestDrafts),
// github/GitHubClient.h and github/KeychainSecretStore.h.
//
// Threading: every step that touches git opens its own repository from the path, so each may run in
// QtConcurrent::run. JobControl's callbacks are called on that worker thread: forward progress to the GUI
// with QMetaObject::invokeMethod (queued) and make isCancelled read an atomic flag.
#include "github/GitHubRepo.h"
#include "git/Remote.h"
#include "promotion/PromotionChecks.h"
#include "promotion/PromotionDraft.h"
#include "promotion/PromotionDraftStore.h"
#include "promotion/PromotionPlan.h"
#include "promotion/PublishTarget.h"
#include "promotion/PromotionSafety.h"
#include "promotion/PromotionTexts.h"
#include "github/TokenSource.h"
