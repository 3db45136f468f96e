// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// GitHub repositories and their addresses (API, web, the compare URLs offered
// when there is no network or token) and pull requests as records: pure rules,
// in tierdesk-core. Talking to GitHub is tierdesk-github's (github/GitHubClient.h).
#include "tierdesk_core_export.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace tierdesk {

struct TIERDESK_CORE_EXPORT GitHubRepo {
    QString host; // "github.com", or an Enterprise host
    QString owner;
    QString name;

    // git@github.com:owner/repo.git, ssh://git@host/owner/repo, https://host/owner/repo(.git)
    static std::optional<GitHubRepo> fromRemoteUrl(const QString &url);
    // "owner/repo"
    static std::optional<GitHubRepo> fromFullName(const QString &fullName, const QString &host = QStringLiteral("github.com"));
    QString fullName() const { return owner + u'/' + name; }
    bool isValid() const { return !owner.isEmpty() && !name.isEmpty(); }
};

struct TIERDESK_CORE_EXPORT GitHubEndpoint {
    QUrl api; // https://api.github.com, or https://host/api/v3 for GitHub Enterprise
    QUrl web; // https://github.com, or https://host

    static GitHubEndpoint forHost(const QString &host);
    // From an API base URL; the web address is derived (api.github.com → github.com, /api/v3 dropped).
    static GitHubEndpoint fromApiUrl(const QUrl &api);

    // https://github.com/<owner>/<repo>/compare/<base>...<head-owner>:<branch>?expand=1
    QString compareUrl(const GitHubRepo &base, const QString &baseBranch, const QString &headOwner,
                       const QString &headBranch) const;
};

struct NewPullRequest {
    GitHubRepo base;      // the repository the pull request is opened in
    QString baseBranch;   // the tier branch
    QString headOwner;    // the fork's owner
    QString headBranch;
    QString title;
    QString body;
    bool draft = true;
    bool maintainerCanModify = true;
};

struct TIERDESK_CORE_EXPORT PullRequest {
    int number = 0;
    QString url;    // html_url, for people
    QString apiUrl; // url
    bool draft = false;
    QString state;       // GitHub's: "open" or "closed"
    bool merged = false; // merged (a closed pull request may be merged or not)

    // Where it is in its life: "draft", "open", "merged" or "closed" (closed without merging).
    QString lifecycleId() const;
};

// One open pull request as a list shows it: enough to tell what it promotes or removes, and whose it is.
struct PullRequestSummary {
    int number = 0;
    QString title;
    QString url;        // html_url
    QString author;     // user.login
    QString baseBranch; // base.ref: the branch it merges into
};

} // namespace tierdesk
