// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "github/GitHubClient.h"

#include "core/Redact.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <git2/errors.h>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {

PullRequest pullRequestFromJson(const QJsonObject &o)
{
    PullRequest pr;
    pr.number = o[u"number"_s].toInt();
    pr.url = o[u"html_url"_s].toString();
    pr.apiUrl = o[u"url"_s].toString();
    pr.draft = o[u"draft"_s].toBool();
    pr.state = o[u"state"_s].toString();
    pr.merged = o[u"merged"_s].toBool() || !o[u"merged_at"_s].toString().isEmpty();
    return pr;
}

std::optional<PullRequestSummary> summaryFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    PullRequestSummary pr;
    pr.number = o[u"number"_s].toInt();
    pr.title = o[u"title"_s].toString();
    pr.url = o[u"html_url"_s].toString();
    pr.author = o.value(u"user"_s).toObject().value(u"login"_s).toString();
    pr.baseBranch = o.value(u"base"_s).toObject().value(u"ref"_s).toString();
    if (pr.number <= 0)
        return std::nullopt;
    return pr;
}

// GitHub's own explanation: "message" plus each of "errors"' messages.
QString gitHubMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QStringList parts;
    if (const QString m = o[u"message"_s].toString(); !m.isEmpty())
        parts.append(m);
    for (const QJsonValue &e : o[u"errors"_s].toArray()) {
        const QString m = e.isObject() ? e[u"message"_s].toString() : e.toString();
        if (!m.isEmpty())
            parts.append(m);
    }
    return parts.join(u": "_s);
}
} // namespace

GitHubClient::GitHubClient(GitHubEndpoint endpoint, QString token, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_token(std::move(token))
{
}

GitHubClient::~GitHubClient() = default;

bool GitHubClient::isAlreadyExists(const Error &error)
{
    return error.code == 422 && error.detail.contains(u"already exists"_s, Qt::CaseInsensitive);
}

QNetworkReply *GitHubClient::send(const QByteArray &verb, const QString &path, const QUrlQuery *query,
                                  const QByteArray &body, std::function<void(QNetworkReply *)> handle)
{
    QUrl url = m_endpoint.api;
    url.setPath(m_endpoint.api.path() + path);
    if (query)
        url.setQuery(*query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    request.setRawHeader("User-Agent", "Tierdesk");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(int(m_timeout.count()));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, this, [reply, handle = std::move(handle)] {
        reply->deleteLater();
        handle(reply);
    });
    return reply;
}

Error GitHubClient::replyError(QNetworkReply *reply, const QString &what) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = m_endpoint.api.host();
    Error e;
    e.code = status;
    if (status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                              || reply->error() == QNetworkReply::TimeoutError;
        if (reply->property("tierdesk.cancelled").toBool())
            e.message = tr("%1 was cancelled.").arg(what);
        else if (timedOut)
            e.message = tr("%1 failed: %2 did not answer within %3 seconds; the drafts are kept, try again later.")
                            .arg(what, host)
                            .arg(qMax<qint64>(1, m_timeout.count() / 1000));
        else
            e.message = tr("%1 failed: %2 could not be reached; the drafts are kept, try again when online.")
                            .arg(what, host);
        e.detail = redactSecret(reply->errorString(), m_token);
        return e;
    }
    e.detail = redactSecret(gitHubMessage(reply->readAll()), m_token);
    switch (status) {
    case 401:
        e.message = tr("%1 failed: GitHub did not accept the token (401): it is wrong, expired or revoked.").arg(what);
        break;
    case 403:
        e.message = tr("%1 failed: GitHub refused it (403): the token may lack permission for pull requests on this "
                       "repository, or a rate limit was reached.")
                        .arg(what);
        break;
    case 404:
        e.message = tr("%1 failed: GitHub does not know the repository or branch (404), or the token cannot see it.")
                        .arg(what);
        break;
    case 422:
        e.message = tr("%1 failed: GitHub did not accept the pull request (422).").arg(what);
        break;
    default:
        e.message = status >= 500 ? tr("%1 failed: GitHub had an internal error (HTTP %2); try again later.")
                                        .arg(what)
                                        .arg(status)
                                  : tr("%1 failed: GitHub answered HTTP %2.").arg(what).arg(status);
        break;
    }
    return e;
}

QNetworkReply *GitHubClient::createPullRequest(const NewPullRequest &pr, Callback done)
{
    const QJsonObject json{{u"title"_s, pr.title},
                           {u"body"_s, pr.body},
                           {u"head"_s, QString(pr.headOwner + u':' + pr.headBranch)},
                           {u"base"_s, pr.baseBranch},
                           {u"draft"_s, pr.draft},
                           {u"maintainer_can_modify"_s, pr.maintainerCanModify}};
    const QString what = tr("Opening the pull request “%1”").arg(pr.title);
    return send("POST", u"/repos/"_s + pr.base.owner + u'/' + pr.base.name + u"/pulls"_s, nullptr,
                QJsonDocument(json).toJson(QJsonDocument::Compact), [this, what, done](QNetworkReply *reply) {
                    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    if (reply->error() != QNetworkReply::NoError || status != 201) {
                        done(std::unexpected(replyError(reply, what)));
                        return;
                    }
                    const PullRequest made = pullRequestFromJson(QJsonDocument::fromJson(reply->readAll()).object());
                    if (made.number <= 0)
                        done(fail(tr("%1 failed: GitHub's answer names no pull request.").arg(what)));
                    else
                        done(made);
                });
}

QNetworkReply *GitHubClient::findOpenPullRequest(const GitHubRepo &base, const QString &baseBranch,
                                                 const QString &headOwner, const QString &headBranch, Callback done)
{
    QUrlQuery query;
    query.addQueryItem(u"head"_s, headOwner + u':' + headBranch);
    query.addQueryItem(u"base"_s, baseBranch);
    query.addQueryItem(u"state"_s, u"open"_s);
    const QString what = tr("Looking up the pull request of %1").arg(headBranch);
    return send("GET", u"/repos/"_s + base.owner + u'/' + base.name + u"/pulls"_s, &query, {},
                [this, what, headBranch, done](QNetworkReply *reply) {
                    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    if (reply->error() != QNetworkReply::NoError || status != 200) {
                        done(std::unexpected(replyError(reply, what)));
                        return;
                    }
                    const QJsonArray list = QJsonDocument::fromJson(reply->readAll()).array();
                    if (list.isEmpty())
                        done(fail(tr("There is no open pull request for %1.").arg(headBranch), {}, GIT_ENOTFOUND));
                    else
                        done(pullRequestFromJson(list.first().toObject()));
                });
}

QNetworkReply *GitHubClient::getPullRequest(const GitHubRepo &base, int number, Callback done)
{
    const QString what = tr("Reading the pull request #%1").arg(number);
    return send("GET", u"/repos/"_s + base.owner + u'/' + base.name + u"/pulls/"_s + QString::number(number), nullptr,
                {}, [this, what, done](QNetworkReply *reply) {
                    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    if (reply->error() != QNetworkReply::NoError || status != 200) {
                        done(std::unexpected(replyError(reply, what)));
                        return;
                    }
                    const PullRequest pr = pullRequestFromJson(QJsonDocument::fromJson(reply->readAll()).object());
                    if (pr.number <= 0)
                        done(fail(tr("%1 failed: GitHub's answer names no pull request.").arg(what)));
                    else
                        done(pr);
                });
}

Result<PullRequest> GitHubClient::getPullRequestAndWait(const GitHubRepo &base, int number, const JobControl &job)
{
    return wait([&](Callback done) { return getPullRequest(base, number, std::move(done)); }, job);
}

Result<PullRequest> GitHubClient::wait(const std::function<QNetworkReply *(Callback)> &start, const JobControl &job)
{
    std::optional<Result<PullRequest>> result;
    QEventLoop loop;
    QPointer<QNetworkReply> reply = start([&](const Result<PullRequest> &r) {
        result = r;
        loop.quit();
    });
    QTimer poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (reply && job.isCancelled()) {
            reply->setProperty("tierdesk.cancelled", true);
            reply->abort();
        }
    });
    poll.start();
    if (!result)
        loop.exec();
    return result ? *result : fail(tr("The request ended without an answer."));
}

Result<QByteArray> GitHubClient::getAndWait(const QString &path, const QUrlQuery &query, const QString &what,
                                            const JobControl &job)
{
    std::optional<Result<QByteArray>> result;
    QEventLoop loop;
    QPointer<QNetworkReply> reply = send("GET", path, &query, {}, [&](QNetworkReply *r) {
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (r->error() != QNetworkReply::NoError || status != 200)
            result = std::unexpected(replyError(r, what));
        else
            result = r->readAll();
        loop.quit();
    });
    QTimer poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (reply && job.isCancelled()) {
            reply->setProperty("tierdesk.cancelled", true);
            reply->abort();
        }
    });
    poll.start();
    if (!result)
        loop.exec();
    return result ? *result : fail(tr("The request ended without an answer."));
}

Result<QList<PullRequestSummary>> GitHubClient::listOpenPullRequestsAndWait(const GitHubRepo &base,
                                                                         const JobControl &job)
{
    constexpr int perPage = 100;
    const QString what = tr("Listing the open pull requests of %1").arg(base.fullName());
    QList<PullRequestSummary> out;
    for (int page = 1; page <= maxOpenPullRequestPages; ++page) {
        QUrlQuery query;
        query.addQueryItem(u"state"_s, u"open"_s);
        query.addQueryItem(u"per_page"_s, QString::number(perPage));
        query.addQueryItem(u"page"_s, QString::number(page));
        auto body = getAndWait(u"/repos/"_s + base.owner + u'/' + base.name + u"/pulls"_s, query, what, job);
        if (!body)
            return std::unexpected(body.error());
        const QJsonDocument doc = QJsonDocument::fromJson(*body);
        if (!doc.isArray())
            return fail(tr("%1 failed: GitHub's answer is not a list of pull requests.").arg(what));
        const QJsonArray list = doc.array();
        for (const QJsonValue &v : list)
            if (auto pr = summaryFromJson(v))
                out.append(*pr);
        if (list.size() < perPage)
            break;
    }
    return out;
}

Result<PullRequest> GitHubClient::createPullRequestAndWait(const NewPullRequest &request, const JobControl &job)
{
    return wait([&](Callback done) { return createPullRequest(request, std::move(done)); }, job);
}

Result<PullRequest> GitHubClient::findOpenPullRequestAndWait(const GitHubRepo &base, const QString &baseBranch,
                                                             const QString &headOwner, const QString &headBranch,
                                                             const JobControl &job)
{
    return wait([&](Callback done) { return findOpenPullRequest(base, baseBranch, headOwner, headBranch, std::move(done)); },
                job);
}

} // namespace tierdesk
