// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The promotion dialog's frame: the steps, the pages (each in its own file:
// PromotionPlanPage, PromotionChecksPage, PromotionTextsPage, PromotionAddsPage,
// PromotionDraftPage), navigation, and the window's storage coming in.
#include "promotion/PromotionDialog.h"

#include "common/Accessible.h"
#include "promotion/PublishPane.h"
#include "storage/StorageReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// Every tier at the same commit: the same content, so the same plan.
bool sameTiers(const StorageSnapshot &a, const StorageSnapshot &b)
{
    return std::ranges::equal(a.tiers, b.tiers, [](const TierState &x, const TierState &y) {
        return x.name == y.name && x.refName == y.refName && x.head.id == y.head.id;
    });
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
    buildFrame();
    connectFrame();
    selectInitial(selection, destinationTier);
    resize(980, 680);
}

PromotionDialog::~PromotionDialog()
{
    // Running workers own copies of everything they need; they only stop early.
    for (const auto &job : {m_checksJob, m_draftJob})
        if (job)
            job->cancelled = true;
}

// The list of steps beside the pages, the buttons below.
void PromotionDialog::buildFrame()
{
    m_steps->addItems({tr("1. Plan"), tr("2. Checks"), tr("3. Pull requests"), tr("4. What it adds"),
                       tr("5. Draft and publish")});
    m_steps->setSpacing(3);
    describeControl(m_steps, tr("Steps"),
                    tr("The promotion's five steps: plan, checks, pull request texts, what it adds, draft and "
                       "publish; choose one to go there"));
    describeWithTip(m_back, {}, tr("Go to the previous step"));
    describeWithTip(m_next, {}, tr("Go to the next step"));
    describeWithTip(m_close, {}, tr("Close the dialog; a draft already written stays"));
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
}

void PromotionDialog::connectFrame()
{
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
}

// The selection's tier as the source, its versions ticked, and the first plan.
void PromotionDialog::selectInitial(const QList<SelectedVersion> &selection, const QString &destinationTier)
{
    const QString source = selection.isEmpty() ? QString() : selection.constFirst().tier;
    fillTiers(source, destinationTier);
    QStringList preselected;
    for (const SelectedVersion &s : selection)
        if (s.tier == m_source->currentText())
            preselected << QString(s.name + u'@' + s.version);
    fillVersions(preselected);
    m_steps->setCurrentRow(PlanStep);
    replan();
}

void PromotionDialog::setStep(Step step) { m_steps->setCurrentRow(step); }

PromotionDialog::Step PromotionDialog::step() const { return Step(m_steps->currentRow()); }

void PromotionDialog::setUseKeychain(bool use) { m_publishPane->setUseKeychain(use); }

bool PromotionDialog::isBusy() const { return m_draftJob || m_publishPane->isBusy(); }

void PromotionDialog::reject()
{
    if (m_draftJob)
        m_draftJob->cancelled = true; // the worker stops at its next step; nothing half-written stays
    QDialog::reject();
}

void PromotionDialog::setStorage(std::shared_ptr<const LoadedStorage> storage)
{
    // A draft being written, or written, keeps the plan it was made from.
    if (!storage || m_draftJob || !m_draftId.isEmpty())
        return;
    const bool asked = std::exchange(m_awaitingStorage, false);
    const bool unchanged = sameTiers(storage->snapshot, *m_snapshot);
    m_snapshot = partOf(storage, &LoadedStorage::snapshot);
    m_repoPath = storage->repositoryPath;
    // A reload the dialog did not ask for that changed nothing keeps the plan and the
    // confirmations already ticked; one that moved a tier replans where the user is.
    if (!asked && unchanged)
        return;
    m_refresh->setVisible(false);
    m_draftStatus->setText(tr("The plan was refreshed; review the checks again."));
    replan();
    if (asked)
        setStep(ChecksStep);
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
