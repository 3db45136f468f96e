// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/PromotionShared.h"
#include "cli/TerminalText.h"
#include "core/Tr.h"

#include "github/TokenSource.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
namespace Tr = tierdesk::trcontext::PromoteCommand;

QString indented(const QString &text, const QString &prefix = u"    "_s)
{
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QString &l : lines)
        l = l.isEmpty() ? QString() : prefix + l;
    return lines.join(u'\n') + u'\n';
}

void printOutcome(const tierdesk::PublishOutcome &r)
{
    QTextStream &o = out();
    o << Tr::tr("Publishing") << u'\n';
    if (r.push)
        o << u"  "_s << Tr::tr("Pushed to %1: %2").arg(r.push->url, r.draft.branchNames().join(u", "_s)) << u'\n';
    if (r.draft.promotion.pullRequest.exists())
        o << u"  "_s << Tr::tr("Promotion pull request:") << u' ' << r.draft.promotion.pullRequest.url << u'\n';
    if (r.draft.removal.pullRequest.exists())
        o << u"  "_s << Tr::tr("Removal pull request:") << u' ' << r.draft.removal.pullRequest.url << u'\n';
    if (!r.promotionCompareUrl.isEmpty() && !r.draft.promotion.pullRequest.exists())
        o << u"  "_s << Tr::tr("Open the promotion:") << u' ' << r.promotionCompareUrl << u'\n';
    if (!r.removalCompareUrl.isEmpty() && !r.draft.removal.pullRequest.exists())
        o << u"  "_s << Tr::tr("Open the removal:") << u' ' << r.removalCompareUrl << u'\n';
    for (const QString &n : r.notes)
        o << u"  "_s << n << u'\n';
}
} // namespace

PublishFlags::PublishFlags()
    : remote{u"remote"_s, Tr::tr("The remote (your fork) the draft branches are pushed to: a name or URL."),
             Tr::tr("NAME")},
      githubUrl{u"github-url"_s, Tr::tr("GitHub API base URL (GitHub Enterprise: https://HOST/api/v3)."), Tr::tr("URL")},
      githubHost(githubHostOption()),
      forkOwner{u"fork-owner"_s, Tr::tr("Owner of the fork (default: from the remote's URL)."), Tr::tr("NAME")},
      upstream{u"upstream"_s, Tr::tr("GitHub repository the pull requests go to (default: from the upstream remote's URL)."),
               Tr::tr("OWNER/REPO")},
      upstreamRemote{u"upstream-remote"_s,
                     Tr::tr("Remote of the upstream repository: its tier branches, its GitHub address, "
                        "and the fetch for the removal check."),
                     Tr::tr("NAME"), u"origin"_s},
      noPullRequests{u"no-pull-requests"_s, Tr::tr("Push only; print the compare links.")},
      noKeychain{u"no-keychain"_s, Tr::tr("Do not look for the GitHub token in the system keychain.")},
      allowUpstream{u"allow-upstream"_s,
                    Tr::tr("Allow --remote to be the repository the tier branches come from (refused otherwise: "
                           "draft branches belong in your fork).")},
      timeout{u"timeout"_s, Tr::tr("Seconds to wait for GitHub (default 30)."), Tr::tr("SECONDS"), u"30"_s}
{
}

void PublishFlags::addTo(QCommandLineParser &p) const
{
    p.addOptions({remote, githubUrl, githubHost, forkOwner, upstream, upstreamRemote, noPullRequests, noKeychain,
                  allowUpstream, timeout});
}

tierdesk::PublishOptions PublishFlags::options(const QCommandLineParser &p, const GitHubModule &github,
                                              QString *tokenSource) const
{
    tierdesk::PublishOptions o;
    o.remote = p.value(remote);
    o.upstreamRemote = p.value(upstreamRemote);
    o.upstream = p.value(upstream);
    o.forkOwner = p.value(forkOwner);
    if (p.isSet(githubUrl))
        o.apiUrl = QUrl(p.value(githubUrl));
    o.credentials.githubHost = tierdesk::chosenGitHubHost(p.value(githubHost));
    o.openPullRequests = !p.isSet(noPullRequests);
    o.allowUpstream = p.isSet(allowUpstream);
    o.timeout = std::chrono::seconds(qMax(1, p.value(timeout).toInt()));
    if (auto token = github.findToken(!p.isSet(noKeychain) && o.openPullRequests)) {
        o.token = token->value;
        *tokenSource = token->source;
    }
    return o;
}

tierdesk::PublishOptions PublishFlags::readingOptions(const QCommandLineParser &p) const
{
    tierdesk::PublishOptions o;
    o.upstreamRemote = p.value(upstreamRemote);
    o.upstream = p.value(upstream);
    if (p.isSet(githubUrl))
        o.apiUrl = QUrl(p.value(githubUrl));
    o.credentials.githubHost = tierdesk::chosenGitHubHost(p.value(githubHost));
    o.timeout = std::chrono::seconds(qMax(1, p.value(timeout).toInt()));
    if (auto token = tierdesk::findGitHubToken(tierdesk::TokenSources{}))
        o.token = token->value;
    return o;
}

int failWith(const QString &text)
{
    err() << u"tierdesk-cli: "_s << text << u'\n' << Qt::flush;
    return UsageOrRepository;
}

const GitHubModule *requireGitHub()
{
    auto module = gitHubModule();
    if (module)
        return *module;
    failWith(module.error().text());
    return nullptr;
}

bool oneRepository(const QCommandLineParser &parser, const QString &command)
{
    if (parser.positionalArguments().size() == 1)
        return true;
    err() << Tr::tr("tierdesk-cli %1: give exactly one repository.").arg(command) << u'\n' << parser.helpText() << Qt::flush;
    return false;
}

void printBranch(const QString &heading, const tierdesk::DraftBranch &b, const QString &body)
{
    QTextStream &o = out();
    o << heading << u'\n';
    if (b.exists()) {
        o << u"  "_s << Tr::tr("Branch:") << u' ' << b.name << u'\n'
          << u"  "_s << Tr::tr("Commit:") << u' ' << b.commit.toHex() << u'\n';
    }
    o << u"  "_s << Tr::tr("Base:") << u' ' << b.baseTier << u" ("_s << b.base.shortHex(12) << u")\n"_s
      << u"  "_s << Tr::tr("Title:") << u' ' << oneLine(b.title) << u'\n';
    if (b.pullRequest.exists())
        o << u"  "_s << Tr::tr("Pull request:") << u' ' << b.pullRequest.url << u'\n';
    o << u"  "_s << Tr::tr("Body:") << u'\n' << indented(body) << u'\n';
}

void printDraft(const tierdesk::PromotionDraft &d, const tierdesk::PublishTarget *target)
{
    if (d.promotion.exists())
        printBranch(Tr::tr("Promotion draft"), d.promotion, d.promotion.body);
    else
        out() << Tr::tr("Promotion draft: none, %1's distribution already serves every version with identical "
                        "content.")
                     .arg(d.destinationTier)
              << u"\n\n"_s;
    printBranch(Tr::tr("Removal draft"), d.removal, tierdesk::removalBodyFor(d, target));
}

int publish(const GitHubModule &github, const QString &repoPath, const QString &draftId,
            const tierdesk::PublishOptions &options, const QString &tokenSource, bool json,
            tierdesk::PromotionJson *doc)
{
    if (!json && !options.token.isEmpty())
        out() << Tr::tr("Using the GitHub token from %1.").arg(tokenSource) << u'\n' << Qt::flush;
    auto outcome = github.publishDraft(repoPath, draftId, options);
    if (!outcome) {
        const QString text = tierdesk::redactSecret(outcome.error().text(), options.token);
        err() << u"tierdesk-cli: "_s << text << u'\n'
              << Tr::tr("The draft %1 is kept; retry with: tierdesk-cli drafts %2 --publish %1 --remote %3")
                     .arg(draftId, repoPath, options.remote)
              << u'\n';
        if (doc)
            doc->setPublishError(text);
        return UsageOrRepository;
    }
    if (doc)
        doc->setPublished(*outcome);
    else
        printOutcome(*outcome);
    return Ok;
}

} // namespace cli
