// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tierdesk-cli's way to GitHub. Qt Network and QtKeychain (with D-Bus,
// libproxy, curl, GnuTLS, Kerberos...) would cost every command's start, so
// the CLI does not link tierdesk-github: what talks to GitHub or the system
// keychain is the module tierdesk-cli-github.so beside libtierdesk-core
// (build/lib/, or the installed private library directory), loaded with
// QLibrary only by the commands that need it: publishing, the pull requests'
// states, a dry run's look at the upstream's open pull requests.
//
// The module exports one extern "C" function, GitHubModuleEntry, returning a
// table of function pointers whose first field is the ABI number it was built
// with: the CLI checks it, the table's size and the Tierdesk version before
// it reads anything else. Change the table or a type it passes, bump the ABI.
// TIERDESK_CLI_GITHUB_MODULE names another file to load (for tests).
#include "github/TokenSource.h"
#include "promotion/DraftStatus.h"
#include "promotion/PendingDrafts.h"
#include "promotion/PublishTarget.h"

#include <cstddef>
#include <optional>

namespace cli {

inline constexpr int GitHubModuleAbi = 1;
inline constexpr char GitHubModuleEntry[] = "tierdesk_cli_github";
inline constexpr char GitHubModuleFile[] = "tierdesk-cli-github.so";

struct GitHubModule {
    int abi = GitHubModuleAbi;        // first, and read first
    std::size_t size = sizeof(GitHubModule);
    const char *version = nullptr;    // the Tierdesk version the module was built for
    // The first GitHub token (tierdesk::findGitHubToken), the system keychain consulted when `keychain`.
    std::optional<tierdesk::GitHubToken> (*findToken)(bool keychain) = nullptr;
    tierdesk::Result<tierdesk::PublishOutcome> (*publishDraft)(const QString &repositoryPath, const QString &draftId,
                                                              const tierdesk::PublishOptions &options) = nullptr;
    tierdesk::DraftStatus (*pullRequestStates)(const tierdesk::PromotionDraft &draft,
                                               const tierdesk::DraftStatusOptions &options) = nullptr;
    tierdesk::Result<QList<tierdesk::PendingDraft>> (*findOpenPullRequestDrafts)(
        const tierdesk::git::Repository &repo, const tierdesk::PublishOptions &options,
        const tierdesk::TierConfig &config, const QList<tierdesk::PendingDraft> &known) = nullptr;
};

using GitHubModuleEntryFunction = const GitHubModule *(*)();

// The module, loaded on the first call and kept; an error whose text says what is wrong and to reinstall
// Tierdesk when it is missing, cannot be loaded or is of another build.
[[nodiscard]] tierdesk::Result<const GitHubModule *> gitHubModule();

} // namespace cli
