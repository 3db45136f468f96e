// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StorageReader.h"

#include "core/Tr.h"
#include "storage/EntryName.h"
#include "storage/ManifestStore.h"
#include "storage/SnapshotStore.h"
#include "storage/VersionContent.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>
#include <thread>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::StorageReader;
} // namespace

struct VersionCache::Private {
    mutable QMutex mutex;
    QHash<git::ObjectId, std::shared_ptr<const Entry>> entries;
};

VersionCache::VersionCache() : d(std::make_unique<Private>()) {}
VersionCache::~VersionCache() = default;

std::shared_ptr<const VersionCache::Entry> VersionCache::find(const git::ObjectId &tree) const
{
    QMutexLocker lock(&d->mutex);
    return d->entries.value(tree);
}

void VersionCache::insert(const git::ObjectId &tree, std::shared_ptr<const Entry> entry)
{
    QMutexLocker lock(&d->mutex);
    d->entries.insert(tree, std::move(entry));
}

qsizetype VersionCache::size() const
{
    QMutexLocker lock(&d->mutex);
    return d->entries.size();
}

namespace {

QByteArray rawName(const git_tree_entry *e) { return QByteArray(git_tree_entry_name(e)); }
QString entryName(const git_tree_entry *e) { return displayEntryName(rawName(e)); }


QString describeEntryKind(git_filemode_t mode)
{
    switch (mode) {
    case GIT_FILEMODE_COMMIT: return Tr::tr("a submodule");
    case GIT_FILEMODE_LINK: return Tr::tr("a symbolic link");
    default: return Tr::tr("a file");
    }
}

QString registryVersion(const git::Repository &repo, const git_tree *root)
{
    const git_tree_entry *e = git_tree_entry_byname(root, "Dockerfile");
    if (!e || git_tree_entry_type(e) != GIT_OBJECT_BLOB)
        return {};
    auto bytes = repo.readBlob(git::ObjectId(git_tree_entry_id(e)));
    if (!bytes)
        return {};
    const QString text = QString::fromUtf8(*bytes);
    static const QRegularExpression arg(uR"(^\s*ARG\s+PACKAGE_REGISTRY\s*=\s*"?([^\s"]+))"_s,
                                        QRegularExpression::MultilineOption);
    const auto m = arg.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool newestFirst(const PackageVersion &a, const PackageVersion &b)
{
    if (a.name != b.name)
        return a.name < b.name;
    if (a.version && b.version)
        return *a.version > *b.version;
    if (a.version.has_value() != b.version.has_value())
        return a.version.has_value(); // versions before directories that are not versions
    return a.versionText < b.versionText;
}

class TierReader {
public:
    // `only`: the packages to read; all when empty.
    TierReader(const git::Repository &repo, VersionCache &cache, const JobControl &job, int &parsed,
               const QStringList &only)
        : m_repo(repo), m_cache(cache), m_job(job), m_parsed(parsed), m_only(only) {}

    // False when cancelled.
    bool read(TierState &tier)
    {
        if (tier.head.id.isNull())
            return true; // the branch leads to no commit: its problem says why
        auto commit = m_repo.lookupCommit(tier.head.id);
        if (!commit) {
            tier.problems.append({objectProblem(commit.error()), commit.error().text(), QString()});
            return true;
        }
        tier.head = git::Repository::commitInfo(commit->get());
        auto root = m_repo.lookupTree(tier.head.tree);
        if (!root) {
            tier.problems.append({objectProblem(root.error()), root.error().text(), QString()});
            return true;
        }
        tier.registryVersion = registryVersion(m_repo, root->get());
        const git_tree_entry *pe = git_tree_entry_byname(root->get(), "packages");
        if (!pe || git_tree_entry_type(pe) != GIT_OBJECT_TREE) {
            tier.problems.append({ProblemKind::NoPackagesDirectory,
                                  Tr::tr("The branch has no packages/ directory."), u"packages"_s});
            return true;
        }
        tier.packagesTree = git::ObjectId(git_tree_entry_id(pe));
        auto packages = m_repo.lookupTree(tier.packagesTree);
        if (!packages) {
            tier.problems.append({objectProblem(packages.error()), packages.error().text(), u"packages"_s});
            return true;
        }
        const size_t count = git_tree_entrycount(packages->get());
        for (size_t i = 0; i < count; ++i) {
            if (m_job.isCancelled())
                return false;
            const git_tree_entry *e = git_tree_entry_byindex(packages->get(), i);
            const QString name = entryName(e);
            if (!m_only.isEmpty() && !m_only.contains(name))
                continue;
            m_job.progress(int(i), int(count), tier.name + u": "_s + name);
            const QString path = u"packages/"_s + name;
            if (git_tree_entry_type(e) != GIT_OBJECT_TREE) {
                tier.problems.append({ProblemKind::UnexpectedEntry,
                                      Tr::tr("“%1” is %2 where a package directory belongs.")
                                          .arg(path, describeEntryKind(git_tree_entry_filemode(e))),
                                      path});
                continue;
            }
            const QString unsafe = unsafeEntryName(rawName(e));
            if (!unsafe.isEmpty())
                tier.problems.append({ProblemKind::UnsafeName,
                                      Tr::tr("The package directory “%1” cannot be used: %2").arg(path, unsafe), path});
            readPackage(tier, name, git::ObjectId(git_tree_entry_id(e)), unsafe);
        }
        std::sort(tier.versions.begin(), tier.versions.end(), newestFirst);
        return true;
    }

private:
    // `unsafePackage`: why the package's own name cannot be used, given to each of its versions.
    void readPackage(TierState &tier, const QString &name, const git::ObjectId &treeId, const QString &unsafePackage)
    {
        const QString path = u"packages/"_s + name;
        auto tree = m_repo.lookupTree(treeId);
        if (!tree) {
            const ProblemKind kind = objectProblem(tree.error());
            tier.problems.append({kind,
                                  kind == ProblemKind::MissingObject
                                      ? Tr::tr("The directory “%1” (tree %2) is missing from the repository.")
                                            .arg(path, treeId.shortHex(12))
                                      : Tr::tr("The directory “%1” (tree %2) is damaged and cannot be read.")
                                            .arg(path, treeId.shortHex(12)),
                                  path});
            return;
        }
        const size_t count = git_tree_entrycount(tree->get());
        for (size_t i = 0; i < count; ++i) {
            const git_tree_entry *e = git_tree_entry_byindex(tree->get(), i);
            const QString versionText = entryName(e);
            if (git_tree_entry_type(e) != GIT_OBJECT_TREE) {
                const QString p = path + u'/' + versionText;
                tier.problems.append({ProblemKind::UnexpectedEntry,
                                      Tr::tr("“%1” is %2 where a version directory belongs.")
                                          .arg(p, describeEntryKind(git_tree_entry_filemode(e))),
                                      p});
                continue;
            }
            PackageVersion v = readVersion(tier.name, name, versionText, git::ObjectId(git_tree_entry_id(e)));
            addNameProblems(v, unsafePackage, unsafeEntryName(rawName(e)));
            tier.versions.append(std::move(v));
        }
    }

    static void addNameProblems(PackageVersion &v, const QString &unsafePackage, const QString &unsafeVersion)
    {
        if (!unsafePackage.isEmpty())
            v.problems.prepend({ProblemKind::UnsafeName,
                                Tr::tr("The package directory “%1” cannot be used: %2").arg(v.name, unsafePackage),
                                v.path()});
        if (!unsafeVersion.isEmpty())
            v.problems.prepend({ProblemKind::UnsafeName,
                                Tr::tr("The version directory “%1” cannot be used: %2").arg(v.versionText, unsafeVersion),
                                v.path()});
    }

    PackageVersion readVersion(const QString &tierName, const QString &name, const QString &versionText,
                               const git::ObjectId &treeId)
    {
        PackageVersion v;
        v.tier = tierName;
        v.name = name;
        v.versionText = versionText;
        v.version = Version::parse(versionText);
        v.tree = treeId;
        const QString dir = v.path();
        if (!v.version)
            v.problems.append({ProblemKind::NotAVersion,
                               Tr::tr("The directory name “%1” is not a semantic version (such as 1.2.3).").arg(versionText),
                               dir});
        std::shared_ptr<const VersionCache::Entry> content = m_cache.find(treeId);
        if (!content) {
            content = parseContent(m_repo, treeId, nullptr);
            m_cache.insert(treeId, content);
            ++m_parsed;
        }
        v.manifest = content->manifest;
        v.kibana = content->kibana;
        v.manifestBlob = content->manifestBlob;
        for (Problem p : content->problems) {
            p.path = p.path.isEmpty() ? dir : dir + u'/' + p.path;
            v.problems.append(std::move(p));
        }
        if (const Manifest *m = v.manifest.get()) {
            if (!m->name.isEmpty() && m->name != name)
                v.problems.append({ProblemKind::ManifestMismatch,
                                   Tr::tr("The manifest names the package “%1” but its directory is “%2”.").arg(m->name, name),
                                   dir + u"/manifest.yml"_s});
            if (!m->version.isEmpty() && m->version != versionText)
                v.problems.append({ProblemKind::ManifestMismatch,
                                   Tr::tr("The manifest says version %1 but its directory is “%2”.").arg(m->version, versionText),
                                   dir + u"/manifest.yml"_s});
        }
        return v;
    }

    const git::Repository &m_repo;
    VersionCache &m_cache;
    const JobControl &m_job;
    int &m_parsed;
    const QStringList &m_only;
};

// Whether `ref` is there at all, readable or not (a symbolic loop, a bad target): an
// unreadable branch is a problem of its tier, not an absent tier.
bool referenceExists(const git::Repository &repo, const QString &ref)
{
    git_reference *r = nullptr;
    const int rc = git_reference_lookup(&r, repo.raw(), ref.toUtf8().constData());
    git_reference_free(r);
    return rc != GIT_ENOTFOUND && rc != GIT_EINVALIDSPEC;
}

// Why the tier's branch leads to no commit: what it points at, and in what state.
QString unreadableTip(const git::Repository &repo, const QString &tier, const QString &ref)
{
    git_oid target;
    if (git_reference_name_to_id(&target, repo.raw(), ref.toUtf8().constData()) < 0)
        return Tr::tr("The %1 branch (%2) cannot be read.").arg(tier, ref);
    const git::ObjectId id(&target);
    git_object *obj = nullptr;
    const int rc = git_object_lookup(&obj, repo.raw(), &target, GIT_OBJECT_ANY);
    if (rc == GIT_ENOTFOUND)
        return Tr::tr("The %1 branch (%2) points at %3, which is missing from the repository.")
            .arg(tier, ref, id.shortHex(12));
    if (rc < 0)
        return Tr::tr("The %1 branch (%2) points at %3, which is damaged (corrupt object).").arg(tier, ref, id.shortHex(12));
    git::ObjectHandle owner(obj);
    return Tr::tr("The %1 branch (%2) points at %3, a %4, not at a commit.")
        .arg(tier, ref, id.shortHex(12), QString::fromLatin1(git_object_type2string(git_object_type(obj))));
}
} // namespace

StorageReader::StorageReader(std::shared_ptr<VersionCache> cache)
    : m_cache(cache ? std::move(cache) : std::make_shared<VersionCache>())
{
}

StorageReader::~StorageReader() = default;

namespace {
// The packages/ tree of a tier's tip; null when it has none (the tier reader says why).
git::ObjectId packagesTreeOf(const git::Repository &repo, const git::ObjectId &commitId)
{
    auto commit = repo.lookupCommit(commitId);
    if (!commit)
        return {};
    auto root = repo.lookupTree(git::ObjectId(git_commit_tree_id(commit->get())));
    if (!root)
        return {};
    const git_tree_entry *e = git_tree_entry_byname(root->get(), "packages");
    return e && git_tree_entry_type(e) == GIT_OBJECT_TREE ? git::ObjectId(git_tree_entry_id(e)) : git::ObjectId();
}

bool unchangedSince(const TierState &tier, const StorageSnapshot *previous)
{
    const TierState *old = previous ? previous->tier(tier.name) : nullptr;
    return old && old->refName == tier.refName && old->head.id == tier.head.id;
}

// An unchanged tip means unchanged content; where the tier stands (rank, the
// remote-tracking branch, which may have moved) is as just resolved.
void reuse(TierState &tier, const TierState &old)
{
    const TierState fresh = tier;
    tier = old;
    tier.rank = fresh.rank;
    tier.trackingRef = fresh.trackingRef;
    tier.ahead = fresh.ahead;
    tier.behind = fresh.behind;
}

// Every present tier is unchanged since `previous`.
StorageSnapshot reuseAll(StorageSnapshot snapshot, const StorageSnapshot &previous)
{
    for (TierState &tier : snapshot.tiers)
        if (tier.present())
            reuse(tier, *previous.tier(tier.name));
    return snapshot;
}
// Which branch stands for the tier, its tip, and how it stands to its remote-tracking branch.
TierState resolveTier(const git::Repository &repo, const TierConfig &config, const QString &name, QStringList &looked)
{
    TierState tier;
    tier.name = name;
    tier.rank = config.rank(name);
    for (const QString &ref : config.candidateRefs(name)) {
        looked.append(ref);
        if (!referenceExists(repo, ref))
            continue;
        tier.refName = ref;
        auto id = repo.resolveCommit(ref);
        if (id)
            tier.head.id = *id;
        else
            tier.problems.append({ProblemKind::TierUnreadable, unreadableTip(repo, name, ref), QString()});
        break;
    }
    // A local branch shown while its remote-tracking branch moved on (a fetch
    // does not move local branches): say how far apart they are.
    const QString tracking = u"refs/remotes/"_s + config.remote + u'/' + name;
    if (tier.refName.startsWith(u"refs/heads/"_s) && !config.remote.isEmpty() && repo.hasReference(tracking)) {
        if (auto upstream = repo.resolveCommit(tracking)) {
            tier.trackingRef = tracking;
            if (*upstream != tier.head.id) {
                if (auto counts = repo.aheadBehind(tier.head.id, *upstream)) {
                    tier.ahead = counts->first;
                    tier.behind = counts->second;
                }
            }
        }
    }
    return tier;
}

} // namespace

Result<StorageSnapshot> StorageReader::read(const QString &repositoryPath, const TierConfig &config,
                                            const JobControl &job, const StorageSnapshot *previous)
{
    auto repo = git::Repository::open(repositoryPath);
    if (!repo)
        return std::unexpected(repo.error());
    auto snapshot = read(*repo, config, job, previous);
    if (snapshot)
        snapshot->repositoryPath = repositoryPath;
    return snapshot;
}

Result<StorageSnapshot> StorageReader::read(const git::Repository &repo, const TierConfig &config,
                                            const JobControl &job, const StorageSnapshot *previous)
{
    if (auto valid = config.validate(); !valid)
        return std::unexpected(valid.error());
    StorageSnapshot snapshot;
    snapshot.repositoryPath = repo.isBare() ? repo.path() : repo.workdir();
    snapshot.config = config;
    snapshot.onlyPackages = m_only;
    // A scoped read takes nothing from before, and nothing takes a scoped snapshot as whole.
    if (!m_only.isEmpty() || (previous && !previous->onlyPackages.isEmpty()))
        previous = nullptr;
    QStringList looked;
    for (const QString &name : config.tiers)
        snapshot.tiers.append(resolveTier(repo, config, name, looked));
    if (std::none_of(snapshot.tiers.cbegin(), snapshot.tiers.cend(), [](const TierState &t) { return t.present(); })) {
        QStringList shortNames;
        for (const QString &r : looked)
            shortNames.append(r.mid(r.startsWith(u"refs/heads/"_s) ? 11 : 5));
        return fail(Tr::tr("This repository has no tier branches: none of %1 exists.").arg(shortNames.join(u", "_s)));
    }
    // The tiers as the last process left them stand in for `previous` on a first read.
    std::optional<StorageSnapshot> persisted;
    const bool persist = m_storesOf.isEmpty() && m_only.isEmpty() && SnapshotStore::enabled();
    // Taken before anything is read: an object removed while reading shows as a change.
    const QByteArray objectState = persist ? SnapshotStore::objectStoreState(repo) : QByteArray();
    if (!previous && persist) {
        persisted = SnapshotStore::load(repo, objectState);
        previous = persisted ? &*persisted : nullptr;
    }
    // Every version the tiers hold is parsed first, on all cores and through the store.
    QList<git::ObjectId> toRead;
    for (const TierState &tier : std::as_const(snapshot.tiers))
        if (tier.present() && !unchangedSince(tier, previous))
            toRead.append(packagesTreeOf(repo, tier.head.id));
    if (toRead.isEmpty())
        return reuseAll(snapshot, *previous);
    const std::shared_ptr<ManifestStore> store =
        ManifestStore::forRepository(m_storesOf.isEmpty() ? repo.path() : m_storesOf);
    const auto parsed = prefetchContent(repo, toRead, *m_cache, store.get(), job, m_only);
    if (!parsed)
        return fail(Tr::tr("Loading was cancelled."), {}, GIT_EUSER);
    m_parsed += *parsed;
    // The store is written beside the tier walk, which takes the parses from the version cache, not
    // from it. When it cannot be written, the next start only parses again. Joined on return.
    std::jthread storeWriter;
    if (store)
        storeWriter = std::jthread([store] { store->save(); });
    for (TierState &tier : snapshot.tiers) {
        if (!tier.present())
            continue;
        if (unchangedSince(tier, previous)) {
            reuse(tier, *previous->tier(tier.name));
            continue;
        }
        TierReader reader(repo, *m_cache, job, m_parsed, m_only);
        if (!reader.read(tier))
            return fail(Tr::tr("Loading was cancelled."), {}, GIT_EUSER);
    }
    if (persist)
        SnapshotStore::save(repo, snapshot, objectState); // a failure costs the next start time, nothing else
    return snapshot;
}

} // namespace tierdesk
