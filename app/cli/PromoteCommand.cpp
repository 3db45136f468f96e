// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli promote REPO --from TIER --to TIER --packages LIST [--newest-only] [--dry-run] [--json]
//     [--confirm all|KEY,...] [--publish --remote NAME [--github-url URL] [--fork-owner NAME] [--upstream OWNER/REPO]]
#include "cli/Command.h"
#include "cli/TerminalText.h"
#include "cli/PromotionShared.h"
#include "cli/TextTable.h"

#include "promotion/PendingDrafts.h"
#include "promotion/PromotionChecks.h"
#include "promotion/PromotionJson.h"
#include "promotion/PromotionPlan.h"
#include "promotion/PromotionTexts.h"
#include "storage/StorageReader.h"
#include "core/Redact.h"
#include "core/Tr.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
namespace Tr = tierdesk::trcontext::PromoteCommand;

// The command's own options, in --help order; the publishing ones follow.
struct PromoteFlags {
    QCommandLineOption from{u"from"_s, Tr::tr("The source tier."), Tr::tr("TIER")};
    QCommandLineOption to{u"to"_s, Tr::tr("The destination tier (any higher tier)."), Tr::tr("TIER")};
    QCommandLineOption packages{u"packages"_s,
                                Tr::tr("Versions to promote: name@version or name-version, comma-separated; a bare "
                                   "name means its newest version."),
                                Tr::tr("LIST")};
    QCommandLineOption newestOnly{u"newest-only"_s,
                                  Tr::tr("Promote each package's newest version and remove all its versions from the "
                                     "source tier.")};
    QCommandLineOption dryRun{u"dry-run"_s, Tr::tr("Show the plan, checks and texts; write nothing.")};
    QCommandLineOption json{u"json"_s, Tr::tr("Print one JSON document.")};
    QCommandLineOption confirm{u"confirm"_s,
                               Tr::tr("Confirm findings that need it: “all”, or their keys, comma-separated."),
                               Tr::tr("KEYS")};
    QCommandLineOption tiers{u"tiers"_s, Tr::tr("Tier branches, lowest first (default: snapshot,staging,production)."),
                             Tr::tr("LIST")};
    QCommandLineOption publish{u"publish"_s, Tr::tr("Push both branches to --remote and open both draft pull requests.")};
    PublishFlags publishing;

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({from, to, packages, newestOnly, dryRun, json, confirm, tiers, publish});
        publishing.addTo(p);
    }

    // False, with the reason printed, when a required option or --publish's --remote is missing.
    bool complete(const QCommandLineParser &p) const
    {
        for (const QCommandLineOption *required : {&from, &to, &packages}) {
            if (!p.isSet(*required)) {
                err() << Tr::tr("tierdesk-cli promote: --%1 is required.").arg(required->names().constFirst()) << u'\n'
                      << Qt::flush;
                return false;
            }
        }
        if (p.isSet(publish) && !p.isSet(publishing.remote)) {
            err() << Tr::tr("tierdesk-cli promote: --publish needs --remote (your fork).") << u'\n' << Qt::flush;
            return false;
        }
        return true;
    }
};

// What promote works out before it writes anything.
struct Review {
    tierdesk::PromotionPlan plan;
    tierdesk::PromotionChecks checks;
    tierdesk::PromotionTexts texts;
    QStringList confirmed;
    QStringList unconfirmed; // findings that need confirming and are not confirmed

    bool blocked() const { return checks.blocked() || !unconfirmed.isEmpty(); }
};

// In a dry run with a GitHub token, the upstream's open pull requests that promote or remove the same
// versions (a colleague's, the old tool's) count as pending too. Without one nothing is asked; when GitHub
// cannot be read, the standard error says so and the checks go on with this clone's drafts.
QList<tierdesk::PendingDraft> openPullRequestDrafts(const tierdesk::git::Repository &repo,
                                                    const QCommandLineParser &parser, const PromoteFlags &f,
                                                    const tierdesk::TierConfig &config)
{
    if (!parser.isSet(f.dryRun))
        return {};
    const tierdesk::PublishOptions options = f.publishing.readingOptions(parser);
    if (options.token.isEmpty())
        return {};
    const auto github = gitHubModule();
    if (!github) {
        err() << Tr::tr("The upstream's open pull requests were not read: %1").arg(oneLine(github.error().text()))
              << u'\n' << Qt::flush;
        return {};
    }
    const auto own = tierdesk::findPendingDrafts(repo, config);
    auto found = (*github)->findOpenPullRequestDrafts(repo, options, config,
                                                      own ? *own : QList<tierdesk::PendingDraft>());
    if (found)
        return *found;
    err() << Tr::tr("The upstream's open pull requests were not read: %1")
                 .arg(oneLine(tierdesk::redactSecret(found.error().text(), options.token)))
          << u'\n' << Qt::flush;
    return {};
}

// Reads the packages `only` names (every package when empty) and plans the request.
[[nodiscard]] tierdesk::Result<tierdesk::PromotionPlan> planOn(const QString &repoPath, const QCommandLineParser &parser,
                                                               const PromoteFlags &f, const QStringList &only)
{
    tierdesk::TierConfig config;
    config.remote = parser.value(f.publishing.upstreamRemote);
    if (parser.isSet(f.tiers))
        config.tiers = parser.value(f.tiers).split(u',', Qt::SkipEmptyParts);
    tierdesk::StorageReader reader;
    reader.readOnly(only);
    auto snap = reader.read(repoPath, config);
    if (!snap)
        return std::unexpected(snap.error());
    const tierdesk::TierState *source = snap->tier(parser.value(f.from));
    auto specs = tierdesk::parseVersionSpecs(parser.value(f.packages), source ? source->packageNames() : QStringList());
    if (!specs)
        return std::unexpected(specs.error());
    return tierdesk::PromotionPlan::make(
        *snap, tierdesk::PromotionRequest{parser.value(f.from), parser.value(f.to), *specs, parser.isSet(f.newestOnly)});
}

// Reads the tiers, plans the request, runs the checks and composes the texts.
[[nodiscard]] tierdesk::Result<Review> review(const QString &repoPath, const QCommandLineParser &parser, const PromoteFlags &f)
{
    // Only the packages the request names are read; a request that does not plan is planned
    // again on the whole storage, whose error can then name the packages there are.
    auto plan = planOn(repoPath, parser, f, tierdesk::packagesNamedIn(parser.value(f.packages)));
    if (!plan)
        plan = planOn(repoPath, parser, f, {});
    if (!plan)
        return std::unexpected(plan.error());
    auto repo = tierdesk::git::Repository::open(repoPath);
    if (!repo)
        return std::unexpected(repo.error());
    auto checks = tierdesk::PromotionChecks::run(*repo, *plan, openPullRequestDrafts(*repo, parser, f, plan->config));
    if (!checks)
        return std::unexpected(checks.error());
    Review r{std::move(*plan), std::move(*checks), {}, parser.value(f.confirm).split(u',', Qt::SkipEmptyParts), {}};
    if (auto keys = r.checks.checkKeys(r.confirmed); !keys)
        return std::unexpected(keys.error());
    r.texts = tierdesk::PromotionTexts::compose(r.plan, r.checks.changelog);
    r.unconfirmed = r.checks.unconfirmed(r.confirmed);
    return r;
}

// What the drafts do with one version, in a few words.
QString action(const tierdesk::PlannedVersion &v, const QString &destination)
{
    if (!v.promoted)
        return Tr::tr("remove only (not promoted)");
    if (v.alreadyServed())
        return Tr::tr("remove only (%1 serves it identically from %2)").arg(destination, v.servedTier);
    if (v.shadowedAbove())
        return Tr::tr("blocked (%1 has other content)").arg(v.servedTier);
    if (v.destinationTree.isNull())
        return Tr::tr("copy, remove");
    return Tr::tr("copy over different content, remove");
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
        if (c.needsConfirmation())
            state = missing.contains(c.key()) ? Tr::tr(" (not confirmed)") : Tr::tr(" (confirmed)");
        o << u"  ["_s << tierdesk::PromotionCheck::severityText(c.severity) << u"] "_s << oneLine(c.key()) << state << u'\n'
          << u"      "_s << oneLine(c.message) << u'\n';
    }
    o << u'\n';
}

// Both drafts as they would be written, and why they were not.
void printPreview(const Review &r)
{
    const tierdesk::PromotionPlan &plan = r.plan;
    if (r.texts.promotionTitle.isEmpty()) {
        out() << Tr::tr("Promotion draft: none, %1's distribution already serves every version with identical "
                        "content.")
                     .arg(plan.destinationTier)
              << u"\n\n"_s;
    } else {
        const tierdesk::DraftBranch promotion{QString(), plan.destinationTier, plan.destinationTip, {},
                                              r.texts.promotionTitle, r.texts.promotionBody, {}};
        printBranch(Tr::tr("Promotion draft (not written)"), promotion, r.texts.promotionBody);
    }
    const tierdesk::DraftBranch removal{QString(), plan.sourceTier, plan.sourceTip, {}, r.texts.removalTitle,
                                        r.texts.removalBody, {}};
    printBranch(Tr::tr("Removal draft (not written)"), removal,
                r.texts.promotionTitle.isEmpty()
                    ? r.texts.removalBody
                    : tierdesk::withPromotionLink(r.texts.removalBody, u"the promotion pull request"_s));
    if (r.checks.blocked())
        out() << Tr::tr("Blocked: nothing was drafted.") << u'\n';
    else if (!r.unconfirmed.isEmpty())
        out() << Tr::tr("Not drafted: confirm with --confirm %1 (or --confirm all).").arg(r.unconfirmed.join(u','))
              << u'\n';
    else
        out() << Tr::tr("Dry run: nothing was written.") << u'\n';
    out() << Qt::flush;
}

// Blocked or a dry run: the drafts are shown, not written.
int showPreview(const Review &r, bool asJson, tierdesk::PromotionJson &doc)
{
    if (asJson) {
        doc.setPreview(r.texts);
        printJson(doc.object());
    } else {
        printPreview(r);
    }
    return r.blocked() ? Blocked : Ok;
}

// Writes the draft, then publishes it when asked.
int draftAndPublish(const QString &repoPath, const QCommandLineParser &parser, const PromoteFlags &f, const Review &r,
                    tierdesk::PromotionJson &doc)
{
    const bool asJson = parser.isSet(f.json);
    // Publishing needs the GitHub module: without it nothing is drafted either.
    const GitHubModule *github = nullptr;
    if (parser.isSet(f.publish) && !(github = requireGitHub()))
        return UsageOrRepository;
    tierdesk::DraftOptions draftOptions;
    draftOptions.confirmed = r.confirmed;
    draftOptions.texts = r.texts;
    auto draft = tierdesk::createDraft(repoPath, r.plan, draftOptions);
    if (!draft)
        return failWith(draft.error().text());
    doc.setDraft(*draft);
    if (!asJson) {
        printDraft(*draft, nullptr);
        out() << Tr::tr("Drafted as %1 (list drafts with: tierdesk-cli drafts %2).").arg(draft->id, repoPath) << u"\n\n"_s
              << Qt::flush;
    }
    int result = Ok;
    if (github) {
        QString tokenSource;
        const tierdesk::PublishOptions options = f.publishing.options(parser, *github, &tokenSource);
        result = publish(*github, repoPath, draft->id, options, tokenSource, asJson, asJson ? &doc : nullptr);
        if (auto refreshed = tierdesk::findDraft(repoPath, draft->id); refreshed && asJson)
            doc.setDraft(*refreshed);
    }
    if (asJson)
        printJson(doc.object());
    out() << Qt::flush;
    return result;
}
} // namespace

int promote(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Drafts a promotion: a branch copying the chosen versions to a higher tier (same tree objects), and a "
           "branch removing them from the lower tier. Only new objects and two new branches are written."));
    parser.addPositionalArgument(u"REPO"_s, Tr::tr("The package-storage repository (bare or not)."));
    const PromoteFlags flags;
    flags.addTo(parser);
    int code = Ok;
    if (!cli::parse(parser, args, code))
        return code;
    if (!oneRepository(parser, u"promote"_s) || !flags.complete(parser))
        return UsageOrRepository;
    const QString repoPath = parser.positionalArguments().constFirst();
    const auto r = review(repoPath, parser, flags);
    if (!r)
        return failWith(r.error().text());
    tierdesk::PromotionJson doc(r->plan, r->checks, r->confirmed);
    const bool asJson = parser.isSet(flags.json);
    if (!asJson) {
        printPlan(r->plan);
        printChecks(r->checks, r->confirmed);
    }
    if (r->blocked() || parser.isSet(flags.dryRun))
        return showPreview(*r, asJson, doc);
    return draftAndPublish(repoPath, parser, flags, *r, doc);
}

} // namespace cli
