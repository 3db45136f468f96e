// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli drafts REPO [--json] [--show ID] [--delete ID] [--publish ID --remote NAME ...] [--check-removal ID]
#include "cli/Command.h"
#include "cli/TerminalText.h"
#include "core/Tr.h"
#include "cli/PromotionShared.h"

#include "promotion/DraftStatus.h"
#include "promotion/PromotionDraft.h"
#include "promotion/PromotionDraftStore.h"
#include "promotion/PromotionJson.h"
#include "promotion/PromotionSafety.h"

#include <QJsonArray>

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
// drafts shares promote's translation context.
namespace Tr = tierdesk::trcontext::PromoteCommand;

// The command's own options, in --help order; the publishing ones follow.
struct DraftsFlags {
    QCommandLineOption json{u"json"_s, Tr::tr("Print one JSON document.")};
    QCommandLineOption show{u"show"_s,
                            Tr::tr("Show one draft whole: titles, bodies, branches, remote, pull requests and their "
                                   "states, and whether the removal is safe to merge."),
                            Tr::tr("ID")};
    QCommandLineOption remove{u"delete"_s, Tr::tr("Delete a draft's local branches and record."), Tr::tr("ID")};
    QCommandLineOption publish{u"publish"_s, Tr::tr("Push a draft to --remote and open its pull requests."), Tr::tr("ID")};
    QCommandLineOption checkRemoval{u"check-removal"_s,
                                    Tr::tr("Fetch the destination tier and check it contains the draft's promoted "
                                       "versions with the same tree ids."),
                                    Tr::tr("ID")};
    PublishFlags publishing;

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({json, show, remove, publish, checkRemoval});
        publishing.addTo(p);
    }
};

int deleteOne(const QString &repoPath, const QString &id)
{
    auto notes = tierdesk::deleteDraft(repoPath, id);
    if (!notes)
        return failWith(notes.error().text());
    out() << Tr::tr("Deleted the draft %1.").arg(id) << u'\n';
    for (const QString &n : std::as_const(*notes))
        out() << n << u'\n';
    out() << Qt::flush;
    return Ok;
}

int publishOne(const QString &repoPath, const QCommandLineParser &parser, const DraftsFlags &f)
{
    if (!parser.isSet(f.publishing.remote)) {
        err() << Tr::tr("tierdesk-cli drafts: --publish needs --remote (your fork).") << u'\n' << Qt::flush;
        return UsageOrRepository;
    }
    const GitHubModule *github = requireGitHub();
    if (!github)
        return UsageOrRepository;
    QString tokenSource;
    const tierdesk::PublishOptions options = f.publishing.options(parser, *github, &tokenSource);
    const bool asJson = parser.isSet(f.json);
    tierdesk::PromotionJson doc;
    const int result =
        publish(*github, repoPath, parser.value(f.publish), options, tokenSource, asJson, asJson ? &doc : nullptr);
    if (asJson)
        printJson(doc.object());
    out() << Qt::flush;
    return result;
}

// Whether the destination holds every promoted version with the same tree: exit 0 when safe.
int checkOne(const QString &repoPath, const QString &id, const QString &upstreamRemote)
{
    auto safety = tierdesk::checkRemovalSafety(repoPath, id, upstreamRemote);
    if (!safety)
        return failWith(safety.error().text());
    out() << safety->sentence() << u'\n';
    if (!safety->fetchProblem.isEmpty())
        out() << Tr::tr("Not fetched: %1").arg(safety->fetchProblem) << u'\n';
    out() << Qt::flush;
    return safety->safe() ? Ok : Blocked;
}

// The options for reading pull-request states, with the token when `github` is given (found through it);
// without a token the states stay unknown, and say why.
tierdesk::DraftStatusOptions statusOptions(const QCommandLineParser &parser, const DraftsFlags &f,
                                           const GitHubModule *github)
{
    tierdesk::DraftStatusOptions o;
    o.upstreamRemote = parser.value(f.publishing.upstreamRemote);
    o.timeout = std::chrono::seconds(qMax(1, parser.value(f.publishing.timeout).toInt()));
    if (github)
        if (auto token = github->findToken(!parser.isSet(f.publishing.noKeychain)))
            o.token = token->value;
    return o;
}

// Only a draft with a pull request has states to ask GitHub for: then the module is needed.
bool needsGitHub(const QList<tierdesk::PromotionDraft> &drafts)
{
    return std::ranges::any_of(drafts, [](const tierdesk::PromotionDraft &d) { return tierdesk::hasPullRequests(d); });
}

// The pull requests' states: GitHub's answer through the module, or none for a draft without pull requests.
tierdesk::DraftStatus statesOf(const tierdesk::PromotionDraft &d, const tierdesk::DraftStatusOptions &options,
                               const GitHubModule *github)
{
    return github && tierdesk::hasPullRequests(d) ? github->pullRequestStates(d, options) : tierdesk::DraftStatus{};
}

// Entries of the drafts file that were set aside, and a file of a newer format: said on the standard error.
void warnAboutStore(const tierdesk::DraftStoreContents &contents)
{
    for (const QString &r : std::as_const(contents.rejected))
        err() << u"tierdesk-cli: "_s << oneLine(r) << u'\n';
    if (contents.newerFormat())
        err() << u"tierdesk-cli: "_s
              << Tr::tr("The drafts file was written by a newer Tierdesk (format %1): it is read but never changed.")
                     .arg(contents.format)
              << u'\n';
    err() << Qt::flush;
}


QString stateLine(const tierdesk::DraftBranch &b, const tierdesk::PullRequestState &state)
{
    if (!b.pullRequest.exists())
        return Tr::tr("no pull request yet");
    const QString s = state.id.isEmpty() ? Tr::tr("state unknown: %1").arg(state.problem)
                                         : tierdesk::DraftStatus::stateText(state.id);
    return b.pullRequest.url + u" ("_s + s + u')';
}

void printBranchSummary(const QString &heading, const tierdesk::DraftBranch &b, const tierdesk::PullRequestState &state)
{
    QTextStream &o = out();
    o << u"  "_s << heading << u' ' << b.title << u'\n'
      << u"    "_s << Tr::tr("Branch:") << u' ' << b.name << Tr::tr(" (into %1)").arg(b.baseTier) << u'\n'
      << u"    "_s << Tr::tr("Pull request:") << u' ' << stateLine(b, state) << u'\n';
}

QStringList labels(const tierdesk::PromotionDraft &d)
{
    QStringList out;
    for (const tierdesk::DraftVersion &v : d.versions)
        out.append(v.label());
    return out;
}

// One draft: what it moves, where it was pushed, each branch with its pull request and state.
void printSummary(const tierdesk::PromotionDraft &d, const tierdesk::DraftStatus &status)
{
    QTextStream &o = out();
    o << Tr::tr("Draft %1: %2 → %3, %4").arg(d.id, d.sourceTier, d.destinationTier,
                                              tierdesk::PromotionDraft::stateText(d.state()))
      << u'\n' << u"  "_s << Tr::tr("Versions:") << u' ' << labels(d).join(u", "_s) << u'\n'
      << u"  "_s << Tr::tr("Remote:") << u' '
      << (d.pushRemote.isEmpty() ? Tr::tr("not pushed") : d.pushRemote) << u'\n';
    if (d.promotion.exists())
        printBranchSummary(Tr::tr("Promotion:"), d.promotion, status.promotion);
    else
        o << u"  "_s << Tr::tr("Promotion: none, %1's distribution already served every version.").arg(d.destinationTier)
          << u'\n';
    printBranchSummary(Tr::tr("Removal:"), d.removal, status.removal);
}

int listAll(const QString &repoPath, const QCommandLineParser &parser, const DraftsFlags &f)
{
    auto contents = tierdesk::readDrafts(repoPath);
    if (!contents)
        return failWith(contents.error().text());
    warnAboutStore(*contents);
    const QList<tierdesk::PromotionDraft> &list = contents->drafts;
    const GitHubModule *github = nullptr;
    if (needsGitHub(list) && !(github = requireGitHub()))
        return UsageOrRepository;
    const tierdesk::DraftStatusOptions options = statusOptions(parser, f, github);
    QJsonArray states;
    for (const tierdesk::PromotionDraft &d : list) {
        const tierdesk::DraftStatus status = statesOf(d, options, github);
        if (parser.isSet(f.json)) {
            states.append(QJsonObject{{u"id"_s, d.id},
                                      {u"promotion"_s, status.promotion.id},
                                      {u"removal"_s, status.removal.id}});
            continue;
        }
        printSummary(d, status);
        out() << u'\n';
    }
    if (parser.isSet(f.json)) {
        QJsonObject doc = tierdesk::draftsToJson(list);
        doc.insert(u"pullRequestStates"_s, states);
        printJson(doc);
    } else if (list.isEmpty()) {
        out() << Tr::tr("No drafts.") << u'\n';
    }
    out() << Qt::flush;
    return Ok;
}

// Everything about one draft, the removal's verdict included (it fetches the destination tier).
int showOne(const QString &repoPath, const QCommandLineParser &parser, const DraftsFlags &f)
{
    auto draft = tierdesk::findDraft(repoPath, parser.value(f.show));
    if (!draft)
        return failWith(draft.error().text());
    const GitHubModule *github = nullptr;
    if (needsGitHub({*draft}) && !(github = requireGitHub()))
        return UsageOrRepository;
    const tierdesk::DraftStatusOptions options = statusOptions(parser, f, github);
    auto status = tierdesk::withRemovalVerdict(repoPath, *draft, statesOf(*draft, options, github), options);
    if (!status)
        return failWith(status.error().text());
    if (parser.isSet(f.json)) {
        QJsonObject doc = tierdesk::draftToJson(*draft);
        doc.insert(u"pullRequestStates"_s,
                   QJsonObject{{u"promotion"_s, status->promotion.id}, {u"removal"_s, status->removal.id}});
        doc.insert(u"removalSafeToMerge"_s, status->removalSafe);
        doc.insert(u"removalVerdict"_s, status->removalVerdict);
        printJson(doc);
        return Ok;
    }
    printSummary(*draft, *status);
    out() << u'\n';
    printDraft(*draft, nullptr);
    out() << Tr::tr("Removal:") << u' ' << status->removalVerdict << u'\n' << Qt::flush;
    return Ok;
}
} // namespace

int drafts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists, publishes and deletes promotion drafts."));
    parser.addPositionalArgument(u"REPO"_s, Tr::tr("The package-storage repository."));
    const DraftsFlags flags;
    flags.addTo(parser);
    int code = Ok;
    if (!cli::parse(parser, args, code))
        return code;
    if (!oneRepository(parser, u"drafts"_s))
        return UsageOrRepository;
    const QString repoPath = parser.positionalArguments().constFirst();
    if (parser.isSet(flags.remove))
        return deleteOne(repoPath, parser.value(flags.remove));
    if (parser.isSet(flags.publish))
        return publishOne(repoPath, parser, flags);
    if (parser.isSet(flags.checkRemoval))
        return checkOne(repoPath, parser.value(flags.checkRemoval), parser.value(flags.publishing.upstreamRemote));
    if (parser.isSet(flags.show))
        return showOne(repoPath, parser, flags);
    return listAll(repoPath, parser, flags);
}

} // namespace cli
