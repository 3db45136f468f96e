// tierdesk-cli diff REPO TIER:NAME@VERSION TIER:NAME@VERSION [--stat | --json | --patch]
#include "Command.h"
#include "TextTable.h"

#include "diff/ManifestDiff.h"
#include "diff/PackageDiff.h"
#include "core/Tr.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
namespace Tr = tierdesk::trcontext::DiffCommand;

QString modeText(quint32 mode) { return QString::number(mode, 8).rightJustified(6, u'0'); }

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
        notes.append(Tr::tr("mode %1 → %2").arg(modeText(f.oldMode), modeText(f.newMode)));
    if (f.binary)
        notes.append(Tr::tr("binary"));
    if (f.tooLarge)
        notes.append(Tr::tr("too large: %1").arg(sizeText(std::max(f.oldSize, f.newSize))));
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
        for (const tierdesk::ManifestFieldChange &f : m.fields)
            table.addRow({f.label, orNone(f.oldValue), orNone(f.newValue)});
        o << table.toString();
    }
    auto entries = [&o](const QString &title, const QList<tierdesk::ChangelogEntry> &list) {
        if (list.isEmpty())
            return;
        o << title << u'\n';
        for (const tierdesk::ChangelogEntry &e : list) {
            o << u"  "_s << e.version << u'\n';
            for (const tierdesk::ChangelogChange &c : e.changes) {
                o << u"    - "_s << c.description;
                if (!c.type.isEmpty())
                    o << u" ["_s << c.type << u']';
                if (!c.link.isEmpty())
                    o << u' ' << c.link;
                o << u'\n';
            }
        }
    };
    entries(Tr::tr("Changelog entries added:"), m.changelogAdded);
    entries(Tr::tr("Changelog entries removed:"), m.changelogRemoved);
    if (m.changelogAdded.isEmpty() && m.changelogRemoved.isEmpty())
        o << Tr::tr("Changelog: no entry added.") << u'\n';
    for (const QString &note : m.notes)
        o << Tr::tr("Note: %1").arg(note) << u'\n';
    o << u'\n';
}

QJsonObject sideJson(const tierdesk::DiffSide &s)
{
    return {{u"tier"_s, s.tier}, {u"name"_s, s.name}, {u"version"_s, s.version}, {u"tree"_s, s.tree.toHex()}};
}

QJsonObject entryJson(const tierdesk::ChangelogEntry &e)
{
    QJsonArray changes;
    for (const tierdesk::ChangelogChange &c : e.changes)
        changes.append(QJsonObject{{u"description"_s, c.description}, {u"type"_s, c.type}, {u"link"_s, c.link}});
    return {{u"version"_s, e.version}, {u"changes"_s, changes}};
}

QJsonObject toJson(const tierdesk::PackageComparison &c, const tierdesk::ManifestSummary &m)
{
    QJsonArray files;
    for (const tierdesk::FileDelta &f : c.files) {
        QJsonObject o{{u"path"_s, f.path},
                      {u"oldPath"_s, f.oldPath},
                      {u"status"_s, tierdesk::fileStatusId(f.status)},
                      {u"added"_s, f.added},
                      {u"removed"_s, f.removed},
                      {u"binary"_s, f.binary},
                      {u"tooLarge"_s, f.tooLarge},
                      {u"oldMode"_s, f.oldMode ? modeText(f.oldMode) : QString()},
                      {u"newMode"_s, f.newMode ? modeText(f.newMode) : QString()},
                      {u"oldSize"_s, f.oldSize},
                      {u"newSize"_s, f.newSize}};
        if (f.status == tierdesk::FileStatus::Renamed)
            o.insert(u"similarity"_s, f.similarity);
        files.append(o);
    }
    QJsonArray fields;
    for (const tierdesk::ManifestFieldChange &f : m.fields)
        fields.append(QJsonObject{{u"field"_s, f.key}, {u"label"_s, f.label}, {u"old"_s, f.oldValue}, {u"new"_s, f.newValue}});
    QJsonArray added, removed;
    for (const tierdesk::ChangelogEntry &e : m.changelogAdded)
        added.append(entryJson(e));
    for (const tierdesk::ChangelogEntry &e : m.changelogRemoved)
        removed.append(entryJson(e));
    return {{u"old"_s, sideJson(c.oldSide)},
            {u"new"_s, sideJson(c.newSide)},
            {u"maxFileSize"_s, c.maxFileSize},
            {u"files"_s, files},
            {u"totals"_s, QJsonObject{{u"files"_s, c.files.size()}, {u"added"_s, c.added()}, {u"removed"_s, c.removed()}}},
            {u"manifest"_s, QJsonObject{{u"oldVersion"_s, m.oldVersion},
                                         {u"newVersion"_s, m.newVersion},
                                         {u"fields"_s, fields},
                                         {u"changelogAdded"_s, added},
                                         {u"changelogRemoved"_s, removed},
                                         {u"notes"_s, QJsonArray::fromStringList(m.notes)}}}};
}

int failWith(const QString &message)
{
    err() << u"tierdesk-cli diff: "_s << message << u'\n' << Qt::flush;
    return UsageOrRepository;
}
} // namespace

int diff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Compares two package versions, in any tiers, straight from git objects: files, lines, manifest "
           "fields and new changelog entries."));
    parser.addPositionalArgument(u"REPO"_s, Tr::tr("The package-storage repository (bare or not)."));
    parser.addPositionalArgument(u"OLD"_s, Tr::tr("The old side, as TIER:NAME@VERSION (e.g. production:nginx@1.2.0)."));
    parser.addPositionalArgument(u"NEW"_s, Tr::tr("The new side, as TIER:NAME@VERSION (e.g. snapshot:nginx@1.3.0)."));
    const QCommandLineOption stat(u"stat"_s, Tr::tr("Print only the table of files with their line counts and totals."));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print one JSON document: files and the manifest summary."));
    const QCommandLineOption patch(u"patch"_s, Tr::tr("Print a unified diff (files above the size limit appear as binary)."));
    const QCommandLineOption remote(u"remote"_s, Tr::tr("Remote whose tier branches are used when there is no local one."),
                                    Tr::tr("NAME"), u"origin"_s);
    const QCommandLineOption tiers(u"tiers"_s, Tr::tr("Tier branches, lowest first (default: snapshot,staging,production)."),
                                   Tr::tr("LIST"));
    const QCommandLineOption maxSize(u"max-size"_s,
                                     Tr::tr("Files larger than BYTES are listed as too large and not compared (default: 1048576)."),
                                     Tr::tr("BYTES"), u"1048576"_s);
    parser.addOptions({stat, json, patch, remote, tiers, maxSize});
    int code = Ok;
    if (!cli::parse(parser, args, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3) {
        err() << Tr::tr("tierdesk-cli diff: give a repository and two versions as TIER:NAME@VERSION.") << u'\n'
              << parser.helpText() << Qt::flush;
        return UsageOrRepository;
    }
    if (int(parser.isSet(stat)) + int(parser.isSet(json)) + int(parser.isSet(patch)) > 1)
        return failWith(Tr::tr("choose one of --stat, --json and --patch."));
    tierdesk::DiffOptions options;
    bool sizeOk = false;
    options.maxFileSize = parser.value(maxSize).toLongLong(&sizeOk);
    if (!sizeOk || options.maxFileSize < 0)
        return failWith(Tr::tr("--max-size takes a number of bytes, not “%1”.").arg(parser.value(maxSize)));

    tierdesk::TierConfig config;
    config.remote = parser.value(remote);
    if (parser.isSet(tiers))
        config.tiers = parser.value(tiers).split(u',', Qt::SkipEmptyParts);

    auto repo = tierdesk::git::Repository::open(positional[0]);
    if (!repo)
        return failWith(repo.error().text());
    tierdesk::DiffSide sides[2];
    for (int i = 0; i < 2; ++i) {
        const auto parsed = tierdesk::DiffSide::parse(positional[i + 1]);
        if (!parsed)
            return failWith(Tr::tr("“%1” is not TIER:NAME@VERSION (e.g. staging:nginx@1.2.0).").arg(positional[i + 1]));
        const tierdesk::SideResolution found = tierdesk::resolveSide(*repo, config, *parsed);
        if (!found.side)
            return failWith(found.message);
        sides[i] = *found.side;
    }

    if (parser.isSet(patch)) {
        auto text = tierdesk::PackageDiff::unifiedPatch(*repo, sides[0], sides[1], options);
        if (!text)
            return failWith(text.error().text());
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly))
            return failWith(Tr::tr("could not write to the standard output."));
        stdOut.write(*text); // raw bytes: a patch need not be UTF-8
        stdOut.flush();
        return Ok;
    }

    auto comparison = tierdesk::PackageDiff::compare(*repo, sides[0], sides[1], options);
    if (!comparison)
        return failWith(comparison.error().text());
    auto manifest = tierdesk::ManifestSummary::read(*repo, sides[0].tree, sides[1].tree);
    if (!manifest)
        return failWith(manifest.error().text());

    QTextStream &o = out();
    if (parser.isSet(json)) {
        o << QString::fromUtf8(QJsonDocument(toJson(*comparison, *manifest)).toJson(QJsonDocument::Indented));
    } else if (parser.isSet(stat)) {
        printStat(*comparison);
    } else {
        o << sides[0].label() << u" ("_s << sides[0].tree.shortHex(12) << u") → "_s << sides[1].label() << u" ("_s
          << sides[1].tree.shortHex(12) << u")\n\n"_s;
        if (comparison->identical()) {
            o << Tr::tr("The two versions have identical content.") << u'\n';
        } else {
            printManifest(*manifest);
            printStat(*comparison);
        }
    }
    o << Qt::flush;
    return Ok;
}

} // namespace cli
