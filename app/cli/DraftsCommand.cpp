// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli drafts REPO [--json] [--delete ID] [--publish ID --remote NAME ...] [--check-removal ID]
#include "cli/Command.h"
#include "cli/TerminalText.h"
#include "core/Tr.h"
#include "cli/PromotionShared.h"
#include "cli/TextTable.h"

#include "promotion/PromotionDraft.h"
#include "promotion/PromotionDraftStore.h"
#include "promotion/PromotionJson.h"
#include "promotion/PromotionSafety.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
// drafts shares promote's translation context.
namespace Tr = tierdesk::trcontext::PromoteCommand;

// The command's own options, in --help order; the publishing ones follow.
struct DraftsFlags {
    QCommandLineOption json{u"json"_s, Tr::tr("Print one JSON document.")};
    QCommandLineOption remove{u"delete"_s, Tr::tr("Delete a draft's local branches and record."), Tr::tr("ID")};
    QCommandLineOption publish{u"publish"_s, Tr::tr("Push a draft to --remote and open its pull requests."), Tr::tr("ID")};
    QCommandLineOption checkRemoval{u"check-removal"_s,
                                    Tr::tr("Fetch the destination tier and check it contains the draft's promoted "
                                       "versions with the same tree ids."),
                                    Tr::tr("ID")};
    PublishFlags publishing;

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({json, remove, publish, checkRemoval});
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
    QString tokenSource;
    const tierdesk::PublishOptions options = f.publishing.options(parser, &tokenSource);
    const bool asJson = parser.isSet(f.json);
    tierdesk::PromotionJson doc;
    const int result = publish(repoPath, parser.value(f.publish), options, tokenSource, asJson, asJson ? &doc : nullptr);
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

void printList(const QList<tierdesk::PromotionDraft> &list)
{
    if (list.isEmpty()) {
        out() << Tr::tr("No drafts.") << u'\n' << Qt::flush;
        return;
    }
    TextTable table({Tr::tr("Draft"), Tr::tr("From"), Tr::tr("To"), Tr::tr("Versions"), Tr::tr("State"), Tr::tr("Branches")});
    for (const tierdesk::PromotionDraft &d : list)
        table.addRow({d.id, d.sourceTier, d.destinationTier, QString::number(d.versions.size()),
                      tierdesk::PromotionDraft::stateText(d.state()), d.branchNames().join(u' ')});
    out() << table.toString();
    for (const tierdesk::PromotionDraft &d : list) {
        for (const tierdesk::DraftBranch *b : {&d.promotion, &d.removal})
            if (b->pullRequest.exists())
                out() << u"  "_s << d.id << u": "_s << b->pullRequest.url << u'\n';
    }
    out() << Qt::flush;
}

// Entries of the drafts file that were set aside, and a file of a newer format: said on the standard error.
void warnAboutStore(const QString &repoPath)
{
    auto repo = tierdesk::git::Repository::open(repoPath);
    if (!repo)
        return;
    auto contents = tierdesk::PromotionDraftStore(*repo).read();
    if (!contents)
        return;
    for (const QString &r : std::as_const(contents->rejected))
        err() << u"tierdesk-cli: "_s << oneLine(r) << u'\n';
    if (contents->newerFormat())
        err() << u"tierdesk-cli: "_s
              << Tr::tr("The drafts file was written by a newer Tierdesk (format %1): it is read but never changed.")
                     .arg(contents->format)
              << u'\n';
    err() << Qt::flush;
}

int listAll(const QString &repoPath, bool asJson)
{
    auto list = tierdesk::listDrafts(repoPath);
    if (!list)
        return failWith(list.error().text());
    warnAboutStore(repoPath);
    if (asJson)
        printJson(tierdesk::draftsToJson(*list));
    else
        printList(*list);
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
    return listAll(repoPath, parser.isSet(flags.json));
}

} // namespace cli
