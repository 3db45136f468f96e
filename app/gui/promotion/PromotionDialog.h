// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The promotion dialog: plan, checks, pull-request texts, what the promotion
// adds, then draft and publish. Every git and network step runs on a worker;
// planning and texts are pure and run on the GUI thread. It plans on the
// window's loaded storage and never reads the tiers itself: Refresh asks the
// window (refreshRequested), which hands the new storage back (setStorage).
//
//   auto *d = new tierdesk::PromotionDialog(storage, {{u"snapshot"_s, u"nginx"_s, u"1.2.0"_s}},
//                                           u"staging"_s, this);
//   connect(d, &PromotionDialog::draftCreated, this, [](const QString &id) { ... refresh drafts ... });
//   connect(d, &PromotionDialog::refreshRequested, this, [this] { ... reload, then d->setStorage(...) ... });
//   d->open();
#include "common/BackgroundJob.h"
#include "common/LoadedStorage.h"
#include "promotion/Promotion.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace tierdesk {

class DiffView;
class PublishPane;

// One version the user selected.
struct SelectedVersion {
    QString tier;
    QString name;
    QString version;
};

class PromotionDialog : public QDialog {
    Q_OBJECT
public:
    enum Step { PlanStep, ChecksStep, TextsStep, AddsStep, DraftStep };

    // `selection` decides the source tier (the first entry's) and the preselected
    // versions; without `destinationTier` the next higher tier is proposed.
    PromotionDialog(std::shared_ptr<const LoadedStorage> storage, const QList<SelectedVersion> &selection,
                    const QString &destinationTier = {}, QWidget *parent = nullptr);
    ~PromotionDialog() override;

    // The window's storage after a reload: replans on it (and shows the checks again
    // when the dialog asked for it). Ignored once a draft is being written or exists,
    // and when null.
    void setStorage(std::shared_ptr<const LoadedStorage> storage);

    void setStep(Step step);
    Step step() const;
    // The system keychain may block; tests turn it off.
    void setUseKeychain(bool use);

    // State, for the window and tests.
    const std::optional<PromotionPlan> &plan() const { return m_plan; }
    bool checksReady() const { return m_checks.has_value(); }
    const std::optional<PromotionChecks> &checks() const { return m_checks; }
    QStringList confirmed() const;
    QString draftId() const { return m_draftId; }
    bool isBusy() const;

    // Parts, for tests.
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *destinationBox() const { return m_destination; }
    QListWidget *versionList() const { return m_versions; }
    QCheckBox *newestOnlyBox() const { return m_newestOnly; }
    QList<QCheckBox *> confirmationBoxes() const { return m_confirmations; }
    QLineEdit *promotionTitleEdit() const { return m_promotionTitle; }
    QLineEdit *removalTitleEdit() const { return m_removalTitle; }
    QPlainTextEdit *promotionBodyEdit() const { return m_promotionBody; }
    QPlainTextEdit *removalBodyEdit() const { return m_removalBody; }
    // Shown when a replan kept bodies the user had edited.
    QWidget *keptEditsNote() const { return m_keptEdits; }
    QPushButton *useGeneratedButton() const { return m_useGenerated; }
    QComboBox *addsVersionBox() const { return m_addsVersion; }
    DiffView *diffView() const { return m_diff; }
    QPushButton *draftButton() const { return m_draft; }
    QLabel *draftStatusLabel() const { return m_draftStatus; }
    QPushButton *refreshButton() const { return m_refresh; }
    PublishPane *publishPane() const { return m_publishPane; }

Q_SIGNALS:
    void draftCreated(const QString &draftId);
    void draftPublished(const QString &draftId);
    // The user asked to plan on the tiers as they are now: the window should read
    // the storage again and pass it to setStorage.
    void refreshRequested();

protected:
    void reject() override;

private:
    // The frame (PromotionDialog.cpp)
    void buildFrame();
    void connectFrame();
    void selectInitial(const QList<SelectedVersion> &selection, const QString &destinationTier);
    void updateNavigation();
    // Plan (PromotionPlanPage.cpp)
    QWidget *buildPlanPage();
    void connectPlanPage();
    void fillTiers(const QString &source, const QString &destination);
    void fillVersions(const QStringList &preselected);
    PromotionRequest planRequest() const;
    void replan();
    // Checks (PromotionChecksPage.cpp)
    QWidget *buildChecksPage();
    void runChecks();
    void showChecks();
    void addCheckRow(const PromotionCheck &check, int iconSize);
    void updateDraftButton();
    // Texts (PromotionTextsPage.cpp)
    QWidget *buildTextsPage();
    QWidget *buildKeptEditsNote(QWidget *page);
    void showTexts(const PromotionPlan &plan);
    void clearTexts();
    // What it adds (PromotionAddsPage.cpp)
    QWidget *buildAddsPage();
    void fillAddsVersions(const PromotionPlan &plan);
    void showAdds();
    // Draft and publish (PromotionDraftPage.cpp)
    QWidget *buildDraftPage();
    void connectDraftPage(QWidget *publishBox);
    void draft();
    void showDraft(const PromotionDraft &draft);
    void showDraftFailure(const Error &error, bool cancelled);
    void requestRefresh();
    void pollProgress();

    std::shared_ptr<const StorageSnapshot> m_snapshot;
    QString m_repoPath;
    std::optional<PromotionPlan> m_plan;
    QString m_planError;
    std::optional<PromotionChecks> m_checks;
    QString m_checksError;
    quint64 m_generation = 0; // of the plan: results of older plans are dropped
    std::shared_ptr<JobState> m_checksJob;
    std::shared_ptr<JobState> m_draftJob;
    QString m_draftId;
    bool m_filling = false;
    bool m_awaitingStorage = false; // Refresh was clicked: the next storage is the answer

    QListWidget *m_steps;
    QStackedWidget *m_pages;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_close;
    QTimer *m_poll;

    // Plan
    QComboBox *m_source = nullptr;
    QComboBox *m_destination = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_versions = nullptr;
    QCheckBox *m_newestOnly = nullptr;
    QLabel *m_planSummary = nullptr;
    // Checks
    QLabel *m_checksStatus = nullptr;
    QWidget *m_checksList = nullptr;
    QVBoxLayout *m_checksLayout = nullptr;
    QList<QCheckBox *> m_confirmations;
    // Texts
    QLineEdit *m_promotionTitle = nullptr;
    QPlainTextEdit *m_promotionBody = nullptr;
    QLineEdit *m_removalTitle = nullptr;
    QPlainTextEdit *m_removalBody = nullptr;
    QWidget *m_keptEdits = nullptr;
    QPushButton *m_useGenerated = nullptr;
    std::optional<PromotionTexts> m_composed; // the texts last generated from a plan
    // Adds
    QComboBox *m_addsVersion = nullptr;
    QLabel *m_addsLabel = nullptr;
    DiffView *m_diff = nullptr;
    // Draft
    QLabel *m_draftSummary = nullptr;
    QPushButton *m_draft = nullptr;
    QPushButton *m_cancelDraft = nullptr;
    QPushButton *m_refresh = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_draftStatus = nullptr;
    PublishPane *m_publishPane = nullptr;
};

} // namespace tierdesk
