// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/VersionContent.h"

#include "storage/EntryName.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QSet>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// The messages were first the reader's: their translations are filed under its context.
namespace Tr = trcontext::StorageReader;

// The entry shares the parse's manifest (the store holds the same parse): nothing is copied.
std::shared_ptr<const VersionCache::Entry> entryOf(const std::shared_ptr<const ManifestParse> &shared,
                                                   const git::ObjectId &blob)
{
    const ManifestParse &parsed = *shared;
    auto entry = std::make_shared<VersionCache::Entry>();
    entry->manifestBlob = blob;
    entry->problems = parsed.problems;
    if (!parsed.ok)
        return entry;
    if (!parsed.manifest.kibanaVersion.isEmpty()) {
        auto c = VersionConstraint::parse(parsed.manifest.kibanaVersion);
        if (c)
            entry->kibana = std::move(*c);
        else
            entry->problems.append({ProblemKind::InvalidConstraint, c.error(), u"manifest.yml"_s});
    }
    entry->manifest = std::shared_ptr<const Manifest>(shared, &parsed.manifest);
    return entry;
}

std::shared_ptr<const VersionCache::Entry> problemEntry(Problem problem)
{
    auto entry = std::make_shared<VersionCache::Entry>();
    entry->problems.append(std::move(problem));
    return entry;
}

// Below this many packages a second thread costs more than it saves.
constexpr qsizetype ParallelFrom = 8;

// The package trees below the packages/ trees, each once (tiers share most of them).
QList<git::ObjectId> packageTrees(const git::Repository &repo, const QList<git::ObjectId> &packagesTrees,
                                  const QStringList &onlyPackages)
{
    QList<git::ObjectId> out;
    QSet<git::ObjectId> seen;
    for (const git::ObjectId &id : packagesTrees) {
        auto packages = repo.lookupTree(id);
        if (!packages)
            continue; // the reader reports it
        for (size_t i = 0; i < git_tree_entrycount(packages->get()); ++i) {
            const git_tree_entry *p = git_tree_entry_byindex(packages->get(), i);
            if (git_tree_entry_type(p) != GIT_OBJECT_TREE)
                continue;
            if (!onlyPackages.isEmpty()
                && !onlyPackages.contains(displayEntryName(QByteArray(git_tree_entry_name(p)))))
                continue;
            const git::ObjectId tree(git_tree_entry_id(p));
            if (!seen.contains(tree)) {
                seen.insert(tree);
                out.append(tree);
            }
        }
    }
    return out;
}

// The version trees that no worker has taken yet and `cache` lacks: each is parsed once.
class VersionClaims {
public:
    explicit VersionClaims(const VersionCache &cache) : m_cache(cache) {}
    bool claim(const git::ObjectId &tree)
    {
        const std::lock_guard lock(m_mutex);
        if (m_claimed.contains(tree) || m_cache.find(tree))
            return false;
        m_claimed.insert(tree);
        return true;
    }
    qsizetype count() const
    {
        const std::lock_guard lock(m_mutex);
        return m_claimed.size();
    }

private:
    const VersionCache &m_cache;
    mutable std::mutex m_mutex;
    QSet<git::ObjectId> m_claimed;
};
} // namespace

namespace {
// Both objects a stored entry stands for are still there (an index lookup each, no reading):
// a repository that lost one since gets the problem, not the stored parse.
bool stillThere(const git::Repository &repo, const git::ObjectId &tree, const git::ObjectId &blob)
{
    git_odb *raw = nullptr;
    if (git_repository_odb(&raw, repo.raw()) != 0)
        return false;
    const git::OdbHandle odb(raw);
    return git_odb_exists(odb.get(), tree.raw()) && git_odb_exists(odb.get(), blob.raw());
}
} // namespace

ProblemKind objectProblem(const Error &e)
{
    return e.code == GIT_ENOTFOUND ? ProblemKind::MissingObject : ProblemKind::CorruptObject;
}

std::shared_ptr<const VersionCache::Entry> parseContent(const git::Repository &repo, const git::ObjectId &treeId,
                                                        ManifestStore *store)
{
    if (store) {
        if (const auto hit = store->find(treeId); hit && hit->parse && stillThere(repo, treeId, hit->blob))
            return entryOf(hit->parse, hit->blob);
    }
    auto tree = repo.lookupTree(treeId);
    if (!tree) {
        const ProblemKind kind = objectProblem(tree.error());
        return problemEntry({kind,
                             kind == ProblemKind::MissingObject
                                 ? Tr::tr("The directory's content (tree %1) is missing from the repository.")
                                       .arg(treeId.shortHex(12))
                                 : Tr::tr("The directory's content (tree %1) is damaged and cannot be read.")
                                       .arg(treeId.shortHex(12)),
                             QString()});
    }
    const git_tree_entry *m = git_tree_entry_byname(tree->get(), "manifest.yml");
    if (!m || git_tree_entry_type(m) != GIT_OBJECT_BLOB)
        return problemEntry(
            {ProblemKind::ManifestMissing, Tr::tr("The version has no manifest.yml."), u"manifest.yml"_s});
    const git::ObjectId blobId(git_tree_entry_id(m));
    auto blob = repo.lookupBlob(blobId);
    if (!blob) {
        const ProblemKind kind = objectProblem(blob.error());
        const QString id = blobId.shortHex(12);
        return problemEntry({kind,
                             kind == ProblemKind::MissingObject
                                 ? Tr::tr("manifest.yml (blob %1) is missing from the repository.").arg(id)
                                 : Tr::tr("manifest.yml (blob %1) is damaged and cannot be read.").arg(id),
                             u"manifest.yml"_s});
    }
    auto parsed = std::make_shared<const ManifestParse>(ManifestParse::parse(git::blobBytes(blob->get())));
    if (store)
        store->insert(treeId, blobId, parsed);
    return entryOf(parsed, blobId);
}

std::optional<int> prefetchContent(const git::Repository &repo, const QList<git::ObjectId> &packagesTrees,
                                   VersionCache &cache, ManifestStore *store, const JobControl &job,
                                   const QStringList &onlyPackages)
{
    // The work is split by package: reading a package's tree is part of it, on every core.
    const QList<git::ObjectId> packages = packageTrees(repo, packagesTrees, onlyPackages);
    VersionClaims claims(cache);
    std::atomic<qsizetype> next{0};
    std::atomic_int fromStore{0};
    std::atomic_bool cancelled{false};
    const auto versions = [&](const git::Repository &own, const git::ObjectId &packageTree) {
        auto package = own.lookupTree(packageTree);
        if (!package)
            return; // the tier walk reports it
        for (size_t j = 0; j < git_tree_entrycount(package->get()) && !cancelled; ++j) {
            const git_tree_entry *v = git_tree_entry_byindex(package->get(), j);
            const git::ObjectId tree(git_tree_entry_id(v));
            if (git_tree_entry_type(v) != GIT_OBJECT_TREE || !claims.claim(tree))
                continue;
            if (job.isCancelled()) {
                cancelled = true;
                return;
            }
            if (const auto hit = store ? store->find(tree) : std::nullopt; hit && stillThere(own, tree, hit->blob))
                ++fromStore;
            cache.insert(tree, parseContent(own, tree, store));
        }
    };
    // Each worker takes the next package until none is left; `own` is the worker's repository.
    const auto work = [&](const git::Repository &own, bool reports) {
        for (qsizetype i = next++; i < packages.size() && !cancelled; i = next++) {
            // Worth telling only for many; the tier walk that follows reports the rest.
            if (reports && packages.size() >= ParallelFrom && i % 8 == 0 && job.progress)
                job.progress(int(i), int(packages.size()), Tr::tr("Reading manifests"));
            versions(own, packages[i]);
        }
    };
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const qsizetype helpers = packages.size() >= ParallelFrom ? std::min<qsizetype>(cores, 4) - 1 : 0;
    std::vector<std::jthread> threads;
    for (qsizetype t = 0; t < helpers; ++t) {
        threads.emplace_back([&] {
            auto own = git::Repository::open(repo.path()); // one repository per thread
            if (own)
                work(*own, false);
        });
    }
    work(repo, true);
    threads.clear(); // joins
    if (cancelled)
        return std::nullopt;
    return int(claims.count()) - fromStore;
}

} // namespace tierdesk
