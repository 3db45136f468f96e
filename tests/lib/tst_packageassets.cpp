// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A version's changelog and icon read from its tree: which pictures are
// offered to the decoder in which order, and what is said when none is usable.
#include "support/RepoBuilder.h"
#include "storage/PackageAssets.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
const QString Dir = u"packages/nginx/1.0.0/"_s;

// A decoder that accepts the pictures named in `accept` and remembers what it was offered.
struct Decoder {
    QStringList accept;
    QStringList offered;
    QList<QByteArray> bytes;

    PictureDecoder function()
    {
        return [this](const QString &path, const QByteArray &data) {
            offered.append(path);
            bytes.append(data);
            return accept.contains(path);
        };
    }
};
} // namespace

class TestPackageAssets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changelog();
    void iconOrder();
    void firstAcceptedIcon();
    void noUsableIcon();
    void noPictures();
    void unreadableRepository();

private:
    git::ObjectId tree(const QString &version) const;

    std::unique_ptr<RepoBuilder> m_repo;
};

// nginx 1.0.0: changelog, manifest icon img/logo.png, img/ with b.svg, a.png, shot.jpg, notes.txt, img/sub/deep.svg
// nginx 2.0.0: a changelog.yml that is not YAML, no img/
// nginx 3.0.0: no changelog.yml
void TestPackageAssets::initTestCase()
{
    m_repo = std::make_unique<RepoBuilder>();
    QVERIFY(m_repo->isValid());
    Files files = RepoBuilder::package(u"nginx"_s, u"1.0.0"_s);
    files.insert(Dir + u"img/logo.png"_s, "logo-png");
    files.insert(Dir + u"img/b.svg"_s, "b-svg");
    files.insert(Dir + u"img/a.png"_s, "a-png");
    files.insert(Dir + u"img/shot.JPG"_s, "shot-jpg");
    files.insert(Dir + u"img/notes.txt"_s, "not a picture");
    files.insert(Dir + u"img/sub/deep.svg"_s, "deep-svg");
    files.insert(RepoBuilder::package(u"nginx"_s, u"2.0.0"_s));
    files.insert(u"packages/nginx/2.0.0/changelog.yml"_s, "- version: [unclosed\n");
    Files third = RepoBuilder::package(u"nginx"_s, u"3.0.0"_s);
    third.remove(u"packages/nginx/3.0.0/changelog.yml"_s);
    files.insert(third);
    QVERIFY(!m_repo->commit(u"snapshot"_s, files).isNull());
}

git::ObjectId TestPackageAssets::tree(const QString &version) const
{
    return m_repo->versionTree(u"snapshot"_s, u"nginx"_s, version);
}

void TestPackageAssets::changelog()
{
    Decoder d;
    const PackageAssets one = readPackageAssets(m_repo->path(), tree(u"1.0.0"_s), {}, d.function());
    QCOMPARE(one.tree, tree(u"1.0.0"_s));
    QVERIFY(one.changelog);
    QVERIFY(one.changelogError.isEmpty());
    QVERIFY(one.changelog->entry(u"1.0.0"_s));

    const PackageAssets broken = readPackageAssets(m_repo->path(), tree(u"2.0.0"_s), {}, d.function());
    QVERIFY(!broken.changelog);
    QVERIFY(!broken.changelogError.isEmpty());

    const PackageAssets absent = readPackageAssets(m_repo->path(), tree(u"3.0.0"_s), {}, d.function());
    QVERIFY(!absent.changelog);
    QVERIFY(absent.changelogError.isEmpty()); // simply absent: nothing to explain
}

void TestPackageAssets::iconOrder()
{
    // The manifest's pictures in their order (leading slashes dropped, non-pictures and missing files skipped,
    // each once), then img/'s SVG, then its other pictures; never a subdirectory's.
    Decoder d;
    const PackageAssets a = readPackageAssets(
        m_repo->path(), tree(u"1.0.0"_s),
        {u"/img/logo.png"_s, u"img/missing.svg"_s, u"/img/notes.txt"_s, u"//img/logo.png"_s, u"/img/a.png"_s},
        d.function());
    QCOMPARE(d.offered, (QStringList{u"img/logo.png"_s, u"img/a.png"_s, u"img/b.svg"_s, u"img/shot.JPG"_s}));
    QCOMPARE(d.bytes.value(0), QByteArray("logo-png"));
    QCOMPARE(d.bytes.value(2), QByteArray("b-svg"));
    QVERIFY(a.iconPath.isEmpty());

    Decoder plain;
    readPackageAssets(m_repo->path(), tree(u"1.0.0"_s), {}, plain.function());
    QCOMPARE(plain.offered, (QStringList{u"img/b.svg"_s, u"img/a.png"_s, u"img/logo.png"_s, u"img/shot.JPG"_s}));
}

void TestPackageAssets::firstAcceptedIcon()
{
    Decoder d;
    d.accept = {u"img/b.svg"_s, u"img/a.png"_s};
    const PackageAssets a = readPackageAssets(m_repo->path(), tree(u"1.0.0"_s), {u"/img/logo.png"_s}, d.function());
    // logo.png is rejected, b.svg accepted: nothing after it is read, and the rejection is forgotten.
    QCOMPARE(d.offered, (QStringList{u"img/logo.png"_s, u"img/b.svg"_s}));
    QCOMPARE(a.iconPath, u"img/b.svg"_s);
    QVERIFY(a.iconError.isEmpty());
}

void TestPackageAssets::noUsableIcon()
{
    Decoder d;
    const PackageAssets a = readPackageAssets(m_repo->path(), tree(u"1.0.0"_s), {u"/img/a.png"_s}, d.function());
    QCOMPARE(d.offered.size(), 4);
    QVERIFY(a.iconPath.isEmpty());
    // The first picture that failed explains the missing icon.
    QCOMPARE(a.iconError, u"img/a.png could not be read as a picture."_s);
}

void TestPackageAssets::noPictures()
{
    Decoder d;
    const PackageAssets a = readPackageAssets(m_repo->path(), tree(u"2.0.0"_s), {u"/img/logo.svg"_s}, d.function());
    QVERIFY(d.offered.isEmpty());
    QVERIFY(a.iconPath.isEmpty());
    QVERIFY(a.iconError.isEmpty()); // no icon at all is not an error
}

void TestPackageAssets::unreadableRepository()
{
    Decoder d;
    const QTemporaryDir empty;
    QVERIFY(empty.isValid());
    const PackageAssets missing = readPackageAssets(empty.path(), tree(u"1.0.0"_s), {}, d.function());
    QVERIFY(!missing.changelog);
    QVERIFY(!missing.changelogError.isEmpty());
    QCOMPARE(missing.iconError, missing.changelogError);

    const PackageAssets noTree = readPackageAssets(m_repo->path(), m_repo->tip(u"snapshot"_s), {}, d.function());
    QVERIFY(!noTree.changelogError.isEmpty()); // a commit id is not a tree
    QCOMPARE(noTree.iconError, noTree.changelogError);
    QVERIFY(d.offered.isEmpty());
}

QTEST_GUILESS_MAIN(TestPackageAssets)
#include "tst_packageassets.moc"
