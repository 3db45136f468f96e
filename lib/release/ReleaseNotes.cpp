// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/ReleaseNotes.h"

#include "core/Tr.h"
#include "git/Git.h"
#include "storage/RefContents.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::ReleaseNotes;

// One package's version directories on one side, and its newest version.
struct Side {
    QList<const PackageVersion *> versions;
    const PackageVersion *newest = nullptr; // the highest that parses as a version
};

QHash<QString, Side> sidesOf(const TierState &packages)
{
    QHash<QString, Side> sides;
    for (const PackageVersion &v : packages.versions) {
        Side &side = sides[v.name];
        side.versions.append(&v);
        if (v.version && (!side.newest || *side.newest->version < *v.version))
            side.newest = &v;
    }
    return sides;
}

bool lowerFirst(const QString &a, const QString &b)
{
    const auto va = Version::parseLoose(a);
    const auto vb = Version::parseLoose(b);
    if (va && vb && *va != *vb)
        return *va < *vb;
    return a < b;
}

// The version directories of `a` that `b` lacks, lowest first.
QStringList versionsOnlyIn(const Side &a, const Side &b)
{
    QSet<QString> other;
    for (const PackageVersion *v : b.versions)
        other.insert(v->versionText);
    QStringList only;
    for (const PackageVersion *v : a.versions)
        if (!other.contains(v->versionText))
            only.append(v->versionText);
    std::ranges::sort(only, lowerFirst);
    return only;
}

// changelog.yml of a version directory; nullopt with `problem` set when unreadable, empty when absent.
std::optional<Changelog> readChangelog(const git::Repository &repo, const git::ObjectId &versionTree, QString &problem)
{
    auto tree = repo.lookupTree(versionTree);
    if (!tree) {
        problem = tree.error().text();
        return std::nullopt;
    }
    git_tree_entry *raw = nullptr;
    if (git_tree_entry_bypath(&raw, tree->get(), "changelog.yml") != 0)
        return Changelog{};
    git::TreeEntryHandle entry(raw);
    if (git_tree_entry_type(raw) != GIT_OBJECT_BLOB) {
        problem = Tr::tr("changelog.yml is not a file.");
        return std::nullopt;
    }
    auto bytes = repo.readBlob(git::ObjectId(git_tree_entry_id(raw)));
    if (!bytes) {
        problem = bytes.error().text();
        return std::nullopt;
    }
    auto parsed = Changelog::parse(*bytes);
    if (!parsed) {
        problem = parsed.error().text();
        return std::nullopt;
    }
    return std::move(*parsed);
}

PackageNotes notesFor(const git::Repository &repo, const QString &name, const Side &before, const Side &after)
{
    PackageNotes notes;
    notes.name = name;
    notes.kind = before.versions.isEmpty() ? ChangeKind::Added
                 : after.versions.isEmpty() ? ChangeKind::Removed
                                            : ChangeKind::Updated;
    notes.from = before.newest ? before.newest->versionText : QString();
    notes.to = after.newest ? after.newest->versionText : QString();
    notes.addedVersions = versionsOnlyIn(after, before);
    notes.removedVersions = versionsOnlyIn(before, after);
    const PackageVersion *described = after.newest ? after.newest : before.newest;
    if (described && described->manifest)
        notes.title = described->manifest->title;
    if (after.newest && notes.from != notes.to) {
        if (const auto changelog = readChangelog(repo, after.newest->tree, notes.changelogProblem))
            notes.entries = changelog->entriesBetween(notes.from, notes.to);
    }
    return notes;
}
} // namespace

int ReleaseNotes::count(ChangeKind kind) const
{
    return int(std::ranges::count_if(packages, [kind](const PackageNotes &p) { return p.kind == kind; }));
}

Result<ReleaseNotes> buildReleaseNotes(const git::Repository &repo, const QString &from, const QString &to,
                                       std::shared_ptr<VersionCache> cache, const JobControl &job)
{
    if (!cache)
        cache = std::make_shared<VersionCache>();
    auto before = readRefContents(repo, from.trimmed(), cache, job);
    if (!before)
        return std::unexpected(before.error());
    auto after = readRefContents(repo, to.trimmed(), cache, job);
    if (!after)
        return std::unexpected(after.error());

    ReleaseNotes notes;
    notes.from = from.trimmed();
    notes.to = to.trimmed();
    notes.fromName = before->shortName;
    notes.toName = after->shortName;
    notes.fromCommit = before->packages.head.id;
    notes.toCommit = after->packages.head.id;

    const QHash<QString, Side> old = sidesOf(before->packages);
    const QHash<QString, Side> now = sidesOf(after->packages);
    QStringList names = old.keys() + now.keys();
    std::ranges::sort(names);
    names.erase(std::unique(names.begin(), names.end()), names.end());
    for (const QString &name : std::as_const(names)) {
        if (job.isCancelled())
            return fail(Tr::tr("The release notes were cancelled."));
        const Side a = old.value(name);
        const Side b = now.value(name);
        if (versionsOnlyIn(a, b).isEmpty() && versionsOnlyIn(b, a).isEmpty()) {
            ++notes.unchanged;
            continue;
        }
        notes.packages.append(notesFor(repo, name, a, b));
    }
    return notes;
}

Result<ReleaseNotes> buildReleaseNotes(const QString &repositoryPath, const QString &from, const QString &to,
                                       std::shared_ptr<VersionCache> cache, const JobControl &job)
{
    auto repo = git::Repository::open(repositoryPath);
    if (!repo)
        return std::unexpected(repo.error());
    return buildReleaseNotes(*repo, from, to, std::move(cache), job);
}

} // namespace tierdesk
