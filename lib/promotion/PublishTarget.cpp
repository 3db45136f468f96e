// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/PublishTarget.h"

#include "promotion/PromotionTexts.h"
#include "core/Tr.h"

#include <QCoreApplication>
#include <QDir>

#include <optional>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// The texts are the publication's: they keep its translation context.
namespace Tr = trcontext::PromotionPublish;

std::optional<GitHubRepo> repoOfRemote(const git::Repository &repo, const QString &remote)
{
    if (remote.isEmpty())
        return std::nullopt;
    auto url = remoteUrl(repo, remote);
    if (!url)
        return std::nullopt;
    return GitHubRepo::fromRemoteUrl(*url);
}
} // namespace

Result<PublishTarget> resolvePublishTarget(const git::Repository &repo, const PublishOptions &options)
{
    auto target = resolveUpstreamTarget(repo, options);
    if (!target)
        return target;
    if (!options.forkOwner.isEmpty()) {
        target->forkOwner = options.forkOwner;
    } else if (auto fork = repoOfRemote(repo, options.remote)) {
        target->forkOwner = fork->owner;
    } else {
        return fail(Tr::tr("Cannot tell who owns the fork “%1”: name the fork's owner.").arg(options.remote));
    }
    return target;
}

Result<PublishTarget> resolveUpstreamTarget(const git::Repository &repo, const PublishOptions &options)
{
    const std::optional<GitHubRepo> upstreamFromRemote = repoOfRemote(repo, options.upstreamRemote);
    PublishTarget target;
    QString host = upstreamFromRemote ? upstreamFromRemote->host : QString();
    if (!options.apiUrl.isEmpty()) {
        target.endpoint = GitHubEndpoint::fromApiUrl(options.apiUrl);
        host = target.endpoint.web.host();
    } else {
        // The repository's remote URL is repository content: it never chooses where the token goes.
        const QString configured = chosenGitHubHost(options.credentials.githubHost);
        if (!host.isEmpty() && host.toLower() != configured)
            return fail(Tr::tr("The upstream remote “%1” is on %2, not on the configured GitHub host %3: pull requests "
                               "(and the token) go only there. Configure the GitHub host or name the API URL.")
                            .arg(options.upstreamRemote, host, configured));
        host = configured;
        target.endpoint = GitHubEndpoint::forHost(host);
    }
    if (!options.upstream.isEmpty()) {
        auto named = GitHubRepo::fromFullName(options.upstream, host);
        if (!named)
            return fail(Tr::tr("“%1” is not a GitHub repository name of the form owner/repository.").arg(options.upstream));
        target.upstream = *named;
    } else if (upstreamFromRemote) {
        target.upstream = *upstreamFromRemote;
    } else {
        return fail(Tr::tr("Cannot tell which GitHub repository the pull requests belong to: the remote “%1” has no GitHub "
                       "address; name it (owner/repository).")
                        .arg(options.upstreamRemote));
    }
    return target;
}

namespace {
QString normalisedUrl(QString url)
{
    url = url.trimmed();
    while (url.endsWith(u'/'))
        url.chop(1);
    if (url.endsWith(u".git"))
        url.chop(4);
    const QUrl parsed(url);
    if (parsed.isValid() && !parsed.scheme().isEmpty() && parsed.scheme() != u"file")
        return parsed.host().toLower() + parsed.path();
    return QDir::cleanPath(parsed.scheme() == u"file" ? parsed.toLocalFile() : url);
}
} // namespace

bool sameRepository(const QString &urlA, const QString &urlB)
{
    const auto a = GitHubRepo::fromRemoteUrl(urlA);
    const auto b = GitHubRepo::fromRemoteUrl(urlB);
    if (a && b)
        return a->host.compare(b->host, Qt::CaseInsensitive) == 0
               && a->owner.compare(b->owner, Qt::CaseInsensitive) == 0
               && a->name.compare(b->name, Qt::CaseInsensitive) == 0;
    return normalisedUrl(urlA) == normalisedUrl(urlB);
}

Status checkPushTarget(const git::Repository &repo, const PublishOptions &options)
{
    if (options.allowUpstream || options.upstreamRemote.isEmpty())
        return {};
    auto pushUrl = remoteUrl(repo, options.remote);
    auto upstreamUrl = remoteUrl(repo, options.upstreamRemote);
    if (!pushUrl || !upstreamUrl)
        return {}; // an unknown remote fails in the push itself, with git's own words
    if (options.remote != options.upstreamRemote && !sameRepository(*pushUrl, *upstreamUrl))
        return {};
    return fail(Tr::tr("“%1” (%2) is the repository the tier branches come from, not a fork: draft branches are "
                       "pushed to your fork. Choose your fork's remote, or allow pushing to the upstream repository "
                       "for this publication.")
                    .arg(options.remote, displayUrl(*pushUrl)),
                {}, GIT_EUSER);
}

QString removalBodyFor(const PromotionDraft &draft, const PublishTarget *target)
{
    QString link;
    if (!draft.promotion.exists())
        return draft.removal.body; // a removal alone links nothing
    if (draft.promotion.pullRequest.exists())
        link = draft.promotion.pullRequest.url;
    else if (target)
        link = target->endpoint.compareUrl(target->upstream, draft.promotion.baseTier, target->forkOwner,
                                           draft.promotion.name);
    else
        link = u"`"_s + draft.promotion.name + u'`';
    return withPromotionLink(draft.removal.body, link);
}

} // namespace tierdesk
