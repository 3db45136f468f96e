// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ChangesPanel.h"

#include "common/PlainText.h"
#include "core/Tr.h"

#include "common/LoadedStorage.h"
#include "diff/DiffView.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// The window's texts before the panel was a class of its own: the translations stay.
namespace Tr = trcontext::MainWindow;
} // namespace

ChangesPanel::ChangesPanel(QWidget *parent)
    : QWidget(parent)
    , m_choice(new QComboBox(this))
    , m_none(plainLabel(new QLabel(this)))
    , m_diff(new DiffView(this))
{
    m_choice->setObjectName(u"comparisonChoice"_s);
    m_choice->setToolTip(Tr::tr("What the selected version is compared with"));
    m_choice->setAccessibleName(Tr::tr("Compare with"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(20);
    m_none->setWordWrap(true);
    m_none->setText(Tr::tr("Select a version in the matrix to see what changed."));
    m_diff->setObjectName(u"diffView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_choice);
    layout->addWidget(m_none);
    layout->addWidget(m_diff, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &ChangesPanel::showComparison);
}

void ChangesPanel::showVersion(const std::shared_ptr<const LoadedStorage> &storage, const QString &tier,
                               const QString &name, const QString &version)
{
    m_repositoryPath = storage ? storage->repositoryPath : QString();
    QList<SuggestedComparison> comparisons;
    if (storage && !version.isEmpty())
        if (const PackageVersion *v = storage->snapshot.find(tier, name, version))
            comparisons = defaultComparisons(storage->snapshot, *v);
    offer(comparisons);
    explainNone(tier, name, version);
    showComparison(m_comparisons.isEmpty() ? -1 : 0);
}

void ChangesPanel::offer(const QList<SuggestedComparison> &comparisons)
{
    m_comparisons = comparisons;
    {
        const QSignalBlocker block(m_choice);
        m_choice->clear();
        for (const SuggestedComparison &c : std::as_const(m_comparisons))
            m_choice->addItem(c.title());
    }
    m_choice->setVisible(!m_comparisons.isEmpty());
}

void ChangesPanel::explainNone(const QString &tier, const QString &name, const QString &version)
{
    m_none->setVisible(m_comparisons.isEmpty());
    m_none->setText(version.isEmpty() ? Tr::tr("Select a version in the matrix to see what changed.")
                                      : Tr::tr("%1 %2 has no other version to compare with: no higher tier holds the "
                                               "package and %3 has no older version.")
                                            .arg(name, version, tier));
}

void ChangesPanel::showComparison(int choice)
{
    if (choice < 0 || choice >= m_comparisons.size()) {
        m_diff->clear();
        m_diff->setEnabled(false);
        return;
    }
    m_diff->setEnabled(true);
    const SuggestedComparison &c = m_comparisons[choice];
    m_diff->setTierConfig(m_config);
    m_diff->setComparison(m_repositoryPath, c.oldSide, c.newSide);
}

} // namespace tierdesk
