// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The promotion dialog's "What it adds" page: a promoted version against the
// newest version of the package the destination's distribution serves, or against nothing.
#include "promotion/PromotionDialog.h"

#include "common/Accessible.h"
#include "diff/DiffView.h"
#include "promotion/WrappedLabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tierdesk {

QWidget *PromotionDialog::buildAddsPage()
{
    auto *page = new QWidget(this);
    m_addsVersion = new QComboBox(page);
    describeControl(m_addsVersion, tr("Version"),
                    tr("The promoted version whose files are compared with what the destination's distribution "
                       "serves now"));
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

// The promoted versions of `plan` to choose from; the choice is shown when the page is.
void PromotionDialog::fillAddsVersions(const PromotionPlan &plan)
{
    m_addsVersion->blockSignals(true);
    m_addsVersion->clear();
    for (const PlannedVersion &v : plan.versions)
        if (v.promoted)
            m_addsVersion->addItem(v.label(), QVariant(v.source.key()));
    m_addsVersion->blockSignals(false);
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
    // The base is what the destination's distribution serves now, from whichever tier serves it.
    const PackageVersion *served = planned->destinationNewest
                                       ? m_snapshot->find(planned->destinationNewestTier, planned->name(),
                                                          planned->destinationNewestText)
                                       : nullptr;
    if (planned->alreadyServed()) {
        m_addsLabel->setText(tr("%1's distribution already serves this version with identical content (from %2).")
                                 .arg(m_plan->destinationTier, planned->servedTier));
    } else if (served) {
        m_addsLabel->setText(tr("Compared with %1 %2, the newest version %3's distribution serves (from %4).")
                                 .arg(planned->name(), served->versionText, m_plan->destinationTier, served->tier));
    } else {
        m_addsLabel->setText(tr("%1's distribution serves no version of %2 yet: every file is new there.")
                                 .arg(m_plan->destinationTier, planned->name()));
    }
    if (served)
        oldSide = DiffSide::of(*served);
    m_diff->setComparison(m_repoPath, oldSide, newSide);
}

} // namespace tierdesk
