// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli-github.so: the CLI's calls into tierdesk-github (see cli/GitHubModule.h).
#include "cli/GitHubModule.h"

#include "github/KeychainSecretStore.h"
#include "promotion/PromotionPublish.h"
#include "promotion/PullRequestLookup.h"

namespace {

std::optional<tierdesk::GitHubToken> findToken(bool keychain)
{
    tierdesk::TokenSources sources;
    tierdesk::KeychainSecretStore store;
    if (keychain)
        sources.keychain = &store;
    return tierdesk::findGitHubToken(sources);
}

tierdesk::Result<tierdesk::PublishOutcome> publishDraft(const QString &repositoryPath, const QString &draftId,
                                                        const tierdesk::PublishOptions &options)
{
    return tierdesk::publishDraft(repositoryPath, draftId, options);
}

tierdesk::DraftStatus pullRequestStates(const tierdesk::PromotionDraft &draft,
                                        const tierdesk::DraftStatusOptions &options)
{
    return tierdesk::pullRequestStates(draft, options);
}

tierdesk::Result<QList<tierdesk::PendingDraft>> findOpenPullRequestDrafts(const tierdesk::git::Repository &repo,
                                                                          const tierdesk::PublishOptions &options,
                                                                          const tierdesk::TierConfig &config,
                                                                          const QList<tierdesk::PendingDraft> &known)
{
    return tierdesk::findOpenPullRequestDrafts(repo, options, config, known);
}

} // namespace

extern "C" __attribute__((visibility("default"))) const cli::GitHubModule *tierdesk_cli_github()
{
    static const cli::GitHubModule module{cli::GitHubModuleAbi, sizeof(cli::GitHubModule), TIERDESK_VERSION,
                                          &findToken,          &publishDraft,              &pullRequestStates,
                                          &findOpenPullRequestDrafts};
    return &module;
}
