// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The promotion dialog and the drafts panel on repositories built here:
// checks shown and confirmed one by one, titles, a draft written on a worker,
// blocked plans. With TIERDESK_SCREENSHOT_DIR set, also saves each step as PNG.
#include "common/DarkPalette.h"
#include "common/MessageBanner.h"
#include "common/StatusPage.h"
#include "diff/DiffView.h"
#include "promotion/DraftsPanel.h"
#include "common/RepositorySettings.h"
#include "promotion/PromotionDialog.h"
#include "promotion/PublishPane.h"
#include "shell/Translations.h"
#include "support/FakeGitHub.h"
#include "support/RepoBuilder.h"
#include "storage/StorageReader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

#include <git2.h>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {

void setIdentity(const git::Repository &repo)
{
    git_config *raw = nullptr;
    QCOMPARE(git_repository_config(&raw, repo.raw()), 0);
    QCOMPARE(git_config_set_string(raw, "user.name", "Dialog Tester"), 0);
    QCOMPARE(git_config_set_string(raw, "user.email", "dialog@example.com"), 0);
    git_config_free(raw);
}

// production: nginx 1.0.0 · staging: nginx 1.0.0 (other content) · snapshot: nginx 0.9.0, 1.1.0, aws 0.2.0, devpkg 0.1.0 (_dev files)
void buildStorage(RepoBuilder &b)
{
    b.commit(u"production"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s), u"[production] nginx"_s);
    b.commit(u"staging"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s, u"staging edit"_s), u"[staging] nginx"_s);
    Files snapshot = RepoBuilder::package(u"nginx"_s, u"0.9.0"_s);
    snapshot.insert(RepoBuilder::package(u"nginx"_s, u"1.1.0"_s, u"new dashboards"_s));
    snapshot.insert(RepoBuilder::package(u"aws"_s, u"0.2.0"_s));
    snapshot.insert(RepoBuilder::package(u"devpkg"_s, u"0.1.0"_s));
    snapshot.insert(u"packages/devpkg/0.1.0/_dev/build/build.yml"_s, "dependencies: {}\n");
    b.commit(u"snapshot"_s, snapshot, u"[snapshot] packages"_s);
}

std::shared_ptr<const LoadedStorage> readStorage(const QString &path)
{
    StorageReader reader;
    auto snap = reader.read(path, TierConfig{});
    if (!snap) {
        qWarning() << snap.error().text();
        return {};
    }
    return LoadedStorage::shared(*snap);
}

// The storage with an upstream on GitHub ("origin") and the user's fork ("fork",
// a local bare repository) to publish to.
struct PublishableStorage {
    RepoBuilder repo;
    RepoBuilder fork{true};
    std::shared_ptr<const LoadedStorage> snapshot;

    bool make()
    {
        buildStorage(repo);
        setIdentity(repo.repo());
        if (!repo.addRemote(u"origin"_s, u"https://github.com/elastic/package-storage.git"_s)
            || !repo.addRemote(u"fork"_s, fork.path()))
            return false;
        snapshot = readStorage(repo.path());
        return snapshot != nullptr;
    }
};

const QString upstreamPulls = u"https://github.com/elastic/package-storage/pull/"_s;

// Drafts nginx@VERSION (or another package) from snapshot to staging and publishes it to the fork, with
// the pull requests `promotionPr` and `removalPr` opened on `server`; returns the draft's id.
QString draftAndPublish(const PublishableStorage &storage, FakeGitHub &server, const QString &name,
                        const QString &version, int promotionPr, int removalPr)
{
    PromotionDialog dialog(storage.snapshot, {{u"snapshot"_s, name, version}}, u"staging"_s);
    dialog.setUseKeychain(false);
    dialog.show();
    if (!QTest::qWaitFor([&] { return dialog.checksReady(); }, 20000))
        return {};
    for (QCheckBox *box : dialog.confirmationBoxes())
        box->click();
    dialog.setStep(PromotionDialog::DraftStep);
    dialog.draftButton()->click();
    if (!QTest::qWaitFor([&] { return !dialog.draftId().isEmpty(); }, 20000))
        return {};
    PublishPane *pane = dialog.publishPane();
    if (!QTest::qWaitFor([&] { return pane->remoteBox()->count() == 2; }, 20000))
        return {};
    server.enqueue(FakeGitHub::pullRequest(promotionPr, upstreamPulls + QString::number(promotionPr)));
    server.enqueue(FakeGitHub::pullRequest(removalPr, upstreamPulls + QString::number(removalPr)));
    pane->remoteBox()->setCurrentText(u"fork"_s);
    pane->forkOwnerEdit()->setText(u"ada"_s);
    pane->apiUrlEdit()->setText(server.url(u"/api/v3"_s).toString());
    pane->publishButton()->click();
    if (!QTest::qWaitFor([&] { return !pane->isBusy(); }, 30000))
        return {};
    if (!pane->statusLabel()->text().contains(u"#%1"_s.arg(removalPr)))
        qWarning() << pane->statusLabel()->text();
    return dialog.draftId();
}

bool refExists(const git::Repository &repo, const QString &branch, const git::ObjectId &commit)
{
    auto id = repo.resolveCommit(u"refs/heads/"_s + branch);
    return id && *id == commit;
}

} // namespace

class TestPromotionDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No token from the machine running the tests: publishing stays local.
        qunsetenv("GITHUB_TOKEN");
        qunsetenv("GH_TOKEN");
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        // English as the application shows it: the plural forms come from tierdesk_en.
        installTranslators(*QCoreApplication::instance(), QLocale(u"en"_s));
    }

    void draftsWithConfirmations()
    {
        RepoBuilder b;
        QVERIFY(b.isValid());
        buildStorage(b);
        setIdentity(b.repo());
        auto snap = readStorage(b.path());
        QVERIFY(snap);

        // Before any draft: the panel says what a draft is and how to make one, not two empty boxes.
        {
            DraftsPanel empty;
            empty.setUseKeychain(false);
            QSignalSpy loaded(&empty, &DraftsPanel::draftsLoaded);
            empty.setRepository(b.path());
            QVERIFY(loaded.wait(10000));
            auto *page = empty.findChild<StatusPage *>(u"noDrafts"_s);
            QVERIFY(page);
            QVERIFY(page->isVisibleTo(&empty));
            QCOMPARE(page->title(), u"No drafts yet"_s);
            QVERIFY2(page->text().contains(u"Package › Promote…"_s), qPrintable(page->text()));
            QVERIFY(!empty.view()->isVisibleTo(&empty));
        }

        PromotionDialog dialog(snap, {{u"snapshot"_s, u"nginx"_s, u"1.1.0"_s}, {u"snapshot"_s, u"nginx"_s, u"0.9.0"_s}},
                               u"staging"_s);
        dialog.setUseKeychain(false);
        dialog.show();
        QCOMPARE(dialog.sourceBox()->currentText(), u"snapshot"_s);
        QCOMPARE(dialog.destinationBox()->currentText(), u"staging"_s);
        QVERIFY(dialog.destinationBox()->findText(u"production"_s) >= 0); // skipping staging is offered
        int checked = 0;
        for (int i = 0; i < dialog.versionList()->count(); ++i)
            checked += dialog.versionList()->item(i)->checkState() == Qt::Checked;
        QCOMPARE(checked, 2);
        QVERIFY(dialog.plan());

        dialog.setStep(PromotionDialog::ChecksStep);
        QTRY_VERIFY(dialog.checksReady());
        QVERIFY(!dialog.checks()->blocked());
        // nginx 0.9.0 is not newer than staging's 1.0.0: needs confirmation.
        const QList<QCheckBox *> boxes = dialog.confirmationBoxes();
        QVERIFY(!boxes.isEmpty());
        QVERIFY(dialog.checks()->confirmationKeys().contains(u"not-newer:nginx@0.9.0"_s));
        QCOMPARE(boxes.size(), dialog.checks()->confirmationKeys().size());
        QVERIFY(!dialog.draftButton()->isEnabled());
        for (QCheckBox *box : boxes) {
            QVERIFY(!dialog.draftButton()->isEnabled()); // every confirmation counts
            box->click();
        }
        QVERIFY(dialog.draftButton()->isEnabled());
        boxes.constFirst()->click();
        QVERIFY(!dialog.draftButton()->isEnabled());
        boxes.constFirst()->click();
        QVERIFY(dialog.draftButton()->isEnabled());

        dialog.setStep(PromotionDialog::TextsStep);
        QCOMPARE(dialog.promotionTitleEdit()->text(),
                 u"[staging] Promote packages from snapshot (nginx-0.9.0, nginx-1.1.0)"_s);
        QCOMPARE(dialog.removalTitleEdit()->text(), u"[snapshot] Remove promoted packages (nginx-0.9.0, nginx-1.1.0)"_s);
        QVERIFY(dialog.promotionTitleEdit()->isReadOnly());
        QVERIFY(!dialog.promotionBodyEdit()->isReadOnly());
        QVERIFY(dialog.promotionBodyEdit()->toPlainText().contains(u"nginx"_s));
        dialog.promotionBodyEdit()->appendPlainText(u"Reviewed in the dialog."_s);

        dialog.setStep(PromotionDialog::AddsStep);
        QCOMPARE(dialog.addsVersionBox()->count(), 2);
        QTRY_VERIFY(dialog.diffView()->comparison() != nullptr);

        dialog.setStep(PromotionDialog::DraftStep);
        QSignalSpy created(&dialog, &PromotionDialog::draftCreated);
        dialog.draftButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.draftId().isEmpty(), 20000);
        QCOMPARE(created.size(), 1);
        QVERIFY(!dialog.draftButton()->isEnabled()); // one draft per dialog
        QVERIFY2(dialog.draftStatusLabel()->text().contains(dialog.draftId()), qPrintable(dialog.draftStatusLabel()->text()));

        auto draft = findDraft(b.path(), dialog.draftId());
        QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().text()));
        QVERIFY(draft->promotion.exists());
        QVERIFY(draft->removal.exists());
        QVERIFY(refExists(b.repo(), draft->promotion.name, draft->promotion.commit));
        QVERIFY(refExists(b.repo(), draft->removal.name, draft->removal.commit));
        QVERIFY(draft->promotion.body.contains(u"Reviewed in the dialog."_s)); // the edited body was used
        QCOMPARE(draft->promotion.title, u"[staging] Promote packages from snapshot (nginx-0.9.0, nginx-1.1.0)"_s);

        DraftsPanel panel;
        panel.setUseKeychain(false);
        QSignalSpy loaded(&panel, &DraftsPanel::draftsLoaded);
        panel.setRepository(b.path());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(panel.drafts().size(), 1);
        QCOMPARE(panel.view()->topLevelItemCount(), 1);
        QVERIFY(panel.view()->isVisibleTo(&panel));
        QVERIFY(!panel.findChild<StatusPage *>(u"noDrafts"_s)->isVisibleTo(&panel));
        QCOMPARE(panel.currentDraftId(), dialog.draftId());
        QCOMPARE(panel.view()->topLevelItem(0)->data(3, Qt::UserRole).toString(), u"local"_s);
        QVERIFY(panel.view()->topLevelItem(0)->text(2).contains(u"nginx-1.1.0"_s));
        // The selected draft whole: titles, bodies, branches, remote and pull requests, as plain text.
        const QString details = panel.details()->toPlainText();
        QVERIFY2(details.contains(draft->promotion.title), qPrintable(details));
        QVERIFY(details.contains(draft->removal.title));
        QVERIFY(details.contains(draft->promotion.name + u" (into staging)"_s));
        QVERIFY(details.contains(draft->removal.name + u" (into snapshot)"_s));
        QVERIFY(details.contains(u"Reviewed in the dialog."_s));
        QVERIFY(details.contains(u"Remote: not pushed yet"_s));
        QVERIFY(details.contains(u"Pull request: none yet"_s));
    }

    // The panel reads the drafts file as the CLI does: entries set aside are shown with their reasons.
    void setAsideEntriesShown()
    {
        RepoBuilder b;
        QVERIFY(b.isValid());
        buildStorage(b);
        setIdentity(b.repo());
        auto snap = readStorage(b.path());
        QVERIFY(snap);
        PromotionDialog dialog(snap, {{u"snapshot"_s, u"nginx"_s, u"1.1.0"_s}}, u"staging"_s);
        dialog.setUseKeychain(false);
        dialog.show();
        QTRY_VERIFY(dialog.checksReady());
        for (QCheckBox *box : dialog.confirmationBoxes())
            box->click();
        dialog.setStep(PromotionDialog::DraftStep);
        dialog.draftButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.draftId().isEmpty(), 20000);

        DraftsPanel panel;
        panel.setUseKeychain(false);
        QSignalSpy loaded(&panel, &DraftsPanel::draftsLoaded);
        panel.setRepository(b.path());
        QVERIFY(loaded.wait(10000));
        QVERIFY(!panel.storeBanner()->isVisibleTo(&panel)); // nothing set aside: no note
        QCOMPARE(panel.drafts().size(), 1);

        // Two entries edited by hand: one without an id, one whose branches are gone.
        const QString file = b.repo().path() + u"/tierdesk/drafts.json"_s;
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray entries = root[u"drafts"_s].toArray();
        entries.append(QJsonObject{{u"created"_s, u"2026-01-01T00:00:00Z"_s}});
        QJsonObject gone = entries.first().toObject();
        gone[u"id"_s] = u"hand-edited-7"_s;
        gone[u"removal"_s] = QJsonObject{{u"branch"_s, u"main"_s}};
        entries.append(gone);
        root[u"drafts"_s] = entries;
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(root).toJson());
        f.close();

        panel.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(panel.drafts().size(), 1); // the valid draft is still listed
        QCOMPARE(panel.view()->topLevelItemCount(), 1);
        QVERIFY(panel.storeBanner()->isVisibleTo(&panel));
        const QString note = panel.storeBanner()->text();
        QVERIFY2(note.contains(u"2 entries of the drafts file set aside"_s), qPrintable(note));
        QVERIFY2(note.contains(u"A recorded draft has no id."_s), qPrintable(note));
        QVERIFY2(note.contains(u"“hand-edited-7” is set aside"_s), qPrintable(note));
        // The file keeps them as written.
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object()[u"drafts"_s].toArray().size(), 3);
    }

    // Published through the loopback GitHub: the Drafts view links each pull request with its state, and
    // once the promotion is merged (and staging holds its trees) says the removal is safe to merge.
    void draftsFollowPullRequests()
    {
        FakeGitHub server;
        QVERIFY(server.listen());
        qputenv("GITHUB_TOKEN", "fake-token-for-the-loopback");
        const auto unset = qScopeGuard([] { qunsetenv("GITHUB_TOKEN"); });
        PublishableStorage storage;
        QVERIFY(storage.make());
        const QString first = draftAndPublish(storage, server, u"nginx"_s, u"1.1.0"_s, 101, 102);
        QVERIFY(!first.isEmpty());
        const QString second = draftAndPublish(storage, server, u"aws"_s, u"0.2.0"_s, 103, 104);
        QVERIFY(!second.isEmpty());
        QCOMPARE(server.requests.size(), 4); // two pull requests opened per draft
        for (const auto &[number, state] : {std::pair{101, u"merged"_s}, {102, u"draft"_s}, {103, u"open"_s},
                                            {104, u"draft"_s}})
            server.route("GET", u"/api/v3/repos/elastic/package-storage/pulls/%1"_s.arg(number),
                         FakeGitHub::pullRequestIn(number, upstreamPulls + QString::number(number), state));
        // The promotion pull request #101 was merged upstream and pulled: staging holds nginx 1.1.0's tree.
        auto draft = findDraft(storage.repo.path(), first);
        QVERIFY(draft);
        QVERIFY(storage.repo.setReference(u"refs/heads/staging"_s, draft->promotion.commit));

        DraftsPanel panel;
        panel.setUseKeychain(false);
        panel.setUpstreamRemote({}); // checked against the local staging branch: no network in tests
        QSignalSpy loaded(&panel, &DraftsPanel::draftsLoaded);
        panel.setRepository(storage.repo.path());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(panel.drafts().size(), 2);
        QHash<QString, QString> links;
        for (int i = 0; i < panel.view()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = panel.view()->topLevelItem(i);
            auto *label = qobject_cast<QLabel *>(panel.view()->itemWidget(item, 4));
            QVERIFY(label);
            QTextDocument doc;
            doc.setHtml(label->text());
            links.insert(item->data(0, Qt::UserRole).toString(), doc.toPlainText());
            QVERIFY2(label->text().contains(u"href=\"https://github.com/elastic/package-storage/pull/"_s),
                     qPrintable(label->text()));
        }
        QCOMPARE(links.value(first), u"promotion #101: merged, removal #102: a draft"_s);
        QCOMPARE(links.value(second), u"promotion #103: open, removal #104: a draft"_s);
        QCOMPARE(panel.statuses().value(first).promotion.id, u"merged"_s);

        panel.setCurrentDraft(first);
        QVERIFY(panel.details()->toPlainText().contains(u"(merged)"_s));
        panel.safetyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.safetyButton()->isEnabled(), 30000);
        const QString verdict = panel.statusLabel()->text();
        QVERIFY2(verdict.startsWith(u"Safe to merge: the promotion pull request is merged"_s), qPrintable(verdict));
        panel.setCurrentDraft(second);
        panel.safetyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.safetyButton()->isEnabled(), 30000);
        QVERIFY2(panel.statusLabel()->text().startsWith(u"Not safe to merge yet"_s), qPrintable(panel.statusLabel()->text()));
        // Every request carried the token, to the loopback only.
        for (const FakeGitHub::Request &r : std::as_const(server.requests))
            QCOMPARE(r.authorization, QByteArray("Bearer fake-token-for-the-loopback"));

        const QString dir = qEnvironmentVariable("TIERDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(QDir().mkpath(dir));
        panel.setCurrentDraft(first);
        panel.safetyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.safetyButton()->isEnabled(), 30000);
        panel.resize(1100, 640);
        panel.show();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
            QCoreApplication::processEvents();
            QVERIFY(panel.grab().save(dir + u"/drafts-published-"_s + (dark ? u"dark"_s : u"light"_s) + u".png"_s));
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void editedBodiesSurviveReplan()
    {
        RepoBuilder b;
        buildStorage(b);
        setIdentity(b.repo());
        auto snap = readStorage(b.path());
        QVERIFY(snap);
        PromotionDialog dialog(snap, {{u"snapshot"_s, u"nginx"_s, u"1.1.0"_s}}, u"staging"_s);
        dialog.setUseKeychain(false);
        dialog.show();
        dialog.setStep(PromotionDialog::TextsStep);
        QVERIFY(!dialog.keptEditsNote()->isVisible());
        dialog.promotionBodyEdit()->appendPlainText(u"Reviewed by the on-call."_s);
        const QString removalBefore = dialog.removalBodyEdit()->toPlainText();

        // Ticking another version replans: the edited body stays, the untouched one follows the plan.
        QListWidgetItem *aws = nullptr;
        for (int i = 0; i < dialog.versionList()->count(); ++i)
            if (dialog.versionList()->item(i)->text().startsWith(u"aws"_s))
                aws = dialog.versionList()->item(i);
        QVERIFY(aws);
        aws->setCheckState(Qt::Checked);
        QVERIFY(dialog.plan());
        QCOMPARE(dialog.plan()->versions.size(), 2);
        QVERIFY(dialog.promotionBodyEdit()->toPlainText().contains(u"Reviewed by the on-call."_s));
        QVERIFY(!dialog.promotionBodyEdit()->toPlainText().contains(u"aws"_s));
        QVERIFY(dialog.removalBodyEdit()->toPlainText() != removalBefore);
        QVERIFY(dialog.removalBodyEdit()->toPlainText().contains(u"aws"_s));
        QVERIFY(dialog.keptEditsNote()->isVisible());

        // The user may take the generated texts instead.
        dialog.useGeneratedButton()->click();
        QVERIFY(dialog.promotionBodyEdit()->toPlainText().contains(u"aws"_s));
        QVERIFY(!dialog.promotionBodyEdit()->toPlainText().contains(u"Reviewed by the on-call."_s));
        QVERIFY(!dialog.keptEditsNote()->isVisible());
        // Unedited bodies keep following the plan without a note.
        aws->setCheckState(Qt::Unchecked);
        QVERIFY(!dialog.promotionBodyEdit()->toPlainText().contains(u"aws"_s));
        QVERIFY(!dialog.keptEditsNote()->isVisible());
    }

    void blocked_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("check");
        QTest::newRow("development files") << u"snapshot"_s << u"staging"_s << u"devpkg"_s << u"0.1.0"_s
                                           << u"development-files"_s;
        QTest::newRow("production overwrite") << u"staging"_s << u"production"_s << u"nginx"_s << u"1.0.0"_s
                                              << u"overwrite"_s;
    }

    void blocked()
    {
        QFETCH(QString, source);
        QFETCH(QString, destination);
        QFETCH(QString, name);
        QFETCH(QString, version);
        QFETCH(QString, check);
        RepoBuilder b;
        QVERIFY(b.isValid());
        buildStorage(b);
        setIdentity(b.repo());
        auto snap = readStorage(b.path());
        QVERIFY(snap);
        PromotionDialog dialog(snap, {{source, name, version}}, destination);
        dialog.setUseKeychain(false);
        dialog.show();
        QCOMPARE(dialog.sourceBox()->currentText(), source);
        QCOMPARE(dialog.destinationBox()->currentText(), destination);
        QTRY_VERIFY(dialog.checksReady());
        QVERIFY(dialog.checks()->blocked());
        bool found = false;
        for (const PromotionCheck &c : dialog.checks()->blocking())
            found = found || c.id == check;
        QVERIFY2(found, qPrintable(check));
        for (QCheckBox *box : dialog.confirmationBoxes())
            box->click();
        QVERIFY(!dialog.draftButton()->isEnabled());
        dialog.setStep(PromotionDialog::DraftStep);
        QVERIFY(!dialog.draftButton()->isEnabled());
        QVERIFY(dialog.draftId().isEmpty());
    }

    // Drafting refuses a plan whose tier moved; Refresh asks the window for the
    // storage again (here: read right away), the plan is made anew and drafts.
    void refreshAsksForTheStorage()
    {
        RepoBuilder b;
        buildStorage(b);
        setIdentity(b.repo());
        auto storage = readStorage(b.path());
        QVERIFY(storage);
        PromotionDialog dialog(storage, {{u"snapshot"_s, u"nginx"_s, u"1.1.0"_s}}, u"staging"_s);
        dialog.setUseKeychain(false);
        dialog.show();
        QTRY_VERIFY(dialog.checksReady());
        for (QCheckBox *box : dialog.confirmationBoxes())
            box->click();
        const auto moved = b.commit(u"staging"_s, RepoBuilder::package(u"zlib"_s, u"1.0.0"_s), u"[staging] zlib"_s);
        QVERIFY(dialog.plan()->destinationTip != moved);

        dialog.setStep(PromotionDialog::DraftStep);
        dialog.draftButton()->click();
        QPushButton *refresh = dialog.refreshButton();
        QTRY_VERIFY_WITH_TIMEOUT(refresh->isVisible(), 20000);
        QVERIFY2(dialog.draftStatusLabel()->text().contains(u"A tier branch moved"_s),
                 qPrintable(dialog.draftStatusLabel()->text()));
        QVERIFY(dialog.draftId().isEmpty());

        QSignalSpy asked(&dialog, &PromotionDialog::refreshRequested);
        QString statusWhileReading;
        connect(&dialog, &PromotionDialog::refreshRequested, &dialog, [&] {
            statusWhileReading = dialog.draftStatusLabel()->text();
            dialog.setStorage(readStorage(b.path()));
        });
        refresh->click();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(statusWhileReading, u"Reading the tiers again…"_s);
        QCOMPARE(dialog.draftStatusLabel()->text(), u"The plan was refreshed; review the checks again."_s);
        QCOMPARE(dialog.step(), PromotionDialog::ChecksStep);
        QVERIFY(!refresh->isVisible());
        QVERIFY(dialog.plan());
        QCOMPARE(dialog.plan()->destinationTip, moved);

        QTRY_VERIFY(dialog.checksReady());
        for (QCheckBox *box : dialog.confirmationBoxes())
            box->click();
        dialog.setStep(PromotionDialog::DraftStep);
        QVERIFY(dialog.draftButton()->isEnabled());
        dialog.draftButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.draftId().isEmpty(), 20000);

        // Once drafted, the plan stays what was drafted: a later storage is not taken.
        b.commit(u"staging"_s, RepoBuilder::package(u"zlib"_s, u"1.1.0"_s), u"[staging] zlib"_s);
        dialog.setStorage(readStorage(b.path()));
        QCOMPARE(dialog.plan()->destinationTip, moved);
    }

    // A reload the dialog did not ask for: the same tiers keep the plan and the
    // confirmations; a moved tier replans on the page the user is on.
    void storageFromTheWindow()
    {
        RepoBuilder b;
        buildStorage(b);
        setIdentity(b.repo());
        auto storage = readStorage(b.path());
        QVERIFY(storage);
        PromotionDialog dialog(storage, {{u"snapshot"_s, u"nginx"_s, u"1.1.0"_s}, {u"snapshot"_s, u"nginx"_s, u"0.9.0"_s}},
                               u"staging"_s);
        dialog.setUseKeychain(false);
        dialog.show();
        QTRY_VERIFY(dialog.checksReady());
        QVERIFY(!dialog.confirmationBoxes().isEmpty());
        for (QCheckBox *box : dialog.confirmationBoxes())
            box->click();
        dialog.setStep(PromotionDialog::TextsStep);

        dialog.setStorage(readStorage(b.path()));
        QVERIFY(dialog.checksReady());
        QCOMPARE(dialog.confirmed().size(), dialog.confirmationBoxes().size());
        QCOMPARE(dialog.step(), PromotionDialog::TextsStep);

        const auto moved = b.commit(u"staging"_s, RepoBuilder::package(u"zlib"_s, u"1.0.0"_s), u"[staging] zlib"_s);
        dialog.setStorage(readStorage(b.path()));
        QCOMPARE(dialog.plan()->destinationTip, moved);
        QVERIFY(dialog.confirmed().isEmpty());
        QCOMPARE(dialog.step(), PromotionDialog::TextsStep);
        QTRY_VERIFY(dialog.checksReady());
        QVERIFY(!dialog.confirmationBoxes().isEmpty());
    }

    void publishWithoutTokenOffersTexts()
    {
        // No token anywhere: environment cleared, a home without ~/.elastic, no keychain.
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        qunsetenv("GITHUB_TOKEN");
        qunsetenv("GH_TOKEN");
        const auto restore = qScopeGuard([&] { qputenv("HOME", oldHome); });
        PublishableStorage storage;
        QVERIFY(storage.make());
        RepoBuilder &b = storage.repo;
        RepoBuilder &fork = storage.fork;
        PromotionDialog dialog(storage.snapshot, {{u"snapshot"_s, u"nginx"_s, u"1.1.0"_s}}, u"staging"_s);
        dialog.setUseKeychain(false);
        dialog.show();
        QTRY_VERIFY(dialog.checksReady());
        for (QCheckBox *box : dialog.confirmationBoxes())
            box->click();
        dialog.setStep(PromotionDialog::DraftStep);
        QVERIFY(dialog.draftButton()->isEnabled());
        dialog.draftButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.draftId().isEmpty(), 20000);
        PublishPane *pane = dialog.publishPane();
        QTRY_COMPARE(pane->remoteBox()->count(), 2);
        // Nothing remembered yet: the window asks which remote is the fork instead of guessing.
        QVERIFY(pane->remoteBox()->currentText().isEmpty());
        QVERIFY(pane->findChild<QLabel *>() != nullptr);
        bool asked = false;
        for (const QLabel *label : pane->findChildren<QLabel *>())
            asked = asked || label->text().contains(u"Which remote is your fork?"_s);
        QVERIFY(asked);
        // origin is the upstream repository the tier branches come from: refused.
        pane->remoteBox()->setCurrentText(u"origin"_s);
        pane->publishButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isBusy(), 30000);
        QVERIFY2(pane->statusLabel()->text().contains(u"not a fork"_s), qPrintable(pane->statusLabel()->text()));
        QVERIFY(QSettings().value(forkRemoteKey(b.path())).toString().isEmpty());
        pane->remoteBox()->setCurrentText(u"fork"_s);
        pane->forkOwnerEdit()->setText(u"ada"_s);
        pane->publishButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isBusy(), 30000);
        // Remembered per repository, under the shared settings key.
        QCOMPARE(QSettings().value(forkRemoteKey(b.path())).toString(), u"fork"_s);
        {
            PublishPane again;
            again.setUseKeychain(false);
            again.setRepository(b.path());
            QTRY_COMPARE(again.remoteBox()->count(), 2);
            QCOMPARE(again.remoteBox()->currentText(), u"fork"_s);
        }

        // Both branches reached the fork; the texts and compare links are offered to copy.
        auto draft = findDraft(b.path(), dialog.draftId());
        QVERIFY(draft);
        QVERIFY(fork.repo().hasReference(u"refs/heads/"_s + draft->promotion.name));
        QVERIFY(fork.repo().hasReference(u"refs/heads/"_s + draft->removal.name));
        const QString status = pane->statusLabel()->text();
        QVERIFY2(status.contains(u"Pushed to"_s), qPrintable(status));
        // Said once, in the outcome: the note shown before publishing is gone.
        QCOMPARE(status.count(u"No GitHub token"_s), 1);
        for (const QLabel *label : pane->findChildren<QLabel *>())
            if (label != pane->statusLabel() && label->isVisible())
                QVERIFY2(!label->text().contains(u"No GitHub token"_s), qPrintable(label->text()));
        QStringList copied;
        for (const QLineEdit *edit : pane->findChildren<QLineEdit *>())
            copied.append(edit->text());
        QVERIFY2(copied.contains(draft->promotion.title), qPrintable(copied.join(u" | "_s)));
        QVERIFY2(copied.contains(draft->removal.title), qPrintable(copied.join(u" | "_s)));
        bool compare = false;
        for (const QString &text : copied)
            compare = compare || text.startsWith(u"https://github.com/elastic/package-storage/compare/staging...ada:"_s);
        QVERIFY2(compare, qPrintable(copied.join(u" | "_s)));
    }

    // Not a check: screenshots of every step for review, in light and dark.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("TIERDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("TIERDESK_SCREENSHOT_DIR is not set");
        QVERIFY(QDir().mkpath(dir));
        QApplication::setStyle(tierdesk::createPaletteStyle());
        const QPalette light = QApplication::style()->standardPalette();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : light);
            const QString suffix = dark ? u"dark"_s : u"light"_s;
            PublishableStorage storage;
            QVERIFY(storage.make());
            RepoBuilder &b = storage.repo;
            auto snap = storage.snapshot;
            PromotionDialog dialog(snap, {{u"snapshot"_s, u"nginx"_s, u"1.1.0"_s}, {u"snapshot"_s, u"nginx"_s, u"0.9.0"_s}},
                                   u"staging"_s);
            dialog.setUseKeychain(false);
            dialog.resize(1000, 700);
            dialog.show();
            QTRY_VERIFY(dialog.checksReady());
            auto save = [&](const QString &name) {
                QCoreApplication::processEvents();
                QVERIFY(dialog.grab().save(dir + u'/' + name + u'-' + suffix + u".png"_s));
            };
            save(u"promotion-1-plan"_s);
            dialog.setStep(PromotionDialog::ChecksStep);
            save(u"promotion-2-checks"_s);
            for (QCheckBox *box : dialog.confirmationBoxes())
                if (!box->isChecked())
                    box->click();
            dialog.setStep(PromotionDialog::TextsStep);
            save(u"promotion-3-texts"_s);
            dialog.setStep(PromotionDialog::AddsStep);
            dialog.addsVersionBox()->setCurrentIndex(1);
            QTRY_VERIFY(dialog.diffView()->comparison() != nullptr);
            QTRY_VERIFY(dialog.diffView()->isFileShown() || dialog.diffView()->currentFile() < 0);
            save(u"promotion-4-adds"_s);
            dialog.setStep(PromotionDialog::DraftStep);
            save(u"promotion-5-ready"_s);
            dialog.draftButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.draftId().isEmpty(), 20000);
            save(u"promotion-5-drafted"_s);
            QTRY_COMPARE(dialog.publishPane()->remoteBox()->count(), 2);
            save(u"promotion-5-which-fork"_s);
            dialog.publishPane()->remoteBox()->setCurrentText(u"fork"_s);
            QVERIFY(dialog.publishPane()->publishButton()->isEnabled());
            dialog.publishPane()->forkOwnerEdit()->setText(u"ada"_s);
            dialog.publishPane()->publishButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.publishPane()->isBusy(), 30000);
            save(u"promotion-5-published"_s);

            PromotionDialog blocked(snap, {{u"snapshot"_s, u"devpkg"_s, u"0.1.0"_s}}, u"production"_s);
            blocked.setUseKeychain(false);
            blocked.resize(1000, 700);
            blocked.show();
            blocked.setStep(PromotionDialog::ChecksStep);
            QTRY_VERIFY(blocked.checksReady());
            QCoreApplication::processEvents();
            QVERIFY(blocked.grab().save(dir + u"/promotion-2-checks-blocked-"_s + suffix + u".png"_s));

            DraftsPanel panel;
            panel.setUseKeychain(false);
            QSignalSpy loaded(&panel, &DraftsPanel::draftsLoaded);
            panel.setRepository(b.path());
            QVERIFY(loaded.wait(10000));
            panel.resize(1000, 640);
            panel.show();
            QCoreApplication::processEvents();
            QVERIFY(panel.grab().save(dir + u"/drafts-panel-"_s + suffix + u".png"_s));
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestPromotionDialog)
#include "tst_promotiondialog.moc"
