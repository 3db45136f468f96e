// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Release view offscreen: type a version, the verdict and the tables follow;
// the tag is created in the background. Saves a screenshot of the demo storage
// when TIERDESK_SCREENSHOT_DIR is set.
#include "demo/DemoStorage.h"
#include "support/FixtureBundle.h"
#include "common/LoadedStorage.h"
#include "common/MessageBanner.h"
#include "release/ReleaseNotesPanel.h"
#include "release/ReleaseView.h"
#include "support/RepoBuilder.h"
#include "storage/StorageReader.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
constexpr int CheckTimeoutMs = 60000;

Files pkg(const QString &name, const QString &version, const QString &kibana, const QString &note = {})
{
    Files files = RepoBuilder::package(name, version, note);
    files[u"packages/"_s + name + u'/' + version + u"/manifest.yml"_s] = RepoBuilder::manifest(name, version, kibana);
    return files;
}

Files merged(std::initializer_list<Files> parts)
{
    Files all;
    for (const Files &part : parts)
        all.insert(part);
    return all;
}

QStringList rows(const QTreeWidget *tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c)
            cells.append(tree->topLevelItem(i)->text(c));
        out.append(cells.join(u'|'));
    }
    return out;
}

// Lets pending layout requests run, then checks that no wrapped banner label is cut off.
bool bannerFits(QWidget &view)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    for (const QLabel *label : view.findChild<QWidget *>(u"verdictBanner"_s)->findChildren<QLabel *>()) {
        if (label->isVisible() && label->wordWrap() && label->height() < label->heightForWidth(label->width())) {
            qWarning() << "clipped:" << label->text() << label->height() << label->heightForWidth(label->width());
            return false;
        }
    }
    return true;
}

QString tagTarget(const QString &repo, const QString &tag)
{
    auto r = git::Repository::open(repo);
    if (!r)
        return {};
    auto id = r->resolveCommit(u"refs/tags/"_s + tag);
    return id ? id->toHex() : QString();
}
// The window's loaded storage for the repository at `path`.
std::shared_ptr<const LoadedStorage> loaded(const QString &path)
{
    auto snapshot = StorageReader().read(path, TierConfig());
    if (!snapshot) {
        qWarning() << snapshot.error().text();
        return {};
    }
    return LoadedStorage::shared(std::move(*snapshot));
}
} // namespace

class TestReleaseView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void typedVersionShowsVerdictAndTables();
    void notReadyDisablesTagging();
    void onlyTheNewestCheckIsShown();
    void createsAndPushesTagInBackground();
    void checksTheLoadedTiers();
    void demoScreenshot();
    void demoTaggedAndSnapshotStacks();
    void releaseNotesTab();
    void fixtureComparedWithChosenRef();

private:
    std::unique_ptr<RepoBuilder> m_repo;
    git::ObjectId m_released;
};

void TestReleaseView::initTestCase()
{
    qputenv("GIT_COMMITTER_NAME", "Release Manager");
    qputenv("GIT_COMMITTER_EMAIL", "release@example.com");
    // production: alpha 1.0.0 -> tag 8.5.0, then alpha 1.1.0 and beta 1.0.0; staging: beta 1.2.0 waiting.
    m_repo = std::make_unique<RepoBuilder>();
    m_released = m_repo->commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    git_object *target = nullptr;
    QVERIFY(git_object_lookup(&target, m_repo->repo().raw(), m_released.raw(), GIT_OBJECT_COMMIT) == 0);
    git::ObjectHandle owner(target);
    git_oid id;
    QVERIFY(git_tag_create_lightweight(&id, m_repo->repo().raw(), "8.5.0", target, 0) == 0);
    m_repo->commit(u"production"_s,
                   merged({pkg(u"alpha"_s, u"1.1.0"_s, u"^8.0.0"_s), pkg(u"beta"_s, u"1.0.0"_s, u"^7.17.0 || ^8.0.0"_s)}));
    m_repo->commit(u"staging"_s, pkg(u"beta"_s, u"1.2.0"_s, u"^8.0.0"_s));
}

void TestReleaseView::typedVersionShowsVerdictAndTables()
{
    ReleaseView view;
    view.resize(1200, 800);
    view.show();
    view.setStorage(loaded(m_repo->path()));
    auto *edit = view.findChild<QLineEdit *>(u"stackVersion"_s);
    QVERIFY(edit);
    // Completion from the version-named tags arrives in the background.
    QTRY_COMPARE_WITH_TIMEOUT(qobject_cast<QStringListModel *>(edit->completer()->model())->stringList(),
                              QStringList{u"8.5.0"_s}, CheckTimeoutMs);
    auto *previous = view.findChild<QComboBox *>(u"previousRelease"_s);
    QVERIFY(previous->findData(u"8.5.0"_s, Qt::UserRole + 1) > 0);

    QTest::keyClicks(edit, u"8.6.0"_s);
    QTRY_COMPARE_WITH_TIMEOUT(view.verdictText(), u"Ready with warnings — 8.6.0"_s, CheckTimeoutMs);
    QVERIFY(view.readiness());

    const auto *contents = view.findChild<QTreeWidget *>(u"contents"_s);
    QCOMPARE(rows(contents), (QStringList{u"alpha|1.1.0|^8.0.0"_s, u"beta|1.0.0|^7.17.0 || ^8.0.0"_s}));
    const auto *findings = view.findChild<QListWidget *>(u"findings"_s);
    QCOMPARE(findings->count(), 1);
    QVERIFY2(findings->item(0)->text().contains(u"beta 1.2.0 accepts 8.6.0 and waits in staging"_s),
             qPrintable(findings->item(0)->text()));
    QCOMPARE(findings->item(0)->data(Qt::UserRole).toString(), u"warning"_s);
    QVERIFY(!findings->item(0)->icon().isNull());
    const auto *comparison = view.findChild<QTreeWidget *>(u"comparison"_s);
    QCOMPARE(rows(comparison), (QStringList{u"updated|alpha|1.0.0|1.1.0"_s, u"added|beta||1.0.0"_s}));
    const auto *distributions = view.findChild<QTreeWidget *>(u"distributions"_s);
    QCOMPARE(distributions->topLevelItemCount(), 2);
    QCOMPARE(distributions->topLevelItem(1)->text(0), u"production"_s);
    bool tagImage = false;
    for (int i = 0; i < distributions->topLevelItem(1)->childCount(); ++i)
        tagImage = tagImage || distributions->topLevelItem(1)->child(i)->text(1).endsWith(u"distribution:8.6.0"_s);
    QVERIFY(tagImage);

    auto *tagButton = view.findChild<QPushButton *>(u"createTag"_s);
    QVERIFY(tagButton->isEnabled());
    view.findChild<QPushButton *>(u"copyMarkdown"_s)->click();
    QVERIFY2(QApplication::clipboard()->text().startsWith(u"# Release check: 8.6.0\n"_s),
             qPrintable(QApplication::clipboard()->text()));
}

void TestReleaseView::notReadyDisablesTagging()
{
    ReleaseView view;
    view.show();
    view.setStorage(loaded(m_repo->path()));
    view.setStackVersion(u"9.0.0"_s);
    QTRY_COMPARE_WITH_TIMEOUT(view.verdictText(), u"Not ready — 9.0.0"_s, CheckTimeoutMs);
    QVERIFY(!view.findChild<QPushButton *>(u"createTag"_s)->isEnabled());
    QCOMPARE(view.findChild<QTreeWidget *>(u"contents"_s)->topLevelItemCount(), 0);

    // Not a version at all: the check cannot run, said in the banner.
    view.setStackVersion(u"banana"_s);
    QTRY_COMPARE_WITH_TIMEOUT(view.verdictText(), u"Cannot check"_s, CheckTimeoutMs);
    QVERIFY(!view.findChild<QPushButton *>(u"copyMarkdown"_s)->isEnabled());
}

void TestReleaseView::onlyTheNewestCheckIsShown()
{
    ReleaseView view;
    view.setStorage(loaded(m_repo->path()));
    QSignalSpy finished(&view, &ReleaseView::checkFinished);
    view.setStackVersion(u"9.0.0"_s);
    view.setStackVersion(u"8.6.0"_s); // started before the first one can have finished
    QTRY_COMPARE_WITH_TIMEOUT(view.verdictText(), u"Ready with warnings — 8.6.0"_s, CheckTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isChecking(), CheckTimeoutMs);
    QCOMPARE(finished.count(), 1); // the stale 9.0.0 result was dropped
    QCOMPARE(view.readiness()->tagName, u"8.6.0"_s);
}

void TestReleaseView::createsAndPushesTagInBackground()
{
    RepoBuilder local;
    const auto tip = local.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    RepoBuilder remote(true);
    ReleaseView view;
    view.show();
    view.setStorage(loaded(local.path()));
    view.setStackVersion(u"8.6.0"_s);
    QTRY_COMPARE_WITH_TIMEOUT(view.verdictText(), u"Ready — 8.6.0"_s, CheckTimeoutMs);
    QSignalSpy created(&view, &ReleaseView::tagCreated);
    QSignalSpy refresh(&view, &ReleaseView::refreshRequested);
    // As the window does: read the storage again and hand it to the view.
    connect(&view, &ReleaseView::refreshRequested, &view, [&] {
        QVERIFY(!view.findChild<QPushButton *>(u"createTag"_s)->isEnabled()); // not twice from the old check
        view.setStorage(loaded(local.path()));
    });
    view.startTagging(remote.path());
    QVERIFY(created.wait(CheckTimeoutMs));
    QCOMPARE(created.first().first().toString(), u"8.6.0"_s);
    QCOMPARE(refresh.count(), 1);
    QCOMPARE(tagTarget(local.path(), u"8.6.0"_s), tip.toHex());
    QCOMPARE(tagTarget(remote.path(), u"8.6.0"_s), tip.toHex());
    auto *message = view.findChild<MessageBanner *>(u"releaseMessage"_s);
    QVERIFY2(message->text().contains(u"pushed it to"_s), qPrintable(message->text()));
    // The new storage is checked: the tag now exists, shown as done, not as a failure.
    QTRY_COMPARE_WITH_TIMEOUT(view.verdictText(), u"Tagged — 8.6.0 · "_s + tip.shortHex(12), CheckTimeoutMs);
    QVERIFY(view.readiness()->existingTag);
    auto *tagButton = view.findChild<QPushButton *>(u"createTag"_s);
    QVERIFY(!tagButton->isEnabled());
    QVERIFY2(tagButton->toolTip().contains(u"already tagged"_s), qPrintable(tagButton->toolTip()));
    QVERIFY2(view.findChild<QLabel *>(u"releaseSummary"_s)->isVisible(), "summary shown");
}

void TestReleaseView::checksTheLoadedTiers()
{
    // Tag 8.5.0 holds alpha 1.0.0, which production has dropped since.
    RepoBuilder b;
    const auto released = b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    QVERIFY(b.setReference(u"refs/tags/8.5.0"_s, released));
    const auto loadedTip = b.commit(u"production"_s, pkg(u"alpha"_s, u"1.1.0"_s, u"^8.0.0"_s), {},
                                    {u"packages/alpha/1.0.0"_s});
    const auto storage = loaded(b.path());
    QVERIFY(storage);
    const qsizetype cached = storage->cache->size();
    // Production moves after the window read it: the view shows what the window shows.
    const auto movedTip = b.commit(u"production"_s, pkg(u"gamma"_s, u"1.0.0"_s, u"^8.0.0"_s));

    ReleaseView view;
    view.setStorage(storage);
    view.setStackVersion(u"8.6.0"_s);
    QTRY_VERIFY_WITH_TIMEOUT(view.readiness(), CheckTimeoutMs);
    QCOMPARE(view.readiness()->productionCommit, loadedTip);
    QCOMPARE(rows(view.findChild<QTreeWidget *>(u"contents"_s)), QStringList{u"alpha|1.1.0|^8.0.0"_s});
    QCOMPARE(view.readiness()->previous->revision, u"8.5.0"_s);
    QCOMPARE(rows(view.findChild<QTreeWidget *>(u"comparison"_s)), QStringList{u"updated|alpha|1.0.0|1.1.0"_s});
    // The tag's alpha 1.0.0 was parsed into the window's cache, nothing else.
    QCOMPARE(storage->cache->size(), cached + 1);

    // The path-based check (the CLI's) reads the tiers anew.
    ReadinessRequest request;
    request.stackVersion = u"8.6.0"_s;
    auto fresh = checkTagReadiness(b.path(), request);
    QVERIFY(fresh);
    QCOMPARE(fresh->productionCommit, movedTip);
    QCOMPARE(fresh->contents.size(), 2);
}

void TestReleaseView::demoScreenshot()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.git"_s);
    QVERIFY(DemoStorage::create(path));
    ReleaseView view;
    view.resize(1440, 900);
    view.show();
    view.setStorage(loaded(path));
    QTRY_VERIFY_WITH_TIMEOUT(view.findChild<QComboBox *>(u"previousRelease"_s)->count() > 2, CheckTimeoutMs);
    view.setStackVersion(u"8.7.0"_s);
    QTRY_VERIFY_WITH_TIMEOUT(view.readiness(), CheckTimeoutMs);
    QVERIFY(view.findChild<QTreeWidget *>(u"contents"_s)->topLevelItemCount() > 5);
    QCOMPARE(view.readiness()->previous->revision, DemoStorage::releaseTag());
    QVERIFY2(view.verdictText().endsWith(u" — 8.7.0"_s), qPrintable(view.verdictText()));
    QVERIFY(bannerFits(view));

    const QString out = qEnvironmentVariable("TIERDESK_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    QVERIFY(view.grab().save(QDir(out).filePath(u"releaseview-demo-8.7.0.png"_s)));
    view.setStackVersion(u"8.6.0"_s);
    QTRY_VERIFY_WITH_TIMEOUT(view.verdictText().startsWith(u"Tagged — 8.6.0 · "_s), CheckTimeoutMs);
    QVERIFY(bannerFits(view));
    QVERIFY(view.grab().save(QDir(out).filePath(u"releaseview-demo-8.6.0.png"_s)));
}

void TestReleaseView::demoTaggedAndSnapshotStacks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.git"_s);
    QVERIFY(DemoStorage::create(path));
    ReleaseView view;
    view.resize(1280, 800);
    view.show();
    view.setStorage(loaded(path));
    // The demo's release tag: "Tagged" with its commit, never a red "Not ready".
    view.setStackVersion(DemoStorage::releaseTag());
    QTRY_VERIFY_WITH_TIMEOUT(view.readiness(), CheckTimeoutMs);
    QCOMPARE(view.readiness()->verdict(), Verdict::Tagged);
    const QString tagged = view.readiness()->existingTag->commit.shortHex(12);
    QCOMPARE(view.verdictText(), u"Tagged — "_s + DemoStorage::releaseTag() + u" · "_s + tagged);
    QVERIFY(bannerFits(view));

    // A snapshot stack sees what the release sees, and the summary says so.
    view.setStackVersion(u"8.7.0-SNAPSHOT"_s);
    QTRY_VERIFY_WITH_TIMEOUT(view.readiness() && view.readiness()->requested == u"8.7.0-SNAPSHOT"_s, CheckTimeoutMs);
    QCOMPARE(view.readiness()->evaluatedVersion.toString(), u"8.7.0"_s);
    const auto *summary = view.findChild<QLabel *>(u"releaseSummary"_s);
    QVERIFY2(summary->text().contains(u"evaluated as 8.7.0"_s), qPrintable(summary->text()));
    ReadinessRequest request;
    request.stackVersion = u"8.7.0"_s;
    auto release = checkTagReadiness(path, request);
    QVERIFY(release);
    QCOMPARE(view.readiness()->contents.size(), release->contents.size());
    QVERIFY(bannerFits(view));
}

void TestReleaseView::releaseNotesTab()
{
    RepoBuilder b;
    const auto first = b.commit(u"production"_s, merged({pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s),
                                                         pkg(u"gamma"_s, u"1.0.0"_s, u"^8.0.0"_s)}));
    QVERIFY(b.setReference(u"refs/tags/8.5.0"_s, first));
    b.commit(u"production"_s, pkg(u"alpha"_s, u"1.1.0"_s, u"^8.0.0"_s), {}, {u"packages/gamma"_s});
    ReleaseView view;
    view.resize(1280, 800);
    view.show();
    view.setStorage(loaded(b.path()));
    // The refs offered: the version tags, then the tier branches; from the newest tag to production.
    auto *from = view.findChild<QComboBox *>(u"notesFrom"_s);
    auto *to = view.findChild<QComboBox *>(u"notesTo"_s);
    QTRY_COMPARE_WITH_TIMEOUT(from->currentText(), u"8.5.0"_s, CheckTimeoutMs);
    QCOMPARE(to->currentText(), u"production"_s);
    QVERIFY(from->findText(u"production"_s) >= 0);

    auto *panel = view.releaseNotes();
    QSignalSpy built(panel, &ReleaseNotesPanel::built);
    view.showReleaseNotes(u"8.5.0"_s, u"production"_s);
    QVERIFY(view.findChild<QTabWidget *>(u"releaseTabs"_s)->currentWidget() == panel);
    QVERIFY(built.wait(CheckTimeoutMs));
    const QString text = view.findChild<QPlainTextEdit *>(u"notesText"_s)->toPlainText();
    QVERIFY2(text.startsWith(u"# Release notes: 8.5.0 → production"_s), qPrintable(text));
    QVERIFY(text.contains(u"### alpha 1.0.0 → 1.1.0"_s));
    QVERIFY(text.contains(u"### gamma 1.0.0"_s));
    QCOMPARE(text, panel->markdown());
    QVERIFY2(panel->statusText().contains(u"0 added, 1 updated, 1 removed"_s), qPrintable(panel->statusText()));
    QVERIFY(view.findChild<QPushButton *>(u"copyNotes"_s)->isEnabled());
    panel->copyMarkdown();
    QCOMPARE(QApplication::clipboard()->text(), text);

    // A ref that does not exist: the error in words, nothing to copy.
    view.showReleaseNotes(u"8.5.0"_s, u"no-such-ref"_s);
    QVERIFY(built.wait(CheckTimeoutMs));
    QVERIFY(!view.findChild<QPushButton *>(u"copyNotes"_s)->isEnabled());
    QVERIFY(view.findChild<QPlainTextEdit *>(u"notesText"_s)->toPlainText().isEmpty());
}

void TestReleaseView::fixtureComparedWithChosenRef()
{
    TIERDESK_REQUIRE_FIXTURE(repo);
    ReleaseView view;
    view.resize(1440, 900);
    view.show();
    view.setStorage(loaded(repo));
    view.setStackVersion(u"7.11.0"_s);
    view.setPreviousRef(u"production~20"_s);
    QTRY_VERIFY_WITH_TIMEOUT(view.readiness() && view.readiness()->previous, CheckTimeoutMs);
    QCOMPARE(view.readiness()->previous->revision, u"production~20"_s);
    QCOMPARE(view.findChild<QTreeWidget *>(u"contents"_s)->topLevelItemCount(), 58);
    const auto *comparison = view.findChild<QTreeWidget *>(u"comparison"_s);
    QCOMPARE(comparison->topLevelItemCount(), view.readiness()->previous->changes.size());
    QVERIFY(comparison->topLevelItemCount() > 0);
    QCOMPARE(view.verdictText(), u"Ready with warnings — 7.11.0"_s);
    QVERIFY(bannerFits(view));

    const QString out = qEnvironmentVariable("TIERDESK_SCREENSHOT_DIR");
    if (!out.isEmpty())
        QVERIFY(view.grab().save(QDir(out).filePath(u"releaseview-fixture-7.11.0.png"_s)));
}

QTEST_MAIN(TestReleaseView)
#include "tst_releaseview.moc"
