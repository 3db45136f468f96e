// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/VersionHistory.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QMutex>
#include <QWaitCondition>
#include <QRegularExpression>
#include <QSet>

#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::VersionHistory;

// The paths being looked for, as a tree of their components, so one commit is
// compared with its parent by walking both trees once: below an unchanged
// directory nothing is looked at, and a settled path leaves the walk. (Looking
// every path up from the root in every commit made long histories of large
// trees quadratic.)
struct PathNode {
    qsizetype entry = -1; // index into PathTrie::entries of the path ending here; -1 when none or settled
    std::map<QByteArray, std::unique_ptr<PathNode>> children;
    qsizetype pending = 0; // unsettled paths here and below
};

struct PathTrie {
    PathNode root;
    QList<VersionHistoryEntry> entries;

    void add(const QString &path, VersionHistoryEntry entry)
    {
        PathNode *node = &root;
        for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
            ++node->pending;
            auto &child = node->children[part.toUtf8()];
            if (!child)
                child = std::make_unique<PathNode>();
            node = child.get();
        }
        if (node->entry >= 0)
            return; // the same path twice
        ++node->pending;
        node->entry = entries.size();
        entries.append(std::move(entry));
    }
};

// A directory's id in a tree; null when absent or not a directory.
git::ObjectId subtreeId(const git_tree *tree, const QByteArray &name)
{
    if (!tree)
        return {};
    const git_tree_entry *e = git_tree_entry_byname(tree, name.constData());
    return e && git_tree_entry_type(e) == GIT_OBJECT_TREE ? git::ObjectId(git_tree_entry_id(e)) : git::ObjectId();
}

git::TreeHandle treeOrNull(const git::Repository &repo, const git::ObjectId &id, int &reads)
{
    if (id.isNull())
        return {};
    ++reads;
    auto tree = repo.lookupTree(id);
    return tree ? std::move(*tree) : git::TreeHandle();
}

// One commit against its first parent; its details are read only when a path needs them.
class CommitStep {
public:
    CommitStep(const git::Repository &repo, const git_commit *commit, bool root, VersionHistory::Entries &done,
               QList<VersionHistoryEntry> &entries, const JobControl &job, int &treesRead)
        : m_repo(repo), m_commit(commit), m_root(root), m_done(done), m_entries(entries), m_job(job),
          m_treesRead(treesRead)
    {
    }

    // A root commit of a large tree settles every path in one step: it stops when cancelled.
    bool cancelled() const { return m_cancelled; }

    // How many paths below `node` this commit settled (their addition found).
    qsizetype visit(PathNode &node, const git::ObjectId &childId, const git::ObjectId &parentId)
    {
        if (childId.isNull() || childId == parentId)
            return 0; // unchanged, so is everything below
        qsizetype settled = 0;
        if (node.entry >= 0 && settle(node.entry, parentId.isNull())) {
            node.entry = -1;
            ++settled;
        }
        if (!node.children.empty()) {
            const git::TreeHandle child = treeOrNull(m_repo, childId, m_treesRead);
            const git::TreeHandle parent = treeOrNull(m_repo, parentId, m_treesRead);
            for (auto it = node.children.begin(); it != node.children.end() && !m_cancelled;) {
                m_cancelled = m_job.isCancelled();
                PathNode &sub = *it->second;
                settled += visit(sub, subtreeId(child.get(), it->first), subtreeId(parent.get(), it->first));
                it = sub.pending == 0 ? node.children.erase(it) : std::next(it);
            }
        }
        node.pending -= settled;
        return settled;
    }

private:
    // The path changed in this commit; true when the parent lacks it, so this commit added it.
    bool settle(qsizetype index, bool parentLacks)
    {
        VersionHistoryEntry &e = m_entries[index];
        if (e.lastChanged.isNull())
            e.lastChanged = commit();
        if (!parentLacks)
            return false;
        e.added = commit();
        m_done.insert(e.path, e);
        return true;
    }

    const HistoryCommit &commit()
    {
        if (!m_info)
            m_info = HistoryCommit::from(git::Repository::commitInfo(m_commit), m_root);
        return *m_info;
    }

    const git::Repository &m_repo;
    const git_commit *m_commit;
    bool m_root;
    VersionHistory::Entries &m_done;
    QList<VersionHistoryEntry> &m_entries;
    const JobControl &m_job;
    int &m_treesRead;
    bool m_cancelled = false;
    std::optional<HistoryCommit> m_info;
};

// The paths present at the tip, each waiting for the commit that added it.
PathTrie pendingAt(const git::Repository &repo, const git_tree *tipRoot, const git::ObjectId &tip,
                   const QStringList &paths)
{
    PathTrie trie;
    for (const QString &path : paths) {
        git::ObjectId tree;
        if (path.isEmpty()) {
            tree = git::ObjectId(git_tree_id(tipRoot));
        } else if (auto sub = repo.subtree(tipRoot, path)) {
            tree = git::ObjectId(git_tree_id(sub->get()));
        }
        if (tree.isNull())
            continue; // not at the tip: nothing to tell
        VersionHistoryEntry e;
        e.path = path;
        e.tip = tip;
        e.tree = tree;
        trie.add(path, std::move(e));
    }
    return trie;
}

[[nodiscard]] Result<git::RevwalkHandle> firstParentWalk(const git::Repository &repo, const git::ObjectId &tip)
{
    git_revwalk *rawWalk = nullptr;
    if (int rc = git_revwalk_new(&rawWalk, repo.raw()); rc < 0)
        return git::failGit(rc, Tr::tr("Could not walk the history."));
    git::RevwalkHandle walk(rawWalk);
    // No sorting: a first-parent chain has one order, and a topological sort would make libgit2
    // walk the whole history before the first commit (and, stopped early, leak its list under
    // libgit2 1.9: LeakSanitizer found it in tst_packagedetails).
    git_revwalk_sorting(walk.get(), GIT_SORT_NONE);
    if (int rc = git_revwalk_simplify_first_parent(walk.get()); rc < 0)
        return git::failGit(rc, Tr::tr("Could not walk the history."));
    if (int rc = git_revwalk_push(walk.get(), tip.raw()); rc < 0)
        return git::failGit(rc, Tr::tr("Could not walk the history from commit %1.").arg(tip.shortHex()));
    return walk;
}

// The first parent's root tree; null for a root commit.
[[nodiscard]] Result<git::ObjectId> parentTree(const git::Repository &repo, const git_commit *commit, bool root)
{
    if (root)
        return git::ObjectId();
    auto parent = repo.lookupCommit(git::ObjectId(git_commit_parent_id(commit, 0)));
    if (!parent) // a shallow boundary or a missing object: history ends here
        return std::unexpected(parent.error());
    return git::ObjectId(git_commit_tree_id(parent->get()));
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
    QSet<git::ObjectId> walking; // tiers a thread holds a claim on
    QWaitCondition walkEnded;
    int walksStarted = 0;
    int waiting = 0;
};

namespace {
// How often a thread waiting for another's walk looks whether its own job was cancelled.
constexpr int CancelPollMs = 50;
} // namespace

VersionHistoryCache::TierClaim::TierClaim(TierClaim &&other) noexcept
    : m_cache(std::exchange(other.m_cache, nullptr)), m_tip(other.m_tip) {}

VersionHistoryCache::TierClaim::~TierClaim()
{
    if (!m_cache)
        return;
    QMutexLocker lock(&m_cache->d->mutex);
    m_cache->d->walking.remove(m_tip);
    m_cache->d->walkEnded.wakeAll();
}

VersionHistoryCache::TierClaim VersionHistoryCache::claimTier(const git::ObjectId &tip, const JobControl &job)
{
    QMutexLocker lock(&d->mutex);
    ++d->waiting;
    while (d->walking.contains(tip) && !d->completeTiers.contains(tip) && !job.isCancelled())
        d->walkEnded.wait(&d->mutex, CancelPollMs);
    --d->waiting;
    // A walk that was cancelled or failed leaves the tier incomplete: the next asker walks it.
    if (d->completeTiers.contains(tip) || d->walking.contains(tip))
        return {};
    d->walking.insert(tip);
    ++d->walksStarted;
    return TierClaim(this, tip);
}

int VersionHistoryCache::walksStarted() const
{
    QMutexLocker lock(&d->mutex);
    return d->walksStarted;
}

int VersionHistoryCache::waiting() const
{
    QMutexLocker lock(&d->mutex);
    return d->waiting;
}

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
    auto tipRoot = repo.lookupTree(tipInfo->tree);
    if (!tipRoot)
        return std::unexpected(tipRoot.error());
    PathTrie trie = pendingAt(repo, tipRoot->get(), tip, paths);
    auto walk = firstParentWalk(repo, tip);
    if (!walk)
        return std::unexpected(walk.error());

    Entries done;
    int walked = 0;
    int treesRead = 0;
    git::ObjectId child = tipInfo->tree;
    git_oid oid;
    while (trie.root.pending > 0 && git_revwalk_next(&oid, walk->get()) == 0) {
        if (job.isCancelled())
            return fail(Tr::tr("Computing the history was cancelled."));
        auto commit = repo.lookupCommit(git::ObjectId(oid));
        if (!commit)
            return std::unexpected(commit.error());
        const bool root = git_commit_parentcount(commit->get()) == 0;
        auto parent = parentTree(repo, commit->get(), root);
        if (!parent)
            return std::unexpected(parent.error());
        ++walked;
        job.progress(walked, 0, QString());
        CommitStep step(repo, commit->get(), root, done, trie.entries, job, treesRead);
        step.visit(trie.root, child, *parent);
        if (step.cancelled())
            return fail(Tr::tr("Computing the history was cancelled."));
        child = *parent;
    }
    if (stats) {
        stats->commitsWalked = walked;
        stats->treesRead = treesRead;
    }
    if (trie.root.pending > 0) { // the walk ended without reaching a root: should not happen on a first-parent chain
        for (const VersionHistoryEntry &e : std::as_const(trie.entries))
            if (!done.contains(e.path))
                return fail(Tr::tr("The history of %1 ended before its addition was found.").arg(e.path));
    }
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
    const VersionHistoryCache::TierClaim claim = cache.claimTier(tip, job);
    if (cache.hasTier(tip))
        return cache.entries(tip); // walked by another thread meanwhile
    if (!claim)
        return fail(Tr::tr("Computing the history was cancelled."));
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
