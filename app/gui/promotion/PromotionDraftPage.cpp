// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The promotion dialog's last page: the draft written on a worker (two new
// branches, nothing else touched), then publishing it.
#include "promotion/PromotionDialog.h"

#include "common/Accessible.h"
#include "promotion/PublishPane.h"
#include "promotion/WrappedLabel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <git2.h>

using namespace Qt::StringLiterals;

namespace tierdesk {

QWidget *PromotionDialog::buildDraftPage()
{
    auto *page = new QWidget(this);
    m_draftSummary = wrappedLabel(QString(), page);
    m_draft = new QPushButton(tr("Draft"), page);
    m_draft->setDefault(false);
    m_cancelDraft = new QPushButton(tr("Cancel"), page);
    m_cancelDraft->setVisible(false);
    describeWithTip(m_draft, tr("Draft"),
                    tr("Write the promotion and removal branches under tierdesk/ in this repository; nothing is "
                       "pushed yet"));
    describeWithTip(m_cancelDraft, tr("Cancel drafting"), tr("Stop writing the draft branches"));
    m_refresh = new QPushButton(tr("Refresh Plan"), page);
    describeWithTip(m_refresh, {}, tr("Read the tiers again and plan the same versions anew."));
    m_refresh->setVisible(false);
    m_progress = new QProgressBar(page);
    m_progress->setVisible(false);
    describeControl(m_progress, tr("Drafting progress"), tr("How far writing the draft branches has come"));
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
    connectDraftPage(publishBox);
    return page;
}

void PromotionDialog::connectDraftPage(QWidget *publishBox)
{
    connect(m_draft, &QPushButton::clicked, this, &PromotionDialog::draft);
    connect(m_cancelDraft, &QPushButton::clicked, this, [this] {
        if (m_draftJob)
            m_draftJob->cancelled = true;
        m_draftStatus->setText(tr("Cancelling…"));
    });
    connect(m_refresh, &QPushButton::clicked, this, &PromotionDialog::requestRefresh);
    connect(m_publishPane, &PublishPane::published, this, &PromotionDialog::draftPublished);
    connect(m_publishPane, &PublishPane::busyChanged, this, [this](bool busy) {
        m_close->setText(busy ? tr("Close (publishing continues…)") : tr("Close"));
        updateNavigation();
    });
    // Remotes and the token (the keychain may ask the user) are looked up only once there is a draft.
    connect(this, &PromotionDialog::draftCreated, publishBox, [this, publishBox] {
        publishBox->setEnabled(true);
        m_publishPane->setUpstreamRemote(m_snapshot->config.remote);
        m_publishPane->setRepository(m_repoPath);
    });
}

void PromotionDialog::draft()
{
    if (!m_plan || !m_checks || m_draftJob)
        return;
    DraftOptions options;
    options.confirmed = confirmed();
    PromotionTexts texts = PromotionTexts::compose(*m_plan, m_checks->changelog);
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
            if (result)
                showDraft(*result);
            else
                showDraftFailure(result.error(), cancelled);
            updateDraftButton();
            updateNavigation();
        });
}

void PromotionDialog::showDraftFailure(const Error &error, bool cancelled)
{
    if (error.code == GIT_EMODIFIED) {
        m_draftStatus->setText(tr("A tier branch moved since this plan was made, so nothing was drafted. "
                                  "Refresh the plan and check it again."));
        m_refresh->setVisible(true);
    } else if (cancelled) {
        m_draftStatus->setText(tr("Drafting was cancelled; nothing was written."));
    } else {
        m_draftStatus->setText(tr("Drafting failed: %1").arg(error.text()));
    }
}

void PromotionDialog::showDraft(const PromotionDraft &draft)
{
    m_draftId = draft.id;
    QStringList lines{tr("Drafted as %1.").arg(draft.id)};
    if (draft.promotion.exists())
        lines << tr("Promotion branch: %1").arg(draft.promotion.name);
    else
        lines << tr("No promotion branch: %1's distribution already serves every version.").arg(draft.destinationTier);
    lines << tr("Removal branch: %1").arg(draft.removal.name);
    m_draftStatus->setText(lines.join(u'\n'));
    m_draftSummary->setText(tr("The draft is in this repository. Publish it to your fork and open both "
                               "pull requests, or later from the drafts panel."));
    m_publishPane->setDraftId(draft.id);
    Q_EMIT draftCreated(draft.id);
}

// The plan is made anew from the window's next storage (setStorage).
void PromotionDialog::requestRefresh()
{
    m_awaitingStorage = true;
    m_draftStatus->setText(tr("Reading the tiers again…"));
    Q_EMIT refreshRequested();
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

} // namespace tierdesk
