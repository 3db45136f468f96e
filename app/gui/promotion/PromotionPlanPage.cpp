// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The promotion dialog's first page: which versions go from which tier to
// which, and the plan made of them. A new plan updates every other page.
#include "promotion/PromotionDialog.h"

#include "common/Accessible.h"
#include "diff/DiffView.h"
#include "promotion/WrappedLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
constexpr int NameRole = Qt::UserRole;
constexpr int VersionRole = Qt::UserRole + 1;
} // namespace

QWidget *PromotionDialog::buildPlanPage()
{
    auto *page = new QWidget(this);
    m_source = new QComboBox(page);
    m_destination = new QComboBox(page);
    // The box is named in a word; what it does wraps beside it (one long line set the
    // dialog's minimum width past a 1024 px window in German).
    m_newestOnly = new QCheckBox(tr("Newest only"), page);
    m_filter = new QLineEdit(page);
    m_filter->setPlaceholderText(tr("Filter packages"));
    m_filter->setClearButtonEnabled(true);
    describeControl(m_filter, tr("Filter packages"), tr("Show only the versions whose package name contains this text"));
    m_versions = new QListWidget(page);
    m_versions->setUniformItemSizes(true);
    describeControl(m_versions, tr("Versions to promote"),
                    tr("The source tier's versions; check each one to copy to the destination tier"));
    describeControl(m_source, tr("From tier"), tr("The tier the versions are copied from and later removed from"));
    describeControl(m_destination, tr("To tier"), tr("The higher tier the versions are copied to"));
    describeControl(m_newestOnly, tr("Newest only"),
                    tr("Promote each chosen package's newest version and remove all its versions from the source "
                       "tier"));
    m_planSummary = wrappedLabel(QString(), page);

    auto *tiers = new QFormLayout;
    tiers->addRow(tr("From tier:"), m_source);
    tiers->addRow(tr("To tier:"), m_destination);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(tr("Choose the versions to copy to a higher tier. They are removed from the source "
                                      "tier by a second pull request, merged after the first."),
                                   page));
    layout->addLayout(tiers);
    auto *newestOnly = new QHBoxLayout;
    newestOnly->addWidget(m_newestOnly, 0, Qt::AlignTop);
    newestOnly->addWidget(wrappedLabel(tr("Promote each chosen package's newest version and remove all its versions "
                                          "from the source tier"),
                                       page),
                          1);
    layout->addLayout(newestOnly);
    layout->addWidget(m_filter);
    layout->addWidget(m_versions, 1);
    layout->addWidget(m_planSummary);
    connectPlanPage();
    return page;
}

void PromotionDialog::connectPlanPage()
{
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

PromotionRequest PromotionDialog::planRequest() const
{
    PromotionRequest request;
    request.sourceTier = m_source->currentText();
    request.destinationTier = m_destination->currentText();
    request.newestOnly = m_newestOnly->isChecked();
    for (int i = 0; i < m_versions->count(); ++i) {
        const QListWidgetItem *item = m_versions->item(i);
        if (item->checkState() == Qt::Checked)
            request.versions.append({item->data(NameRole).toString(), item->data(VersionRole).toString()});
    }
    return request;
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

    const PromotionRequest request = planRequest();
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
        showTexts(*m_plan);
        fillAddsVersions(*m_plan);
        runChecks();
    } else {
        m_planSummary->setText(m_planError);
        clearTexts();
        m_addsVersion->clear();
    }
    m_diff->clear();
    if (m_steps->currentRow() == AddsStep)
        showAdds();
    showChecks();
}

} // namespace tierdesk
