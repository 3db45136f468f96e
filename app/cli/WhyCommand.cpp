// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli why REPO TIER:NAME@VERSION [--json] [--remote NAME] [--tiers LIST]
#include "cli/Command.h"

#include "promotion/PromotionExcuses.h"
#include "storage/StorageReader.h"
#include "core/NameSuggestion.h"
#include "core/Tr.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
namespace Tr = tierdesk::trcontext::PromoteCommand; // why shares promote's context

struct Target {
    QString tier;
    QString name;
    QString version;
};

std::optional<Target> parseTarget(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    const qsizetype at = text.indexOf(u'@', colon + 1);
    if (colon <= 0 || at <= colon + 1 || at + 1 >= text.size())
        return std::nullopt;
    return Target{text.left(colon), text.mid(colon + 1, at - colon - 1), text.mid(at + 1)};
}

// The version, or a sentence naming what is there instead.
tierdesk::Result<const tierdesk::PackageVersion *> findVersion(const tierdesk::StorageSnapshot &snap, const Target &t)
{
    const tierdesk::TierState *tier = snap.tier(t.tier);
    if (!tier)
        return tierdesk::fail(Tr::tr("“%1” is not a tier; the tiers are %2.").arg(t.tier, snap.config.tiers.join(u", "_s)));
    if (!tier->present())
        return tierdesk::fail(Tr::tr("The tier %1 has no branch in this repository.").arg(t.tier));
    if (const tierdesk::PackageVersion *v = snap.find(t.tier, t.name, t.version))
        return v;
    if (!tier->packageNames().contains(t.name)) {
        const QStringList near = tierdesk::nearestNames(t.name, tier->packageNames());
        return tierdesk::fail(near.isEmpty() ? Tr::tr("%1 has no package “%2”.").arg(t.tier, t.name)
                                             : Tr::tr("%1 has no package “%2”. Did you mean %3?")
                                                   .arg(t.tier, t.name, near.join(u", "_s)));
    }
    QStringList versions;
    for (const tierdesk::PackageVersion &v : tier->versions)
        if (v.name == t.name)
            versions.append(v.versionText);
    return tierdesk::fail(
        Tr::tr("%1 has no version %2 of %3; it has %4.").arg(t.tier, t.version, t.name, versions.join(u", "_s)));
}

void printExcuse(const tierdesk::VersionExcuse &e)
{
    QTextStream &o = out();
    o << e.name << u' ' << e.version << Tr::tr(" in ") << e.tier << u": "_s
      << (e.candidate ? Tr::tr("a promotion candidate for %1").arg(e.targetTier)
                      : (e.targetTier.isEmpty() ? Tr::tr("not a promotion candidate")
                                                : Tr::tr("not a promotion candidate for %1").arg(e.targetTier)))
      << u'\n';
    for (const tierdesk::ExcuseReason &r : e.reasons)
        o << u"  "_s << (r.blocks ? u"✗ "_s : u"• "_s) << r.id << u": "_s << r.message << u'\n';
    o << Qt::flush;
}
} // namespace

int why(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Explains why a version is, or is not, a promotion candidate now: what "
                                            "the next tier's distribution serves, drafts, content and policy."));
    parser.addPositionalArgument(u"REPO"_s, Tr::tr("The package-storage repository (bare or not)."));
    parser.addPositionalArgument(u"TIER:NAME@VERSION"_s, Tr::tr("The version, e.g. snapshot:nginx@1.2.0."));
    const QCommandLineOption remote(u"remote"_s, Tr::tr("Remote whose tier branches are used when there is no local one."),
                                    Tr::tr("NAME"), u"origin"_s);
    const QCommandLineOption tiers(u"tiers"_s, Tr::tr("Tier branches, lowest first (default: snapshot,staging,production)."),
                                   Tr::tr("LIST"));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print one JSON document."));
    parser.addOptions({remote, tiers, json});
    int code = Ok;
    if (!cli::parse(parser, args, code))
        return code;
    const QStringList pos = parser.positionalArguments();
    const auto target = pos.size() == 2 ? parseTarget(pos[1]) : std::nullopt;
    if (!target) {
        err() << Tr::tr("tierdesk-cli why: give a repository and TIER:NAME@VERSION.") << u'\n' << parser.helpText()
              << Qt::flush;
        return UsageOrRepository;
    }
    tierdesk::TierConfig config;
    config.remote = parser.value(remote);
    if (parser.isSet(tiers))
        config.tiers = parser.value(tiers).split(u',', Qt::SkipEmptyParts);
    // The package alone tells why (every reason is about its own versions); when it is not
    // found, the whole storage is read so that the answer can name what there is.
    tierdesk::StorageReader scoped;
    scoped.readOnly({target->name});
    auto snap = scoped.read(pos[0], config);
    auto version = snap ? findVersion(*snap, *target) : std::unexpected(snap.error());
    if (!version) {
        snap = tierdesk::StorageReader().read(pos[0], config);
        version = snap ? findVersion(*snap, *target) : std::unexpected(snap.error());
    }
    if (!version) {
        err() << u"tierdesk-cli: "_s << version.error().text() << u'\n' << Qt::flush;
        return UsageOrRepository;
    }
    auto repo = tierdesk::git::Repository::open(pos[0]);
    if (!repo) {
        err() << u"tierdesk-cli: "_s << repo.error().text() << u'\n' << Qt::flush;
        return UsageOrRepository;
    }
    auto pending = tierdesk::findPendingDrafts(*repo, snap->config);
    const tierdesk::VersionExcuse e = tierdesk::explainVersion(
        *snap, **version, pending ? *pending : QList<tierdesk::PendingDraft>(),
        [&repo](const tierdesk::PackageVersion &v) {
            auto paths = tierdesk::developmentPaths(*repo, v.tree);
            return paths ? *paths : QStringList();
        });
    if (parser.isSet(json))
        printJson(e.toJson());
    else
        printExcuse(e);
    return Ok;
}

} // namespace cli
