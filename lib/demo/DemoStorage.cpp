// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo storage: a bare repository written with libgit2 objects and refs
// only (no index, no working tree). Every author, date and file is fixed, so
// creating it twice gives the same commit ids.
//
// What it ends with (the tests and the GUI rely on every item):
//
//   production  apache 1.2.0 1.3.0 · apm 8.1.0 8.2.0 · aws 0.5.0 0.5.1 ·
//               endpoint 8.4.0 8.5.0 8.6.0 · kafka 1.1.0 1.2.1 · mysql 1.1.0 1.2.0 ·
//               nginx 1.0.0 1.1.0 · osquery 1.2.0 1.3.0 · redis 1.0.0 ·
//               system 1.3.0 1.4.0 1.4.2 · windows 1.12.0 1.13.0 · zookeeper 1.0.0 1.0.1
//   staging     mysql 1.3.0 · nginx 1.2.0 · redis 1.1.0 · windows 1.14.0
//   snapshot    apm 8.3.0-dev1 · aws 0.6.0 · kafka 1.3.0 · nginx 1.2.0 1.3.0 · system 1.4.2
//
//   1. Waiting for promotion snapshot → staging: nginx 1.3.0 and aws 0.6.0 (newer
//      than any copy in staging or production).
//   2. Waiting for promotion staging → production: redis 1.1.0, windows 1.14.0,
//      mysql 1.3.0.
//   3. Identical duplicate: nginx 1.2.0 in staging and snapshot, same tree
//      (promoted to staging, its removal from snapshot is pending).
//   4. Different-content duplicate: system 1.4.2 in production and snapshot; the
//      snapshot copy was edited and re-published after the promotion.
//   5. Malformed manifest: kafka 1.3.0 in snapshot; its second condition
//      (elastic.subscription) is indented one space short, so it is not valid YAML.
//   6. Prerelease: apm 8.3.0-dev1 in snapshot (release: experimental).
//   7. Annotated tag "8.6.0" (releaseTag()) on the production tip, listing its
//      packages.
//
// ensure() builds into a hidden sibling directory and renames it into place,
// so an interrupted run never leaves a half-made demo at the target path.
#include "demo/DemoStorage.h"

#include "demo/DemoContent.h"
#include "core/Version.h"
#include "git/Repository.h"
#include "git/TreeEditor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {

using git::ObjectId;

const QString Snapshot = u"snapshot"_s;
const QString Staging = u"staging"_s;
const QString Production = u"production"_s;
const QString RegistryVersion = u"v1.5.0"_s;

// Invented people; promotions are made by a bot, as in the real storage.
struct Person {
    QString name;
    QString email;
    int utcOffsetMinutes;
};

const Person &bot()
{
    static const Person p{u"Package Storage Bot"_s, u"package-storage-bot@example.com"_s, 0};
    return p;
}

const Person &maintainer()
{
    static const Person p{u"Sam Whitfield"_s, u"sam.whitfield@example.com"_s, -300};
    return p;
}

// Who publishes a package's updates: one person per owning team's area.
const Person &publisher(const QString &package)
{
    static const Person observability{u"Marta Kowalczyk"_s, u"marta.kowalczyk@example.com"_s, 60};
    static const Person security{u"Jonas Lindqvist"_s, u"jonas.lindqvist@example.com"_s, 60};
    static const Person platform{u"Priya Natarajan"_s, u"priya.natarajan@example.com"_s, 330};
    const QString team = demo::ownerTeam(package);
    if (team.contains(u"security"_s))
        return security;
    if (team.contains(u"obs-service"_s))
        return observability;
    return platform;
}

git::Signature signature(const Person &who, const QString &isoLocalTime)
{
    const QDateTime local = QDateTime::fromString(isoLocalTime, Qt::ISODate);
    return {who.name, who.email,
            QDateTime(local.date(), local.time(), QTimeZone::fromSecondsAheadOfUtc(who.utcOffsetMinutes * 60))};
}

struct PackageRef {
    QString name;
    QString version;
    QString label() const { return name + u'-' + version; } // the form promotion subjects use
    QString path() const { return u"packages/"_s + name + u'/' + version; }
};

QString labels(const QList<PackageRef> &refs)
{
    QStringList l;
    for (const PackageRef &r : refs)
        l.append(r.label());
    l.sort();
    return l.join(u", "_s);
}

// Replays the demo's history into a repository. The first error sticks and
// turns every later step into a no-op, so the script reads top to bottom.
class DemoHistory {
public:
    explicit DemoHistory(const git::Repository &repo) : m_repo(repo) {}

    [[nodiscard]] Status run();

private:
    struct Branch {
        ObjectId tip;
        ObjectId tree;
        QMap<QString, QMap<QString, ObjectId>> versions; // name → version → tree
    };

    using Edit = std::function<void(git::TreeEditor &, Branch &)>;
    void commit(const QString &tier, const Edit &edit, const QString &message, const Person &who, const QString &when);

    void root(const QString &when);
    void addDockerfile(const QString &tier, const QString &registry, const QString &message, const QString &when);
    void importPackages(const QList<PackageRef> &refs, const QString &when);
    void update(const PackageRef &ref, int pr, const QString &when, int edition = 0);
    void promote(const QString &from, const QString &to, const QList<PackageRef> &refs, const QString &when);
    void removePromoted(const QString &tier, const QList<PackageRef> &refs, const QString &when);
    void tagRelease(const QString &when);
    void publishReferences();
    // Promotes at 09:00 of `day` and removes the promoted versions from `from` at 09:05, as the bot does.
    void promoteAndRemove(const QString &from, const QString &to, const QList<PackageRef> &refs, const QString &day);

    // The history, chapter by chapter.
    void founding();
    void september();
    void lateSeptember();
    void registryUpdate();
    void october();
    void releaseBatch();
    void waitingForProduction();
    void pendingRemoval();
    void snapshotOnly();

    std::optional<ObjectId> versionTree(const PackageRef &ref, int edition);
    git::Signature sign(const Person &who, const QString &isoLocalTime)
    {
        git::Signature sig = signature(who, isoLocalTime);
        if (!sig.when.isValid()) // writeCommit would take the current time: no longer deterministic
            setError(Error{QCoreApplication::translate("DemoStorage", "The demo history has an invalid date: %1.")
                               .arg(isoLocalTime), {}, 0});
        return sig;
    }
    void setError(Error e)
    {
        if (!m_error)
            m_error = std::move(e);
    }

    const git::Repository &m_repo;
    QMap<QString, Branch> m_branches;
    ObjectId m_rootCommit;
    ObjectId m_rootTree;
    QHash<QString, ObjectId> m_versionTrees; // "name/version#edition" → tree
    std::optional<Error> m_error;
};

std::optional<ObjectId> DemoHistory::versionTree(const PackageRef &ref, int edition)
{
    const QString key = ref.name + u'/' + ref.version + u'#' + QString::number(edition);
    if (auto it = m_versionTrees.constFind(key); it != m_versionTrees.cend())
        return *it;
    const demo::Files files = demo::versionFiles(ref.name, ref.version, edition);
    if (files.isEmpty()) {
        setError(Error{QCoreApplication::translate("DemoStorage", "The demo has no content for %1.").arg(ref.label()), {}, 0});
        return std::nullopt;
    }
    git::TreeEditor editor(m_repo);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (auto s = editor.putFile(it.key(), it.value()); !s) {
            setError(s.error());
            return std::nullopt;
        }
    }
    auto tree = editor.write();
    if (!tree) {
        setError(tree.error());
        return std::nullopt;
    }
    m_versionTrees.insert(key, *tree);
    return *tree;
}

void DemoHistory::commit(const QString &tier, const Edit &edit, const QString &message, const Person &who,
                         const QString &when)
{
    if (m_error)
        return;
    if (!m_branches.contains(tier))
        m_branches.insert(tier, Branch{m_rootCommit, m_rootTree, {}});
    Branch &branch = m_branches[tier];
    git::TreeEditor editor(m_repo, branch.tree);
    edit(editor, branch);
    if (m_error)
        return;
    auto tree = editor.write();
    if (!tree)
        return setError(tree.error());
    const git::Signature sig = sign(who, when);
    if (m_error)
        return;
    QList<ObjectId> parents;
    if (!branch.tip.isNull())
        parents.append(branch.tip);
    auto id = git::writeCommit(m_repo, *tree, parents, message, sig, sig);
    if (!id)
        return setError(id.error());
    branch.tip = *id;
    branch.tree = *tree;
}

void DemoHistory::root(const QString &when)
{
    git::TreeEditor editor(m_repo);
    if (auto s = editor.putFile(u"README.md"_s, demo::storageReadme()); !s)
        return setError(s.error());
    auto tree = editor.write();
    if (!tree)
        return setError(tree.error());
    const git::Signature sig = sign(maintainer(), when);
    if (m_error)
        return;
    auto id = git::writeCommit(m_repo, *tree, {}, u"Initial commit\n"_s, sig, sig);
    if (!id)
        return setError(id.error());
    m_rootCommit = *id;
    m_rootTree = *tree;
}

void DemoHistory::addDockerfile(const QString &tier, const QString &registry, const QString &message,
                                const QString &when)
{
    commit(
        tier,
        [&](git::TreeEditor &editor, Branch &) {
            if (auto s = editor.putFile(u"Dockerfile"_s, demo::dockerfile(tier, registry)); !s)
                setError(s.error());
        },
        message, maintainer(), when);
}

void DemoHistory::importPackages(const QList<PackageRef> &refs, const QString &when)
{
    QString body;
    for (const PackageRef &r : refs)
        body += u"- "_s + r.label() + u'\n';
    commit(
        Production,
        [&](git::TreeEditor &editor, Branch &branch) {
            for (const PackageRef &r : refs) {
                const auto tree = versionTree(r, 0);
                if (!tree)
                    return;
                editor.putTree(r.path(), *tree);
                branch.versions[r.name].insert(r.version, *tree);
            }
        },
        u"[production] Import packages from the previous storage (#1001)\n\n"_s + body, maintainer(), when);
}

void DemoHistory::update(const PackageRef &ref, int pr, const QString &when, int edition)
{
    const QString subject = u"[snapshot] Update \"%1\" integration to version %2 (#%3)"_s.arg(ref.name, ref.version)
                                .arg(pr);
    const QString body = u"Published from elastic/integrations by the release pipeline.\n\nChanges in %1:\n- %2\n"_s
                             .arg(ref.version, demo::changeSummary(ref.name, ref.version));
    commit(
        Snapshot,
        [&](git::TreeEditor &editor, Branch &branch) {
            const auto tree = versionTree(ref, edition);
            if (!tree)
                return;
            editor.putTree(ref.path(), *tree);
            branch.versions[ref.name].insert(ref.version, *tree);
        },
        subject + u"\n\n"_s + body, publisher(ref.name), when);
}

void DemoHistory::promote(const QString &from, const QString &to, const QList<PackageRef> &refs, const QString &when)
{
    commit(
        to,
        [&](git::TreeEditor &editor, Branch &branch) {
            const Branch &source = m_branches[from];
            for (const PackageRef &r : refs) {
                // The very tree of the lower tier: a promoted copy is identical by construction.
                const ObjectId tree = source.versions.value(r.name).value(r.version);
                if (tree.isNull())
                    return setError(Error{QCoreApplication::translate("DemoStorage", "%1 is not in %2.")
                                              .arg(r.label(), from), {}, 0});
                editor.putTree(r.path(), tree);
                branch.versions[r.name].insert(r.version, tree);
            }
        },
        u"[%1] Promote packages from %2 (%3)\n"_s.arg(to, from, labels(refs)), bot(), when);
}

void DemoHistory::removePromoted(const QString &tier, const QList<PackageRef> &refs, const QString &when)
{
    commit(
        tier,
        [&](git::TreeEditor &editor, Branch &branch) {
            for (const PackageRef &r : refs) {
                editor.remove(r.path());
                // libgit2 drops the package directory with its last version.
                branch.versions[r.name].remove(r.version);
                if (branch.versions[r.name].isEmpty())
                    branch.versions.remove(r.name);
            }
        },
        u"[%1] Remove promoted packages (%2)\n"_s.arg(tier, labels(refs)), bot(), when);
}

void DemoHistory::tagRelease(const QString &when)
{
    if (m_error)
        return;
    const Branch &production = m_branches[Production];
    QString message = u"Elastic Stack %1\n\nPackages in production at this release:\n"_s.arg(DemoStorage::releaseTag());
    for (auto it = production.versions.cbegin(); it != production.versions.cend(); ++it) {
        QStringList versions = it.value().keys();
        std::ranges::sort(versions, [](const QString &a, const QString &b) {
            return Version::parse(a).value_or(Version()) < Version::parse(b).value_or(Version());
        });
        message += u"- "_s + it.key() + u": "_s + versions.join(u", "_s) + u'\n';
    }

    git_object *target = nullptr;
    if (int rc = git_object_lookup(&target, m_repo.raw(), production.tip.raw(), GIT_OBJECT_COMMIT); rc < 0)
        return setError(git::lastError(rc, QCoreApplication::translate("DemoStorage", "Could not find the commit to tag.")));
    git::ObjectHandle targetOwner(target);
    const git::Signature sig = sign(bot(), when);
    if (m_error)
        return;
    git_signature *tagger = nullptr;
    if (int rc = git_signature_new(&tagger, sig.name.toUtf8().constData(), sig.email.toUtf8().constData(),
                                   git_time_t(sig.when.toSecsSinceEpoch()), sig.when.offsetFromUtc() / 60);
        rc < 0)
        return setError(git::lastError(rc, QCoreApplication::translate("DemoStorage", "Could not write the release tag.")));
    git::SignatureHandle taggerOwner(tagger);
    git_oid tagId;
    if (int rc = git_tag_create(&tagId, m_repo.raw(), DemoStorage::releaseTag().toUtf8().constData(), target, tagger,
                                message.toUtf8().constData(), 0);
        rc < 0)
        return setError(git::lastError(rc, QCoreApplication::translate("DemoStorage", "Could not write the release tag.")));
}

void DemoHistory::publishReferences()
{
    if (m_error)
        return;
    for (const QString &tier : {Snapshot, Staging, Production}) {
        if (auto s = git::createReference(m_repo, u"refs/heads/"_s + tier, m_branches[tier].tip, u"demo"_s); !s)
            return setError(s.error());
    }
    // Only HEAD's symbolic target changes: there is no working tree to update.
    if (int rc = git_repository_set_head(m_repo.raw(), "refs/heads/production"); rc < 0)
        return setError(git::lastError(rc, QCoreApplication::translate("DemoStorage", "Could not point HEAD at production.")));
}

void DemoHistory::promoteAndRemove(const QString &from, const QString &to, const QList<PackageRef> &refs,
                                   const QString &day)
{
    promote(from, to, refs, day + u"T09:00:00"_s);
    removePromoted(from, refs, day + u"T09:05:00"_s);
}

void DemoHistory::founding()
{
    const QList<PackageRef> imported = {
        {u"apache"_s, u"1.2.0"_s}, {u"apm"_s, u"8.1.0"_s},     {u"aws"_s, u"0.5.0"_s},
        {u"endpoint"_s, u"8.4.0"_s}, {u"kafka"_s, u"1.1.0"_s}, {u"mysql"_s, u"1.1.0"_s},
        {u"nginx"_s, u"1.0.0"_s},  {u"osquery"_s, u"1.2.0"_s}, {u"redis"_s, u"1.0.0"_s},
        {u"system"_s, u"1.3.0"_s}, {u"windows"_s, u"1.12.0"_s}, {u"zookeeper"_s, u"1.0.0"_s},
    };
    root(u"2022-08-29T09:12:00"_s);
    for (const QString &tier : {Production, Staging, Snapshot})
        addDockerfile(tier, u"v1.4.1"_s, u"[%1] Add the Dockerfile of the %1 distribution\n"_s.arg(tier),
                      u"2022-08-29T10:05:00"_s);
    importPackages(imported, u"2022-08-30T14:40:00"_s);
}

// nginx 1.1.0 and aws 0.5.1 all the way to production.
void DemoHistory::september()
{
    const PackageRef nginx110{u"nginx"_s, u"1.1.0"_s}, aws051{u"aws"_s, u"0.5.1"_s};
    update(nginx110, 1034, u"2022-09-05T10:14:00"_s);
    update(aws051, 1041, u"2022-09-06T16:02:00"_s);
    promoteAndRemove(Snapshot, Staging, {aws051, nginx110}, u"2022-09-08"_s);
    promoteAndRemove(Staging, Production, {aws051, nginx110}, u"2022-09-13"_s);
}

void DemoHistory::lateSeptember()
{
    const PackageRef system140{u"system"_s, u"1.4.0"_s}, apache130{u"apache"_s, u"1.3.0"_s},
        mysql120{u"mysql"_s, u"1.2.0"_s}, osquery130{u"osquery"_s, u"1.3.0"_s};
    update(system140, 1062, u"2022-09-19T11:30:00"_s);
    update(apache130, 1066, u"2022-09-20T15:47:00"_s);
    update(mysql120, 1069, u"2022-09-21T10:21:00"_s);
    update(osquery130, 1073, u"2022-09-21T13:55:00"_s);
    promoteAndRemove(Snapshot, Staging, {system140, apache130, mysql120, osquery130}, u"2022-09-22"_s);
    promoteAndRemove(Staging, Production, {system140, apache130, mysql120, osquery130}, u"2022-09-27"_s);
}

// The registry moves to v1.5.0 on every tier at once.
void DemoHistory::registryUpdate()
{
    addDockerfile(Snapshot, RegistryVersion, u"[snapshot] Update package-registry to %1 (#1102)\n"_s.arg(RegistryVersion),
                  u"2022-10-03T08:45:00"_s);
    addDockerfile(Staging, RegistryVersion, u"[staging] Update package-registry to %1 (#1103)\n"_s.arg(RegistryVersion),
                  u"2022-10-03T08:50:00"_s);
    addDockerfile(Production, RegistryVersion,
                  u"[production] Update package-registry to %1 (#1104)\n"_s.arg(RegistryVersion), u"2022-10-04T08:30:00"_s);
}

void DemoHistory::october()
{
    const PackageRef kafka121{u"kafka"_s, u"1.2.1"_s}, apm820{u"apm"_s, u"8.2.0"_s}, windows1130{u"windows"_s, u"1.13.0"_s},
        endpoint850{u"endpoint"_s, u"8.5.0"_s}, zookeeper101{u"zookeeper"_s, u"1.0.1"_s};
    update(kafka121, 1121, u"2022-10-10T10:08:00"_s);
    update(apm820, 1125, u"2022-10-11T09:31:00"_s);
    update(windows1130, 1128, u"2022-10-11T14:12:00"_s);
    update(endpoint850, 1130, u"2022-10-12T11:44:00"_s);
    update(zookeeper101, 1134, u"2022-10-13T16:20:00"_s);
    const QList<PackageRef> october = {kafka121, apm820, windows1130, endpoint850, zookeeper101};
    promoteAndRemove(Snapshot, Staging, october, u"2022-10-17"_s);
    promoteAndRemove(Staging, Production, october, u"2022-10-25"_s);
}

// December to January: the last batch before the 8.6.0 release.
void DemoHistory::releaseBatch()
{
    const PackageRef system142{u"system"_s, u"1.4.2"_s}, endpoint860{u"endpoint"_s, u"8.6.0"_s};
    update(system142, 1402, u"2022-12-01T10:03:00"_s);
    update(endpoint860, 1407, u"2022-12-02T15:26:00"_s);
    promoteAndRemove(Snapshot, Staging, {system142, endpoint860}, u"2022-12-05"_s);
    promoteAndRemove(Staging, Production, {system142, endpoint860}, u"2023-01-05"_s);
    tagRelease(u"2023-01-10T12:00:00"_s); // situation 7
}

// January: promoted to staging, waiting for production (situation 2).
void DemoHistory::waitingForProduction()
{
    const PackageRef redis110{u"redis"_s, u"1.1.0"_s}, windows1140{u"windows"_s, u"1.14.0"_s},
        mysql130{u"mysql"_s, u"1.3.0"_s};
    update(redis110, 1511, u"2023-01-09T10:40:00"_s);
    update(windows1140, 1514, u"2023-01-10T13:18:00"_s);
    update(mysql130, 1518, u"2023-01-11T09:52:00"_s);
    // Re-published with edits after its release: differs from production (situation 4).
    update({u"system"_s, u"1.4.2"_s}, 1533, u"2023-01-12T17:25:00"_s, 1);
    promoteAndRemove(Snapshot, Staging, {redis110, windows1140, mysql130}, u"2023-01-16"_s);
}

// Promoted, but not yet removed from snapshot (situation 3).
void DemoHistory::pendingRemoval()
{
    const PackageRef nginx120{u"nginx"_s, u"1.2.0"_s};
    update(nginx120, 1541, u"2023-01-18T10:10:00"_s);
    promote(Snapshot, Staging, {nginx120}, u"2023-01-23T09:00:00"_s);
}

// Still in snapshot only (situations 1, 5, 6).
void DemoHistory::snapshotOnly()
{
    update({u"apm"_s, u"8.3.0-dev1"_s}, 1550, u"2023-01-19T08:58:00"_s);
    update({u"aws"_s, u"0.6.0"_s}, 1556, u"2023-01-24T11:37:00"_s);
    update({u"nginx"_s, u"1.3.0"_s}, 1560, u"2023-01-25T14:05:00"_s);
    update({u"kafka"_s, u"1.3.0"_s}, 1563, u"2023-01-26T16:49:00"_s);
}

Status DemoHistory::run()
{
    founding();
    september();
    lateSeptember();
    registryUpdate();
    october();
    releaseBatch();
    waitingForProduction();
    pendingRemoval();
    snapshotOnly();
    publishReferences();
    if (m_error)
        return std::unexpected(*m_error);
    return {};
}

bool isEmptyDirectory(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() && QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

// A repository rooted exactly at `path` (not found by searching its parents)
// with a production branch.
bool isDemo(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return false;
    auto repo = git::Repository::open(path);
    if (!repo)
        return false;
    const QString dir = QFileInfo(path).canonicalFilePath();
    const QString gitDir = QFileInfo(repo->path()).canonicalFilePath();
    if (gitDir != dir && gitDir != QDir(dir).filePath(u".git"_s))
        return false;
    return repo->hasReference(u"refs/heads/production"_s);
}

} // namespace

QString DemoStorage::releaseTag() { return u"8.6.0"_s; }

Status DemoStorage::create(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path) && !isEmptyDirectory(path))
        return fail(QCoreApplication::translate("DemoStorage", "“%1” already exists and is not empty.").arg(native));
    if (!QDir().mkpath(path))
        return fail(QCoreApplication::translate("DemoStorage", "Could not create the folder “%1”.").arg(native));
    auto repo = git::Repository::init(path, true);
    if (!repo)
        return std::unexpected(repo.error());
    DemoHistory history(*repo);
    return history.run();
}

Result<QString> DemoStorage::ensure(const QString &path)
{
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString native = QDir::toNativeSeparators(target);
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink()) {
        if (isDemo(target))
            return target;
        if (!isEmptyDirectory(target))
            return fail(QCoreApplication::translate("DemoStorage",
                                                    "“%1” exists and is not the Tierdesk demo; it was left untouched. "
                                                    "Move it away to get the demo back.")
                            .arg(native));
    }
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent))
        return fail(QCoreApplication::translate("DemoStorage", "Could not create the folder “%1”.")
                        .arg(QDir::toNativeSeparators(parent)));
    QTemporaryDir staging(parent + u"/."_s + info.fileName() + u"-partial-XXXXXX"_s);
    if (!staging.isValid())
        return fail(QCoreApplication::translate("DemoStorage", "Could not create a temporary folder in “%1”.")
                        .arg(QDir::toNativeSeparators(parent)),
                    staging.errorString());
    if (auto s = create(staging.path()); !s)
        return std::unexpected(s.error());
    // rename() does not replace an existing directory, not even an empty one.
    if (isEmptyDirectory(target))
        QDir().rmdir(target);
    if (!QDir().rename(staging.path(), target)) {
        if (isDemo(target)) // another instance was faster; its demo is the same
            return target;
        return fail(QCoreApplication::translate("DemoStorage", "Could not move the demo into “%1”.").arg(native));
    }
    staging.setAutoRemove(false);
    return target;
}

} // namespace tierdesk
