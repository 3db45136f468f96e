// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/HostileCorpus.h"

#include "support/RawObjects.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <git2.h>

using namespace Qt::StringLiterals;
using tierdesk::git::ObjectId;

namespace {
const ObjectId absentId = ObjectId::fromHex(u"0123456789abcdef0123456789abcdef01234567"_s);

QString refOf(const QString &tier) { return u"refs/heads/"_s + tier; }

// A version directory for `name` at `version` (a manifest and a note that makes the tree unique).
ObjectId versionDir(HostileRepo &h, const QByteArray &name, const QByteArray &version, const QByteArray &note = {})
{
    return raw::treeOfFiles(h.repo(), {{"manifest.yml", RepoBuilder::manifest(QString::fromUtf8(name),
                                                                              QString::fromUtf8(version))},
                                       {"docs.md", "note " + note}});
}

bool addPackage(HostileRepo &h, const QString &tier, const QByteArray &name)
{
    const ObjectId pkg = raw::tree(h.repo(), {{"1.0.0", 0040000, versionDir(h, name, "1.0.0", name)}});
    return !raw::addEntry(h.repo(), refOf(tier), {"packages"}, {name, 0040000, pkg}).isNull();
}

bool addVersion(HostileRepo &h, const QString &tier, const QByteArray &package, const QByteArray &version)
{
    return !raw::addEntry(h.repo(), refOf(tier), {"packages", package},
                          {version, 0040000, versionDir(h, package, version, version)})
                .isNull();
}

bool addRaw(HostileRepo &h, const QString &tier, const QByteArrayList &dirs, const RawEntry &e)
{
    return !raw::addEntry(h.repo(), refOf(tier), dirs, e).isNull();
}

bool appendFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::Append) && f.write(text) == text.size();
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

QString gitFile(const HostileRepo &h, const QString &rel) { return QDir(h.repo().path()).filePath(rel); }

QString markerAbsent(const HostileRepo &h)
{
    return QFile::exists(h.marker()) ? u"a command from the repository's configuration ran"_s : QString();
}

HostileCase unsafePackage(const QString &label, const QByteArray &name, const QString &words)
{
    return {u"package name "_s + label, [name](HostileRepo &h) { return addPackage(h, u"snapshot"_s, name); },
            u"snapshot"_s, u"unsafe-name"_s, words};
}

HostileCase unsafeVersion(const QString &label, const QByteArray &name, const QString &words)
{
    return {u"version name "_s + label, [name](HostileRepo &h) { return addVersion(h, u"staging"_s, "alpha", name); },
            u"staging"_s, u"unsafe-name"_s, words};
}

QList<HostileCase> nameCases()
{
    const QString parent = u"names a directory itself or its parent"_s;
    const QString gitDir = u"git's own directory"_s;
    const QString separator = u"path separator"_s;
    const QString control = u"control characters"_s;
    QList<HostileCase> out{
        unsafePackage(u".."_s, "..", parent),
        unsafePackage(u"."_s, ".", parent),
        unsafePackage(u".git"_s, ".git", gitDir),
        unsafePackage(u".GIT"_s, ".GIT", gitDir),
        unsafePackage(u"git~1"_s, "git~1", gitDir),
        unsafePackage(u"a/b"_s, "a/b", separator),
        unsafePackage(u"a\\b"_s, "a\\b", separator),
        unsafePackage(u"with ESC"_s, "evil\x1b[31mred", control),
        unsafePackage(u"with a newline"_s, "fake\nrow", control),
        unsafePackage(u"not UTF-8"_s, "\xff\xfe-pkg", u"not valid UTF-8"_s),
        unsafeVersion(u".."_s, "..", parent),
        unsafeVersion(u"."_s, ".", parent),
        unsafeVersion(u".git"_s, ".git", gitDir),
        unsafeVersion(u"a/b"_s, "1.0.0/x", separator),
        unsafeVersion(u"with ESC"_s, "1.0.0\x1b[2J", control),
        unsafeVersion(u"with a newline"_s, "1.0.0\nfake", control),
        unsafeVersion(u"not UTF-8"_s, "1.0.\xe9", u"not valid UTF-8"_s),
    };
    HostileCase two{u"two non-UTF-8 names stay two packages"_s,
                    [](HostileRepo &h) {
                        return addPackage(h, u"snapshot"_s, "caf\xe9") && addPackage(h, u"snapshot"_s, "caf\xe8");
                    },
                    u"snapshot"_s, u"unsafe-name"_s, u"not valid UTF-8"_s};
    two.extra = [](const HostileRepo &, const tierdesk::StorageSnapshot *snap) -> QString {
        if (!snap)
            return {};
        const QStringList names = snap->tier(u"snapshot"_s)->packageNames();
        if (!names.contains(u"caf\\xE9"_s) || !names.contains(u"caf\\xE8"_s))
            return u"the two names merged or vanished: "_s + names.join(u", "_s);
        return {};
    };
    out.append(two);
    return out;
}

QList<HostileCase> entryKindCases()
{
    auto blob = [](HostileRepo &h, const QByteArray &b) { return raw::blob(h.repo(), b); };
    return {
        {u"a file in packages/"_s,
         [=](HostileRepo &h) { return addRaw(h, u"snapshot"_s, {"packages"}, {"notes", 0100644, blob(h, "x")}); },
         u"snapshot"_s, u"unexpected-entry"_s, u"a file"_s},
        {u"a symbolic link in packages/"_s,
         [=](HostileRepo &h) { return addRaw(h, u"snapshot"_s, {"packages"}, {"link", 0120000, blob(h, "../../..")}); },
         u"snapshot"_s, u"unexpected-entry"_s, u"symbolic link"_s},
        {u"a submodule in packages/"_s,
         [](HostileRepo &h) {
             return addRaw(h, u"snapshot"_s, {"packages"}, {"sub", 0160000, h.builder.tip(u"production"_s)});
         },
         u"snapshot"_s, u"unexpected-entry"_s, u"submodule"_s},
        {u"a file for a version"_s,
         [=](HostileRepo &h) { return addRaw(h, u"staging"_s, {"packages", "alpha"}, {"3.0.0", 0100644, blob(h, "v")}); },
         u"staging"_s, u"unexpected-entry"_s, u"a file"_s},
        {u"a symbolic link for a version"_s,
         [=](HostileRepo &h) {
             return addRaw(h, u"staging"_s, {"packages", "alpha"}, {"3.0.0", 0120000, blob(h, "/etc")});
         },
         u"staging"_s, u"unexpected-entry"_s, u"symbolic link"_s},
        {u"a submodule for a version"_s,
         [](HostileRepo &h) {
             return addRaw(h, u"staging"_s, {"packages", "alpha"}, {"3.0.0", 0160000, h.builder.tip(u"staging"_s)});
         },
         u"staging"_s, u"unexpected-entry"_s, u"submodule"_s},
    };
}

// A unique tree (or blob) written raw, then damaged.
ObjectId damagedTree(HostileRepo &h, const QByteArray &note)
{
    const ObjectId id = raw::treeOfFiles(h.repo(), {{"manifest.yml", "name: damaged " + note}});
    return raw::corrupt(h.repo(), id) ? id : ObjectId();
}

QList<HostileCase> objectCases()
{
    const QString missing = u"missing"_s;
    const QString damaged = u"damaged"_s;
    return {
        {u"a version tree missing"_s,
         [](HostileRepo &h) { return addRaw(h, u"staging"_s, {"packages", "alpha"}, {"4.0.0", 0040000, absentId}); },
         u"staging"_s, u"missing-object"_s, missing},
        {u"a version tree damaged"_s,
         [](HostileRepo &h) {
             return addRaw(h, u"staging"_s, {"packages", "alpha"}, {"4.0.0", 0040000, damagedTree(h, "v")});
         },
         u"staging"_s, u"corrupt-object"_s, damaged},
        {u"a manifest blob missing"_s,
         [](HostileRepo &h) {
             const ObjectId dir = raw::tree(h.repo(), {{"manifest.yml", 0100644, absentId}});
             return addRaw(h, u"staging"_s, {"packages", "alpha"}, {"4.0.0", 0040000, dir});
         },
         u"staging"_s, u"missing-object"_s, missing},
        {u"a manifest blob damaged"_s,
         [](HostileRepo &h) {
             const ObjectId b = raw::blob(h.repo(), "name: alpha\nversion: 4.0.0\n# unique\n");
             const ObjectId dir = raw::tree(h.repo(), {{"manifest.yml", 0100644, b}});
             return raw::corrupt(h.repo(), b) && addRaw(h, u"staging"_s, {"packages", "alpha"}, {"4.0.0", 0040000, dir});
         },
         u"staging"_s, u"corrupt-object"_s, damaged},
        {u"a package tree missing"_s,
         [](HostileRepo &h) { return addRaw(h, u"snapshot"_s, {"packages"}, {"delta", 0040000, absentId}); },
         u"snapshot"_s, u"missing-object"_s, missing},
        {u"a package tree damaged"_s,
         [](HostileRepo &h) { return addRaw(h, u"snapshot"_s, {"packages"}, {"delta", 0040000, damagedTree(h, "p")}); },
         u"snapshot"_s, u"corrupt-object"_s, damaged},
        {u"the packages tree missing"_s,
         [](HostileRepo &h) { return addRaw(h, u"snapshot"_s, {}, {"packages", 0040000, absentId}); },
         u"snapshot"_s, u"missing-object"_s, missing, false},
        {u"the root tree missing"_s,
         [](HostileRepo &h) { return !raw::commitOnto(h.repo(), refOf(u"staging"_s), absentId).isNull(); },
         u"staging"_s, u"missing-object"_s, missing, false},
        {u"the root tree damaged"_s,
         [](HostileRepo &h) {
             return !raw::commitOnto(h.repo(), refOf(u"staging"_s), damagedTree(h, "root")).isNull();
         },
         u"staging"_s, u"corrupt-object"_s, damaged, false},
    };
}

QList<HostileCase> tipCases()
{
    QList<HostileCase> out;
    for (const QString &tier : {u"snapshot"_s, u"staging"_s, u"production"_s}) {
        out.append({tier + u" points at a missing commit"_s,
                    [tier](HostileRepo &h) { return raw::pointRef(h.repo(), refOf(tier), absentId); }, tier,
                    u"tier-unreadable"_s, u"missing from the repository"_s, false});
        out.append({tier + u" points at a damaged commit"_s,
                    [tier](HostileRepo &h) {
                        const ObjectId c = raw::commitOnto(h.repo(), refOf(tier), h.repo().commitInfo(h.builder.tip(tier))->tree);
                        return raw::corrupt(h.repo(), c);
                    },
                    tier, u"tier-unreadable"_s, u"damaged"_s, false});
        out.append({tier + u" points at a blob"_s,
                    [tier](HostileRepo &h) { return raw::pointRef(h.repo(), refOf(tier), raw::blob(h.repo(), "blob")); },
                    tier, u"tier-unreadable"_s, u"a blob, not at a commit"_s, false});
        out.append({tier + u" points at a tree"_s,
                    [tier](HostileRepo &h) {
                        return raw::pointRef(h.repo(), refOf(tier), raw::treeOfFiles(h.repo(), {{"a", "b"}}));
                    },
                    tier, u"tier-unreadable"_s, u"a tree, not at a commit"_s, false});
    }
    out.append({u"production points at a tag of a blob"_s,
                [](HostileRepo &h) {
                    const ObjectId b = raw::blob(h.repo(), "tagged blob");
                    const QByteArray tag = "object " + b.toHex().toLatin1() +
                                           "\ntype blob\ntag evil\ntagger H <h@example.com> 1700000000 +0000\n\nx\n";
                    git_odb *odb = nullptr;
                    git_oid id;
                    git_repository_odb(&odb, h.repo().raw());
                    const int rc = git_odb_write(&id, odb, tag.constData(), size_t(tag.size()), GIT_OBJECT_TAG);
                    git_odb_free(odb);
                    return rc == 0 && raw::pointRef(h.repo(), refOf(u"production"_s), ObjectId(id));
                },
                u"production"_s, u"tier-unreadable"_s, u"not at a commit"_s, false});
    out.append({u"staging is a symbolic reference to itself"_s,
                [](HostileRepo &h) { return writeFile(gitFile(h, u"refs/heads/staging"_s), "ref: refs/heads/staging\n"); },
                u"staging"_s, u"tier-unreadable"_s, u"cannot be read"_s, false});
    return out;
}

QList<HostileCase> structureCases()
{
    return {
        {u"no packages directory"_s,
         [](HostileRepo &h) {
             return !raw::commitOnto(h.repo(), refOf(u"snapshot"_s), raw::treeOfFiles(h.repo(), {{"README.md", "x"}}))
                         .isNull();
         },
         u"snapshot"_s, u"no-packages-directory"_s, u"no packages/"_s, false},
        {u"packages is a file"_s,
         [](HostileRepo &h) {
             return !raw::commitOnto(h.repo(), refOf(u"snapshot"_s), raw::treeOfFiles(h.repo(), {{"packages", "x"}}))
                         .isNull();
         },
         u"snapshot"_s, u"no-packages-directory"_s, u"no packages/"_s, false},
        {u"a manifest that is no YAML"_s,
         [](HostileRepo &h) {
             const ObjectId dir = raw::treeOfFiles(h.repo(), {{"manifest.yml", ":\n- [unclosed\n\t{"}});
             return addRaw(h, u"staging"_s, {"packages", "alpha"}, {"5.0.0", 0040000, dir});
         },
         u"staging"_s, u"manifest-invalid"_s, QString()},
        {u"a manifest that is a directory"_s,
         [](HostileRepo &h) {
             const ObjectId inner = raw::treeOfFiles(h.repo(), {{"x", "y"}});
             const ObjectId dir = raw::tree(h.repo(), {{"manifest.yml", 0040000, inner}});
             return addRaw(h, u"staging"_s, {"packages", "alpha"}, {"5.0.0", 0040000, dir});
         },
         u"staging"_s, u"manifest-missing"_s, u"no manifest.yml"_s},
    };
}

HostileCase configCase(const QString &label, const std::function<QByteArray(const HostileRepo &)> &config)
{
    HostileCase c{u"hostile config: "_s + label,
                  [config](HostileRepo &h) { return appendFile(gitFile(h, u"config"_s), config(h)); }};
    c.extra = [](const HostileRepo &h, const tierdesk::StorageSnapshot *) { return markerAbsent(h); };
    return c;
}

QList<HostileCase> configCases()
{
    auto touch = [](const HostileRepo &h) { return "touch '" + h.marker().toUtf8() + "'"; };
    return {
        configCase(u"core.fsmonitor"_s, [=](const HostileRepo &h) { return "[core]\n\tfsmonitor = " + touch(h) + "\n"; }),
        configCase(u"credential.helper"_s,
                   [=](const HostileRepo &h) { return "[credential]\n\thelper = \"!" + touch(h) + "\"\n"; }),
        configCase(u"core.sshCommand"_s, [=](const HostileRepo &h) { return "[core]\n\tsshCommand = " + touch(h) + "\n"; }),
        configCase(u"core.hooksPath"_s,
                   [=](const HostileRepo &h) {
                       const QString hooks = QFileInfo(h.marker()).absolutePath() + u"/hooks"_s;
                       for (const char *hook : {"post-checkout", "reference-transaction", "post-index-change"}) {
                           writeFile(hooks + u'/' + QLatin1StringView(hook), "#!/bin/sh\n" + touch(h) + "\n");
                           QFile::setPermissions(hooks + u'/' + QLatin1StringView(hook),
                                                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                       }
                       return "[core]\n\thooksPath = " + hooks.toUtf8() + "\n";
                   }),
        configCase(u"a smudge filter"_s,
                   [=](const HostileRepo &h) {
                       raw::addEntry(h.repo(), refOf(u"snapshot"_s), {},
                                     {".gitattributes", 0100644, raw::blob(h.repo(), "* filter=evil\n")});
                       return "[filter \"evil\"]\n\tsmudge = " + touch(h) + "\n\tclean = " + touch(h) + "\n";
                   }),
        configCase(u"core.pager and diff.external"_s,
                   [=](const HostileRepo &h) {
                       return "[core]\n\tpager = " + touch(h) + "\n[diff]\n\texternal = " + touch(h) + "\n";
                   }),
    };
}

bool moveObjectsTo(const HostileRepo &h, const QString &target)
{
    const QString objects = gitFile(h, u"objects"_s);
    QDir().mkpath(target);
    QDirIterator it(objects, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        if (it.fileName().size() == 2 && !QDir().rename(it.filePath(), target + u'/' + it.fileName()))
            return false;
    }
    return writeFile(objects + u"/info/alternates"_s, target.toUtf8() + "\n");
}

QList<HostileCase> repositoryStateCases()
{
    QList<HostileCase> out{
        {u"a locked tier reference"_s,
         [](HostileRepo &h) { return writeFile(gitFile(h, u"refs/heads/production.lock"_s), "held by another git\n"); }},
        {u"a read-only repository"_s,
         [](HostileRepo &h) {
             QDirIterator it(h.repo().path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                             QDirIterator::Subdirectories);
             while (it.hasNext()) {
                 it.next();
                 QFile::setPermissions(it.filePath(), it.fileInfo().isDir()
                                                          ? QFile::ReadOwner | QFile::ExeOwner
                                                          : QFile::ReadOwner);
             }
             return true;
         }},
        {u"a shallow clone"_s,
         [](HostileRepo &h) {
             return writeFile(gitFile(h, u"shallow"_s), h.builder.tip(u"production"_s).toHex().toLatin1() + "\n");
         }},
        {u"alternates that point nowhere"_s,
         [](HostileRepo &h) { return writeFile(gitFile(h, u"objects/info/alternates"_s), "/nonexistent/objects\n"); }},
        {u"every object in an alternate object store"_s,
         [](HostileRepo &h) { return moveObjectsTo(h, h.scratch.filePath(u"alternate-objects"_s)); }},
        {u"a damaged index file"_s, [](HostileRepo &h) { return writeFile(gitFile(h, u"index"_s), "DIRC garbage"); }},
        {u"HEAD on a branch that does not exist"_s,
         [](HostileRepo &h) { return writeFile(gitFile(h, u"HEAD"_s), "ref: refs/heads/does-not-exist\n"); }},
        {u"tier branches only in packed-refs"_s,
         [](HostileRepo &h) {
             QByteArray packed = "# pack-refs with: peeled fully-peeled sorted \n";
             for (const QString &t : {u"production"_s, u"snapshot"_s, u"staging"_s}) {
                 packed += h.builder.tip(t).toHex().toLatin1() + " refs/heads/" + t.toUtf8() + "\n";
                 QFile::remove(gitFile(h, refOf(t)));
             }
             return writeFile(gitFile(h, u"packed-refs"_s), packed);
         }},
    };
    HostileCase huge{u"a huge packages tree (20,000 entries)"_s, [](HostileRepo &h) {
                         const ObjectId pkg = raw::tree(h.repo(), {{"9.0.0", 0040000, versionDir(h, "huge", "9.0.0")}});
                         QList<RawEntry> entries;
                         auto root = h.repo().commitInfo(h.builder.tip(u"snapshot"_s))->tree;
                         auto rootTree = h.repo().lookupTree(root);
                         auto packages = h.repo().subtree(rootTree->get(), u"packages"_s);
                         for (size_t i = 0; i < git_tree_entrycount(packages->get()); ++i) {
                             const git_tree_entry *e = git_tree_entry_byindex(packages->get(), i);
                             entries.append({git_tree_entry_name(e), 0040000, ObjectId(git_tree_entry_id(e))});
                         }
                         for (int i = 0; i < 20000; ++i)
                             entries.append({"huge-" + QByteArray::number(i), 0040000, pkg});
                         const ObjectId tree = raw::tree(h.repo(), entries);
                         return addRaw(h, u"snapshot"_s, {}, {"packages", 0040000, tree});
                     },
                     u"snapshot"_s, u"manifest-mismatch"_s, u"“huge”"_s};
    huge.extra = [](const HostileRepo &, const tierdesk::StorageSnapshot *snap) -> QString {
        if (snap && snap->tier(u"snapshot"_s)->packageNames().size() < 20002)
            return u"not every package of the huge tree was read"_s;
        return {};
    };
    out.append(huge);
    return out;
}
} // namespace

bool HostileRepo::makeHealthy()
{
    if (!builder.isValid() || !scratch.isValid())
        return false;
    Files production = RepoBuilder::package(u"alpha"_s, u"1.0.0"_s);
    Files staging = RepoBuilder::package(u"alpha"_s, u"1.1.0"_s);
    staging.insert(RepoBuilder::package(u"beta"_s, u"2.0.0"_s));
    Files snapshot = RepoBuilder::package(u"beta"_s, u"2.1.0"_s);
    snapshot.insert(RepoBuilder::package(u"gamma"_s, u"0.1.0"_s));
    return !builder.commit(u"production"_s, production).isNull() && !builder.commit(u"staging"_s, staging).isNull()
           && !builder.commit(u"snapshot"_s, snapshot).isNull();
}

QMap<QString, QStringList> HostileRepo::healthyVersions()
{
    return {{u"production"_s, {u"alpha@1.0.0"_s}},
            {u"staging"_s, {u"alpha@1.1.0"_s, u"beta@2.0.0"_s}},
            {u"snapshot"_s, {u"beta@2.1.0"_s, u"gamma@0.1.0"_s}}};
}

HostileRepo::~HostileRepo()
{
    // The read-only case: give the temporary directories back their write permission so they can go.
    for (const QString &root : {builder.path(), scratch.path()}) {
        QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            QFile::setPermissions(it.filePath(), it.fileInfo().permissions() | QFile::WriteOwner | QFile::ReadOwner
                                                     | (it.fileInfo().isDir() ? QFile::ExeOwner : QFile::Permissions()));
        }
    }
}

QList<HostileCase> hostileCases()
{
    QList<HostileCase> all;
    all += nameCases();
    all += entryKindCases();
    all += objectCases();
    all += tipCases();
    all += structureCases();
    all += configCases();
    all += repositoryStateCases();
    return all;
}
