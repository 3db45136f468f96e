// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli release-check REPO X.Y.Z [--previous REF] [--json | --markdown] [--remote NAME]
// tierdesk-cli tag REPO X.Y.Z [--push REMOTE] [--force-warnings] [--previous REF] [--remote NAME]
#include "cli/Command.h"
#include "cli/TerminalText.h"
#include "cli/TextTable.h"

#include "git/Remote.h"
#include "release/ReleaseTag.h"
#include "release/TagReadiness.h"
#include "release/TagReadinessReport.h"
#include "core/Tr.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
namespace Tr = tierdesk::trcontext::ReleaseCommand;

struct CommonOptions {
    QCommandLineOption previous{u"previous"_s,
                                Tr::tr("Compare with this tag, branch or commit instead of the previous version-named tag."),
                                Tr::tr("REF")};
    QCommandLineOption remote{u"remote"_s, Tr::tr("Remote whose tier branches are used when there is no local one."),
                              Tr::tr("NAME"), u"origin"_s};
    QCommandLineOption tiers{u"tiers"_s, Tr::tr("Tier branches, lowest first (default: snapshot,staging,production)."),
                             Tr::tr("LIST")};
    QCommandLineOption githubHost = githubHostOption();

    void addTo(QCommandLineParser &parser) const { parser.addOptions({previous, remote, tiers, githubHost}); }

    tierdesk::ReadinessRequest request(const QCommandLineParser &parser) const
    {
        tierdesk::ReadinessRequest r;
        r.stackVersion = parser.positionalArguments().value(1);
        r.previous = parser.value(previous);
        r.config.remote = parser.value(remote);
        if (parser.isSet(tiers))
            r.config.tiers = parser.value(tiers).split(u',', Qt::SkipEmptyParts);
        return r;
    }
};

QString severityTag(tierdesk::Severity s) { return u"["_s + tierdesk::severityId(s) + u"]"_s; }

void printText(const tierdesk::TagReadiness &r)
{
    QTextStream &o = out();
    o << Tr::tr("Release check for stack version %1 (tag %2)").arg(r.stackVersion.toString(), r.tagName) << u'\n';
    if (r.stackVersion.isPrerelease())
        o << Tr::tr("Evaluated as %1: Kibana asks the package registry with its version cut at the first “-”.")
                 .arg(r.evaluatedVersion.toString())
          << u'\n';
    if (r.productionRef.isEmpty())
        o << Tr::tr("Production: the %1 branch is absent").arg(r.productionTier) << u'\n';
    else
        o << Tr::tr("Production: %1 at %2 (%3)")
                 .arg(r.productionRef, r.productionCommit.shortHex(12), r.productionTime.toString(u"yyyy-MM-dd"_s))
          << u'\n';
    if (r.previous)
        o << Tr::tr("Baseline: %1 at %2%3; choose another with --previous REF")
                 .arg(r.previous->revision, r.previous->commit.shortHex(12),
                      r.previous->automatic ? Tr::tr(" (the highest lower version tag)") : QString())
          << u'\n';
    else
        o << Tr::tr("Baseline: none (no lower version tag); choose one with --previous REF") << u'\n';
    o << Tr::tr("Verdict: %1").arg(tierdesk::verdictText(r.verdict()).toUpper()) << u'\n';
    // Blocking reasons are repeated here; warnings are only counted, as Findings lists them all.
    if (r.verdict() == tierdesk::Verdict::NotReady || r.verdict() == tierdesk::Verdict::Tagged)
        for (const tierdesk::Finding &f : r.reasons())
            o << u"  - "_s << oneLine(f.message) << u'\n';
    else if (r.verdict() == tierdesk::Verdict::ReadyWithWarnings)
        o << u"  "_s << Tr::tr("Warnings: %1 (see Findings)").arg(r.count(tierdesk::Severity::Warning)) << u'\n';

    o << u'\n' << Tr::tr("Contents: %1 packages").arg(r.contents.size()) << u'\n';
    TextTable contents({Tr::tr("Package"), Tr::tr("Version"), Tr::tr("Kibana constraint")});
    for (const tierdesk::ContentEntry &e : r.contents)
        contents.addRow({e.name, e.version, e.constraint.isEmpty() ? Tr::tr("(none: any version)") : e.constraint});
    o << contents.toString();

    o << u'\n' << Tr::tr("Findings: %1 blocking, %2 warnings, %3 notes")
                      .arg(r.count(tierdesk::Severity::Blocks))
                      .arg(r.count(tierdesk::Severity::Warning))
                      .arg(r.count(tierdesk::Severity::Info))
      << u'\n';
    for (const tierdesk::Finding &f : r.findings)
        o << u"  "_s << severityTag(f.severity).leftJustified(10) << oneLine(f.message) << u'\n';

    if (r.previous) {
        int added = 0, updated = 0, removed = 0;
        for (const tierdesk::PackageChange &c : r.previous->changes)
            (c.kind == tierdesk::ChangeKind::Added ? added : c.kind == tierdesk::ChangeKind::Updated ? updated : removed) += 1;
        o << u'\n'
          << Tr::tr("Compared with %1: added %2, updated %3, removed %4, unchanged %5")
                 .arg(r.previous->revision)
                 .arg(added)
                 .arg(updated)
                 .arg(removed)
                 .arg(r.previous->unchanged)
          << u'\n';
        for (const tierdesk::PackageChange &c : r.previous->changes) {
            switch (c.kind) {
            case tierdesk::ChangeKind::Added: o << u"  + "_s << oneLine(c.name) << u' ' << oneLine(c.to); break;
            case tierdesk::ChangeKind::Updated:
                o << (c.downgrade ? u"  < "_s : u"  ~ "_s) << oneLine(c.name) << u' ' << oneLine(c.from) << u" -> "_s
                  << oneLine(c.to);
                break;
            case tierdesk::ChangeKind::Removed: o << u"  - "_s << oneLine(c.name) << u' ' << oneLine(c.from); break;
            }
            o << u'\n';
        }
    }

    o << u'\n' << Tr::tr("Distributions:") << u'\n';
    for (const tierdesk::DistributionIdentity &d : r.distributions) {
        QStringList commits;
        for (const auto &[branch, commit] : d.commits)
            commits.append(branch + u' ' + commit.shortHex(7));
        o << u"  "_s << d.tier << u": "_s << Tr::tr("built from %1").arg(commits.join(u", "_s)) << u'\n';
        for (const QString &image : d.images)
            o << u"    "_s << Tr::tr("image") << u' ' << image << u'\n';
        for (const auto &[key, value] : d.labels)
            o << u"    "_s << Tr::tr("label") << u' ' << key << u'=' << value << u'\n';
    }
}

// Reads the repository and runs the check; prints the error and sets `code` on failure.
std::optional<tierdesk::TagReadiness> runCheck(const QString &command, const QCommandLineParser &parser,
                                               const CommonOptions &common, int &code)
{
    if (parser.positionalArguments().size() != 2) {
        err() << Tr::tr("tierdesk-cli %1: give a repository and a stack version (such as 8.6.0).").arg(command) << u'\n'
              << parser.helpText() << Qt::flush;
        code = UsageOrRepository;
        return std::nullopt;
    }
    auto result = tierdesk::checkTagReadiness(parser.positionalArguments().constFirst(), common.request(parser));
    if (!result) {
        err() << u"tierdesk-cli: "_s << result.error().text() << u'\n' << Qt::flush;
        code = UsageOrRepository;
        return std::nullopt;
    }
    return std::move(*result);
}
} // namespace

int releaseCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Checks whether production can be tagged for a stack version and lists what the tag would contain.\n"
           "Exit status: 0 ready (warnings allowed) or already tagged, 1 not ready, 2 usage or repository error."));
    parser.addPositionalArgument(u"REPO"_s, Tr::tr("The package-storage repository (bare or not)."));
    parser.addPositionalArgument(u"VERSION"_s, Tr::tr("The stack version, such as 8.6.0 or 8.6.0-SNAPSHOT."));
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption json(u"json"_s, Tr::tr("Print one JSON document."));
    const QCommandLineOption markdown(u"markdown"_s, Tr::tr("Print a Markdown report."));
    parser.addOptions({json, markdown});
    int code = Ok;
    if (!cli::parse(parser, args, code))
        return code;
    if (parser.isSet(json) && parser.isSet(markdown)) {
        err() << Tr::tr("tierdesk-cli release-check: --json and --markdown exclude each other.") << u'\n' << Qt::flush;
        return UsageOrRepository;
    }
    const auto readiness = runCheck(u"release-check"_s, parser, common, code);
    if (!readiness)
        return code;
    if (parser.isSet(json))
        out() << QString::fromUtf8(QJsonDocument(tierdesk::readinessToJson(*readiness)).toJson(QJsonDocument::Indented));
    else if (parser.isSet(markdown))
        out() << tierdesk::readinessToMarkdown(*readiness);
    else
        printText(*readiness);
    out() << Qt::flush;
    return readiness->verdict() == tierdesk::Verdict::NotReady ? Blocked : Ok;
}

int tag(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Creates the annotated stack-version tag on the production tip when the release check passes, and "
           "optionally pushes it. An existing tag is never moved.\n"
           "Exit status: 0 tagged (and pushed), 1 not tagged because of the check, 2 usage, repository or push "
           "error."));
    parser.addPositionalArgument(u"REPO"_s, Tr::tr("The package-storage repository (bare or not)."));
    parser.addPositionalArgument(u"VERSION"_s, Tr::tr("The stack version, such as 8.6.0."));
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption push(u"push"_s, Tr::tr("Push the new tag to this remote (a name, URL or path)."), Tr::tr("REMOTE"));
    const QCommandLineOption forceWarnings(u"force-warnings"_s,
                                           Tr::tr("Create the tag although the check has warnings (never when not ready)."));
    parser.addOptions({push, forceWarnings});
    int code = Ok;
    if (!cli::parse(parser, args, code))
        return code;
    const auto readiness = runCheck(u"tag"_s, parser, common, code);
    if (!readiness)
        return code;

    const tierdesk::Verdict verdict = readiness->verdict();
    if (verdict == tierdesk::Verdict::Tagged) {
        err() << Tr::tr("Not tagged: the tag %1 already exists and is never moved.").arg(readiness->tagName) << u'\n';
        for (const tierdesk::Finding &f : readiness->reasons())
            err() << u"  "_s << f.message << u'\n';
        err() << Qt::flush;
        return Blocked;
    }
    if (verdict == tierdesk::Verdict::NotReady
        || (verdict == tierdesk::Verdict::ReadyWithWarnings && !parser.isSet(forceWarnings))) {
        err() << (verdict == tierdesk::Verdict::NotReady
                      ? Tr::tr("Not tagged: production is not ready for %1.")
                      : Tr::tr("Not tagged: the check for %1 has warnings; add --force-warnings to tag anyway."))
                     .arg(readiness->tagName)
              << u'\n';
        for (const tierdesk::Finding &f : readiness->reasons())
            err() << u"  "_s << severityTag(f.severity) << u' ' << oneLine(f.message) << u'\n';
        err() << Qt::flush;
        return Blocked;
    }

    auto repo = tierdesk::git::Repository::open(parser.positionalArguments().constFirst());
    if (!repo) {
        err() << u"tierdesk-cli: "_s << repo.error().text() << u'\n' << Qt::flush;
        return UsageOrRepository;
    }
    tierdesk::TagOptions options;
    options.allowWarnings = parser.isSet(forceWarnings);
    auto created = tierdesk::createReleaseTag(*repo, *readiness, options);
    if (!created) {
        err() << u"tierdesk-cli: "_s << created.error().text() << u'\n' << Qt::flush;
        return created.error().code == GIT_EEXISTS ? Blocked : UsageOrRepository;
    }
    out() << Tr::tr("Created tag %1 (%2) on %3 at %4 with %5 packages.")
                 .arg(readiness->tagName, created->shortHex(12), readiness->productionRef,
                      readiness->productionCommit.shortHex(12))
                 .arg(readiness->contents.size())
          << u'\n'
          << Qt::flush;
    if (parser.isSet(push)) {
        auto pushed = tierdesk::pushTag(*repo, parser.value(push), readiness->tagName,
                                        tierdesk::GitCredentials::fromEnvironment(
                                            tierdesk::chosenGitHubHost(parser.value(common.githubHost))));
        if (!pushed) {
            err() << u"tierdesk-cli: "_s << pushed.error().text() << u'\n'
                  << Tr::tr("The tag was created locally; push it again once the problem is solved.") << u'\n'
                  << Qt::flush;
            return UsageOrRepository;
        }
        out() << Tr::tr("Pushed %1 to %2.").arg(pushed->refs.constFirst().ref, pushed->url) << u'\n' << Qt::flush;
    }
    return Ok;
}

} // namespace cli
