// tierdesk-cli promote REPO --from TIER --to TIER --packages LIST [--newest-only] [--dry-run] [--json]
//     [--confirm all|KEY,...] [--publish --remote NAME [--github-url URL] [--fork-owner NAME] [--upstream OWNER/REPO]]
// tierdesk-cli drafts REPO [--json] [--delete ID] [--publish ID --remote NAME ...] [--check-removal ID]
#include "Command.h"
#include "TextTable.h"

#include "promotion/PromotionDraft.h"
#include "promotion/PromotionDraftStore.h"
#include "promotion/PromotionPublish.h"
#include "storage/StorageReader.h"
#include "github/TokenSource.h"
#include "core/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
namespace Tr = tierdesk::trcontext::PromoteCommand;

// The publishing options both subcommands share.
struct PublishFlags {
    QCommandLineOption remote{u"remote"_s, Tr::tr("The remote (your fork) the draft branches are pushed to: a name or URL."),
                              Tr::tr("NAME")};
    QCommandLineOption githubUrl{u"github-url"_s,
                                 Tr::tr("GitHub API base URL (GitHub Enterprise: https://HOST/api/v3)."), Tr::tr("URL")};
    QCommandLineOption forkOwner{u"fork-owner"_s, Tr::tr("Owner of the fork (default: from the remote's URL)."), Tr::tr("NAME")};
    QCommandLineOption upstream{u"upstream"_s,
                                Tr::tr("GitHub repository the pull requests go to (default: from the upstream remote's URL)."),
                                Tr::tr("OWNER/REPO")};
    QCommandLineOption upstreamRemote{u"upstream-remote"_s,
                                      Tr::tr("Remote of the upstream repository: its tier branches, its GitHub address, "
                                         "and the fetch for the removal check."),
                                      Tr::tr("NAME"), u"origin"_s};
    QCommandLineOption noPullRequests{u"no-pull-requests"_s, Tr::tr("Push only; print the compare links.")};
    QCommandLineOption noKeychain{u"no-keychain"_s, Tr::tr("Do not look for the GitHub token in the system keychain.")};
    QCommandLineOption timeout{u"timeout"_s, Tr::tr("Seconds to wait for GitHub (default 30)."), Tr::tr("SECONDS"), u"30"_s};

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({remote, githubUrl, forkOwner, upstream, upstreamRemote, noPullRequests, noKeychain, timeout});
    }

    tierdesk::PublishOptions options(const QCommandLineParser &p, QString *tokenSource) const
    {
        tierdesk::PublishOptions o;
        o.remote = p.value(remote);
        o.upstreamRemote = p.value(upstreamRemote);
        o.upstream = p.value(upstream);
        o.forkOwner = p.value(forkOwner);
        if (p.isSet(githubUrl))
            o.apiUrl = QUrl(p.value(githubUrl));
        o.openPullRequests = !p.isSet(noPullRequests);
        o.timeout = std::chrono::seconds(qMax(1, p.value(timeout).toInt()));
        tierdesk::TokenSources sources;
        tierdesk::KeychainSecretStore keychain;
        if (!p.isSet(noKeychain) && o.openPullRequests)
            sources.keychain = &keychain;
        if (auto token = tierdesk::findGitHubToken(sources)) {
            o.token = token->value;
            *tokenSource = token->source;
        }
        return o;
    }
};

QString indented(const QString &text, const QString &prefix = u"    "_s)
{
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QString &l : lines)
        l = l.isEmpty() ? QString() : prefix + l;
    return lines.join(u'\n') + u'\n';
}

// What the drafts do with one version, in a few words.
QString action(const tierdesk::PlannedVersion &v, const QString &destination)
{
    if (!v.promoted)
        return Tr::tr("remove only (not promoted)");
    if (v.destinationTree.isNull())
        return Tr::tr("copy, remove");
    return v.identicalInDestination() ? Tr::tr("remove only (%1 has it identically)").arg(destination)
                                      : Tr::tr("copy over different content, remove");
}

QString destinationStateId(const tierdesk::PlannedVersion &v)
{
    if (!v.promoted)
        return u"not-promoted"_s;
    if (v.destinationTree.isNull())
        return u"absent"_s;
    return v.identicalInDestination() ? u"identical"_s : u"different"_s;
}

void printPlan(const tierdesk::PromotionPlan &plan)
{
    QTextStream &o = out();
    o << Tr::tr("Promotion from %1 to %2 (versions: %3, newest only: %4)")
             .arg(plan.sourceTier, plan.destinationTier)
             .arg(plan.promoted().size())
             .arg(plan.request.newestOnly ? Tr::tr("yes") : Tr::tr("no"))
      << u'\n';
    o << u"  "_s << plan.sourceTier << u": "_s << plan.sourceRef << u" at "_s << plan.sourceTip.shortHex(12) << u'\n';
    o << u"  "_s << plan.destinationTier << u": "_s << plan.destinationRef << u" at "_s
      << plan.destinationTip.shortHex(12) << u"\n\n"_s;
    TextTable table({Tr::tr("Package"), Tr::tr("Version"), Tr::tr("Tree"), Tr::tr("Action")});
    for (const tierdesk::PlannedVersion &v : plan.versions)
        table.addRow({v.name(), v.version(), v.source.tree.shortHex(12), action(v, plan.destinationTier)});
    o << table.toString() << u'\n';
}

void printChecks(const tierdesk::PromotionChecks &checks, const QStringList &confirmed)
{
    QTextStream &o = out();
    o << Tr::tr("Checks:") << u'\n';
    if (checks.checks.isEmpty())
        o << u"  "_s << Tr::tr("nothing to report") << u'\n';
    const QStringList missing = checks.unconfirmed(confirmed);
    for (const tierdesk::PromotionCheck &c : checks.checks) {
        QString state;
        if (c.severity == tierdesk::CheckSeverity::NeedsConfirmation)
            state = missing.contains(c.key()) ? Tr::tr(" (not confirmed)") : Tr::tr(" (confirmed)");
        o << u"  ["_s << tierdesk::PromotionCheck::severityText(c.severity) << u"] "_s << c.key() << state << u'\n'
          << u"      "_s << c.message << u'\n';
    }
    o << u'\n';
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
      << u"  "_s << Tr::tr("Title:") << u' ' << b.title << u'\n';
    if (b.pullRequest.exists())
        o << u"  "_s << Tr::tr("Pull request:") << u' ' << b.pullRequest.url << u'\n';
    o << u"  "_s << Tr::tr("Body:") << u'\n' << indented(body) << u'\n';
}

void printDraft(const tierdesk::PromotionDraft &d, const tierdesk::PublishTarget *target)
{
    if (d.promotion.exists())
        printBranch(Tr::tr("Promotion draft"), d.promotion, d.promotion.body);
    else
        out() << Tr::tr("Promotion draft: none, %1 already has every version with identical content.").arg(d.destinationTier)
              << u"\n\n"_s;
    printBranch(Tr::tr("Removal draft"), d.removal, tierdesk::removalBodyFor(d, target));
}

QJsonObject planJson(const tierdesk::PromotionPlan &plan)
{
    QJsonArray versions;
    for (const tierdesk::PlannedVersion &v : plan.versions)
        versions.append(QJsonObject{{u"name"_s, v.name()},
                                    {u"version"_s, v.version()},
                                    {u"tree"_s, v.source.tree.toHex()},
                                    {u"promoted"_s, v.promoted},
                                    {u"copied"_s, v.needsCopy()},
                                    {u"destination"_s, destinationStateId(v)}});
    return QJsonObject{{u"source"_s, plan.sourceTier},
                       {u"destination"_s, plan.destinationTier},
                       {u"sourceRef"_s, plan.sourceRef},
                       {u"sourceTip"_s, plan.sourceTip.toHex()},
                       {u"destinationRef"_s, plan.destinationRef},
                       {u"destinationTip"_s, plan.destinationTip.toHex()},
                       {u"newestOnly"_s, plan.request.newestOnly},
                       {u"versions"_s, versions}};
}

QJsonArray checksJson(const tierdesk::PromotionChecks &checks, const QStringList &confirmed)
{
    const QStringList missing = checks.unconfirmed(confirmed);
    QJsonArray out;
    for (const tierdesk::PromotionCheck &c : checks.checks) {
        QJsonObject o{{u"id"_s, c.id},
                      {u"key"_s, c.key()},
                      {u"severity"_s, tierdesk::PromotionCheck::severityId(c.severity)},
                      {u"message"_s, c.message}};
        if (!c.name.isEmpty()) {
            o.insert(u"name"_s, c.name);
            o.insert(u"version"_s, c.version);
        }
        if (!c.path.isEmpty())
            o.insert(u"path"_s, c.path);
        if (c.severity == tierdesk::CheckSeverity::NeedsConfirmation)
            o.insert(u"confirmed"_s, !missing.contains(c.key()));
        out.append(o);
    }
    return out;
}

QJsonObject outcomeJson(const tierdesk::PublishOutcome &r)
{
    QJsonObject o;
    if (r.push) {
        QJsonArray refs;
        for (const tierdesk::RefUpdateStatus &s : r.push->refs)
            refs.append(QJsonObject{{u"ref"_s, s.ref}, {u"accepted"_s, s.accepted()}, {u"rejection"_s, s.rejection}});
        o.insert(u"push"_s, QJsonObject{{u"url"_s, r.push->url}, {u"refs"_s, refs}});
    }
    if (r.draft.promotion.pullRequest.exists())
        o.insert(u"promotionPullRequest"_s, r.draft.promotion.pullRequest.url);
    if (r.draft.removal.pullRequest.exists())
        o.insert(u"removalPullRequest"_s, r.draft.removal.pullRequest.url);
    if (!r.promotionCompareUrl.isEmpty())
        o.insert(u"promotionCompareUrl"_s, r.promotionCompareUrl);
    if (!r.removalCompareUrl.isEmpty())
        o.insert(u"removalCompareUrl"_s, r.removalCompareUrl);
    if (r.safety)
        o.insert(u"removalSafe"_s, r.safety->safe());
    o.insert(u"notes"_s, QJsonArray::fromStringList(r.notes));
    return o;
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

// Publishes and prints; the exit code.
int publish(const QString &repoPath, const QString &draftId, const tierdesk::PublishOptions &options,
            const QString &tokenSource, bool json, QJsonObject *doc)
{
    if (!json && !options.token.isEmpty())
        out() << Tr::tr("Using the GitHub token from %1.").arg(tokenSource) << u'\n' << Qt::flush;
    auto outcome = tierdesk::publishDraft(repoPath, draftId, options);
    if (!outcome) {
        const QString text = tierdesk::redactSecret(outcome.error().text(), options.token);
        err() << u"tierdesk-cli: "_s << text << u'\n'
              << Tr::tr("The draft %1 is kept; retry with: tierdesk-cli drafts %2 --publish %1 --remote %3")
                     .arg(draftId, repoPath, options.remote)
              << u'\n';
        if (doc)
            doc->insert(u"publishError"_s, text);
        return UsageOrRepository;
    }
    if (doc)
        doc->insert(u"publish"_s, outcomeJson(*outcome));
    else
        printOutcome(*outcome);
    return Ok;
}

void printJson(const QJsonObject &doc)
{
    out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)) << Qt::flush;
}

bool oneRepository(const QCommandLineParser &parser, const QString &command)
{
    if (parser.positionalArguments().size() == 1)
        return true;
    err() << Tr::tr("tierdesk-cli %1: give exactly one repository.").arg(command) << u'\n' << parser.helpText() << Qt::flush;
    return false;
}
} // namespace

int promote(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Drafts a promotion: a branch copying the chosen versions to a higher tier (same tree objects), and a "
           "branch removing them from the lower tier. Only new objects and two new branches are written."));
    parser.addPositionalArgument(u"REPO"_s, Tr::tr("The package-storage repository (bare or not)."));
    const QCommandLineOption from(u"from"_s, Tr::tr("The source tier."), Tr::tr("TIER"));
    const QCommandLineOption to(u"to"_s, Tr::tr("The destination tier (any higher tier)."), Tr::tr("TIER"));
    const QCommandLineOption packages(u"packages"_s,
                                      Tr::tr("Versions to promote: name@version or name-version, comma-separated; a bare "
                                         "name means its newest version."),
                                      Tr::tr("LIST"));
    const QCommandLineOption newestOnly(u"newest-only"_s,
                                        Tr::tr("Promote each package's newest version and remove all its versions from the "
                                           "source tier."));
    const QCommandLineOption dryRun(u"dry-run"_s, Tr::tr("Show the plan, checks and texts; write nothing."));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print one JSON document."));
    const QCommandLineOption confirm(u"confirm"_s,
                                     Tr::tr("Confirm findings that need it: “all”, or their keys, comma-separated."),
                                     Tr::tr("KEYS"));
    const QCommandLineOption tiers(u"tiers"_s, Tr::tr("Tier branches, lowest first (default: snapshot,staging,production)."),
                                   Tr::tr("LIST"));
    const QCommandLineOption publishOption(u"publish"_s,
                                           Tr::tr("Push both branches to --remote and open both draft pull requests."));
    PublishFlags flags;
    parser.addOptions({from, to, packages, newestOnly, dryRun, json, confirm, tiers, publishOption});
    flags.addTo(parser);
    int code = Ok;
    if (!cli::parse(parser, args, code))
        return code;
    if (!oneRepository(parser, u"promote"_s))
        return UsageOrRepository;
    for (const QCommandLineOption *required : {&from, &to, &packages}) {
        if (!parser.isSet(*required)) {
            err() << Tr::tr("tierdesk-cli promote: --%1 is required.").arg(required->names().constFirst()) << u'\n'
                  << Qt::flush;
            return UsageOrRepository;
        }
    }
    if (parser.isSet(publishOption) && !parser.isSet(flags.remote)) {
        err() << Tr::tr("tierdesk-cli promote: --publish needs --remote (your fork).") << u'\n' << Qt::flush;
        return UsageOrRepository;
    }
    const QString repoPath = parser.positionalArguments().constFirst();
    const bool asJson = parser.isSet(json);
    const QStringList confirmed = parser.value(confirm).split(u',', Qt::SkipEmptyParts);

    tierdesk::TierConfig config;
    config.remote = parser.value(flags.upstreamRemote);
    if (parser.isSet(tiers))
        config.tiers = parser.value(tiers).split(u',', Qt::SkipEmptyParts);
    tierdesk::StorageReader reader;
    auto snap = reader.read(repoPath, config);
    if (!snap) {
        err() << u"tierdesk-cli: "_s << snap.error().text() << u'\n' << Qt::flush;
        return UsageOrRepository;
    }
    const tierdesk::TierState *source = snap->tier(parser.value(from));
    auto specs = tierdesk::parseVersionSpecs(parser.value(packages), source ? source->packageNames() : QStringList());
    if (!specs) {
        err() << u"tierdesk-cli: "_s << specs.error().text() << u'\n' << Qt::flush;
        return UsageOrRepository;
    }
    auto plan = tierdesk::PromotionPlan::make(
        *snap, tierdesk::PromotionRequest{parser.value(from), parser.value(to), *specs, parser.isSet(newestOnly)});
    if (!plan) {
        err() << u"tierdesk-cli: "_s << plan.error().text() << u'\n' << Qt::flush;
        return UsageOrRepository;
    }
    auto checks = tierdesk::PromotionChecks::run(repoPath, *plan);
    if (!checks) {
        err() << u"tierdesk-cli: "_s << checks.error().text() << u'\n' << Qt::flush;
        return UsageOrRepository;
    }
    const tierdesk::PromotionTexts texts = tierdesk::PromotionTexts::compose(*plan);
    const QStringList unconfirmed = checks->unconfirmed(confirmed);
    const bool blocked = checks->blocked() || !unconfirmed.isEmpty();

    QJsonObject doc{{u"plan"_s, planJson(*plan)},
                    {u"checks"_s, checksJson(*checks, confirmed)},
                    {u"blocked"_s, checks->blocked()},
                    {u"unconfirmed"_s, QJsonArray::fromStringList(unconfirmed)}};
    if (!asJson) {
        printPlan(*plan);
        printChecks(*checks, confirmed);
    }

    if (blocked || parser.isSet(dryRun)) {
        // A preview of both drafts, as they would be written.
        tierdesk::PromotionDraft preview;
        preview.destinationTier = plan->destinationTier;
        if (!texts.promotionTitle.isEmpty())
            preview.promotion = {QString(), plan->destinationTier, plan->destinationTip, {}, texts.promotionTitle,
                                 texts.promotionBody, {}};
        preview.removal = {QString(), plan->sourceTier, plan->sourceTip, {}, texts.removalTitle, texts.removalBody, {}};
        if (asJson) {
            doc.insert(u"drafted"_s, false);
            QJsonObject d;
            if (preview.promotion.title.size())
                d.insert(u"promotion"_s, QJsonObject{{u"title"_s, texts.promotionTitle}, {u"body"_s, texts.promotionBody}});
            d.insert(u"removal"_s, QJsonObject{{u"title"_s, texts.removalTitle}, {u"body"_s, texts.removalBody}});
            doc.insert(u"preview"_s, d);
            printJson(doc);
        } else {
            if (preview.promotion.title.isEmpty())
                out() << Tr::tr("Promotion draft: none, %1 already has every version with identical content.")
                             .arg(plan->destinationTier)
                      << u"\n\n"_s;
            else
                printBranch(Tr::tr("Promotion draft (not written)"), preview.promotion, texts.promotionBody);
            printBranch(Tr::tr("Removal draft (not written)"), preview.removal,
                        tierdesk::withPromotionLink(texts.removalBody, u"the promotion pull request"_s));
            if (checks->blocked())
                out() << Tr::tr("Blocked: nothing was drafted.") << u'\n';
            else if (!unconfirmed.isEmpty())
                out() << Tr::tr("Not drafted: confirm with --confirm %1 (or --confirm all).").arg(unconfirmed.join(u','))
                      << u'\n';
            else
                out() << Tr::tr("Dry run: nothing was written.") << u'\n';
            out() << Qt::flush;
        }
        return blocked ? Blocked : Ok;
    }

    tierdesk::DraftOptions draftOptions;
    draftOptions.confirmed = confirmed;
    draftOptions.texts = texts;
    auto draft = tierdesk::createDraft(repoPath, *plan, draftOptions);
    if (!draft) {
        err() << u"tierdesk-cli: "_s << draft.error().text() << u'\n' << Qt::flush;
        return UsageOrRepository;
    }
    doc.insert(u"drafted"_s, true);
    doc.insert(u"draft"_s, tierdesk::draftToJson(*draft));
    if (!asJson) {
        printDraft(*draft, nullptr);
        out() << Tr::tr("Drafted as %1 (list drafts with: tierdesk-cli drafts %2).").arg(draft->id, repoPath) << u"\n\n"_s
              << Qt::flush;
    }
    int result = Ok;
    if (parser.isSet(publishOption)) {
        QString tokenSource;
        const tierdesk::PublishOptions options = flags.options(parser, &tokenSource);
        result = publish(repoPath, draft->id, options, tokenSource, asJson, asJson ? &doc : nullptr);
        if (auto refreshed = tierdesk::findDraft(repoPath, draft->id); refreshed && asJson)
            doc.insert(u"draft"_s, tierdesk::draftToJson(*refreshed));
    }
    if (asJson)
        printJson(doc);
    out() << Qt::flush;
    return result;
}

int drafts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists, publishes and deletes promotion drafts."));
    parser.addPositionalArgument(u"REPO"_s, Tr::tr("The package-storage repository."));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print one JSON document."));
    const QCommandLineOption remove(u"delete"_s, Tr::tr("Delete a draft's local branches and record."), Tr::tr("ID"));
    const QCommandLineOption publishOption(u"publish"_s, Tr::tr("Push a draft to --remote and open its pull requests."),
                                           Tr::tr("ID"));
    const QCommandLineOption checkRemoval(u"check-removal"_s,
                                          Tr::tr("Fetch the destination tier and check it contains the draft's promoted "
                                             "versions with the same tree ids."),
                                          Tr::tr("ID"));
    PublishFlags flags;
    parser.addOptions({json, remove, publishOption, checkRemoval});
    flags.addTo(parser);
    int code = Ok;
    if (!cli::parse(parser, args, code))
        return code;
    if (!oneRepository(parser, u"drafts"_s))
        return UsageOrRepository;
    const QString repoPath = parser.positionalArguments().constFirst();

    if (parser.isSet(remove)) {
        auto notes = tierdesk::deleteDraft(repoPath, parser.value(remove));
        if (!notes) {
            err() << u"tierdesk-cli: "_s << notes.error().text() << u'\n' << Qt::flush;
            return UsageOrRepository;
        }
        out() << Tr::tr("Deleted the draft %1.").arg(parser.value(remove)) << u'\n';
        for (const QString &n : std::as_const(*notes))
            out() << n << u'\n';
        out() << Qt::flush;
        return Ok;
    }
    if (parser.isSet(publishOption)) {
        if (!parser.isSet(flags.remote)) {
            err() << Tr::tr("tierdesk-cli drafts: --publish needs --remote (your fork).") << u'\n' << Qt::flush;
            return UsageOrRepository;
        }
        QString tokenSource;
        const tierdesk::PublishOptions options = flags.options(parser, &tokenSource);
        QJsonObject doc;
        const int result =
            publish(repoPath, parser.value(publishOption), options, tokenSource, parser.isSet(json), parser.isSet(json) ? &doc : nullptr);
        if (parser.isSet(json))
            printJson(doc);
        out() << Qt::flush;
        return result;
    }
    if (parser.isSet(checkRemoval)) {
        auto safety = tierdesk::checkRemovalSafety(repoPath, parser.value(checkRemoval), parser.value(flags.upstreamRemote));
        if (!safety) {
            err() << u"tierdesk-cli: "_s << safety.error().text() << u'\n' << Qt::flush;
            return UsageOrRepository;
        }
        out() << safety->sentence() << u'\n';
        if (!safety->fetchProblem.isEmpty())
            out() << Tr::tr("Not fetched: %1").arg(safety->fetchProblem) << u'\n';
        out() << Qt::flush;
        return safety->safe() ? Ok : Blocked;
    }

    auto list = tierdesk::listDrafts(repoPath);
    if (!list) {
        err() << u"tierdesk-cli: "_s << list.error().text() << u'\n' << Qt::flush;
        return UsageOrRepository;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const tierdesk::PromotionDraft &d : std::as_const(*list))
            array.append(tierdesk::draftToJson(d));
        printJson(QJsonObject{{u"drafts"_s, array}});
        return Ok;
    }
    if (list->isEmpty()) {
        out() << Tr::tr("No drafts.") << u'\n' << Qt::flush;
        return Ok;
    }
    TextTable table({Tr::tr("Draft"), Tr::tr("From"), Tr::tr("To"), Tr::tr("Versions"), Tr::tr("State"), Tr::tr("Branches")});
    for (const tierdesk::PromotionDraft &d : std::as_const(*list))
        table.addRow({d.id, d.sourceTier, d.destinationTier, QString::number(d.versions.size()),
                      tierdesk::PromotionDraft::stateText(d.state()), d.branchNames().join(u' ')});
    out() << table.toString();
    for (const tierdesk::PromotionDraft &d : std::as_const(*list)) {
        for (const tierdesk::DraftBranch *b : {&d.promotion, &d.removal})
            if (b->pullRequest.exists())
                out() << u"  "_s << d.id << u": "_s << b->pullRequest.url << u'\n';
    }
    out() << Qt::flush;
    return Ok;
}

} // namespace cli
