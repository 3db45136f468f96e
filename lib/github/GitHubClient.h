// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opening and reading pull requests through the GitHub REST API (github.com or
// a GitHub Enterprise server). The token goes into the Authorization header
// only: error messages are built from GitHub's answer and scrubbed of it.
// Part of tierdesk-github (Qt Network): the addresses and records it works
// with are tierdesk-core's (github/GitHubRepo.h).
#include "core/Error.h"
#include "core/JobControl.h"
#include "github/GitHubRepo.h"
#include "tierdesk_github_export.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <chrono>
#include <functional>

class QNetworkReply;
class QUrlQuery;

namespace tierdesk {

// Lives on one thread (its QNetworkAccessManager's). Error::code is the HTTP
// status when GitHub answered, 0 when it did not (network error, timeout).
class TIERDESK_GITHUB_EXPORT GitHubClient : public QObject {
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
