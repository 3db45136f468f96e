// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/PromotionChecks.h"

#include "promotion/PendingDrafts.h"
#include "core/Tr.h"
#include "storage/EntryName.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::PromotionChecks;

// What a version's tree holds that must not be copied: paths whose own name
// starts with "_" (such as _dev), development material that must not reach a
// distribution, and names no checkout may write (.git, .., a/b: a hostile tree
// can hold them, and a checkout of the promoted tier would write hooks or
// outside the directory).
struct TreeScan {
    QStringList devPaths;
    QStringList unsafePaths;
};

int scanCallback(const char *root, const git_tree_entry *entry, void *payload)
{
    auto &scan = *static_cast<TreeScan *>(payload);
    const QByteArray name(git_tree_entry_name(entry));
    const QString path = displayEntryName(QByteArray(root)) + displayEntryName(name);
    if (!unsafeEntryName(name).isEmpty()) {
        scan.unsafePaths.append(path);
        return 1; // skip what is inside: the top-most path says it all
    }
    if (name.startsWith('_')) {
        scan.devPaths.append(path);
        return 1;
    }
    return 0;
}
} // namespace

Result<TreeScan> scanTree(const git::Repository &repo, const git::ObjectId &tree)
{
    auto t = repo.lookupTree(tree);
    if (!t)
        return std::unexpected(t.error());
    TreeScan scan;
    if (int rc = git_tree_walk(t->get(), GIT_TREEWALK_PRE, scanCallback, &scan); rc < 0)
        return git::failGit(rc, Tr::tr("Could not read the directory tree %1.").arg(tree.shortHex(12)));
    return scan;
}

namespace {
// The entries of `v`'s changelog the destination's distribution does not serve yet; none when unreadable
// (the body then simply lists no changes).
QList<ChangelogEntry> newChangelogEntries(const git::Repository &repo, const PlannedVersion &v)
{
    auto tree = repo.lookupTree(v.source.tree);
    if (!tree)
        return {};
    const git_tree_entry *file = git_tree_entry_byname(tree->get(), "changelog.yml");
    if (!file || git_tree_entry_type(file) != GIT_OBJECT_BLOB)
        return {};
    auto bytes = repo.readBlob(git::ObjectId(git_tree_entry_id(file)));
    if (!bytes)
        return {};
    auto changelog = Changelog::parse(*bytes);
    if (!changelog)
        return {};
    return changelog->entriesBetween(v.destinationNewestText, v.version());
}

QString listed(const QStringList &paths)
{
    const int shown = 3;
    QString text = paths.mid(0, shown).join(u", "_s);
    if (paths.size() > shown)
        text += Tr::tr(" and %1 more").arg(paths.size() - shown);
    return text;
}

PromotionCheck make(QString id, Severity severity, const PlannedVersion *v, QString message, QString path = {})
{
    PromotionCheck c;
    c.id = std::move(id);
    c.severity = severity;
    if (v) {
        c.name = v->name();
        c.version = v->version();
    }
    c.message = std::move(message);
    c.path = std::move(path);
    return c;
}

PromotionCheck removedUnpromoted(const PromotionPlan &plan, const PlannedVersion &v, const QString &what)
{
    return make(u"removed-unpromoted"_s, Severity::Info, &v,
                Tr::tr("%1 is removed from %2 without being promoted (newest-only mode removes every version "
                       "of the package).")
                    .arg(what, plan.sourceTier),
                v.source.path());
}

PromotionCheck identical(const PromotionPlan &plan, const PlannedVersion &v, const QString &what)
{
    if (v.servedAbove)
        return make(u"identical"_s, Severity::Info, &v,
                    Tr::tr("%1 already serves %2 with identical content from %3: nothing to promote, it is only "
                           "removed from %4.")
                        .arg(plan.destinationTier, what, v.servedTier, plan.sourceTier),
                    v.source.path());
    return make(u"identical"_s, Severity::Info, &v,
                Tr::tr("%1 already has %2 with identical content: nothing to copy, it is only removed "
                       "from %3.")
                    .arg(plan.destinationTier, what, plan.sourceTier),
                v.source.path());
}

// A tier above the destination holds other content under the same version: first found wins, so the copy
// would never be served.
PromotionCheck shadowed(const PromotionPlan &plan, const PlannedVersion &v, const QString &what)
{
    return make(u"shadowed"_s, Severity::Blocks, &v,
                Tr::tr("%1 already has %2 with different content, and %3's distribution serves that copy first: "
                       "the promoted copy would never be served. Release a new version instead.")
                    .arg(v.servedTier, what, plan.destinationTier),
                v.source.path());
}

// The destination has other content under the same version: what its role allows.
PromotionCheck overwrite(const PromotionPlan &plan, const PlannedVersion &v, const QString &what)
{
    const QString &dst = plan.destinationTier;
    const QString dir = v.source.path();
    switch (tierRole(plan.config, dst)) {
    case TierRole::Production:
        return make(u"overwrite"_s, Severity::Blocks, &v,
                    Tr::tr("%1 already has %2 with different content; a published production version is "
                           "never overwritten: release a new version instead.")
                        .arg(dst, what),
                    dir);
    case TierRole::Staging:
        return make(u"overwrite"_s, Severity::Warning, &v,
                    Tr::tr("%1 already has %2 with different content: the promotion overwrites it.").arg(dst, what),
                    dir);
    case TierRole::Snapshot: break; // allowed: worth knowing only
    }
    return make(u"overwrite"_s, Severity::Info, &v,
                Tr::tr("%1 already has %2 with different content: it is overwritten, which %1 allows.").arg(dst, what),
                dir);
}

std::optional<PromotionCheck> notNewer(const PromotionPlan &plan, const PlannedVersion &v, const QString &what)
{
    if (!v.source.version || !v.destinationNewest || !(*v.source.version < *v.destinationNewest))
        return std::nullopt;
    const QString &dst = plan.destinationTier;
    const bool production = tierRole(plan.config, dst) == TierRole::Production;
    return make(u"not-newer"_s, Severity::Warning, &v,
                production ? Tr::tr("%1 is not newer than %2, the newest version of the package %3 serves "
                                    "(from %4); production accepts only increments.")
                                 .arg(what, v.destinationNewestText, dst, v.destinationNewestTier)
                           : Tr::tr("%1 is not newer than %2, the newest version of the package %3 serves "
                                    "(from %4).")
                                 .arg(what, v.destinationNewestText, dst, v.destinationNewestTier),
                v.source.path());
}

PromotionCheck developmentFiles(const PlannedVersion &v, const QString &what, const QStringList &devPaths)
{
    return make(u"development-files"_s, Severity::Blocks, &v,
                Tr::tr("%1 contains development files (%2); directories and files starting with “_” must not "
                       "be promoted.")
                    .arg(what, listed(devPaths)),
                devPaths.constFirst());
}

std::optional<PromotionCheck> versionMismatch(const PlannedVersion &v, const QString &what)
{
    const Manifest *m = v.source.manifest.get();
    if (!m || m->version.isEmpty() || m->version == v.version())
        return std::nullopt;
    return make(u"version-mismatch"_s, Severity::Blocks, &v,
                Tr::tr("The manifest of %1 says version %2, but the directory is named “%3”.")
                    .arg(what, m->version, v.version()),
                v.source.path() + u"/manifest.yml"_s);
}

// The problems reading found in the version; a version mismatch is left to versionMismatch(), once.
void problemChecks(const PlannedVersion &v, const QString &what, QList<PromotionCheck> &out)
{
    const Manifest *m = v.source.manifest.get();
    for (const Problem &p : v.source.problems) {
        if (p.kind == ProblemKind::InvalidConstraint)
            out.append(make(u"invalid-constraint"_s, Severity::Blocks, &v,
                            Tr::tr("The Kibana version condition of %1 cannot be read: %2").arg(what, p.message), p.path));
        else if (p.kind != ProblemKind::ManifestMismatch || (m && !m->name.isEmpty() && m->name != v.name()))
            out.append(make(u"manifest-problem"_s, Severity::Blocks, &v,
                            Tr::tr("%1 has a manifest problem: %2").arg(what, p.message), p.path));
    }
}

// A name that cannot be written (the package's, the version's) blocks both branches of the draft.
std::optional<PromotionCheck> unsafeName(const PlannedVersion &v, const QString &what)
{
    for (const Problem &p : v.source.problems)
        if (p.kind == ProblemKind::UnsafeName)
            return make(u"unsafe-name"_s, Severity::Blocks, &v,
                        Tr::tr("%1 cannot be promoted or removed: %2").arg(what, p.message), p.path);
    return std::nullopt;
}

// What the version's own tree holds: development files, names no checkout may write, or an unreadable tree.
void contentChecks(const git::Repository &repo, const PlannedVersion &v, const QString &what, QList<PromotionCheck> &out)
{
    auto scan = scanTree(repo, v.source.tree);
    if (!scan) {
        out.append(make(u"unreadable-tree"_s, Severity::Blocks, &v,
                        Tr::tr("%1 cannot be copied: %2").arg(what, scan.error().text()), v.source.path()));
        return;
    }
    QStringList devPaths;
    for (const QString &p : std::as_const(scan->devPaths))
        devPaths.append(v.source.path() + u'/' + p);
    if (!devPaths.isEmpty())
        out.append(developmentFiles(v, what, devPaths));
    QStringList unsafe;
    for (const QString &p : std::as_const(scan->unsafePaths))
        unsafe.append(v.source.path() + u'/' + p);
    if (!unsafe.isEmpty())
        out.append(make(u"unsafe-path"_s, Severity::Blocks, &v,
                        Tr::tr("%1 holds paths no checkout may write (%2): a tree entry named “.git”, “..” or with a "
                               "path separator would write git hooks or outside the directory.")
                            .arg(what, listed(unsafe)),
                        unsafe.constFirst()));
}

void versionChecks(const git::Repository &repo, const PromotionPlan &plan, const PlannedVersion &v,
                   QList<PromotionCheck> &out)
{
    const QString what = v.name() + u' ' + v.version();
    if (auto c = unsafeName(v, what)) {
        out.append(*c);
        return; // the name alone makes every write impossible
    }
    if (!v.promoted) {
        out.append(removedUnpromoted(plan, v, what));
        return;
    }
    if (v.alreadyServed()) {
        out.append(identical(plan, v, what));
        return; // nothing is copied, so nothing else about the copy matters
    }
    if (v.shadowedAbove())
        out.append(shadowed(plan, v, what));
    else if (!v.destinationTree.isNull())
        out.append(overwrite(plan, v, what));
    if (auto c = notNewer(plan, v, what))
        out.append(*c);
    if (v.needsCopy())
        contentChecks(repo, v, what, out);
    if (auto c = versionMismatch(v, what))
        out.append(*c);
    problemChecks(v, what, out);
}
// The tier tips must lead to readable root trees: the draft's commits are made on them.
std::optional<PromotionCheck> unreadableRoot(const git::Repository &repo, const QString &tier, const git::ObjectId &tip)
{
    auto info = repo.commitInfo(tip);
    if (!info)
        return make(u"unreadable-tier"_s, Severity::Blocks, nullptr,
                    Tr::tr("The %1 tier cannot be written to: %2").arg(tier, info.error().text()));
    if (auto root = repo.lookupTree(info->tree); !root)
        return make(u"unreadable-tier"_s, Severity::Blocks, nullptr,
                    Tr::tr("The %1 tier cannot be written to: its root tree cannot be read (%2).")
                        .arg(tier, root.error().text()));
    return std::nullopt;
}

// What the whole plan needs from the repository before anything is written.
void planChecks(const git::Repository &repo, const PromotionPlan &plan, QList<PromotionCheck> &out)
{
    if (auto c = unreadableRoot(repo, plan.destinationTier, plan.destinationTip))
        out.append(*c);
    if (auto c = unreadableRoot(repo, plan.sourceTier, plan.sourceTip))
        out.append(*c);
    if (repo.hasReference(u"refs/heads/tierdesk"_s))
        out.append(make(u"tierdesk-branch"_s, Severity::Blocks, nullptr,
                        Tr::tr("This repository has a branch named “tierdesk”, so no tierdesk/… draft branch can be "
                               "created beside it: rename that branch (git branch -m tierdesk OTHER) first.")));
}

// Drafting the same versions again is a choice the user makes explicitly.
void pendingDraftChecks(const PromotionPlan &plan, const QList<PendingDraft> &pending, QList<PromotionCheck> &out)
{
    for (const PlannedVersion &v : plan.versions) {
        const QList<PendingDraft> found = pendingFor(pending, plan.config, plan.sourceTier, v.source.key());
        if (found.isEmpty())
            continue;
        QStringList labels;
        for (const PendingDraft &p : found)
            labels.append(p.label());
        out.append(make(u"pending-draft"_s, Severity::Warning, &v,
                        Tr::tr("%1 %2 is already in %3: drafting it again makes a second pair of pull requests.")
                            .arg(v.name(), v.version(), labels.join(u", "_s)),
                        v.source.path()));
    }
}

// Removing promoted copies is the routine second half of a promotion; only versions that leave the
// source's distribution follow its removal policy.
void removalChecks(const PromotionPlan &plan, QList<PromotionCheck> &out)
{
    const QStringList leaving = plan.leavingLabels();
    if (leaving.isEmpty())
        return;
    switch (tierRole(plan.config, plan.sourceTier)) {
    case TierRole::Staging:
        out.append(make(u"removal-from-staging"_s, Severity::Warning, nullptr,
                        Tr::tr("The removal takes %1 out of %2's distribution: no tier above serves them. Staging "
                               "removes versions only by special exception: confirm the removal.")
                            .arg(leaving.join(u", "_s), plan.sourceTier)));
        break;
    case TierRole::Production:
        out.append(make(u"removal-from-production"_s, Severity::Blocks, nullptr,
                        Tr::tr("Versions are never removed from %1, a production tier: %2 would leave its "
                               "distribution.")
                            .arg(plan.sourceTier, leaving.join(u", "_s))));
        break;
    case TierRole::Snapshot: break;
    }
}
} // namespace

Result<QStringList> developmentPaths(const git::Repository &repo, const git::ObjectId &tree)
{
    auto scan = scanTree(repo, tree);
    if (!scan)
        return std::unexpected(scan.error());
    return scan->devPaths;
}

QString PromotionCheck::severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info: return u"information"_s;
    case Severity::Warning: return u"needs-confirmation"_s;
    case Severity::Blocks: return u"blocks"_s;
    }
    return {};
}

QString PromotionCheck::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info: return Tr::tr("information");
    case Severity::Warning: return Tr::tr("needs confirmation");
    case Severity::Blocks: return Tr::tr("blocks");
    }
    return {};
}

bool PromotionChecks::blocked() const
{
    return std::any_of(checks.cbegin(), checks.cend(),
                       [](const PromotionCheck &c) { return c.severity == Severity::Blocks; });
}

QList<PromotionCheck> PromotionChecks::blocking() const
{
    QList<PromotionCheck> out;
    for (const PromotionCheck &c : checks)
        if (c.severity == Severity::Blocks)
            out.append(c);
    return out;
}

QStringList PromotionChecks::confirmationKeys() const
{
    QStringList out;
    for (const PromotionCheck &c : checks)
        if (c.needsConfirmation())
            out.append(c.key());
    return out;
}

QStringList PromotionChecks::unconfirmed(const QStringList &confirmed) const
{
    if (confirmed.contains(u"all"_s))
        return {};
    QStringList out;
    for (const QString &key : confirmationKeys())
        if (!confirmed.contains(key))
            out.append(key);
    return out;
}

QStringList PromotionChecks::validKeys() const
{
    return QStringList{u"all"_s} + confirmationKeys();
}

QStringList PromotionChecks::unknownKeys(const QStringList &confirmed) const
{
    const QStringList valid = validKeys();
    QStringList out;
    for (const QString &key : confirmed)
        if (!valid.contains(key))
            out.append(key);
    return out;
}

Status PromotionChecks::checkKeys(const QStringList &confirmed) const
{
    const QStringList unknown = unknownKeys(confirmed);
    if (unknown.isEmpty())
        return {};
    const QString which = Tr::tr("Unknown confirmation key %1.").arg(unknown.join(u", "_s));
    if (confirmationKeys().isEmpty())
        return fail(which + u' ' + Tr::tr("Nothing in this promotion needs confirmation."));
    return fail(which + u' ' + Tr::tr("The valid keys are: %1.").arg(validKeys().join(u", "_s)));
}

Result<PromotionChecks> PromotionChecks::run(const git::Repository &repo, const PromotionPlan &plan,
                                             const JobControl &job)
{
    return run(repo, plan, {}, job);
}

Result<PromotionChecks> PromotionChecks::run(const git::Repository &repo, const PromotionPlan &plan,
                                             const QList<PendingDraft> &elsewhere, const JobControl &job)
{
    QList<PromotionCheck> found;
    QHash<QString, QList<ChangelogEntry>> changelog;
    const qsizetype total = plan.versions.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (job.isCancelled())
            return fail(Tr::tr("The checks were cancelled."), {}, GIT_EUSER);
        const PlannedVersion &v = plan.versions.at(i);
        job.progress(int(i), int(total), v.label());
        if (v.needsCopy())
            changelog.insert(v.source.key(), newChangelogEntries(repo, v));
        versionChecks(repo, plan, v, found);
    }
    planChecks(repo, plan, found);
    removalChecks(plan, found);
    auto pending = findPendingDrafts(repo, plan.config);
    if (!pending)
        return std::unexpected(pending.error());
    pendingDraftChecks(plan, *pending + elsewhere, found);
    job.progress(int(total), int(total), QString());
    std::stable_sort(found.begin(), found.end(), [](const PromotionCheck &a, const PromotionCheck &b) {
        return moreSevere(a.severity, b.severity);
    });
    return PromotionChecks{found, changelog};
}

Result<PromotionChecks> PromotionChecks::run(const QString &repositoryPath, const PromotionPlan &plan,
                                             const JobControl &job)
{
    auto repo = git::Repository::open(repositoryPath);
    if (!repo)
        return std::unexpected(repo.error());
    return run(*repo, plan, job);
}

} // namespace tierdesk
