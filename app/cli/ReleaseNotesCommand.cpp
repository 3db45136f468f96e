// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli release-notes REPO FROM TO [--markdown | --json] [--output FILE] [--limit N]
#include "cli/Command.h"

#include "core/Tr.h"
#include "release/ReleaseNotes.h"
#include "release/ReleaseNotesReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
namespace Tr = tierdesk::trcontext::ReleaseNotesCommand;

// Repository text for a terminal: control characters (escape sequences
// included) are shown as \xNN instead of being obeyed.
QString plain(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0))
            out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
        else
            out += c;
    }
    return out;
}

QString changeSign(tierdesk::ChangeKind kind)
{
    switch (kind) {
    case tierdesk::ChangeKind::Added: return u"+"_s;
    case tierdesk::ChangeKind::Updated: return u"~"_s;
    case tierdesk::ChangeKind::Removed: return u"-"_s;
    }
    return {};
}

void printPackage(QTextStream &o, const tierdesk::PackageNotes &p)
{
    o << changeSign(p.kind) << u' ' << plain(p.name) << u' '
      << (p.kind == tierdesk::ChangeKind::Updated ? plain(p.from) + u" -> "_s + plain(p.to)
                                                  : plain(p.kind == tierdesk::ChangeKind::Added ? p.to : p.from))
      << u'\n';
    if (!p.addedVersions.isEmpty())
        o << u"    "_s << Tr::tr("new versions: %1").arg(plain(p.addedVersions.join(u", "_s))) << u'\n';
    if (!p.removedVersions.isEmpty())
        o << u"    "_s << Tr::tr("versions removed: %1").arg(plain(p.removedVersions.join(u", "_s))) << u'\n';
    if (!p.changelogProblem.isEmpty())
        o << u"    "_s << Tr::tr("changelog unreadable: %1").arg(plain(p.changelogProblem)) << u'\n';
    for (const tierdesk::ChangelogEntry &e : p.entries)
        for (const tierdesk::ChangelogChange &c : e.changes)
            o << u"    "_s << plain(e.version) << u" ["_s << plain(c.type) << u"] "_s << plain(c.description.simplified())
              << (c.link.isEmpty() ? QString() : u" "_s + plain(c.link)) << u'\n';
}

void printText(const tierdesk::ReleaseNotes &n)
{
    QTextStream &o = out();
    o << Tr::tr("Release notes from %1 (%2) to %3 (%4)")
             .arg(plain(n.fromName), n.fromCommit.shortHex(12), plain(n.toName), n.toCommit.shortHex(12))
      << u'\n'
      << Tr::tr("Packages: %1 added, %2 updated, %3 removed, %4 unchanged")
             .arg(n.count(tierdesk::ChangeKind::Added))
             .arg(n.count(tierdesk::ChangeKind::Updated))
             .arg(n.count(tierdesk::ChangeKind::Removed))
             .arg(n.unchanged)
      << u"\n\n"_s;
    for (const tierdesk::PackageNotes &p : n.packages)
        printPackage(o, p);
}

QString saveText(const QString &file, const QString &text)
{
    QSaveFile out(file);
    const QByteArray bytes = text.toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return out.errorString();
    return {};
}

// --markdown: the text for a GitHub release; when it had to be cut, the whole
// notes go to --output (or the user is told how to get them).
int printMarkdown(const tierdesk::ReleaseNotes &notes, const QString &outputFile, qsizetype limit)
{
    const tierdesk::NotesMarkdown md = tierdesk::releaseNotesToMarkdown(notes, limit);
    out() << md.text << Qt::flush;
    if (!outputFile.isEmpty()) {
        const tierdesk::NotesMarkdown full = tierdesk::releaseNotesToMarkdown(notes, 0);
        if (const QString error = saveText(outputFile, full.text); !error.isEmpty()) {
            err() << Tr::tr("tierdesk-cli release-notes: could not write %1: %2").arg(outputFile, error) << u'\n'
                  << Qt::flush;
            return UsageOrRepository;
        }
        err() << Tr::tr("The full notes (%1 characters) are in %2.")
                     .arg(full.text.size())
                     .arg(QDir::toNativeSeparators(outputFile))
              << u'\n'
              << Qt::flush;
    } else if (md.cut()) {
        err() << Tr::tr("The notes were cut after %1 of %2 packages to fit %3 characters; add --output FILE for the "
                        "full notes.")
                     .arg(md.packagesShown)
                     .arg(md.packagesTotal)
                     .arg(limit)
              << u'\n'
              << Qt::flush;
    }
    return Ok;
}
} // namespace

int releaseNotes(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Release notes between two refs: per package added, updated or removed, its versions and the "
               "changelog.yml entries in between, grouped by type, with pull-request links.\n"
               "Exit status: 0 written, 2 usage or repository error."));
    parser.addPositionalArgument(u"REPO"_s, Tr::tr("The package-storage repository (bare or not)."));
    parser.addPositionalArgument(u"FROM"_s, Tr::tr("The earlier tag, branch or commit, such as 8.5.0."));
    parser.addPositionalArgument(u"TO"_s, Tr::tr("The later tag, branch or commit, such as 8.6.0 or production."));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print one JSON document."));
    const QCommandLineOption markdown(u"markdown"_s,
                                      Tr::tr("Print Markdown for a GitHub release, cut to fit its size limit."));
    const QCommandLineOption output(u"output"_s, Tr::tr("Also write the full Markdown, never cut, to FILE."),
                                    Tr::tr("FILE"));
    const QCommandLineOption limit(u"limit"_s, Tr::tr("Characters the Markdown may have (default: %1).")
                                                   .arg(tierdesk::githubReleaseBodyLimit),
                                   Tr::tr("N"), QString::number(tierdesk::githubReleaseBodyLimit));
    parser.addOptions({json, markdown, output, limit});
    int code = Ok;
    if (!cli::parse(parser, args, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    bool limitOk = false;
    const qsizetype maxChars = parser.value(limit).toLongLong(&limitOk);
    if (positional.size() != 3 || (parser.isSet(json) && parser.isSet(markdown)) || !limitOk || maxChars < 1000) {
        err() << Tr::tr("tierdesk-cli release-notes: give a repository and two refs, at most one of --json and "
                        "--markdown, and a --limit of at least 1000.")
              << u'\n'
              << parser.helpText() << Qt::flush;
        return UsageOrRepository;
    }
    const auto notes = tierdesk::buildReleaseNotes(positional[0], positional[1], positional[2]);
    if (!notes) {
        err() << u"tierdesk-cli: "_s << notes.error().text() << u'\n' << Qt::flush;
        return UsageOrRepository;
    }
    if (parser.isSet(json)) {
        printJson(tierdesk::releaseNotesToJson(*notes));
        return Ok;
    }
    if (parser.isSet(markdown) || parser.isSet(output))
        return printMarkdown(*notes, parser.value(output), maxChars);
    printText(*notes);
    out() << Qt::flush;
    return Ok;
}

} // namespace cli
