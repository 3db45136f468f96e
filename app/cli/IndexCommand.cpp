// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli index REPO [--remote NAME] [--json]
#include "cli/Command.h"
#include "cli/TerminalText.h"
#include "cli/TextTable.h"

#include "diff/CopyDifferences.h"
#include "storage/Distribution.h"
#include "storage/IndexJson.h"
#include "storage/StorageReader.h"
#include "core/Tr.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
namespace Tr = tierdesk::trcontext::IndexCommand;

// The package table's cells of one tier by package: versions newest first, each with its
// markers. One pass over the tier (a pass per package would be quadratic at size).
QHash<QString, QString> cells(const tierdesk::TierState &tier, const tierdesk::DistributionAnalysis &analysis)
{
    QHash<QString, QString> out;
    for (const tierdesk::PackageVersion &v : tier.versions) {
        QString text = v.versionText;
        switch (analysis.roleOf(tier.name, v.name, v.versionText)) {
        case tierdesk::CopyRole::Promoted: text += u'='; break;
        case tierdesk::CopyRole::Shadowed: text += u'~'; break;
        case tierdesk::CopyRole::Served: break;
        }
        if (v.hasProblems())
            text += u'!';
        QString &cell = out[v.name];
        if (!cell.isEmpty())
            cell += u' ';
        cell += text;
    }
    return out;
}

void printTable(const tierdesk::StorageSnapshot &snap, const tierdesk::DistributionAnalysis &analysis)
{
    QTextStream &o = out();
    TextTable tiers({Tr::tr("Tier"), Tr::tr("Branch"), Tr::tr("Commit"), Tr::tr("Date"), Tr::tr("Packages"), Tr::tr("Versions"), Tr::tr("Problems")});
    for (const tierdesk::TierState &t : snap.tiers) {
        if (!t.present()) {
            tiers.addRow({t.name, Tr::tr("(absent)")});
            continue;
        }
        tiers.addRow({t.name, t.refName, t.head.id.shortHex(12), t.head.commitTime.toString(u"yyyy-MM-dd"_s),
                      QString::number(t.packageNames().size()), QString::number(t.versions.size()),
                      QString::number(t.problemCount())});
    }
    o << tiers.toString() << u'\n';

    QStringList header{Tr::tr("Package")};
    for (const tierdesk::TierState &t : snap.tiers)
        header.append(t.name);
    TextTable packages(header);
    QList<QHash<QString, QString>> tierCells;
    for (const tierdesk::TierState &t : snap.tiers)
        tierCells.append(cells(t, analysis));
    for (const QString &name : snap.packageNames()) {
        QStringList row{name};
        for (const QHash<QString, QString> &c : std::as_const(tierCells))
            row.append(c.value(name));
        packages.addRow(row);
    }
    packages.writeTo(o);
    o << Tr::tr("Markers: = identical copy in a higher tier (promoted, removal pending); "
            "~ different content from the served copy (shadowed); ! has problems.")
      << u"\n\n"_s;

    if (!analysis.duplicates.isEmpty()) {
        TextTable dups({Tr::tr("Version"), Tr::tr("Content"), Tr::tr("Copies")});
        for (const tierdesk::Duplicate &d : analysis.duplicates) {
            QStringList copies;
            for (const tierdesk::VersionCopy &c : d.copies)
                copies.append(c.tier + u' ' + c.tree.shortHex(7) + u" (" + tierdesk::copyRoleId(c.role) + u')');
            tierdesk::DiffKinds how;
            for (const tierdesk::VersionCopy &c : d.copies)
                how |= c.difference;
            const QString content = d.identical()       ? Tr::tr("identical")
                                    : tierdesk::isCosmetic(how) ? tierdesk::describeDiffKinds(how)
                                                                : Tr::tr("different");
            dups.addRow({d.name + u'@' + d.version, content, copies.join(u", "_s)});
        }
        dups.writeTo(o);
        o << u'\n';
    }

    int problems = 0;
    for (const tierdesk::TierState &t : snap.tiers) {
        auto print = [&](const tierdesk::Problem &p) {
            o << u"  "_s << t.name << u": "_s << oneLine(p.path) << u": "_s << oneLine(p.message) << u'\n';
            ++problems;
        };
        for (const tierdesk::Problem &p : t.problems)
            print(p);
        for (const tierdesk::PackageVersion &v : t.versions)
            for (const tierdesk::Problem &p : v.problems)
                print(p);
    }
    o << Tr::tr("Packages: %1, versions: %2, problems: %3.")
             .arg(snap.packageNames().size())
             .arg(snap.versionCount())
             .arg(problems)
      << u'\n';
}
} // namespace

int index(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists what every tier of a package storage holds, read from git objects."));
    parser.addPositionalArgument(u"REPO"_s, Tr::tr("The package-storage repository (bare or not)."));
    const QCommandLineOption remote(u"remote"_s, Tr::tr("Remote whose tier branches are used when there is no local one."),
                                    Tr::tr("NAME"), u"origin"_s);
    const QCommandLineOption tiers(u"tiers"_s, Tr::tr("Tier branches, lowest first (default: snapshot,staging,production)."),
                                   Tr::tr("LIST"));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print one JSON document instead of tables."));
    parser.addOptions({remote, tiers, json});
    int code = Ok;
    if (!cli::parse(parser, args, code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("tierdesk-cli index: give exactly one repository.") << u'\n' << parser.helpText() << Qt::flush;
        return UsageOrRepository;
    }
    tierdesk::TierConfig config;
    config.remote = parser.value(remote);
    if (parser.isSet(tiers) && !tierList(parser.value(tiers), config.tiers, code))
        return code;

    const QString path = parser.positionalArguments().constFirst();
    auto repo = tierdesk::git::Repository::open(path);
    if (!repo) {
        err() << u"tierdesk-cli: "_s << repo.error().text() << u'\n' << Qt::flush;
        return UsageOrRepository;
    }
    // One repository for the read and the classification: a second open costs its config reads again.
    tierdesk::StorageReader reader;
    auto snap = reader.read(*repo, config);
    if (!snap) {
        err() << u"tierdesk-cli: "_s << snap.error().text() << u'\n' << Qt::flush;
        return UsageOrRepository;
    }
    snap->repositoryPath = path;
    auto analysis = tierdesk::DistributionAnalysis::analyze(*snap);
    // Shadowed copies that differ only in file modes, whitespace or line endings are named so.
    tierdesk::classifyCopies(*repo, analysis);
    if (parser.isSet(json))
        printJson(tierdesk::indexToJson(*snap, analysis));
    else
        printTable(*snap, analysis);
    out() << Qt::flush;
    return Ok;
}

} // namespace cli
