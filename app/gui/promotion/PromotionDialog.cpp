#include "promotion/PromotionDialog.h"

#include "diff/DiffView.h"
#include "promotion/PublishPane.h"
#include "storage/StorageReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>

#include <git2.h>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
constexpr int NameRole = Qt::UserRole;
constexpr int VersionRole = Qt::UserRole + 1;

QStyle::StandardPixmap severityPixmap(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Blocks: return QStyle::SP_MessageBoxCritical;
    case CheckSeverity::NeedsConfirmation: return QStyle::SP_MessageBoxWarning;
    case CheckSeverity::Information: break;
    }
    return QStyle::SP_MessageBoxInformation;
}

QString plannedKey(const PlannedVersion &v) { return v.source.key(); }

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

PromotionDialog::PromotionDialog(std::shared_ptr<const LoadedStorage> storage,
                                 const QList<SelectedVersion> &selection, const QString &destinationTier,
                                 QWidget *parent)
    : QDialog(parent)
    , m_snapshot(partOf(storage, &LoadedStorage::snapshot))
    , m_repoPath(storage ? storage->repositoryPath : QString())
    , m_steps(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_poll(new QTimer(this))
{
    setWindowTitle(tr("Promote Versions"));
    m_steps->addItems({tr("1. Plan"), tr("2. Checks"), tr("3. Pull requests"), tr("4. What it adds"),
                       tr("5. Draft and publish")});
    m_steps->setSpacing(3);
    m_steps->setFixedWidth(m_steps->sizeHintForColumn(0) + 32);
    m_pages->addWidget(buildPlanPage());
    m_pages->addWidget(buildChecksPage());
    m_pages->addWidget(buildTextsPage());
    m_pages->addWidget(buildAddsPage());
    m_pages->addWidget(buildDraftPage());

    auto *body = new QHBoxLayout;
    body->addWidget(m_steps);
    body->addWidget(m_pages, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);

    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (row == AddsStep)
            showAdds();
        updateNavigation();
    });
    connect(m_back, &QPushButton::clicked, this, [this] { setStep(Step(qMax(0, m_steps->currentRow() - 1))); });
    connect(m_next, &QPushButton::clicked, this, [this] { setStep(Step(qMin(int(DraftStep), m_steps->currentRow() + 1))); });
    connect(m_close, &QPushButton::clicked, this, &PromotionDialog::reject);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &PromotionDialog::pollProgress);

    const QString source = selection.isEmpty() ? QString() : selection.constFirst().tier;
    fillTiers(source, destinationTier);
    QStringList preselected;
    for (const SelectedVersion &s : selection)
        if (s.tier == m_source->currentText())
            preselected << QString(s.name + u'@' + s.version);
    fillVersions(preselected);
    m_steps->setCurrentRow(PlanStep);
    replan();
    resize(980, 680);
}

PromotionDialog::~PromotionDialog()
{
    // Running workers own copies of everything they need; they only stop early.
    for (const auto &job : {m_checksJob, m_draftJob})
        if (job)
            job->cancelled = true;
}

void PromotionDialog::setStep(Step step) { m_steps->setCurrentRow(step); }

PromotionDialog::Step PromotionDialog::step() const { return Step(m_steps->currentRow()); }

void PromotionDialog::setUseKeychain(bool use) { m_publishPane->setUseKeychain(use); }

// A minimal version from the shell branch, until the dialogs branch's replaces it: plans
// again from the new storage, as refreshSnapshot's success does; a draft keeps its plan.
void PromotionDialog::setStorage(std::shared_ptr<const LoadedStorage> storage)
{
    if (!storage || m_draftJob || !m_draftId.isEmpty())
        return;
    m_snapshot = partOf(storage, &LoadedStorage::snapshot);
    m_repoPath = storage->repositoryPath;
    replan();
}

bool PromotionDialog::isBusy() const { return m_draftJob || m_publishPane->isBusy(); }

void PromotionDialog::reject()
{
    if (m_draftJob)
        m_draftJob->cancelled = true; // the worker stops at its next step; nothing half-written stays
    QDialog::reject();
}

// --- Plan -------------------------------------------------------------------

QWidget *PromotionDialog::buildPlanPage()
{
    auto *page = new QWidget(this);
    m_source = new QComboBox(page);
    m_destination = new QComboBox(page);
    m_newestOnly = new QCheckBox(tr("Newest only: promote each chosen package's newest version and remove all its "
                                    "versions from the source tier"),
                                 page);
    m_filter = new QLineEdit(page);
    m_filter->setPlaceholderText(tr("Filter packages"));
    m_filter->setClearButtonEnabled(true);
    m_versions = new QListWidget(page);
    m_versions->setUniformItemSizes(true);
    m_planSummary = wrappedLabel(QString(), page);

    auto *tiers = new QFormLayout;
    tiers->addRow(tr("From tier:"), m_source);
    tiers->addRow(tr("To tier:"), m_destination);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(tr("Choose the versions to copy to a higher tier. They are removed from the source "
                                      "tier by a second pull request, merged after the first."),
                                   page));
    layout->addLayout(tiers);
    layout->addWidget(m_newestOnly);
    layout->addWidget(m_filter);
    layout->addWidget(m_versions, 1);
    layout->addWidget(m_planSummary);

    connect(m_source, &QComboBox::currentTextChanged, this, [this](const QString &source) {
        if (m_filling)
            return;
        fillTiers(source, m_destination->currentText());
        fillVersions({});
        replan();
    });
    connect(m_destination, &QComboBox::currentTextChanged, this, [this] {
        if (!m_filling)
            replan();
    });
    connect(m_newestOnly, &QCheckBox::toggled, this, [this] { replan(); });
    connect(m_versions, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            replan();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_versions->count(); ++i) {
            QListWidgetItem *item = m_versions->item(i);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    return page;
}

void PromotionDialog::fillTiers(const QString &source, const QString &destination)
{
    m_filling = true;
    const QStringList &tiers = m_snapshot->config.tiers;
    if (m_source->count() == 0) {
        // Only tiers with a higher tier can be a source.
        for (int i = 0; i + 1 < tiers.size(); ++i)
            m_source->addItem(tiers.at(i));
    }
    if (const int i = m_source->findText(source); i >= 0)
        m_source->setCurrentIndex(i);
    const QString from = m_source->currentText();
    m_destination->clear();
    for (int i = m_snapshot->config.rank(from) + 1; i > 0 && i < tiers.size(); ++i)
        m_destination->addItem(tiers.at(i));
    if (const int i = m_destination->findText(destination); i >= 0)
        m_destination->setCurrentIndex(i);
    m_filling = false;
}

void PromotionDialog::fillVersions(const QStringList &preselected)
{
    m_filling = true;
    m_versions->clear();
    if (const TierState *tier = m_snapshot->tier(m_source->currentText())) {
        for (const PackageVersion &v : tier->versions) {
            auto *item = new QListWidgetItem(v.name + u"  "_s + v.versionText, m_versions);
            item->setData(NameRole, v.name);
            item->setData(VersionRole, v.versionText);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(preselected.contains(v.key()) ? Qt::Checked : Qt::Unchecked);
            if (v.hasProblems())
                item->setToolTip(tr("This version has problems; the checks will tell."));
        }
    }
    // The selection first in view.
    for (int i = 0; i < m_versions->count(); ++i)
        if (m_versions->item(i)->checkState() == Qt::Checked) {
            m_versions->scrollToItem(m_versions->item(i), QAbstractItemView::PositionAtTop);
            break;
        }
    m_filling = false;
}

void PromotionDialog::replan()
{
    ++m_generation;
    if (m_checksJob)
        m_checksJob->cancelled = true;
    m_checksJob.reset();
    m_plan.reset();
    m_checks.reset();
    m_checksError.clear();
    m_planError.clear();

    PromotionRequest request;
    request.sourceTier = m_source->currentText();
    request.destinationTier = m_destination->currentText();
    request.newestOnly = m_newestOnly->isChecked();
    for (int i = 0; i < m_versions->count(); ++i) {
        const QListWidgetItem *item = m_versions->item(i);
        if (item->checkState() == Qt::Checked)
            request.versions.append({item->data(NameRole).toString(), item->data(VersionRole).toString()});
    }
    if (request.versions.isEmpty()) {
        m_planError = tr("Tick at least one version to promote.");
    } else if (auto plan = PromotionPlan::make(*m_snapshot, request)) {
        m_plan = std::move(*plan);
    } else {
        m_planError = plan.error().text();
    }

    if (m_plan) {
        m_planSummary->setText(tr("Copies to %1: %2. Removes from %3: %4.")
                                   .arg(m_plan->destinationTier, m_plan->promotedLabels().join(u", "_s),
                                        m_plan->sourceTier, m_plan->removedLabels().join(u", "_s)));
        const PromotionTexts texts = PromotionTexts::compose(*m_plan);
        m_promotionTitle->setText(texts.promotionTitle.isEmpty()
                                      ? tr("(none: %1 already has every version with identical content)")
                                            .arg(m_plan->destinationTier)
                                      : texts.promotionTitle);
        m_promotionTitle->setCursorPosition(0);
        m_removalTitle->setText(texts.removalTitle);
        m_removalTitle->setCursorPosition(0);
        const std::optional<PromotionTexts> previous = m_composed;
        m_composed = texts;
        // A body the user edited is never thrown away by a change of plan.
        const auto edited = [](const QPlainTextEdit *edit, const QString &generated) {
            return !edit->toPlainText().isEmpty() && edit->toPlainText() != generated;
        };
        const bool keptPromotion = previous && edited(m_promotionBody, previous->promotionBody);
        const bool keptRemoval = previous && edited(m_removalBody, previous->removalBody);
        if (!keptPromotion)
            m_promotionBody->setPlainText(texts.promotionBody);
        if (!keptRemoval)
            m_removalBody->setPlainText(texts.removalBody);
        m_keptEdits->setVisible(keptPromotion || keptRemoval);
        m_promotionBody->setEnabled(!texts.promotionTitle.isEmpty());
        m_addsVersion->blockSignals(true);
        m_addsVersion->clear();
        for (const PlannedVersion &v : m_plan->versions)
            if (v.promoted)
                m_addsVersion->addItem(v.label(), QVariant(plannedKey(v)));
        m_addsVersion->blockSignals(false);
        runChecks();
    } else {
        m_planSummary->setText(m_planError);
        m_promotionTitle->clear();
        m_removalTitle->clear();
        // Edited bodies wait for the next valid plan; generated ones go.
        if (m_composed && m_promotionBody->toPlainText() == m_composed->promotionBody)
            m_promotionBody->clear();
        if (m_composed && m_removalBody->toPlainText() == m_composed->removalBody)
            m_removalBody->clear();
        m_addsVersion->clear();
    }
    m_diff->clear();
    if (m_steps->currentRow() == AddsStep)
        showAdds();
    showChecks();
}

// --- Checks -----------------------------------------------------------------

QWidget *PromotionDialog::buildChecksPage()
{
    auto *page = new QWidget(this);
    m_checksStatus = wrappedLabel(QString(), page);
    QFont bold = m_checksStatus->font();
    bold.setBold(true);
    m_checksStatus->setFont(bold);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_checksList = new QWidget(scroll);
    m_checksLayout = new QVBoxLayout(m_checksList);
    m_checksLayout->setAlignment(Qt::AlignTop);
    scroll->setWidget(m_checksList);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_checksStatus);
    layout->addWidget(scroll, 1);
    return page;
}

void PromotionDialog::runChecks()
{
    m_checksJob = std::make_shared<JobState>();
    const JobControl control = m_checksJob->control(m_checksJob);
    const quint64 generation = m_generation;
    const QString repoPath = m_repoPath;
    const PromotionPlan plan = *m_plan;
    runInBackground(
        this, [repoPath, plan, control] { return PromotionChecks::run(repoPath, plan, control); },
        [this, generation](const Result<PromotionChecks> &result) {
            if (generation != m_generation)
                return; // a newer plan is being checked
            m_checksJob.reset();
            if (result)
                m_checks = *result;
            else
                m_checksError = result.error().text();
            showChecks();
        });
}

void PromotionDialog::showChecks()
{
    m_confirmations.clear();
    while (QLayoutItem *item = m_checksLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    if (m_checks) {
        for (const PromotionCheck &check : m_checks->checks) {
            auto *row = new QWidget(m_checksList);
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 2, 0, 2);
            auto *icon = new QLabel(row);
            icon->setPixmap(style()->standardIcon(severityPixmap(check.severity), nullptr, this).pixmap(iconSize, iconSize));
            icon->setToolTip(PromotionCheck::severityText(check.severity));
            icon->setAlignment(Qt::AlignTop);
            rowLayout->addWidget(icon, 0, Qt::AlignTop);
            QString text = check.message;
            if (check.severity == CheckSeverity::NeedsConfirmation) {
                // The checkbox carries no text: a QLabel wraps long sentences, QCheckBox does not.
                auto *box = new QCheckBox(row);
                box->setObjectName(check.key());
                box->setToolTip(tr("Confirm: %1").arg(check.key()));
                rowLayout->addWidget(box, 0, Qt::AlignTop);
                m_confirmations.append(box);
                connect(box, &QCheckBox::toggled, this, &PromotionDialog::updateDraftButton);
            }
            auto *label = wrappedLabel(text, row);
            if (!m_confirmations.isEmpty() && check.severity == CheckSeverity::NeedsConfirmation)
                label->setBuddy(m_confirmations.constLast());
            rowLayout->addWidget(label, 1);
            m_checksLayout->addWidget(row);
        }
        if (m_checks->checks.isEmpty())
            m_checksLayout->addWidget(wrappedLabel(tr("Nothing to report."), m_checksList));
    }
    updateDraftButton();
}

QStringList PromotionDialog::confirmed() const
{
    QStringList keys;
    for (const QCheckBox *box : m_confirmations)
        if (box->isChecked())
            keys << box->objectName();
    return keys;
}

void PromotionDialog::updateDraftButton()
{
    QString status;
    bool allowed = false;
    if (!m_plan) {
        status = m_planError;
    } else if (!m_checksError.isEmpty()) {
        status = tr("The checks could not run: %1").arg(m_checksError);
    } else if (!m_checks) {
        status = tr("Checking %1…").arg(m_plan->promotedLabels().join(u", "_s));
    } else if (m_checks->blocked()) {
        status = tr("Blocked: this promotion cannot be drafted until the problems below are fixed.");
    } else if (const int missing = int(m_checks->unconfirmed(confirmed()).size()); missing > 0) {
        status = tr("Tick each finding below to confirm it (%1 left).").arg(missing);
    } else {
        status = tr("Ready to draft.");
        allowed = true;
    }
    m_checksStatus->setText(status);
    const bool busy = m_draftJob != nullptr;
    m_draft->setEnabled(allowed && !busy && m_draftId.isEmpty());
    if (m_draftId.isEmpty() && !busy)
        m_draftSummary->setText(allowed ? tr("Drafting writes two new branches in this repository; your working tree, "
                                             "index and existing branches stay as they are.")
                                        : status);
}

// --- Texts ------------------------------------------------------------------

QWidget *PromotionDialog::buildTextsPage()
{
    auto *page = new QWidget(this);
    m_promotionTitle = new QLineEdit(page);
    m_promotionTitle->setReadOnly(true);
    m_promotionBody = new QPlainTextEdit(page);
    m_removalTitle = new QLineEdit(page);
    m_removalTitle->setReadOnly(true);
    m_removalBody = new QPlainTextEdit(page);
    for (QPlainTextEdit *edit : {m_promotionBody, m_removalBody}) {
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    auto group = [page](const QString &title, QLineEdit *titleEdit, QPlainTextEdit *bodyEdit) {
        auto *box = new QGroupBox(title, page);
        auto *form = new QFormLayout(box);
        form->addRow(tr("Title:"), titleEdit);
        form->addRow(tr("Body:"), bodyEdit);
        return box;
    };
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(tr("The titles follow the repository's conventions; the bodies can be edited until "
                                      "drafting. The removal body links the promotion pull request once it exists."),
                                   page));
    m_keptEdits = new QWidget(page);
    m_keptEdits->setObjectName(u"keptEditsNote"_s);
    auto *kept = new QHBoxLayout(m_keptEdits);
    kept->setContentsMargins(0, 0, 0, 0);
    kept->addWidget(wrappedLabel(tr("The plan changed after you edited a body: your text was kept, so it may list other "
                                    "versions than the plan now holds."),
                                 m_keptEdits),
                    1);
    m_useGenerated = new QPushButton(tr("Use the Generated Texts"), m_keptEdits);
    connect(m_useGenerated, &QPushButton::clicked, this, [this] {
        if (!m_composed)
            return;
        m_promotionBody->setPlainText(m_composed->promotionBody);
        m_removalBody->setPlainText(m_composed->removalBody);
        m_keptEdits->hide();
    });
    kept->addWidget(m_useGenerated, 0, Qt::AlignTop);
    m_keptEdits->hide();
    layout->addWidget(m_keptEdits);
    layout->addWidget(group(tr("Promotion pull request"), m_promotionTitle, m_promotionBody), 1);
    layout->addWidget(group(tr("Removal pull request"), m_removalTitle, m_removalBody), 1);
    return page;
}

// --- What it adds -----------------------------------------------------------

QWidget *PromotionDialog::buildAddsPage()
{
    auto *page = new QWidget(this);
    m_addsVersion = new QComboBox(page);
    m_addsLabel = wrappedLabel(QString(), page);
    m_diff = new DiffView(page);
    m_diff->setTierConfig(m_snapshot->config);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Version:"), page));
    top->addWidget(m_addsVersion);
    top->addWidget(m_addsLabel, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_diff, 1);
    connect(m_addsVersion, &QComboBox::currentIndexChanged, this, [this] { showAdds(); });
    return page;
}

void PromotionDialog::showAdds()
{
    if (!m_plan || m_addsVersion->currentIndex() < 0) {
        m_addsLabel->setText(tr("No version is promoted."));
        m_diff->clear();
        return;
    }
    const QString key = m_addsVersion->currentData().toString();
    const PlannedVersion *planned = nullptr;
    for (const PlannedVersion &v : m_plan->versions)
        if (v.promoted && v.source.key() == key)
            planned = &v;
    if (!planned)
        return;
    const DiffSide newSide = DiffSide::of(planned->source);
    DiffSide oldSide{m_plan->destinationTier, QString(), QString(), {}}; // the empty tree: everything is added
    const PackageVersion *newest = planned->destinationNewest
                                       ? m_snapshot->find(m_plan->destinationTier, planned->name(),
                                                          planned->destinationNewestText)
                                       : nullptr;
    if (newest) {
        oldSide = DiffSide::of(*newest);
        m_addsLabel->setText(planned->identicalInDestination()
                                 ? tr("%1 already has this version with identical content.").arg(m_plan->destinationTier)
                                 : tr("Compared with %1's newest version of %2, %3.")
                                       .arg(m_plan->destinationTier, planned->name(), newest->versionText));
    } else {
        m_addsLabel->setText(tr("%1 has no version of %2 yet: every file is new there.")
                                 .arg(m_plan->destinationTier, planned->name()));
    }
    m_diff->setComparison(m_repoPath, oldSide, newSide);
}

// --- Draft and publish -------------------------------------------------------

QWidget *PromotionDialog::buildDraftPage()
{
    auto *page = new QWidget(this);
    m_draftSummary = wrappedLabel(QString(), page);
    m_draft = new QPushButton(tr("Draft"), page);
    m_draft->setDefault(false);
    m_cancelDraft = new QPushButton(tr("Cancel"), page);
    m_cancelDraft->setVisible(false);
    m_refresh = new QPushButton(tr("Refresh Plan"), page);
    m_refresh->setToolTip(tr("Read the tiers again and plan the same versions anew."));
    m_refresh->setVisible(false);
    m_progress = new QProgressBar(page);
    m_progress->setVisible(false);
    m_draftStatus = wrappedLabel(QString(), page);
    m_publishPane = new PublishPane(page);
    auto *publishBox = new QGroupBox(tr("Publish"), page);
    auto *publishLayout = new QVBoxLayout(publishBox);
    publishLayout->addWidget(m_publishPane);
    publishBox->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_draft);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelDraft);
    row->addWidget(m_refresh);
    row->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_draftSummary);
    layout->addLayout(row);
    layout->addWidget(m_draftStatus);
    layout->addWidget(publishBox, 1);

    connect(m_draft, &QPushButton::clicked, this, &PromotionDialog::draft);
    connect(m_cancelDraft, &QPushButton::clicked, this, [this] {
        if (m_draftJob)
            m_draftJob->cancelled = true;
        m_draftStatus->setText(tr("Cancelling…"));
    });
    connect(m_refresh, &QPushButton::clicked, this, &PromotionDialog::refreshSnapshot);
    connect(m_publishPane, &PublishPane::published, this, &PromotionDialog::draftPublished);
    connect(m_publishPane, &PublishPane::busyChanged, this, [this](bool busy) {
        m_close->setText(busy ? tr("Close (publishing continues…)") : tr("Close"));
        updateNavigation();
    });
    // Remotes and the token (the keychain may ask the user) are looked up only once there is a draft.
    connect(this, &PromotionDialog::draftCreated, publishBox, [this, publishBox] {
        publishBox->setEnabled(true);
        m_publishPane->setRepository(m_repoPath);
    });
    return page;
}

void PromotionDialog::draft()
{
    if (!m_plan || !m_checks || m_draftJob)
        return;
    DraftOptions options;
    options.confirmed = confirmed();
    PromotionTexts texts = PromotionTexts::compose(*m_plan);
    texts.promotionBody = m_promotionBody->toPlainText();
    texts.removalBody = m_removalBody->toPlainText();
    options.texts = texts;
    m_draftJob = std::make_shared<JobState>();
    const JobControl control = m_draftJob->control(m_draftJob);
    const QString repoPath = m_repoPath;
    const PromotionPlan plan = *m_plan;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelDraft->setVisible(true);
    m_refresh->setVisible(false);
    m_draftStatus->setText(tr("Drafting…"));
    m_poll->start();
    updateDraftButton();
    updateNavigation();
    runInBackground(
        this, [repoPath, plan, options, control] { return createDraft(repoPath, plan, options, control); },
        [this](const Result<PromotionDraft> &result) {
            const bool cancelled = m_draftJob && m_draftJob->cancelled;
            m_draftJob.reset();
            m_poll->stop();
            m_progress->setVisible(false);
            m_cancelDraft->setVisible(false);
            if (!result) {
                if (result.error().code == GIT_EMODIFIED) {
                    m_draftStatus->setText(tr("A tier branch moved since this plan was made, so nothing was drafted. "
                                              "Refresh the plan and check it again."));
                    m_refresh->setVisible(true);
                } else if (cancelled) {
                    m_draftStatus->setText(tr("Drafting was cancelled; nothing was written."));
                } else {
                    m_draftStatus->setText(tr("Drafting failed: %1").arg(result.error().text()));
                }
            } else {
                m_draftId = result->id;
                QStringList lines{tr("Drafted as %1.").arg(result->id)};
                if (result->promotion.exists())
                    lines << tr("Promotion branch: %1").arg(result->promotion.name);
                else
                    lines << tr("No promotion branch: %1 already has every version.").arg(result->destinationTier);
                lines << tr("Removal branch: %1").arg(result->removal.name);
                m_draftStatus->setText(lines.join(u'\n'));
                m_draftSummary->setText(tr("The draft is in this repository. Publish it to your fork and open both "
                                           "pull requests, or later from the drafts panel."));
                m_publishPane->setDraftId(result->id);
                Q_EMIT draftCreated(result->id);
            }
            updateDraftButton();
            updateNavigation();
        });
}

void PromotionDialog::refreshSnapshot()
{
    m_refresh->setEnabled(false);
    m_draftStatus->setText(tr("Reading the tiers again…"));
    const QString repoPath = m_repoPath;
    const TierConfig config = m_snapshot->config;
    const std::shared_ptr<const StorageSnapshot> previous = m_snapshot;
    runInBackground(
        this,
        [repoPath, config, previous] {
            StorageReader reader;
            return reader.read(repoPath, config, {}, previous.get());
        },
        [this](const Result<StorageSnapshot> &result) {
            m_refresh->setEnabled(true);
            if (!result) {
                m_draftStatus->setText(tr("The tiers could not be read: %1").arg(result.error().text()));
                return;
            }
            m_refresh->setVisible(false);
            m_snapshot = std::make_shared<const StorageSnapshot>(*result);
            m_draftStatus->setText(tr("The plan was refreshed; review the checks again."));
            replan();
            setStep(ChecksStep);
        });
}

void PromotionDialog::pollProgress()
{
    if (!m_draftJob)
        return;
    QMutexLocker lock(&m_draftJob->mutex);
    if (m_draftJob->total > 0) {
        m_progress->setRange(0, m_draftJob->total);
        m_progress->setValue(m_draftJob->done);
    }
    if (!m_draftJob->what.isEmpty() && !m_draftJob->cancelled)
        m_draftStatus->setText(m_draftJob->what);
}

void PromotionDialog::updateNavigation()
{
    const int row = m_steps->currentRow();
    m_back->setEnabled(row > 0);
    m_next->setEnabled(row < DraftStep);
    // Planning is frozen while a draft is written, and once it exists.
    const bool frozen = m_draftJob || !m_draftId.isEmpty();
    m_pages->widget(PlanStep)->setEnabled(!frozen);
    m_promotionBody->setReadOnly(frozen);
    m_removalBody->setReadOnly(frozen);
    for (QCheckBox *box : std::as_const(m_confirmations))
        box->setEnabled(!frozen);
}

} // namespace tierdesk
