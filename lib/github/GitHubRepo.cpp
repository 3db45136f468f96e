// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "github/GitHubRepo.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tierdesk {

std::optional<GitHubRepo> GitHubRepo::fromRemoteUrl(const QString &url)
{
    // scp-like git@host:owner/repo.git, or any URL with host and /owner/repo.
    static const QRegularExpression scp(uR"(^(?:[^@/]+@)?([^:/]+):/?([^/]+)/([^/]+?)(?:\.git)?/?$)"_s);
    static const QRegularExpression full(uR"(^[a-z+]+://(?:[^@/]+@)?([^/:]+)(?::\d+)?/(?:.*/)?([^/]+)/([^/]+?)(?:\.git)?/?$)"_s);
    QRegularExpressionMatch m = full.match(url);
    if (!m.hasMatch() && !url.contains(u"://"_s))
        m = scp.match(url);
    if (!m.hasMatch())
        return std::nullopt;
    return GitHubRepo{m.captured(1), m.captured(2), m.captured(3)};
}

std::optional<GitHubRepo> GitHubRepo::fromFullName(const QString &fullName, const QString &host)
{
    const QStringList parts = fullName.trimmed().split(u'/');
    if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty())
        return std::nullopt;
    return GitHubRepo{host, parts[0], parts[1]};
}

GitHubEndpoint GitHubEndpoint::forHost(const QString &host)
{
    if (host.isEmpty() || host == u"github.com" || host == u"api.github.com")
        return {QUrl(u"https://api.github.com"_s), QUrl(u"https://github.com"_s)};
    return {QUrl(u"https://"_s + host + u"/api/v3"_s), QUrl(u"https://"_s + host)};
}

GitHubEndpoint GitHubEndpoint::fromApiUrl(const QUrl &api)
{
    GitHubEndpoint e;
    e.api = api.adjusted(QUrl::StripTrailingSlash);
    QUrl web = e.api;
    if (web.host() == u"api.github.com")
        web.setHost(u"github.com"_s);
    QString path = web.path();
    if (path.endsWith(u"/api/v3"_s))
        path.chop(7);
    web.setPath(path);
    e.web = web;
    return e;
}

QString GitHubEndpoint::compareUrl(const GitHubRepo &base, const QString &baseBranch, const QString &headOwner,
                                   const QString &headBranch) const
{
    QString root = web.toString(QUrl::StripTrailingSlash);
    return root + u'/' + base.owner + u'/' + base.name + u"/compare/"_s + baseBranch + u"..."_s + headOwner + u':'
           + headBranch + u"?expand=1"_s;
}

QString PullRequest::lifecycleId() const
{
    if (merged)
        return u"merged"_s;
    if (state == u"closed")
        return u"closed"_s;
    return draft ? u"draft"_s : u"open"_s;
}

} // namespace tierdesk
