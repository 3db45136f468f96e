// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opening pull requests through the GitHub REST API (github.com or a GitHub
// Enterprise server), and the compare URLs offered when there is no network or
// token. The token goes into the Authorization header only: error messages are
// built from GitHub's answer and scrubbed of it.
#include "core/Error.h"
#include "core/JobControl.h"
#include "tierdesk_core_export.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkReply;
class QUrlQuery;

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

// Lives on one thread (its QNetworkAccessManager's). Error::code is the HTTP
// status when GitHub answered, 0 when it did not (network error, timeout).
class TIERDESK_CORE_EXPORT GitHubClient : public QObject {
    Q_OBJECT
public:
    GitHubClient(GitHubEndpoint endpoint, QString token, QObject *parent = nullptr);
    ~GitHubClient() override;

    const GitHubEndpoint &endpoint() const { return m_endpoint; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    using Callback = std::function<void(const Result<PullRequest> &)>;
    // Asynchronous: `done` runs later on this object's thread. Returns the reply
    // so the caller may abort() it (done then reports the cancellation).
    QNetworkReply *createPullRequest(const NewPullRequest &request, Callback done);
    // The open pull request from headOwner:headBranch into baseBranch; GIT_ENOTFOUND in code when none.
    QNetworkReply *findOpenPullRequest(const GitHubRepo &base, const QString &baseBranch, const QString &headOwner,
                                       const QString &headBranch, Callback done);

    // One pull request by number, with its state.
    QNetworkReply *getPullRequest(const GitHubRepo &base, int number, Callback done);

    // Blocking forms for worker threads and the CLI: a local event loop that
    // `job` can cancel.
    [[nodiscard]] Result<PullRequest> createPullRequestAndWait(const NewPullRequest &request, const JobControl &job = {});
    Result<PullRequest> findOpenPullRequestAndWait(const GitHubRepo &base, const QString &baseBranch,
                                                   const QString &headOwner, const QString &headBranch,
                                                   const JobControl &job = {});

    [[nodiscard]] Result<PullRequest> getPullRequestAndWait(const GitHubRepo &base, int number,
                                                           const JobControl &job = {});

    // Every open pull request of `base` (GET /repos/{owner}/{repo}/pulls?state=open, 100 per page, page by page
    // up to maxOpenPullRequestPages). Pages are asked of this client's endpoint by number: a Link header's
    // URL, which names a host of the server's choosing, is never followed with the token.
    static constexpr int maxOpenPullRequestPages = 20;
    [[nodiscard]] Result<QList<PullRequestSummary>> listOpenPullRequestsAndWait(const GitHubRepo &base,
                                                                             const JobControl &job = {});

    // GitHub's 422 for a head that already has an open pull request.
    static bool isAlreadyExists(const Error &error);

private:
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QUrlQuery *query, const QByteArray &body,
                        std::function<void(QNetworkReply *)> handle);
    [[nodiscard]] Result<PullRequest> wait(const std::function<QNetworkReply *(Callback)> &start, const JobControl &job);
    Error replyError(QNetworkReply *reply, const QString &what) const;
    // One GET's body (HTTP 200), blocking like wait().
    [[nodiscard]] Result<QByteArray> getAndWait(const QString &path, const QUrlQuery &query, const QString &what,
                                                const JobControl &job);

    GitHubEndpoint m_endpoint;
    QString m_token;
    std::chrono::milliseconds m_timeout{30000};
    QNetworkAccessManager m_network;
};

} // namespace tierdesk
