// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/VersionHistory.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::VersionHistory;

// The ids of paths in one commit's tree, looked up once each.
class TreeIds {
public:
    TreeIds() = default;
    TreeIds(const git::Repository &repo, const git::ObjectId &commitTree)
    {
        if (auto tree = repo.lookupTree(commitTree))
            m_root = std::move(*tree);
        m_rootId = commitTree;
    }

    // Null when the path is absent (or the commit has no tree, as before a root commit).
    git::ObjectId id(const QString &path)
    {
        if (!m_root)
            return {};
        if (path.isEmpty())
            return m_rootId;
        if (auto it = m_ids.constFind(path); it != m_ids.cend())
            return *it;
        git_tree_entry *entry = nullptr;
        git::ObjectId found;
        if (git_tree_entry_bypath(&entry, m_root.get(), git::path8(path).constData()) == 0) {
            git::TreeEntryHandle owner(entry);
            if (git_tree_entry_type(entry) == GIT_OBJECT_TREE)
                found = git::ObjectId(git_tree_entry_id(entry));
        }
        m_ids.insert(path, found);
        return found;
    }

private:
    git::TreeHandle m_root;
    git::ObjectId m_rootId;
    QHash<QString, git::ObjectId> m_ids;
};

// "packages/nginx/1.0.0" → {"packages", "packages/nginx", "packages/nginx/1.0.0"}.
QStringList prefixes(const QString &path)
{
    QStringList out;
    qsizetype from = 0;
    for (;;) {
        const qsizetype slash = path.indexOf(u'/', from);
        if (slash < 0)
            break;
        out.append(path.left(slash));
        from = slash + 1;
    }
    out.append(path);
    return out;
}

struct Pending {
    VersionHistoryEntry entry;
    QStringList prefixes;
};
// The paths present at the tip, each waiting for the commit that added it.
QList<Pending> pendingAt(TreeIds &tipTrees, const git::ObjectId &tip, const QStringList &paths)
{
    QList<Pending> pending;
    for (const QString &path : paths) {
        const git::ObjectId tree = tipTrees.id(path);
        if (tree.isNull())
            continue; // not at the tip: nothing to tell
        Pending p;
        p.entry.path = path;
        p.entry.tip = tip;
        p.entry.tree = tree;
        p.prefixes = prefixes(path);
        pending.append(std::move(p));
    }
    return pending;
}

[[nodiscard]] Result<git::RevwalkHandle> firstParentWalk(const git::Repository &repo, const git::ObjectId &tip)
{
    git_revwalk *rawWalk = nullptr;
    if (int rc = git_revwalk_new(&rawWalk, repo.raw()); rc < 0)
        return git::failGit(rc, Tr::tr("Could not walk the history."));
    git::RevwalkHandle walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL);
    if (int rc = git_revwalk_simplify_first_parent(walk.get()); rc < 0)
        return git::failGit(rc, Tr::tr("Could not walk the history."));
    if (int rc = git_revwalk_push(walk.get(), tip.raw()); rc < 0)
        return git::failGit(rc, Tr::tr("Could not walk the history from commit %1.").arg(tip.shortHex()));
    return walk;
}

// The first parent's trees; none for a root commit.
[[nodiscard]] Result<TreeIds> parentTrees(const git::Repository &repo, const git_commit *commit, bool root)
{
    if (root)
        return TreeIds();
    auto parent = repo.lookupCommit(git::ObjectId(git_commit_parent_id(commit, 0)));
    if (!parent) // a shallow boundary or a missing object: history ends here
        return std::unexpected(parent.error());
    return TreeIds(repo, git::ObjectId(git_commit_tree_id(parent->get())));
}

// One commit against its first parent. Each prefix is compared once, and the
// commit's details are read only when a path needs them.
class CommitStep {
public:
    CommitStep(const git_commit *commit, bool root, TreeIds &child, TreeIds &parent)
        : m_commit(commit), m_root(root), m_child(child), m_parent(parent)
    {
    }

    // A prefix unchanged from the parent means everything below it is too.
    bool changed(const Pending &p)
    {
        for (const QString &prefix : p.prefixes)
            if (unchanged(prefix))
                return false;
        return true;
    }
    bool parentLacks(const Pending &p) { return m_parent.id(p.entry.path).isNull(); }

    const HistoryCommit &commit()
    {
        if (!m_info)
            m_info = HistoryCommit::from(git::Repository::commitInfo(m_commit), m_root);
        return *m_info;
    }

private:
    bool unchanged(const QString &prefix)
    {
        if (auto it = m_same.constFind(prefix); it != m_same.cend())
            return *it;
        const git::ObjectId a = m_child.id(prefix);
        const bool equal = !a.isNull() && a == m_parent.id(prefix);
        m_same.insert(prefix, equal);
        return equal;
    }

    const git_commit *m_commit;
    bool m_root;
    TreeIds &m_child;
    TreeIds &m_parent;
    QHash<QString, bool> m_same;
    std::optional<HistoryCommit> m_info;
};

// Records what `step` tells each pending path; a path whose addition it is moves to `done`.
void settle(QList<Pending> &pending, CommitStep &step, VersionHistory::Entries &done)
{
    for (qsizetype i = 0; i < pending.size();) {
        Pending &p = pending[i];
        const bool changed = step.changed(p);
        if (changed && p.entry.lastChanged.isNull())
            p.entry.lastChanged = step.commit();
        if (changed && step.parentLacks(p)) {
            p.entry.added = step.commit();
            done.insert(p.entry.path, p.entry);
            pending.removeAt(i);
            continue;
        }
        ++i;
    }
}
} // namespace

int HistoryCommit::pullRequestOf(const QString &subject)
{
    static const QRegularExpression trailing(uR"(\(#(\d+)\)\s*$)"_s);
    const auto m = trailing.match(subject);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

HistoryCommit HistoryCommit::from(const git::CommitInfo &info, bool isRoot)
{
    HistoryCommit c;
    c.id = info.id;
    c.subject = info.subject;
    c.authorName = info.authorName;
    c.authorEmail = info.authorEmail;
    c.authorTime = info.authorTime;
    c.commitTime = info.commitTime;
    c.pullRequest = pullRequestOf(info.subject);
    c.isRoot = isRoot;
    return c;
}

struct VersionHistoryCache::Private {
    mutable QMutex mutex;
    QHash<git::ObjectId, VersionHistory::Entries> byTip;
    QSet<git::ObjectId> completeTiers;
};

VersionHistoryCache::VersionHistoryCache() : d(std::make_unique<Private>()) {}
VersionHistoryCache::~VersionHistoryCache() = default;

std::optional<VersionHistoryEntry> VersionHistoryCache::find(const git::ObjectId &tip, const QString &path) const
{
    QMutexLocker lock(&d->mutex);
    const auto tier = d->byTip.constFind(tip);
    if (tier == d->byTip.cend())
        return std::nullopt;
    const auto it = tier->constFind(path);
    if (it == tier->cend())
        return std::nullopt;
    return *it;
}

void VersionHistoryCache::insert(const VersionHistoryEntry &entry)
{
    QMutexLocker lock(&d->mutex);
    d->byTip[entry.tip].insert(entry.path, entry);
}

VersionHistory::Entries VersionHistoryCache::entries(const git::ObjectId &tip) const
{
    QMutexLocker lock(&d->mutex);
    return d->byTip.value(tip);
}

bool VersionHistoryCache::hasTier(const git::ObjectId &tip) const
{
    QMutexLocker lock(&d->mutex);
    return d->completeTiers.contains(tip);
}

void VersionHistoryCache::markTier(const git::ObjectId &tip)
{
    QMutexLocker lock(&d->mutex);
    d->completeTiers.insert(tip);
}

qsizetype VersionHistoryCache::size() const
{
    QMutexLocker lock(&d->mutex);
    qsizetype n = 0;
    for (const auto &tier : std::as_const(d->byTip))
        n += tier.size();
    return n;
}

void VersionHistoryCache::clear()
{
    QMutexLocker lock(&d->mutex);
    d->byTip.clear();
    d->completeTiers.clear();
}

Result<VersionHistory::Entries> VersionHistory::compute(const git::Repository &repo, const git::ObjectId &tip,
                                                        const QStringList &paths, const JobControl &job,
                                                        VersionHistoryStats *stats)
{
    auto tipInfo = repo.commitInfo(tip);
    if (!tipInfo)
        return std::unexpected(tipInfo.error());
    TreeIds child(repo, tipInfo->tree);
    QList<Pending> pending = pendingAt(child, tip, paths);
    auto walk = firstParentWalk(repo, tip);
    if (!walk)
        return std::unexpected(walk.error());

    Entries done;
    int walked = 0;
    git_oid oid;
    while (!pending.isEmpty() && git_revwalk_next(&oid, walk->get()) == 0) {
        if (job.isCancelled())
            return fail(Tr::tr("Computing the history was cancelled."));
        auto commit = repo.lookupCommit(git::ObjectId(oid));
        if (!commit)
            return std::unexpected(commit.error());
        const bool root = git_commit_parentcount(commit->get()) == 0;
        auto parent = parentTrees(repo, commit->get(), root);
        if (!parent)
            return std::unexpected(parent.error());
        ++walked;
        job.progress(walked, 0, QString());
        CommitStep step(commit->get(), root, child, *parent);
        settle(pending, step, done);
        child = std::move(*parent);
    }
    if (stats)
        stats->commitsWalked = walked;
    if (!pending.isEmpty()) // the walk ended without reaching a root: should not happen on a first-parent chain
        return fail(Tr::tr("The history of %1 ended before its addition was found.").arg(pending.first().entry.path));
    return done;
}

Result<QStringList> VersionHistory::versionPaths(const git::Repository &repo, const git::ObjectId &tip)
{
    auto info = repo.commitInfo(tip);
    if (!info)
        return std::unexpected(info.error());
    auto root = repo.lookupTree(info->tree);
    if (!root)
        return std::unexpected(root.error());
    QStringList paths;
    auto packages = repo.subtree(root->get(), u"packages"_s);
    if (!packages)
        return paths; // a tier without packages/ has no versions
    const size_t count = git_tree_entrycount(packages->get());
    for (size_t i = 0; i < count; ++i) {
        const git_tree_entry *e = git_tree_entry_byindex(packages->get(), i);
        if (git_tree_entry_type(e) != GIT_OBJECT_TREE)
            continue;
        const QString name = QString::fromUtf8(git_tree_entry_name(e));
        auto package = repo.lookupTree(git::ObjectId(git_tree_entry_id(e)));
        if (!package)
            continue;
        const size_t versions = git_tree_entrycount(package->get());
        for (size_t j = 0; j < versions; ++j) {
            const git_tree_entry *v = git_tree_entry_byindex(package->get(), j);
            if (git_tree_entry_type(v) == GIT_OBJECT_TREE)
                paths.append(u"packages/"_s + name + u'/' + QString::fromUtf8(git_tree_entry_name(v)));
        }
    }
    return paths;
}

Result<VersionHistory::Entries> VersionHistory::computeTier(const git::Repository &repo, const git::ObjectId &tip,
                                                            const JobControl &job, VersionHistoryStats *stats)
{
    auto paths = versionPaths(repo, tip);
    if (!paths)
        return std::unexpected(paths.error());
    return compute(repo, tip, *paths, job, stats);
}

Result<VersionHistoryEntry> VersionHistory::computeOne(const git::Repository &repo, const git::ObjectId &tip,
                                                       const QString &path, VersionHistoryStats *stats)
{
    auto entries = compute(repo, tip, {path}, {}, stats);
    if (!entries)
        return std::unexpected(entries.error());
    if (!entries->contains(path))
        return fail(Tr::tr("%1 is not in commit %2.").arg(path, tip.shortHex()), {}, GIT_ENOTFOUND);
    return entries->value(path);
}

Result<VersionHistory::Entries> VersionHistory::tierThroughCache(VersionHistoryCache &cache,
                                                                 const git::Repository &repo,
                                                                 const git::ObjectId &tip, const JobControl &job)
{
    if (cache.hasTier(tip))
        return cache.entries(tip); // no git at all
    auto paths = versionPaths(repo, tip);
    if (!paths)
        return std::unexpected(paths.error());
    Entries entries;
    QStringList missing;
    for (const QString &path : std::as_const(*paths)) {
        if (auto e = cache.find(tip, path))
            entries.insert(path, *e);
        else
            missing.append(path);
    }
    auto computed = compute(repo, tip, missing, job);
    if (!computed)
        return std::unexpected(computed.error());
    for (const VersionHistoryEntry &e : std::as_const(*computed)) {
        cache.insert(e);
        entries.insert(e.path, e);
    }
    cache.markTier(tip);
    return entries;
}

Result<VersionHistory::Entries> VersionHistory::tierThroughCache(VersionHistoryCache &cache,
                                                                 const QString &repositoryPath,
                                                                 const git::ObjectId &tip, const JobControl &job)
{
    if (cache.hasTier(tip))
        return cache.entries(tip); // not even the repository is opened
    auto repo = git::Repository::open(repositoryPath);
    if (!repo)
        return std::unexpected(repo.error());
    return tierThroughCache(cache, *repo, tip, job);
}

} // namespace tierdesk
