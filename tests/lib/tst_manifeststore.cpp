// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The persistent parsed-manifest cache: a second reader parses nothing, and a
// corrupt, truncated, foreign or tampered file is ignored and written anew.
#include "storage/ManifestStore.h"
#include "storage/SnapshotStore.h"
#include "storage/StoreCodec.h"
#include "storage/StorageReader.h"
#include "support/RepoBuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <chrono>
#include <filesystem>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
git::ObjectId id(char c)
{
    return git::ObjectId::fromHex(QString(40, QLatin1Char(c)));
}

std::shared_ptr<const ManifestParse> parsed(const QByteArray &yaml)
{
    return std::make_shared<const ManifestParse>(ManifestParse::parse(yaml));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// A file whose checksum is right: only its content can make it untrusted.
QByteArray withChecksum(const QByteArray &body)
{
    return store::seal(body);
}
} // namespace

class TestManifestStore : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void survivesTheProcess();
    void codecKeepsWhatItWrote();
    void untrustedFiles_data();
    void untrustedFiles();
    void secondReaderParsesNothing();
    void locationIsTheUsersCache();
    void objectLostSinceIsAProblem();
    void unmovedTiersAreNotReadAgain();
    void damagedSnapshotIsReadAgain_data();
    void damagedSnapshotIsReadAgain();
    void objectStoreStateTellsRemovals();
    void unchangedObjectStoreIsTrusted();
    void objectLostUnderAnOldStateIsAProblem();

private:
    QString file() const { return m_dir.filePath(u"store.cache"_s); }
    void writeGood();
    QTemporaryDir m_dir;
};

void TestManifestStore::writeGood()
{
    ManifestStore store(file());
    store.insert(id('a'), id('b'), parsed("name: nginx\nversion: 1.0.0\nicons:\n  - src: /img/x.svg\n"));
    store.insert(id('c'), id('d'), parsed("name: [broken\n"));
    QVERIFY(store.save());
}

void TestManifestStore::survivesTheProcess()
{
    writeGood();
    ManifestStore again(file());
    QVERIFY(!again.wasRejected());
    QCOMPARE(again.size(), 2);
    const auto hit = again.find(id('a'));
    QVERIFY(hit && hit->parse);
    QCOMPARE(hit->blob, id('b'));
    QVERIFY(hit->parse->ok);
    QCOMPARE(hit->parse->manifest.name, u"nginx"_s);
    QCOMPARE(hit->parse->manifest.icons.value(0).src, u"/img/x.svg"_s);
    const auto broken = again.find(id('c'));
    QVERIFY(broken && !broken->parse->ok);
    QCOMPARE(broken->parse->problems.size(), 1);
    QCOMPARE(broken->parse->problems[0].kind, ProblemKind::ManifestInvalid);
    QVERIFY(!again.find(id('e')));
}

void TestManifestStore::untrustedFiles_data()
{
    QTest::addColumn<int>("damage");
    QTest::newRow("garbage") << 0;
    QTest::newRow("truncated") << 1;
    QTest::newRow("one bit flipped") << 2;
    QTest::newRow("another format") << 3;
    QTest::newRow("a count that lies") << 4;
    QTest::newRow("a problem kind that does not exist") << 5;
    QTest::newRow("empty") << 6;
}

void TestManifestStore::untrustedFiles()
{
    QFETCH(int, damage);
    writeGood();
    QByteArray bytes = readAll(file());
    const QByteArray body = bytes.chopped(4); // the CRC-32 trailer
    switch (damage) {
    case 0: bytes = QByteArray(4096, 'x'); break;
    case 1: bytes.truncate(bytes.size() / 2); break;
    case 2: bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10); break;
    case 3: {
        QByteArray other = body;
        other[4] = char(other[4] + 1); // the format number (little-endian), checksum recomputed
        bytes = withChecksum(other);
        break;
    }
    case 4: {
        QByteArray other = body;
        const qsizetype countAt = other.indexOf(QByteArray::fromHex("02000000"), 8);
        QVERIFY(countAt > 0);
        other.replace(countAt, 4, QByteArray::fromHex("ffffff7f"));
        bytes = withChecksum(other);
        break;
    }
    case 5: {
        // The broken manifest's problem kind (ManifestInvalid = 1) becomes 99.
        QByteArray other = body;
        const qsizetype kindAt = other.lastIndexOf(QByteArray::fromHex("0100000001000000"));
        QVERIFY(kindAt > 0);
        other.replace(kindAt + 4, 4, QByteArray::fromHex("63000000"));
        bytes = withChecksum(other);
        break;
    }
    case 6: bytes.clear(); break;
    }
    writeAll(file(), bytes);

    ManifestStore store(file());
    QVERIFY(store.wasRejected());
    QCOMPARE(store.size(), 0);
    QVERIFY(!store.find(id('a')));
    // Rebuilt: the next save writes a good file even with nothing new.
    QVERIFY(store.save());
    ManifestStore rebuilt(file());
    QVERIFY(!rebuilt.wasRejected());
    QCOMPARE(rebuilt.size(), 0);
}

void TestManifestStore::secondReaderParsesNothing()
{
    RepoBuilder b;
    Files files;
    for (int i = 0; i < 100; ++i) // enough for the parallel path
        files.insert(RepoBuilder::package(u"p%1"_s.arg(i), u"1.0.%1"_s.arg(i % 3)));
    files.insert(u"packages/bad/1.0.0/manifest.yml"_s, "name: bad\nversion: 1.0.0\nname: worse\n");
    b.commit(u"snapshot"_s, files);
    StorageReader first;
    auto one = first.read(b.path(), {});
    QVERIFY(one);
    QCOMPARE(first.parsedCount(), 101);
    QVERIFY(QFile::exists(ManifestStore::fileFor(b.repo().path())));

    StorageReader second(std::make_shared<VersionCache>()); // nothing in memory: only the store
    auto two = second.read(b.path(), {});
    QVERIFY(two);
    QCOMPARE(second.parsedCount(), 0);
    const TierState *a = one->tier(u"snapshot"_s), *c = two->tier(u"snapshot"_s);
    QCOMPARE(c->versions.size(), a->versions.size());
    for (qsizetype i = 0; i < a->versions.size(); ++i) {
        QCOMPARE(c->versions[i].key(), a->versions[i].key());
        QCOMPARE(bool(c->versions[i].manifest), bool(a->versions[i].manifest));
        if (a->versions[i].manifest)
            QCOMPARE(c->versions[i].manifest->title, a->versions[i].manifest->title);
        QCOMPARE(c->versions[i].problems.size(), a->versions[i].problems.size());
    }
    const PackageVersion *bad = two->find(u"snapshot"_s, u"bad"_s, u"1.0.0"_s);
    QVERIFY(bad && !bad->manifest);
    QVERIFY2(bad->problems.value(0).message.contains(u"appears twice"_s), qPrintable(bad->problems.value(0).message));
}

void TestManifestStore::locationIsTheUsersCache()
{
    const QString f = ManifestStore::fileFor(u"/some/repo/.git"_s);
    QVERIFY2(f.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u"/tierdesk/"_s),
             qPrintable(f));
    QVERIFY(!f.contains(u"/some/repo"_s)); // never inside the repository
    QCOMPARE(ManifestStore::fileFor(u"/some/repo/.git"_s), f);
    QVERIFY(ManifestStore::fileFor(u"/other/repo/.git"_s) != f);
}

// The store stands for objects of the repository: one that vanished since is reported, not remembered.
void TestManifestStore::objectLostSinceIsAProblem()
{
    RepoBuilder b;
    b.commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s));
    QVERIFY(StorageReader().read(b.path(), {}));
    const git::ObjectId tree = b.versionTree(u"snapshot"_s, u"nginx"_s, u"1.0.0"_s);
    const auto hit = ManifestStore::forRepository(b.repo().path())->find(tree);
    QVERIFY(hit);
    const QString hex = hit->blob.toHex();
    QVERIFY(QFile::remove(b.repo().path() + u"objects/"_s + hex.left(2) + u'/' + hex.mid(2)));

    auto snap = StorageReader().read(b.path(), {});
    QVERIFY(snap);
    const PackageVersion *v = snap->find(u"snapshot"_s, u"nginx"_s, u"1.0.0"_s);
    QVERIFY(v);
    QVERIFY(!v->manifest);
    QCOMPARE(v->problems.value(0).kind, ProblemKind::MissingObject);
}

namespace {
Files storageFiles()
{
    Files files;
    for (int i = 0; i < 70; ++i)
        files.insert(RepoBuilder::package(u"p%1"_s.arg(i), u"1.0.%1"_s.arg(i % 3)));
    files.insert(u"packages/bad/1.0.0/manifest.yml"_s, "name: bad\nversion: 1.0.0\nname: worse\n");
    files.insert(u"packages/bad/not-a-version/manifest.yml"_s, "name: bad\nversion: 2.0.0\n");
    return files;
}

// Everything a reader delivers about a tier and its versions, as text.
QStringList described(const TierState &t)
{
    QStringList out;
    {
        out.append(t.name + u' ' + t.refName + u' ' + t.head.id.toHex() + u' ' + t.head.subject);
        for (const PackageVersion &v : t.versions) {
            QString line = v.tier + u' ' + v.key() + u' ' + v.tree.toHex() + u' ' + QString::number(v.version.has_value())
                           + u' ' + (v.manifest ? v.manifest->title + u'|' + v.manifest->kibanaVersion : u"-"_s)
                           + u' ' + QString::number(v.kibana.has_value());
            for (const Problem &p : v.problems)
                line += u" [" + Problem::kindId(p.kind) + u' ' + p.path + u' ' + p.message + u']';
            out.append(line);
        }
    }
    return out;
}

QStringList described(const StorageSnapshot &snap)
{
    QStringList out;
    for (const TierState &t : snap.tiers)
        if (t.present())
            out += described(t);
    return out;
}
} // namespace

// A second process on branches that have not moved takes the tiers from the
// snapshot store, exactly as the first read delivered them.
void TestManifestStore::unmovedTiersAreNotReadAgain()
{
    RepoBuilder b;
    b.commit(u"snapshot"_s, storageFiles());
    b.commit(u"production"_s, RepoBuilder::package(u"p1"_s, u"1.0.1"_s));
    StorageReader first;
    const auto one = first.read(b.path(), {});
    QVERIFY(one);
    QVERIFY(first.parsedCount() > 70);
    const auto stored = SnapshotStore::load(*git::Repository::open(b.path()));
    QVERIFY(stored);
    QCOMPARE(stored->tiers.size(), 2);
    QCOMPARE(described(*stored), described(*one));

    StorageReader second(std::make_shared<VersionCache>());
    const auto two = second.read(b.path(), {});
    QVERIFY(two);
    QCOMPARE(second.parsedCount(), 0);
    QCOMPARE(described(*two), described(*one));

    // A moved branch is read again; the unmoved one still comes from the store.
    b.commit(u"production"_s, RepoBuilder::package(u"p2"_s, u"1.0.2"_s, u"new content"_s));
    StorageReader third(std::make_shared<VersionCache>());
    const auto three = third.read(b.path(), {});
    QVERIFY(three);
    QCOMPARE(third.parsedCount(), 1);
    QVERIFY(three->find(u"production"_s, u"p2"_s, u"1.0.2"_s));
    QCOMPARE(described(*three->tier(u"snapshot"_s)), described(*one->tier(u"snapshot"_s)));
}

void TestManifestStore::damagedSnapshotIsReadAgain_data()
{
    QTest::addColumn<int>("damage");
    QTest::newRow("one bit flipped") << 0;
    QTest::newRow("truncated") << 1;
    QTest::newRow("another repository's, checksum right") << 2;
    QTest::newRow("a count that lies, checksum right") << 3;
}

void TestManifestStore::damagedSnapshotIsReadAgain()
{
    QFETCH(int, damage);
    RepoBuilder b;
    b.commit(u"snapshot"_s, storageFiles());
    const auto one = StorageReader().read(b.path(), {});
    QVERIFY(one);
    const QString file = SnapshotStore::fileFor(b.repo().path());
    QByteArray bytes = readAll(file);
    QVERIFY(bytes.size() > 100);
    QByteArray body = bytes.chopped(4); // the CRC-32 trailer
    const QByteArray gitDir = b.repo().path().toUtf8();
    switch (damage) {
    case 0: bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10); break;
    case 1: bytes.truncate(bytes.size() / 2); break;
    case 2: {
        const qsizetype at = body.indexOf(gitDir);
        QVERIFY(at > 0);
        body[at + gitDir.size() - 1] = 'x'; // the git directory's last letter
        bytes = withChecksum(body);
        break;
    }
    case 3: {
        // The tier count, right after the git directory, becomes one more than there is.
        const qsizetype at = body.indexOf(gitDir) + gitDir.size();
        QCOMPARE(body.mid(at, 4), QByteArray::fromHex("01000000"));
        body.replace(at, 4, QByteArray::fromHex("02000000"));
        bytes = withChecksum(body);
        break;
    }
    }
    writeAll(file, bytes);
    QVERIFY(!SnapshotStore::load(*git::Repository::open(b.path()))); // not believed
    const auto two = StorageReader(std::make_shared<VersionCache>()).read(b.path(), {});
    QVERIFY(two);
    QCOMPARE(described(*two), described(*one));
    QVERIFY(SnapshotStore::load(*git::Repository::open(b.path()))); // and written anew
}

namespace {
// Every object directory of `b` as if last changed an hour ago (a state is trusted only
// when its directories are not fresh; a test cannot wait for that).
void ageObjectDirectories(const RepoBuilder &b)
{
    namespace fs = std::filesystem;
    const fs::path objects = fs::path(QString(b.repo().path() + u"objects"_s).toStdString());
    const auto old = fs::file_time_type::clock::now() - std::chrono::hours(1);
    fs::last_write_time(objects, old);
    for (const fs::directory_entry &e : fs::directory_iterator(objects))
        if (e.is_directory())
            fs::last_write_time(e.path(), old);
}

QString looseObjectFile(const RepoBuilder &b, const git::ObjectId &id)
{
    const QString hex = id.toHex();
    return b.repo().path() + u"objects/"_s + hex.left(2) + u'/' + hex.mid(2);
}
} // namespace

// The object store's state names its directories as they are: removing an object, adding
// a pack or pointing at alternates changes it; a directory written just now makes it empty.
void TestManifestStore::objectStoreStateTellsRemovals()
{
    RepoBuilder b;
    b.commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s));
    QVERIFY(SnapshotStore::objectStoreState(b.repo()).isEmpty()); // just written: racy
    ageObjectDirectories(b);
    const QByteArray before = SnapshotStore::objectStoreState(b.repo());
    QVERIFY(!before.isEmpty());
    QCOMPARE(SnapshotStore::objectStoreState(b.repo()), before);

    const git::ObjectId tree = b.versionTree(u"snapshot"_s, u"nginx"_s, u"1.0.0"_s);
    QVERIFY(QFile::remove(looseObjectFile(b, tree)));
    QVERIFY(SnapshotStore::objectStoreState(b.repo()) != before);

    ageObjectDirectories(b);
    const QByteArray aged = SnapshotStore::objectStoreState(b.repo());
    QVERIFY(!aged.isEmpty());
    writeAll(b.repo().path() + u"objects/info/alternates"_s, "/elsewhere/objects\n");
    QVERIFY(SnapshotStore::objectStoreState(b.repo()).isEmpty()); // objects elsewhere: it cannot tell
}

// Nothing removed since the tiers were read: a second reader takes them as they were.
void TestManifestStore::unchangedObjectStoreIsTrusted()
{
    RepoBuilder b;
    b.commit(u"snapshot"_s, storageFiles());
    ageObjectDirectories(b);
    StorageReader first;
    const auto one = first.read(b.path(), {});
    QVERIFY(one);
    const auto stored = SnapshotStore::load(*git::Repository::open(b.path()));
    QVERIFY(stored);
    QCOMPARE(described(*stored), described(*one));
    StorageReader second(std::make_shared<VersionCache>());
    const auto two = second.read(b.path(), {});
    QVERIFY(two);
    QCOMPARE(second.parsedCount(), 0);
    QCOMPARE(described(*two), described(*one));
}

// A state that was trusted when the tiers were stored no longer is once an object goes:
// every object is looked up again and the lost one is reported.
void TestManifestStore::objectLostUnderAnOldStateIsAProblem()
{
    RepoBuilder b;
    b.commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s));
    ageObjectDirectories(b);
    QVERIFY(StorageReader().read(b.path(), {}));
    const git::ObjectId tree = b.versionTree(u"snapshot"_s, u"nginx"_s, u"1.0.0"_s);
    const auto hit = ManifestStore::forRepository(b.repo().path())->find(tree);
    QVERIFY(hit);
    QVERIFY(QFile::remove(looseObjectFile(b, hit->blob)));

    auto snap = StorageReader(std::make_shared<VersionCache>()).read(b.path(), {});
    QVERIFY(snap);
    const PackageVersion *v = snap->find(u"snapshot"_s, u"nginx"_s, u"1.0.0"_s);
    QVERIFY(v);
    QVERIFY(!v->manifest);
    QCOMPARE(v->problems.value(0).kind, ProblemKind::MissingObject);
}

// The cache files' encoding gives back what it was given: null and empty strings apart,
// a repeated string written once and read as one shared copy, times with their offset.
void TestManifestStore::codecKeepsWhatItWrote()
{
    store::Writer w;
    const QString title = u"Nginx — “web” server"_s;
    w.text(QString());
    w.text(u""_s);
    w.text(title);
    w.text(QString(title)); // equal, written as a number
    w.texts({title, u"b"_s});
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::fromSecondsAheadOfUtc(-5 * 3600));
    w.time(when);
    w.time({});
    w.id(id('c'));
    const QByteArray sealed = w.sealed();
    const auto body = store::unsealed(sealed);
    QVERIFY(body);
    store::Reader r(*body);
    QVERIFY(r.text().isNull());
    const QString empty = r.text();
    QVERIFY(empty.isEmpty() && !empty.isNull());
    const QString first = r.text(), second = r.text();
    QCOMPARE(first, title);
    QVERIFY(first.isSharedWith(second));
    QCOMPARE(r.texts(), (QStringList{title, u"b"_s}));
    const QDateTime back = r.time();
    QCOMPARE(back, when);
    QCOMPARE(back.offsetFromUtc(), -5 * 3600);
    QVERIFY(!r.time().isValid());
    QCOMPARE(r.id(), id('c'));
    QVERIFY(r.ok() && r.atEnd());
    r.u32(); // past the end
    QVERIFY(!r.ok());
    QVERIFY(r.text().isNull());
    // A count of items that could not fit in what is left fails before anything is allocated.
    store::Writer lies;
    lies.u32(1'000'000);
    lies.text(u"only this"_s);
    const QByteArray lieBytes = lies.sealed().chopped(4); // the reader views bytes it does not own
    store::Reader liar(lieBytes);
    QCOMPARE(liar.count(10'000'000, 56), 0u);
    QVERIFY(!liar.ok());
    // One bit anywhere and the checksum refuses the file.
    QByteArray flipped = sealed;
    flipped[3] = char(flipped[3] ^ 0x04);
    QVERIFY(!store::unsealed(flipped));
}

QTEST_GUILESS_MAIN(TestManifestStore)
#include "tst_manifeststore.moc"
