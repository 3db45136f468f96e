// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What `promote` and `drafts` share: the publishing options, printing a draft,
// and publishing one. Their strings stay in the PromoteCommand context.
#include "cli/Command.h"
#include "cli/GitHubModule.h"

#include "promotion/PromotionDraft.h"
#include "promotion/PromotionJson.h"
#include "promotion/PromotionPublish.h"

namespace cli {

// The publishing options both subcommands take.
struct PublishFlags {
    PublishFlags();

    QCommandLineOption remote;
    QCommandLineOption githubUrl;
    QCommandLineOption githubHost;
    QCommandLineOption forkOwner;
    QCommandLineOption upstream;
    QCommandLineOption upstreamRemote;
    QCommandLineOption noPullRequests;
    QCommandLineOption noKeychain;
    QCommandLineOption allowUpstream;
    QCommandLineOption timeout;

    void addTo(QCommandLineParser &p) const;
    // The options with the GitHub token found through the module (the keychain too, unless --no-keychain or
    // --no-pull-requests); `tokenSource` says where it was found.
    tierdesk::PublishOptions options(const QCommandLineParser &p, const GitHubModule &github,
                                     QString *tokenSource) const;
    // The same for reading the upstream's pull requests before anything is published: the token only from the
    // environment or the token file, so a dry run never waits on the keychain.
    tierdesk::PublishOptions readingOptions(const QCommandLineParser &p) const;
};

// "tierdesk-cli: <text>" on the standard error; the usage-or-repository exit code.
int failWith(const QString &text);

// The GitHub module (cli/GitHubModule.h); null, with the reason printed like failWith's, when it is unusable.
const GitHubModule *requireGitHub();

// False, with the usage printed, unless exactly one repository is given.
bool oneRepository(const QCommandLineParser &parser, const QString &command);

// One draft branch: its name, commit, base, title, pull request and body.
void printBranch(const QString &heading, const tierdesk::DraftBranch &b, const QString &body);
// Both branches of a draft; the removal body links the promotion through `target` when known.
void printDraft(const tierdesk::PromotionDraft &d, const tierdesk::PublishTarget *target);

// Publishes and prints (into `doc` when given, else as text); the exit code.
int publish(const GitHubModule &github, const QString &repoPath, const QString &draftId,
            const tierdesk::PublishOptions &options, const QString &tokenSource, bool json,
            tierdesk::PromotionJson *doc);

} // namespace cli
