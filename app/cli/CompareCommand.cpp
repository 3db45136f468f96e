// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli compare REPO TIER_A TIER_B [--only changed|only-a|only-b|shadowed|pending]
//                      [--markdown|--json] [--output FILE]
#include "cli/Command.h"

#include "core/Tr.h"
#include "diff/CopyDifferences.h"
#include "storage/StorageReader.h"
#include "storage/TierComparison.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <optional>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
namespace Tr = tierdesk::trcontext::CompareCommand;

int failWith(const QString &message)
{
    err() << u"tierdesk-cli compare: "_s << message << u'\n' << Qt::flush;
    return UsageOrRepository;
}

struct CompareFlags {
    QCommandLineOption only{u"only"_s,
                            Tr::tr("Only these versions: changed (in both, different content), only-a, only-b, shadowed "
                                   "(a copy never served) or pending (a promoted copy awaiting removal)."),
                            Tr::tr("FILTER")};
    QCommandLineOption markdown{u"markdown"_s, Tr::tr("Print Markdown for a pull request comment, cut to fit one "
                                                      "(65,536 characters) with a line saying what was left out.")};
    QCommandLineOption json{u"json"_s, Tr::tr("Print one JSON document: both tier commits, counts and every version.")};
    QCommandLineOption output{u"output"_s, Tr::tr("Write the whole comparison, never cut, to FILE instead."),
                              Tr::tr("FILE")};
    QCommandLineOption remote{u"remote"_s, Tr::tr("Remote whose tier branches are used when there is no local one."),
                              Tr::tr("NAME"), u"origin"_s};
    QCommandLineOption tiers{u"tiers"_s, Tr::tr("Tier branches, lowest first (default: snapshot,staging,production)."),
                             Tr::tr("LIST")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({only, markdown, json, output, remote, tiers}); }
};

enum class Format { Text, Markdown, Json };

struct CompareRequest {
    QString repository;
    QString tierA;
    QString tierB;
    tierdesk::TierConfig config;
    tierdesk::CompareFilter filter = tierdesk::CompareFilter::All;
    Format format = Format::Text;
    QString output; // empty: the standard output
};

std::optional<CompareRequest> readRequest(const QCommandLineParser &parser, const CompareFlags &flags, int &code)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3) {
        err() << Tr::tr("tierdesk-cli compare: give a repository and two tiers.") << u'\n' << parser.helpText()
              << Qt::flush;
        code = UsageOrRepository;
        return std::nullopt;
    }
    CompareRequest r{positional[0], positional[1], positional[2], {}, {}, Format::Text, parser.value(flags.output)};
    if (parser.isSet(flags.markdown) && parser.isSet(flags.json)) {
        code = failWith(Tr::tr("choose one of --markdown and --json."));
        return std::nullopt;
    }
    r.format = parser.isSet(flags.json) ? Format::Json : parser.isSet(flags.markdown) ? Format::Markdown : Format::Text;
    if (parser.isSet(flags.only)) {
        const auto filter = tierdesk::TierComparison::filterFromId(parser.value(flags.only));
        if (!filter || *filter == tierdesk::CompareFilter::All) {
            code = failWith(Tr::tr("--only takes changed, only-a, only-b, shadowed or pending, not “%1”.")
                                .arg(parser.value(flags.only)));
            return std::nullopt;
        }
        r.filter = *filter;
    }
    r.config.remote = parser.value(flags.remote);
    if (parser.isSet(flags.tiers))
        r.config.tiers = parser.value(flags.tiers).split(u',', Qt::SkipEmptyParts);
    for (const QString &tier : {r.tierA, r.tierB})
        if (!r.config.tiers.contains(tier)) {
            code = failWith(Tr::tr("“%1” is not a tier; the tiers are %2.").arg(tier, r.config.tiers.join(u", "_s)));
            return std::nullopt;
        }
    return r;
}

// The comparison with every difference classified (modes, whitespace, line endings or content).
std::optional<tierdesk::TierComparison> compareTiers(const CompareRequest &r, int &code)
{
    auto repo = tierdesk::git::Repository::open(r.repository);
    if (!repo) {
        code = failWith(repo.error().text());
        return std::nullopt;
    }
    tierdesk::StorageReader reader;
    auto snap = reader.read(*repo, r.config);
    if (!snap) {
        code = failWith(snap.error().text());
        return std::nullopt;
    }
    auto analysis = tierdesk::DistributionAnalysis::analyze(*snap);
    tierdesk::classifyCopies(*repo, analysis);
    auto comparison = tierdesk::TierComparison::compare(*snap, r.tierA, r.tierB, &analysis);
    tierdesk::classifyDifferences(*repo, comparison);
    return comparison.filtered(r.filter);
}

QString render(const tierdesk::TierComparison &c, Format format, bool whole)
{
    switch (format) {
    case Format::Json: return QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Indented));
    case Format::Markdown: return whole ? c.toFullMarkdown() : c.toMarkdown().text;
    case Format::Text: return c.toPlainText();
    }
    return {};
}

int writeOutput(const QString &path, const QString &text)
{
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failWith(Tr::tr("could not write %1: %2").arg(path, file.errorString()));
    err() << Tr::tr("Wrote %1 (%2 characters).").arg(path).arg(text.size()) << u'\n' << Qt::flush;
    return Ok;
}
} // namespace

int compare(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Compares two tiers from git objects: what only one holds, what both hold with identical or different "
               "content, which copies are shadowed or await removal; as text, Markdown or JSON, with both tier commits."));
    parser.addPositionalArgument(u"REPO"_s, Tr::tr("The package-storage repository (bare or not)."));
    parser.addPositionalArgument(u"TIER_A"_s, Tr::tr("The first tier (e.g. staging)."));
    parser.addPositionalArgument(u"TIER_B"_s, Tr::tr("The second tier (e.g. production)."));
    const CompareFlags flags;
    flags.addTo(parser);
    int code = Ok;
    if (!cli::parse(parser, args, code))
        return code;
    const auto request = readRequest(parser, flags, code);
    if (!request)
        return code;
    const auto comparison = compareTiers(*request, code);
    if (!comparison)
        return code;
    if (!request->output.isEmpty())
        return writeOutput(request->output, render(*comparison, request->format, true));
    out() << render(*comparison, request->format, false) << Qt::flush;
    return Ok;
}

} // namespace cli
