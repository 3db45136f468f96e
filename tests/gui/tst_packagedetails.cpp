// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PackageDetails offscreen: manifest summary, icon (SVG and PNG), timeline
// lanes, changelog entries and the background history, on a RepoBuilder
// repository and on the demo storage.
#include "demo/DemoStorage.h"
#include "storage/Distribution.h"
#include "common/MessageBanner.h"
#include "details/PackageDetails.h"
#include "support/RepoBuilder.h"
#include "support/TestImages.h"
#include "storage/StorageReader.h"
#include "details/VersionTimeline.h"

#include <QBuffer>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
const QString Snapshot = u"snapshot"_s;
const QString Staging = u"staging"_s;
const QString Production = u"production"_s;

using testimages::png;
using testimages::svg;

// A details panel on screen, `width` × 800, showing `storage` when one is given.
struct ShownDetails {
    PackageDetails details;
    explicit ShownDetails(std::shared_ptr<const LoadedStorage> storage = nullptr, int width = 520)
    {
        details.resize(width, 800);
        details.show();
        if (storage)
            details.setStorage(std::move(storage));
    }
};

QByteArray changelog140()
{
    return "# newer versions go on top\n"
           "- version: \"1.4.0\"\n"
           "  changes:\n"
           "    - description: Drop support for Kibana 7.x\n"
           "      type: breaking-change\n"
           "      link: https://github.com/elastic/integrations/pull/2790\n"
           "    - description: Parse <IPv6> & upstream addresses\n"
           "      type: bugfix\n"
           "      link: https://github.com/elastic/integrations/pull/2812\n"
           "- version: \"1.3.0\"\n"
           "  changes:\n"
           "    - description: Older change\n"
           "      type: enhancement\n"
           "      link: https://github.com/elastic/integrations/pull/2000\n";
}

// production: nginx 1.2.0 (SVG icon), staging: nginx 1.3.0 (PNG icon only, no changelog),
// snapshot: nginx 1.3.0 (= staging), 1.4.0 (changelog, no icon), 1.2.0 (≠ production, stale changelog).
struct Repo {
    RepoBuilder b;
    git::ObjectId production1, staging1, snapshot1, snapshot2;
    std::shared_ptr<const LoadedStorage> loaded;
    std::shared_ptr<const StorageSnapshot> snapshot;

    Repo()
    {
        Files p = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
        p.insert(u"packages/nginx/1.2.0/img/logo.svg"_s, svg(u"#ff0000"_s));
        production1 = b.commit(Production, p, u"[production] Add nginx 1.2.0 (#100)"_s);

        Files s = RepoBuilder::package(u"nginx"_s, u"1.3.0"_s);
        s.remove(u"packages/nginx/1.3.0/changelog.yml"_s);
        s.insert(u"packages/nginx/1.3.0/img/nginx.png"_s, png(Qt::blue, 48));
        staging1 = b.commit(Staging, s, u"[staging] Promote nginx 1.3.0 (#101)"_s);

        Files n = s;
        n.insert(RepoBuilder::package(u"nginx"_s, u"1.2.0"_s, u"edited later"_s));
        snapshot1 = b.commit(Snapshot, n, u"[snapshot] Update nginx (#102)"_s);
        Files newest = RepoBuilder::package(u"nginx"_s, u"1.4.0"_s);
        newest.insert(u"packages/nginx/1.4.0/changelog.yml"_s, changelog140());
        newest.insert(u"packages/nginx/1.4.0/manifest.yml"_s,
                      RepoBuilder::manifest(u"nginx"_s, u"1.4.0"_s, u"^8.0.0"_s, u"beta"_s,
                                            u"categories:\n  - web\n  - observability\n"_s));
        snapshot2 = b.commit(Snapshot, newest, u"[snapshot] Update \"nginx\" integration to version 1.4.0 (#103)"_s);
        reload();
    }
    void reload()
    {
        StorageReader reader;
        auto snap = reader.read(b.path(), TierConfig{});
        if (!snap) {
            qWarning() << snap.error().text();
            return;
        }
        loaded = LoadedStorage::shared(std::move(*snap));
        snapshot = partOf(loaded, &LoadedStorage::snapshot);
    }
};

QStringList laneTiers(const VersionTimeline *t)
{
    QStringList out;
    for (const TimelineLane &l : t->lanes())
        out.append(l.tier);
    return out;
}

QStringList laneVersions(const VersionTimeline *t, const QString &tier)
{
    for (const TimelineLane &l : t->lanes())
        if (l.tier == tier) {
            QStringList out;
            for (const VersionChip &c : l.chips)
                out.append(c.version + u':' + copyRoleId(c.role));
            out.sort();
            return out;
        }
    return {u"<no lane>"_s};
}

// Lets pending layouts and posted events run (no waiting for time to pass).
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

QColor centrePixel(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}
} // namespace

class TestPackageDetails : public QObject {
    Q_OBJECT
private slots:
    void emptyStates();
    void manifestFields();
    void explanation();
    void svgAndPngIcons();
    void timeline();
    void timelinePicksAnotherVersion();
    void timelineNamesCosmeticCopies();
    void timelineScrollsUnderFixedLabels();
    void scrolledAwayLaneSaysWhere();
    void changelogEntries();
    void historyInTheBackground();
    void demoStorage();
    void demoMalformedManifest();
};

void TestPackageDetails::emptyStates()
{
    ShownDetails panel;
    PackageDetails &details = panel.details;
    QVERIFY(details.titleText().isEmpty());
    auto *message = details.findChild<QLabel *>(u"detailsMessage"_s);
    QVERIFY(message && message->isVisible());
    QCOMPARE(message->text(), u"No storage is open."_s);

    Repo r;
    QVERIFY(r.snapshot);
    details.setStorage(r.loaded);
    QCOMPARE(message->text(), u"Select a version to see its details."_s);
    details.showVersion(Snapshot, u"nginx"_s, u"9.9.9"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"nginx 9.9.9 is not in snapshot."_s);
    QVERIFY(details.titleText().isEmpty());
}

void TestPackageDetails::explanation()
{
    Repo r;
    ShownDetails panel(r.loaded);
    PackageDetails &details = panel.details;
    details.showVersion(Snapshot, u"nginx"_s, u"1.4.0"_s);
    QCOMPARE(details.explanationReasons(), QStringList{u"candidate"_s});
    QVERIFY2(details.explanationText().startsWith(u"↑ A promotion candidate for staging."_s),
             qPrintable(details.explanationText()));
    details.showVersion(Snapshot, u"nginx"_s, u"1.3.0"_s);
    QCOMPARE(details.explanationReasons(), (QStringList{u"served-above"_s, u"not-newest"_s}));
    QVERIFY2(details.explanationText().contains(u"Not a promotion candidate for staging now:"_s),
             qPrintable(details.explanationText()));
    QVERIFY(details.explanationText().contains(u"✗ staging already serves nginx 1.3.0 with identical content"_s));
    details.showVersion(Snapshot, u"nginx"_s, u"1.2.0"_s);
    QCOMPARE(details.explanationReasons(), (QStringList{u"shadowed"_s, u"not-newest"_s, u"not-newer"_s}));
    details.showVersion(Production, u"nginx"_s, u"1.2.0"_s);
    QCOMPARE(details.explanationReasons(), QStringList{u"top-tier"_s});
    // Plain text: repository content is never rendered as markup.
    QCOMPARE(details.findChild<QLabel *>(u"explanation"_s)->textFormat(), Qt::PlainText);
}

void TestPackageDetails::manifestFields()
{
    Repo r;
    ShownDetails panel(r.loaded);
    PackageDetails &details = panel.details;
    details.showVersion(Snapshot, u"nginx"_s, u"1.4.0"_s);
    QCOMPARE(details.titleText(), u"Nginx"_s);
    QCOMPARE(details.fieldText(u"description"_s), u"Collect logs and metrics from Nginx."_s);
    QCOMPARE(details.fieldText(u"type"_s), u"integration"_s);
    QCOMPARE(details.fieldText(u"release"_s), u"beta"_s);
    QCOMPARE(details.fieldText(u"owner"_s), u"elastic/integrations"_s);
    QCOMPARE(details.fieldText(u"kibana"_s), u"^8.0.0"_s);
    QCOMPARE(details.fieldText(u"categories"_s), u"web, observability"_s);
    QCOMPARE(details.fieldText(u"role"_s), u"Only in snapshot."_s);
    QVERIFY(details.findChild<QLabel *>(u"packageTitle"_s)->isVisible());
    QVERIFY(!details.findChild<MessageBanner *>()->isVisible()); // no problems

    details.showVersion(Snapshot, u"nginx"_s, u"1.3.0"_s);
    QCOMPARE(details.fieldText(u"release"_s), u"ga"_s);
    QCOMPARE(details.fieldText(u"kibana"_s), u"^7.16.0 || ^8.0.0"_s);
    QCOMPARE(details.fieldText(u"role"_s),
             u"Identical to the served copy in staging: promoted, its removal from snapshot is pending."_s);
    details.showVersion(Snapshot, u"nginx"_s, u"1.2.0"_s);
    QCOMPARE(details.fieldText(u"role"_s),
             u"Different content from the copy in production, which is served instead: this copy is never served."_s);
    details.showVersion(Production, u"nginx"_s, u"1.2.0"_s);
    QCOMPARE(details.fieldText(u"role"_s), u"The served copy; also in snapshot (different content)."_s);
}

void TestPackageDetails::svgAndPngIcons()
{
    Repo r;
    ShownDetails panel(r.loaded);
    PackageDetails &details = panel.details;
    QSignalSpy shown(&details, &PackageDetails::assetsShown);

    // The manifest's /img/logo.svg, rendered.
    details.showVersion(Production, u"nginx"_s, u"1.2.0"_s);
    QVERIFY(details.isLoadingAssets()); // read in the background
    QVERIFY(details.iconPixmap().isNull());
    QTRY_VERIFY_WITH_TIMEOUT(!details.iconPixmap().isNull(), 20000);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(centrePixel(details.iconPixmap()), QColor(Qt::red));
    QCOMPARE(details.findChild<QLabel *>(u"packageIcon"_s)->toolTip(), u"img/logo.svg"_s);

    // The manifest names /img/logo.svg, which is absent: the PNG in img/ is used.
    details.showVersion(Staging, u"nginx"_s, u"1.3.0"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 20000);
    QVERIFY(!details.iconPixmap().isNull());
    QCOMPARE(centrePixel(details.iconPixmap()), QColor(Qt::blue));

    // No picture at all.
    details.showVersion(Snapshot, u"nginx"_s, u"1.4.0"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 3, 20000);
    QVERIFY(details.iconPixmap().isNull());
    QCOMPARE(details.findChild<QLabel *>(u"packageIcon"_s)->toolTip(), u"This version has no icon."_s);
    QVERIFY(!details.findChild<QLabel *>(u"packageIcon"_s)->pixmap().isNull()); // a placeholder tile

    // Back to a version seen before: from memory, no background work.
    details.showVersion(Production, u"nginx"_s, u"1.2.0"_s);
    QVERIFY(!details.isLoadingAssets());
    QCOMPARE(shown.size(), 4);
    QCOMPARE(centrePixel(details.iconPixmap()), QColor(Qt::red));
}

void TestPackageDetails::timeline()
{
    Repo r;
    ShownDetails panel(r.loaded);
    PackageDetails &details = panel.details;
    details.showVersion(Snapshot, u"nginx"_s, u"1.4.0"_s);
    settle();
    const VersionTimeline *t = details.timeline();
    QCOMPARE(laneTiers(t), (QStringList{Snapshot, Staging, Production}));
    QCOMPARE(t->columns(), (QStringList{u"1.2.0"_s, u"1.3.0"_s, u"1.4.0"_s})); // by semantic version
    QCOMPARE(laneVersions(t, Snapshot),
             (QStringList{u"1.2.0:shadowed"_s, u"1.3.0:promoted"_s, u"1.4.0:served"_s}));
    QCOMPARE(laneVersions(t, Staging), QStringList{u"1.3.0:served"_s});
    QCOMPARE(laneVersions(t, Production), QStringList{u"1.2.0:served"_s});
    QCOMPARE(t->selectedTier(), Snapshot);
    QCOMPARE(t->selectedVersion(), u"1.4.0"_s);
    QVERIFY(t->isVisible());
    // Every chip is painted inside the widget, oldest left, in its tier's lane.
    const QRect old = t->chipRect(Production, u"1.2.0"_s);
    const QRect newest = t->chipRect(Snapshot, u"1.4.0"_s);
    QVERIFY(!old.isEmpty() && !newest.isEmpty());
    QVERIFY(old.right() < newest.left());
    QVERIFY(old.top() > newest.bottom());
    QVERIFY(t->rect().contains(newest));
    QVERIFY(t->chipRect(Staging, u"1.4.0"_s).isEmpty());
    QVERIFY(t->height() >= t->sizeHint().height());
}

// A shadowed copy that differs only in line endings is marked ≈ as in the matrix; one with other content ≠.
void TestPackageDetails::timelineNamesCosmeticCopies()
{
    RepoBuilder b;
    const Files served = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    b.commit(Production, served);
    Files crlf = served;
    crlf[u"packages/nginx/1.2.0/changelog.yml"_s].replace("\n", "\r\n");
    b.commit(Staging, crlf);
    b.commit(Snapshot, RepoBuilder::package(u"nginx"_s, u"1.2.0"_s, u"edited later"_s));
    StorageReader reader;
    auto snap = reader.read(b.path(), TierConfig{});
    QVERIFY2(snap.has_value(), qPrintable(snap ? QString() : snap.error().text()));
    ShownDetails panel(LoadedStorage::shared(std::move(*snap)));
    PackageDetails &details = panel.details;
    details.showVersion(Production, u"nginx"_s, u"1.2.0"_s);
    settle();
    const auto chipLabel = [&details](const QString &tier) {
        for (const TimelineLane &l : details.timeline()->lanes())
            if (l.tier == tier && !l.chips.isEmpty())
                return l.chips.first().label();
        return u"<no chip>"_s;
    };
    QCOMPARE(chipLabel(Staging), u"≈ 1.2.0"_s);
    QCOMPARE(chipLabel(Snapshot), u"≠ 1.2.0"_s);
    QCOMPARE(chipLabel(Production), u"1.2.0"_s);
}

void TestPackageDetails::timelinePicksAnotherVersion()
{
    Repo r;
    ShownDetails panel;
    PackageDetails &details = panel.details;
    QVERIFY(QTest::qWaitForWindowExposed(&details));
    details.setStorage(r.loaded);
    details.showVersion(Snapshot, u"nginx"_s, u"1.4.0"_s);
    settle();
    QSignalSpy activated(&details, &PackageDetails::versionActivated);
    VersionTimeline *t = details.timeline();
    QTest::mouseClick(t, Qt::LeftButton, {}, t->chipRect(Production, u"1.2.0"_s).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first(), (QVariantList{Production, u"nginx"_s, u"1.2.0"_s}));
    QCOMPARE(details.tier(), Production);
    QCOMPARE(details.version(), u"1.2.0"_s);
    QCOMPARE(t->selectedTier(), Production);

    // Keyboard: up to snapshot's copy of 1.2.0, then right along snapshot's lane.
    t->setFocus();
    QTest::keyClick(t, Qt::Key_Up);
    QCOMPARE(details.tier(), Snapshot); // staging has no 1.2.0: skipped
    QCOMPARE(details.version(), u"1.2.0"_s);
    QTest::keyClick(t, Qt::Key_Right);
    QCOMPARE(details.version(), u"1.3.0"_s);
    QTest::keyClick(t, Qt::Key_Down);
    QCOMPARE(details.tier(), Staging);
    QCOMPARE(activated.size(), 4);
    QTest::keyClick(t, Qt::Key_Right); // staging has nothing newer
    QCOMPARE(activated.size(), 4);
}

// At 1024x700 the production lane's old versions scrolled out of sight and the
// lane looked empty: it now names the nearest version and which way it is.
void TestPackageDetails::scrolledAwayLaneSaysWhere()
{
    VersionTimeline t;
    QList<VersionChip> snapshot;
    for (int i = 0; i < 30; ++i)
        snapshot.append(VersionChip{u"1.%1.0"_s.arg(i), CopyRole::Served, 0, u"snapshot"_s, {}});
    const QList<VersionChip> production{VersionChip{u"1.0.0"_s, CopyRole::Served, 0, u"production"_s, {}},
                                        VersionChip{u"1.1.0"_s, CopyRole::Served, 0, u"production"_s, {}}};
    t.setLanes({{u"production"_s, true, production}, {u"snapshot"_s, true, snapshot}});
    t.resize(400, t.sizeHint().height());
    t.show();
    QVERIFY(t.isScrollable());
    t.setSelected(u"snapshot"_s, u"1.29.0"_s);
    QCOMPARE(t.laneHint(u"production"_s), u"◂ 1.1.0"_s);
    QCOMPARE(t.laneHint(u"snapshot"_s), QString()); // its chips are in sight
    t.setSelected(u"production"_s, u"1.0.0"_s);
    QCOMPARE(t.laneHint(u"production"_s), QString());
    t.setSelected(u"snapshot"_s, u"1.0.0"_s);
    QCOMPARE(t.laneHint(u"production"_s), QString());
}

void TestPackageDetails::timelineScrollsUnderFixedLabels()
{
    RepoBuilder b;
    Files files;
    for (int minor = 0; minor < 14; ++minor)
        files.insert(RepoBuilder::package(u"system"_s, u"0.%1.0"_s.arg(minor)));
    b.commit(Production, files);
    b.commit(Snapshot, RepoBuilder::package(u"system"_s, u"0.14.0"_s));
    StorageReader reader;
    auto snap = reader.read(b.path(), TierConfig{});
    QVERIFY(snap);
    auto snapshot = LoadedStorage::shared(std::move(*snap));
    ShownDetails panel(nullptr, 420);
    PackageDetails &details = panel.details;
    QVERIFY(QTest::qWaitForWindowExposed(&details));
    details.setStorage(snapshot);
    details.showVersion(Production, u"system"_s, u"0.0.0"_s);
    settle();
    VersionTimeline *t = details.timeline();
    QCOMPARE(t->columns().size(), 15);
    QVERIFY(t->isScrollable());
    QVERIFY(t->scrollBar()->isVisible());
    QVERIFY(t->width() <= details.width());
    QVERIFY(t->height() >= t->sizeHint().height()); // room for the scroll bar below the lanes
    QCOMPARE(t->scrollBar()->value(), 0);
    // Selecting the newest scrolls it into view, right of the fixed labels.
    details.showVersion(Snapshot, u"system"_s, u"0.14.0"_s);
    settle();
    QVERIFY(t->scrollBar()->value() > 0);
    const QRect newest = t->chipRect(Snapshot, u"0.14.0"_s);
    QVERIFY2(t->rect().contains(newest), qPrintable(u"%1 %2"_s.arg(newest.x()).arg(t->width())));
    QVERIFY(t->chipRect(Production, u"0.0.0"_s).right() < 0); // scrolled away to the left
    // A click still reaches what is painted.
    QSignalSpy activated(&details, &PackageDetails::versionActivated);
    QTest::mouseClick(t, Qt::LeftButton, {}, t->chipRect(Production, u"0.13.0"_s).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(details.version(), u"0.13.0"_s);
    // Wide enough: no scroll bar.
    details.resize(1280, 800);
    settle();
    QVERIFY(!t->isScrollable());
    QVERIFY(!t->scrollBar()->isVisible());
}

void TestPackageDetails::changelogEntries()
{
    Repo r;
    ShownDetails panel(r.loaded);
    PackageDetails &details = panel.details;
    QSignalSpy shown(&details, &PackageDetails::assetsShown);
    details.showVersion(Snapshot, u"nginx"_s, u"1.4.0"_s);
    QCOMPARE(details.changelogNote(), u"Reading changelog.yml…"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 20000);
    QCOMPARE(details.changelogLines(),
             (QStringList{u"breaking-change: Drop support for Kibana 7.x (https://github.com/elastic/integrations/pull/2790)"_s,
                          u"bugfix: Parse <IPv6> & upstream addresses (https://github.com/elastic/integrations/pull/2812)"_s}));
    QVERIFY(details.changelogNote().isEmpty());
    const QString html = details.findChild<QLabel *>(u"changelog"_s)->text();
    QVERIFY(html.contains(u"Parse &lt;IPv6&gt; &amp; upstream addresses"_s)); // escaped, not markup
    QVERIFY(html.contains(u">#2790</a>"_s));

    // No changelog.yml at all.
    details.showVersion(Staging, u"nginx"_s, u"1.3.0"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 20000);
    QVERIFY(details.changelogLines().isEmpty());
    QCOMPARE(details.changelogNote(), u"This version has no changelog.yml."_s);

    // An entry for its own version.
    details.showVersion(Production, u"nginx"_s, u"1.2.0"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 3, 20000);
    QCOMPARE(details.changelogLines(),
             QStringList{u"enhancement: Release 1.2.0. (https://example.com/pull/1)"_s});
}

void TestPackageDetails::historyInTheBackground()
{
    Repo r;
    ShownDetails panel(r.loaded);
    PackageDetails &details = panel.details;
    QSignalSpy historyShown(&details, &PackageDetails::historyShown);
    // Hold the thread pool so the walks cannot finish before we look.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    QSemaphore gate;
    pool->start([&gate] { gate.acquire(); });
    details.showVersion(Snapshot, u"nginx"_s, u"1.3.0"_s);
    // Both tiers holding 1.3.0 are walked in the background.
    QVERIFY(details.isComputingHistory());
    QCOMPARE(details.historyLines(), (QStringList{u"snapshot: computing…"_s, u"staging: computing…"_s}));
    QVERIFY(details.findChild<QLabel *>(u"history"_s)->text().contains(u"computing…"_s));
    QCOMPARE(historyShown.size(), 0);
    gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(!details.isComputingHistory(), 20000);
    pool->setMaxThreadCount(threads);
    QCOMPARE(historyShown.size(), 1);
    const QString s1 = r.snapshot1.shortHex(), st = r.staging1.shortHex();
    QCOMPARE(details.historyLines(),
             (QStringList{u"snapshot present since: "_s + s1 + u" Test Author: [snapshot] Update nginx (#102)"_s,
                          u"snapshot last changed: "_s + s1 + u" Test Author: [snapshot] Update nginx (#102)"_s,
                          u"staging present since: "_s + st + u" Test Author: [staging] Promote nginx 1.3.0 (#101)"_s,
                          u"staging last changed: "_s + st + u" Test Author: [staging] Promote nginx 1.3.0 (#101)"_s}));
    const QString html = details.findChild<QLabel *>(u"history"_s)->text();
    QVERIFY(html.contains(u"PR #102"_s));
    QVERIFY(html.contains(u"Present since"_s)); // root commits: the history may be truncated

    // Another version of a tier already walked: straight from the cache.
    QVERIFY(details.historyCache()->hasTier(r.snapshot2));
    details.showVersion(Snapshot, u"nginx"_s, u"1.4.0"_s);
    QVERIFY(!details.isComputingHistory());
    QCOMPARE(historyShown.size(), 2);
    const QString s2 = r.snapshot2.shortHex();
    QCOMPARE(details.historyLines(),
             (QStringList{u"snapshot added: "_s + s2 + u" Test Author: [snapshot] Update \"nginx\" integration to version 1.4.0 (#103)"_s,
                          u"snapshot last changed: "_s + s2 + u" Test Author: [snapshot] Update \"nginx\" integration to version 1.4.0 (#103)"_s}));
    QVERIFY(details.findChild<QLabel *>(u"history"_s)->text().contains(u"Unchanged since then."_s));

    // A shared cache already holding the answer: nothing is computed.
    PackageDetails other;
    other.setHistoryCache(details.historyCache());
    other.setStorage(r.loaded);
    other.showVersion(Staging, u"nginx"_s, u"1.3.0"_s);
    QVERIFY(!other.isComputingHistory());
    QCOMPARE(other.historyLines().size(), 4); // staging's copy and snapshot's
    QVERIFY(!other.historyLines().join(u'\n').contains(u"computing…"_s));
}

void TestPackageDetails::demoStorage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo"_s);
    QVERIFY(DemoStorage::create(path));
    StorageReader reader;
    auto snap = reader.read(path, TierConfig{});
    QVERIFY(snap);
    auto snapshot = LoadedStorage::shared(std::move(*snap));

    ShownDetails panel(snapshot, 560);
    PackageDetails &details = panel.details;
    QSignalSpy assets(&details, &PackageDetails::assetsShown);
    details.showVersion(Snapshot, u"nginx"_s, u"1.3.0"_s);
    QCOMPARE(details.titleText(), u"Nginx"_s);
    QCOMPARE(details.fieldText(u"description"_s),
             u"Collect logs and metrics from Nginx HTTP servers with Elastic Agent."_s);
    QCOMPARE(details.fieldText(u"owner"_s), u"elastic/obs-service-integrations"_s);
    QCOMPARE(details.fieldText(u"kibana"_s), u"^8.0.0"_s);
    QCOMPARE(details.fieldText(u"release"_s), u"ga"_s);
    QCOMPARE(details.fieldText(u"type"_s), u"integration"_s);

    const VersionTimeline *t = details.timeline();
    QCOMPARE(t->columns(), (QStringList{u"1.0.0"_s, u"1.1.0"_s, u"1.2.0"_s, u"1.3.0"_s}));
    QCOMPARE(laneVersions(t, Snapshot), (QStringList{u"1.2.0:promoted"_s, u"1.3.0:served"_s}));
    QCOMPARE(laneVersions(t, Staging), QStringList{u"1.2.0:served"_s});
    QCOMPARE(laneVersions(t, Production), (QStringList{u"1.0.0:served"_s, u"1.1.0:served"_s}));

    QTRY_COMPARE_WITH_TIMEOUT(assets.size(), 1, 20000);
    QVERIFY(!details.iconPixmap().isNull());
    QCOMPARE(centrePixel(details.iconPixmap()).alpha(), 255); // the hexagon's fill, not a transparent corner
    QCOMPARE(details.changelogLines(),
             (QStringList{u"breaking-change: Drop support for Kibana 7.x (https://github.com/elastic/integrations/pull/2790)"_s,
                          u"enhancement: Support the log format of Nginx 1.23 (https://github.com/elastic/integrations/pull/2812)"_s}));

    QTRY_VERIFY_WITH_TIMEOUT(!details.isComputingHistory(), 20000);
    const QStringList history = details.historyLines();
    QCOMPARE(history.size(), 2);
    QVERIFY2(history[0].startsWith(u"snapshot added: "_s), qPrintable(history[0]));
    QVERIFY2(history[0].endsWith(u": [snapshot] Update \"nginx\" integration to version 1.3.0 (#1560)"_s),
             qPrintable(history[0]));
    QVERIFY(details.findChild<QLabel *>(u"history"_s)->text().contains(u"PR #1560"_s));

    // Promoted to staging, still in snapshot: both tiers' histories.
    details.showVersion(Staging, u"nginx"_s, u"1.2.0"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!details.isComputingHistory(), 20000);
    const QStringList both = details.historyLines();
    QCOMPARE(both.size(), 4);
    QVERIFY2(both[0].endsWith(u"[snapshot] Update \"nginx\" integration to version 1.2.0 (#1541)"_s), qPrintable(both[0]));
    QVERIFY2(both[2].startsWith(u"staging added: "_s), qPrintable(both[2]));
    QVERIFY2(both[2].endsWith(u"Package Storage Bot: [staging] Promote packages from snapshot (nginx-1.2.0)"_s),
             qPrintable(both[2]));

    // system 1.4.2 left snapshot when promoted and came back re-published (#1533): snapshot's
    // directory counts from its return; production's copy from its promotion.
    details.showVersion(Snapshot, u"system"_s, u"1.4.2"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!details.isComputingHistory(), 20000);
    const QStringList system = details.historyLines();
    QCOMPARE(system.size(), 4);
    QVERIFY2(system[0].startsWith(u"snapshot added: "_s) && system[0].contains(u"(#1533)"_s), qPrintable(system[0]));
    QVERIFY2(system[1].contains(u"(#1533)"_s), qPrintable(system[1]));
    QVERIFY2(system[2].contains(u"[production] Promote packages from staging"_s), qPrintable(system[2]));
}

void TestPackageDetails::demoMalformedManifest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo"_s);
    QVERIFY(DemoStorage::create(path));
    StorageReader reader;
    auto snap = reader.read(path, TierConfig{});
    QVERIFY(snap);
    auto snapshot = LoadedStorage::shared(std::move(*snap));
    ShownDetails panel(snapshot, 560); // no analysis: every copy reads as served
    PackageDetails &details = panel.details;
    details.showVersion(Snapshot, u"kafka"_s, u"1.3.0"_s);
    QCOMPARE(details.titleText(), u"kafka"_s); // no manifest to take a title from
    QCOMPARE(details.fieldText(u"type"_s), u"—"_s);
    auto *banner = details.findChild<MessageBanner *>();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"not valid YAML"_s), qPrintable(banner->text()));
}

QTEST_MAIN(TestPackageDetails)
#include "tst_packagedetails.moc"
