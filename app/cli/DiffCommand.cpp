// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli diff REPO REF:NAME@VERSION REF:NAME@VERSION [--stat | --json | --patch]; REF: a tier, tag, branch or commit
#include "cli/Command.h"
#include "cli/TerminalText.h"
#include "cli/TextTable.h"

#include "diff/DiffJson.h"
#include "diff/ManifestDiff.h"
#include "diff/PackageDiff.h"
#include "core/Tr.h"

#include <QCoreApplication>

#include <unistd.h>
#include <QFile>
#include <QLocale>

#include <array>
#include <expected>
#include <optional>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
namespace Tr = tierdesk::trcontext::DiffCommand;

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString statusText(const tierdesk::FileDelta &f)
{
    QString s = tierdesk::fileStatusId(f.status);
    if (f.status == tierdesk::FileStatus::Renamed)
        s += u' ' + QString::number(f.similarity) + u'%';
    QStringList notes;
    if (f.modeChanged())
        notes.append(Tr::tr("mode %1 → %2").arg(tierdesk::fileModeText(f.oldMode), tierdesk::fileModeText(f.newMode)));
    if (f.binary)
        notes.append(Tr::tr("binary"));
    if (f.tooLarge)
        notes.append(Tr::tr("too large: %1").arg(sizeText(std::max(f.oldSize, f.newSize))));
    if (f.kinds == tierdesk::DiffKinds(tierdesk::DiffKind::Whitespace))
        notes.append(Tr::tr("whitespace only"));
    else if (f.kinds == tierdesk::DiffKinds(tierdesk::DiffKind::LineEndings))
        notes.append(Tr::tr("line endings only"));
    else if (f.kinds == tierdesk::DiffKinds(tierdesk::DiffKind::Mode))
        notes.append(Tr::tr("content unchanged")); // the mode note above says what changed
    if (!notes.isEmpty())
        s += u" ("_s + notes.join(u", "_s) + u')';
    return s;
}

// Paths as `git diff --numstat` writes renames, in ASCII for terminals and scripts.
QString pathText(const tierdesk::FileDelta &f)
{
    if (f.status == tierdesk::FileStatus::Renamed && f.oldPath != f.path)
        return f.oldPath + u" => "_s + f.path;
    return f.path;
}

void printStat(const tierdesk::PackageComparison &c)
{
    QTextStream &o = out();
    TextTable table({Tr::tr("Added"), Tr::tr("Removed"), Tr::tr("Status"), Tr::tr("Path")});
    int counts[4] = {0, 0, 0, 0};
    for (const tierdesk::FileDelta &f : c.files) {
        ++counts[int(f.status)];
        // "-" for binary files as numstat does; "?" for files too large to count.
        const QString added = f.tooLarge ? u"?"_s : f.binary ? u"-"_s : QString::number(f.added);
        const QString removed = f.tooLarge ? u"?"_s : f.binary ? u"-"_s : QString::number(f.removed);
        table.addRow({added, removed, statusText(f), pathText(f)});
    }
    if (!c.files.isEmpty())
        o << table.toString();
    o << Tr::tr("Files: %1 changed (%2 added, %3 removed, %4 modified, %5 renamed); lines: +%6 -%7.")
             .arg(c.files.size())
             .arg(counts[int(tierdesk::FileStatus::Added)])
             .arg(counts[int(tierdesk::FileStatus::Removed)])
             .arg(counts[int(tierdesk::FileStatus::Modified)])
             .arg(counts[int(tierdesk::FileStatus::Renamed)])
             .arg(c.added())
             .arg(c.removed())
      << u'\n';
    if (tierdesk::isCosmetic(c.kinds()))
        o << Tr::tr("Difference: %1.").arg(tierdesk::describeDiffKinds(c.kinds())) << u'\n';
}

QString orNone(const QString &s)
{
    if (s.isEmpty())
        return Tr::tr("(none)");
    // Terminal tables stay readable; --json has the summary's full excerpt.
    return s.size() > 72 ? s.left(71) + u'…' : s;
}

void printManifest(const tierdesk::ManifestSummary &m)
{
    QTextStream &o = out();
    if (m.fields.isEmpty()) {
        o << Tr::tr("Manifest: no field changed.") << u'\n';
    } else {
        o << Tr::tr("Manifest:") << u'\n';
        TextTable table({Tr::tr("Field"), Tr::tr("Old"), Tr::tr("New")});
        for (const tierdesk::ManifestFieldChange &f : m.fields) {
            const QString label = f.change == tierdesk::FieldChange::Added     ? Tr::tr("%1 (added)").arg(f.label)
                                  : f.change == tierdesk::FieldChange::Removed ? Tr::tr("%1 (removed)").arg(f.label)
                                                                               : f.label;
            table.addRow({label, orNone(f.oldValue), orNone(f.newValue)});
        }
        o << table.toString();
    }
    auto entries = [&o](const QString &title, const QList<tierdesk::ChangelogEntry> &list) {
        if (list.isEmpty())
            return;
        o << title << u'\n';
        for (const tierdesk::ChangelogEntry &e : list) {
            o << u"  "_s << oneLine(e.version) << u'\n';
            for (const tierdesk::ChangelogChange &c : e.changes) {
                o << u"    - "_s << oneLine(c.description);
                if (!c.type.isEmpty())
                    o << u" ["_s << oneLine(c.type) << u']';
                if (!c.link.isEmpty())
                    o << u' ' << oneLine(c.link);
                o << u'\n';
            }
        }
    };
    entries(Tr::tr("Changelog entries added:"), m.changelogAdded);
    entries(Tr::tr("Changelog entries removed:"), m.changelogRemoved);
    if (m.changelogAdded.isEmpty() && m.changelogRemoved.isEmpty())
        o << Tr::tr("Changelog: no entry added.") << u'\n';
    for (const QString &note : m.notes)
        o << Tr::tr("Note: %1").arg(oneLine(note)) << u'\n';
    o << u'\n';
}

int failWith(const QString &message)
{
    err() << u"tierdesk-cli diff: "_s << message << u'\n' << Qt::flush;
    return UsageOrRepository;
}

// The command's options, in --help order.
struct DiffFlags {
    QCommandLineOption stat{u"stat"_s, Tr::tr("Print only the table of files with their line counts and totals.")};
    QCommandLineOption json{u"json"_s, Tr::tr("Print one JSON document: files and the manifest summary.")};
    QCommandLineOption patch{u"patch"_s, Tr::tr("Print a unified diff (files above the size limit appear as binary).")};
    QCommandLineOption remote{u"remote"_s, Tr::tr("Remote whose tier branches are used when there is no local one."),
                              Tr::tr("NAME"), u"origin"_s};
    QCommandLineOption tiers{u"tiers"_s, Tr::tr("Tier branches, lowest first (default: snapshot,staging,production)."),
                             Tr::tr("LIST")};
    QCommandLineOption maxSize{u"max-size"_s,
                               Tr::tr("Files larger than BYTES are listed as too large and not compared (default: 1048576)."),
                               Tr::tr("BYTES"), u"1048576"_s};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({stat, json, patch, remote, tiers, maxSize}); }
};

enum class Format { Full, Stat, Json, Patch };

// What the command line asks to compare, and how to print it.
struct DiffRequest {
    QString repository;
    QStringList specs; // the OLD and NEW sides as given
    tierdesk::TierConfig config;
    tierdesk::DiffOptions options;
    Format format = Format::Full;
};

// The request, or nothing with `code` set once the reason is printed.
std::optional<DiffRequest> readRequest(const QCommandLineParser &parser, const DiffFlags &flags, int &code)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3) {
        err() << Tr::tr("tierdesk-cli diff: give a repository and two versions as REF:NAME@VERSION.") << u'\n'
              << parser.helpText() << Qt::flush;
        code = UsageOrRepository;
        return std::nullopt;
    }
    if (int(parser.isSet(flags.stat)) + int(parser.isSet(flags.json)) + int(parser.isSet(flags.patch)) > 1) {
        code = failWith(Tr::tr("choose one of --stat, --json and --patch."));
        return std::nullopt;
    }
    DiffRequest r;
    bool sizeOk = false;
    r.options.maxFileSize = parser.value(flags.maxSize).toLongLong(&sizeOk);
    if (!sizeOk || r.options.maxFileSize < 0) {
        code = failWith(Tr::tr("--max-size takes a number of bytes, not “%1”.").arg(parser.value(flags.maxSize)));
        return std::nullopt;
    }
    r.repository = positional[0];
    r.specs = positional.mid(1);
    r.config.remote = parser.value(flags.remote);
    if (parser.isSet(flags.tiers) && !tierList(parser.value(flags.tiers), r.config.tiers, code))
        return std::nullopt;
    r.format = parser.isSet(flags.patch) ? Format::Patch
               : parser.isSet(flags.json) ? Format::Json
               : parser.isSet(flags.stat) ? Format::Stat
                                          : Format::Full;
    return r;
}

using Sides = std::array<tierdesk::DiffSide, 2>;

// Both sides found in their tiers, or why one is not (the old side is looked at first).
std::expected<Sides, QString> resolveSides(const tierdesk::git::Repository &repo, const DiffRequest &r)
{
    Sides sides;
    for (int i = 0; i < 2; ++i) {
        const auto parsed = tierdesk::DiffSide::parse(r.specs[i]);
        if (!parsed)
            return std::unexpected(
                Tr::tr("“%1” is not REF:NAME@VERSION, where REF is a tier, tag, branch or commit (e.g. staging:nginx@1.2.0, "
                       "7.10.0:nginx@1.1.0).")
                    .arg(r.specs[i]));
        const tierdesk::SideResolution found = tierdesk::resolveSide(repo, r.config, *parsed);
        if (!found.side)
            return std::unexpected(found.message);
        sides[i] = *found.side;
    }
    return sides;
}

int printPatch(const tierdesk::git::Repository &repo, const Sides &sides, const tierdesk::DiffOptions &options)
{
    auto text = tierdesk::PackageDiff::unifiedPatch(repo, sides[0], sides[1], options);
    if (!text)
        return failWith(text.error().text());
    QFile stdOut;
    if (!stdOut.open(stdout, QIODevice::WriteOnly))
        return failWith(Tr::tr("could not write to the standard output."));
    // Raw bytes into a pipe (a patch need not be UTF-8, and git apply needs its \r);
    // on a terminal its control characters are shown as escapes.
    stdOut.write(isatty(fileno(stdout)) ? terminalSafe(*text) : *text);
    stdOut.flush();
    return Ok;
}

// The default format: both sides, then the manifest summary and the files unless they are identical.
void printFull(const Sides &sides, const tierdesk::PackageComparison &comparison, const tierdesk::ManifestSummary &manifest)
{
    QTextStream &o = out();
    o << oneLine(sides[0].label()) << u" ("_s << sides[0].tree.shortHex(12) << u") → "_s << oneLine(sides[1].label()) << u" ("_s
      << sides[1].tree.shortHex(12) << u")\n\n"_s;
    if (comparison.identical()) {
        o << Tr::tr("The two versions have identical content.") << u'\n';
        return;
    }
    if (tierdesk::isCosmetic(comparison.kinds()))
        o << Tr::tr("The two versions have the same content: %1.").arg(tierdesk::describeDiffKinds(comparison.kinds()))
          << u"\n\n"_s;
    printManifest(manifest);
    printStat(comparison);
}

int printComparison(const tierdesk::git::Repository &repo, const Sides &sides, const DiffRequest &r)
{
    auto comparison = tierdesk::PackageDiff::compare(repo, sides[0], sides[1], r.options);
    if (!comparison)
        return failWith(comparison.error().text());
    if (r.format == Format::Stat) {
        printStat(*comparison); // the files only: no manifest or changelog to read and parse
        out() << Qt::flush;
        return Ok;
    }
    auto manifest = tierdesk::ManifestSummary::read(repo, sides[0].tree, sides[1].tree);
    if (!manifest)
        return failWith(manifest.error().text());
    if (r.format == Format::Json)
        printJson(tierdesk::diffToJson(*comparison, *manifest));
    else
        printFull(sides, *comparison, *manifest);
    out() << Qt::flush;
    return Ok;
}
} // namespace

int diff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Compares two package versions, in any tiers, straight from git objects: files, lines, manifest "
           "fields and new changelog entries."));
    parser.addPositionalArgument(u"REPO"_s, Tr::tr("The package-storage repository (bare or not)."));
    parser.addPositionalArgument(
        u"OLD"_s, Tr::tr("The old side, as REF:NAME@VERSION: REF is a tier, a tag, a branch or a commit "
                         "(e.g. production:nginx@1.2.0, 7.10.0:nginx@1.1.0, 1a2b3c4:nginx@1.1.0)."));
    parser.addPositionalArgument(u"NEW"_s, Tr::tr("The new side, as REF:NAME@VERSION (e.g. snapshot:nginx@1.3.0)."));
    const DiffFlags flags;
    flags.addTo(parser);
    int code = Ok;
    if (!cli::parse(parser, args, code))
        return code;
    const std::optional<DiffRequest> request = readRequest(parser, flags, code);
    if (!request)
        return code;
    auto repo = tierdesk::git::Repository::open(request->repository);
    if (!repo)
        return failWith(repo.error().text());
    const auto sides = resolveSides(*repo, *request);
    if (!sides)
        return failWith(sides.error());
    if (request->format == Format::Patch)
        return printPatch(*repo, *sides, request->options);
    return printComparison(*repo, *sides, *request);
}

} // namespace cli
