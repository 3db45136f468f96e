// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The promotion dialog's checks page: the plan's checks run on a worker, each
// finding shown with its severity, and the ones that need it confirmed one by
// one before the plan may be drafted.
#include "promotion/PromotionDialog.h"

#include "common/PlainText.h"
#include "promotion/WrappedLabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
QStyle::StandardPixmap severityPixmap(Severity severity)
{
    switch (severity) {
    case Severity::Blocks: return QStyle::SP_MessageBoxCritical;
    case Severity::Warning: return QStyle::SP_MessageBoxWarning;
    case Severity::Info: break;
    }
    return QStyle::SP_MessageBoxInformation;
}
} // namespace

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
            if (m_checks && m_plan)
                showTexts(*m_plan); // the changelog entries were read with the trees

        });
}

void PromotionDialog::showChecks()
{
    m_confirmations.clear();
    while (QLayoutItem *item = m_checksLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_checks) {
        const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        for (const PromotionCheck &check : m_checks->checks)
            addCheckRow(check, iconSize);
        if (m_checks->checks.isEmpty())
            m_checksLayout->addWidget(wrappedLabel(tr("Nothing to report."), m_checksList));
    }
    updateDraftButton();
}

// The severity's icon, a checkbox when the finding needs confirming, the sentence.
void PromotionDialog::addCheckRow(const PromotionCheck &check, int iconSize)
{
    auto *row = new QWidget(m_checksList);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 2, 0, 2);
    auto *icon = new QLabel(row);
    icon->setPixmap(style()->standardIcon(severityPixmap(check.severity), nullptr, this).pixmap(iconSize, iconSize));
    icon->setToolTip(PromotionCheck::severityText(check.severity));
    icon->setAlignment(Qt::AlignTop);
    rowLayout->addWidget(icon, 0, Qt::AlignTop);
    QCheckBox *box = nullptr;
    if (check.needsConfirmation()) {
        // The checkbox carries no text: a QLabel wraps long sentences, QCheckBox does not.
        box = new QCheckBox(row);
        box->setObjectName(check.key());
        box->setToolTip(plainToolTip(tr("Confirm: %1").arg(check.key())));
        // Named by the sentence beside it (its buddy); the description says what ticking it means.
        box->setAccessibleDescription(
            tr("Tick to go ahead despite this finding; drafting waits until every finding is confirmed (%1)")
                .arg(check.key()));
        rowLayout->addWidget(box, 0, Qt::AlignTop);
        m_confirmations.append(box);
        connect(box, &QCheckBox::toggled, this, &PromotionDialog::updateDraftButton);
    }
    auto *label = wrappedLabel(check.message, row);
    if (box)
        label->setBuddy(box);
    rowLayout->addWidget(label, 1);
    m_checksLayout->addWidget(row);
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

} // namespace tierdesk
