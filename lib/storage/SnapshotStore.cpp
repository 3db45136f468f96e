// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SnapshotStore.h"

#include "git/Git.h"
#include "storage/StoreCodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <utility>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
constexpr quint32 Magic = 0x54445353; // "TDSS"
constexpr quint32 Format = 3;
constexpr qint64 MaxFileBytes = 1024LL * 1024 * 1024;
constexpr quint32 MaxCount = 10'000'000;
// The least a version takes in the file: name, version, tree, manifest blob, manifest tag, problems.
constexpr int MinVersionBytes = 4 + 4 + 2 * GIT_OID_SHA1_SIZE + 4 + 4;

// The objects a tier's structure was read from: its commit, root tree, Dockerfile,
// packages/ tree and package trees (two tree lookups; each version's tree and
// manifest are stored with the version).
QList<git::ObjectId> structureOf(const git::Repository &repo, const TierState &tier)
{
    QList<git::ObjectId> ids{tier.head.id, tier.head.tree};
    auto root = repo.lookupTree(tier.head.tree);
    if (root)
        if (const git_tree_entry *d = git_tree_entry_byname(root->get(), "Dockerfile"))
            ids.append(git::ObjectId(git_tree_entry_id(d)));
    if (tier.packagesTree.isNull())
        return ids;
    ids.append(tier.packagesTree);
    auto packages = repo.lookupTree(tier.packagesTree);
    for (size_t i = 0; packages && i < git_tree_entrycount(packages->get()); ++i) {
        const git_tree_entry *p = git_tree_entry_byindex(packages->get(), i);
        if (git_tree_entry_type(p) == GIT_OBJECT_TREE)
            ids.append(git::ObjectId(git_tree_entry_id(p)));
    }
    return ids;
}

// A tier with an absent or damaged object is read again each time: a fetch may repair it.
bool worthKeeping(const TierState &tier)
{
    const auto damaged = [](const Problem &p) {
        return p.kind == ProblemKind::MissingObject || p.kind == ProblemKind::CorruptObject
               || p.kind == ProblemKind::TierUnreadable;
    };
    if (!tier.present() || tier.head.id.isNull() || std::any_of(tier.problems.cbegin(), tier.problems.cend(), damaged))
        return false;
    return std::none_of(tier.versions.cbegin(), tier.versions.cend(), [&](const PackageVersion &v) {
        return std::any_of(v.problems.cbegin(), v.problems.cend(), damaged);
    });
}

void writeHead(store::Writer &out, const git::CommitInfo &c)
{
    out.id(c.id);
    out.id(c.tree);
    for (const QString *s : {&c.subject, &c.message, &c.authorName, &c.authorEmail})
        out.text(*s);
    out.time(c.authorTime);
    out.time(c.commitTime);
}

void readHead(store::Reader &in, git::CommitInfo &c)
{
    c.id = in.id();
    c.tree = in.id();
    for (QString *s : {&c.subject, &c.message, &c.authorName, &c.authorEmail})
        *s = in.text();
    c.authorTime = in.time();
    c.commitTime = in.time();
}

// Versions of identical content share one manifest, written once and referred to by number.
void writeTier(store::Writer &out, const git::Repository &repo, const TierState &tier,
               QHash<const Manifest *, quint32> &written)
{
    out.text(tier.name);
    out.text(tier.refName);
    writeHead(out, tier.head);
    out.id(tier.packagesTree);
    out.text(tier.registryVersion);
    out.problems(tier.problems);
    const QList<git::ObjectId> objects = structureOf(repo, tier);
    out.u32(quint32(objects.size()));
    for (const git::ObjectId &id : objects)
        out.id(id);
    out.u32(quint32(tier.versions.size()));
    for (const PackageVersion &v : tier.versions) {
        out.text(v.name);
        out.text(v.versionText);
        out.id(v.tree);
        out.id(v.manifestBlob);
        const Manifest *m = v.manifest.get();
        if (!m) {
            out.u32(0);
        } else if (const auto at = written.constFind(m); at != written.cend()) {
            out.u32(2);
            out.u32(*at);
        } else {
            out.u32(1);
            out.manifest(*m);
            written.insert(m, quint32(written.size()));
        }
        out.problems(v.problems);
    }
}

struct Loaded {
    QList<std::shared_ptr<const Manifest>> manifests; // by number, in the order written
    QList<std::optional<VersionConstraint>> constraints; // parsed again, as the reader does
    QHash<QString, std::optional<VersionConstraint>> byText; // most manifests share a few constraints
};

void readNewManifest(store::Reader &in, Loaded &loaded)
{
    Manifest m = in.manifest();
    // A constraint that does not parse has its problem stored with the version.
    std::optional<VersionConstraint> c;
    if (!m.kibanaVersion.isEmpty()) {
        auto known = loaded.byText.constFind(m.kibanaVersion);
        if (known == loaded.byText.cend()) {
            auto parsed = VersionConstraint::parse(m.kibanaVersion);
            known = loaded.byText.insert(m.kibanaVersion,
                                         parsed ? std::optional<VersionConstraint>(std::move(*parsed)) : std::nullopt);
        }
        c = *known;
    }
    loaded.manifests.append(std::make_shared<const Manifest>(std::move(m)));
    loaded.constraints.append(std::move(c));
}

bool readVersion(store::Reader &in, const QString &tierName, PackageVersion &v, Loaded &loaded)
{
    v.name = in.text();
    v.versionText = in.text();
    v.tree = in.id();
    v.manifestBlob = in.id();
    const quint32 manifest = in.u32();
    quint32 at = 0;
    if (!in.ok() || manifest > 2)
        return false;
    if (manifest == 1) {
        readNewManifest(in, loaded);
        at = quint32(loaded.manifests.size() - 1);
    } else if (manifest == 2) {
        at = in.u32();
        if (!in.ok() || at >= quint32(loaded.manifests.size()))
            return false;
    }
    if (manifest > 0) {
        v.manifest = loaded.manifests[at];
        v.kibana = loaded.constraints[at];
    }
    v.tier = tierName;
    v.version = Version::parse(v.versionText);
    v.problems = in.problems();
    return in.ok();
}

bool readTier(store::Reader &in, TierState &tier, QList<git::ObjectId> &objects, Loaded &loaded)
{
    tier.name = in.text();
    tier.refName = in.text();
    readHead(in, tier.head);
    tier.packagesTree = in.id();
    tier.registryVersion = in.text();
    tier.problems = in.problems();
    objects.resize(in.count(MaxCount, GIT_OID_SHA1_SIZE));
    for (git::ObjectId &id : objects)
        id = in.id();
    tier.versions.resize(in.count(MaxCount, MinVersionBytes));
    for (qsizetype i = 0; i < tier.versions.size(); ++i) {
        PackageVersion &v = tier.versions[i];
        if (!readVersion(in, tier.name, v, loaded))
            return false;
        // A package's versions are next to each other: they share one name, as when read from git.
        if (i > 0 && v.name == tier.versions[i - 1].name)
            v.name = tier.versions[i - 1].name;
    }
    return in.ok();
}

// Whether every object is still in the repository (index lookups, no reading).
bool allThere(git_odb *odb, const QList<git::ObjectId> &objects)
{
    return std::all_of(objects.cbegin(), objects.cend(),
                       [odb](const git::ObjectId &id) { return git_odb_exists(odb, id.raw()) == 1; });
}

// The tier's structure and every version's tree and manifest.
bool tierThere(git_odb *odb, const TierState &tier, const QList<git::ObjectId> &structure)
{
    if (!allThere(odb, structure))
        return false;
    return std::all_of(tier.versions.cbegin(), tier.versions.cend(), [odb](const PackageVersion &v) {
        return git_odb_exists(odb, v.tree.raw()) == 1
               && (v.manifestBlob.isNull() || git_odb_exists(odb, v.manifestBlob.raw()) == 1);
    });
}

// A directory changed this recently may change again within the same tick of its clock unseen.
constexpr auto RacyWithin = std::chrono::seconds(2);

// Each object directory (objects/, pack/, the loose fan-out ones) with its modification
// time, sorted; false when one cannot be read or is racy.
bool objectDirectories(const std::filesystem::path &objects, QList<std::pair<std::string, qint64>> &dirs)
{
    namespace fs = std::filesystem;
    const auto now = fs::file_time_type::clock::now();
    std::error_code ec;
    const auto add = [&](const fs::path &dir, const std::string &name) {
        const auto t = fs::last_write_time(dir, ec);
        if (ec || t > now - RacyWithin)
            return false;
        dirs.append({name, qint64(t.time_since_epoch().count())});
        return true;
    };
    if (!add(objects, ".") || !add(objects / "pack", "pack"))
        return false;
    for (fs::directory_iterator it(objects, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() == 2 && std::isxdigit(uchar(name[0])) && std::isxdigit(uchar(name[1])) && !add(it->path(), name))
            return false;
    }
    std::sort(dirs.begin(), dirs.end());
    return !ec;
}
} // namespace

QByteArray SnapshotStore::objectStoreState(const git::Repository &repo)
{
    namespace fs = std::filesystem;
    const fs::path objects = fs::path(git_repository_commondir(repo.raw())) / "objects";
    std::error_code ec;
    if (fs::exists(objects / "info" / "alternates", ec) || ec)
        return {}; // objects elsewhere too: not told by these directories
    QList<std::pair<std::string, qint64>> dirs;
    if (!objectDirectories(objects, dirs))
        return {};
    QByteArray state;
    for (const auto &[name, time] : std::as_const(dirs))
        state += QByteArray::fromStdString(name) + ':' + QByteArray::number(time) + ';';
    return state;
}

QString SnapshotStore::fileFor(const QString &gitDir)
{
    return store::cacheFileFor(u"snapshots", gitDir);
}

bool SnapshotStore::enabled()
{
    return qEnvironmentVariableIntValue("TIERDESK_NO_MANIFEST_STORE") <= 0;
}

std::optional<StorageSnapshot> SnapshotStore::load(const git::Repository &repo)
{
    return load(repo, objectStoreState(repo));
}

std::optional<StorageSnapshot> SnapshotStore::load(const git::Repository &repo, const QByteArray &state)
{
    QFile f(fileFor(repo.path()));
    if (!enabled() || !f.open(QIODevice::ReadOnly) || f.size() > MaxFileBytes)
        return std::nullopt;
    // Mapped, not copied: the file is read once, by the checksum and then by the reader.
    const uchar *mapped = f.map(0, f.size());
    if (!mapped)
        return std::nullopt;
    const auto body = store::unsealed(QByteArrayView(reinterpret_cast<const char *>(mapped), f.size()));
    if (!body)
        return std::nullopt;
    store::Reader in(*body);
    if (!in.header(Magic, Format) || in.text() != repo.path())
        return std::nullopt;
    const quint32 count = in.count(1000, 1);
    const QString savedState = in.text();
    if (!in.ok())
        return std::nullopt;
    // No object removed since the tiers were read: nothing to look up.
    const bool unchanged = !state.isEmpty() && state == savedState.toLatin1();
    git_odb *raw = nullptr;
    if (git_repository_odb(&raw, repo.raw()) != 0)
        return std::nullopt;
    const git::OdbHandle odb(raw);
    StorageSnapshot snapshot;
    Loaded loaded;
    for (quint32 i = 0; i < count; ++i) {
        TierState tier;
        QList<git::ObjectId> objects;
        if (!readTier(in, tier, objects, loaded))
            return std::nullopt;
        if (unchanged || tierThere(odb.get(), tier, objects)) // else that tier is read again
            snapshot.tiers.append(std::move(tier));
    }
    if (!in.atEnd())
        return std::nullopt;
    return snapshot;
}

bool SnapshotStore::save(const git::Repository &repo, const StorageSnapshot &snapshot, const QByteArray &stateBeforeRead)
{
    QList<const TierState *> kept;
    for (const TierState &t : snapshot.tiers)
        if (worthKeeping(t))
            kept.append(&t);
    store::Writer out;
    out.header(Magic, Format);
    out.text(repo.path());
    out.u32(quint32(kept.size()));
    out.text(QString::fromLatin1(stateBeforeRead));
    QHash<const Manifest *, quint32> written;
    for (const TierState *t : std::as_const(kept))
        writeTier(out, repo, *t, written);
    return store::replaceCacheFile(fileFor(repo.path()), out.sealed());
}

} // namespace tierdesk
