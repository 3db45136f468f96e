// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/PackagesPage.h"
#include "common/Accessible.h"
#include "core/Tr.h"

#include "common/BackgroundJob.h"
#include "details/PackageDetails.h"
#include "diff/DiffView.h"
#include "matrix/FilterBar.h"
#include "matrix/MatrixPage.h"
#include "matrix/PackageFilterModel.h"
#include "matrix/TierMatrixModel.h"
#include "shell/ChangesPanel.h"
#include "storage/PackageActivity.h"
#include "storage/VersionHistory.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// The window's texts before the view was a class of its own: the translations stay.
namespace Tr = trcontext::MainWindow;

const auto SplitterKey = u"window/packagesSplitter"_s;
const auto SideTabKey = u"window/sideTab"_s;
} // namespace

PackagesPage::PackagesPage(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_history(std::make_shared<VersionHistoryCache>())
    , m_model(new TierMatrixModel(this))
    , m_filter(new PackageFilterModel(this))
    , m_matrix(nullptr)
{
    setObjectName(u"packagesSplitter"_s);
    m_filter->setSourceModel(m_model);
    m_matrix = new MatrixPage(m_model, m_filter);
    addWidget(m_matrix);
    addWidget(createSideTabs());
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    setSizes({760, 500});
    setChildrenCollapsible(false);
    connect(m_matrix->view(), &MatrixView::currentChipChanged, this, &PackagesPage::showVersion);
}

PackagesPage::~PackagesPage()
{
    if (m_activityJob)
        m_activityJob->cancelled = true;
}

QTabWidget *PackagesPage::createSideTabs()
{
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(u"sideTabs"_s);
    describeControl(m_sideTabs, Tr::tr("Side panel"),
                    Tr::tr("Details: the selected version's manifest, tiers and explanation; Changes: its diff"));
    describeControl(m_sideTabs->tabBar(), Tr::tr("Side panel"), m_sideTabs->accessibleDescription());
    m_details = new PackageDetails(m_sideTabs);
    m_details->setObjectName(u"packageDetails"_s);
    m_details->setHistoryCache(m_history);
    m_sideTabs->addTab(m_details, Tr::tr("Details"));
    m_sideTabs->setTabToolTip(0, Tr::tr("The selected version's manifest, tiers, explanation and changelog"));
    m_changes = new ChangesPanel(m_sideTabs);
    m_sideTabs->addTab(m_changes, Tr::tr("Changes"));
    m_sideTabs->setTabToolTip(1, Tr::tr("What promoting the selected version changes, or what changed since its "
                                        "previous version (Alt+Down: next change)"));
    // A diff needs room: opening Changes widens a narrow side panel to 60 %.
    connect(m_sideTabs, &QTabWidget::currentChanged, this, [this](int index) {
        const int total = width();
        if (m_sideTabs->widget(index) == m_changes && m_sideTabs->width() < 640 && total > 900)
            setSizes({total * 2 / 5, total * 3 / 5});
    });
    connect(m_details, &PackageDetails::versionActivated, this,
            [this](const QString &tier, const QString &name, const QString &version) {
                selectVersion(tier, name, version);
            });
    return m_sideTabs;
}

void PackagesPage::setTierConfig(const TierConfig &config)
{
    m_changes->setTierConfig(config);
}

void PackagesPage::setStorage(std::shared_ptr<const LoadedStorage> storage)
{
    m_storage = std::move(storage);
    if (!m_storage) {
        // The filters keep their choices for the next storage.
        if (m_activityJob)
            m_activityJob->cancelled = true;
        m_model->clear();
        m_details->setStorage(nullptr);
        m_changes->diffView()->clear();
        return;
    }
    m_model->setStorage(m_storage);
    refreshActivity();
    m_matrix->filterBar()->refreshOwners();
    m_details->setStorage(m_storage);
}

void PackagesPage::restoreSelection(const ChipRef &previous)
{
    if (!previous.isNull() && m_matrix->view()->selectChip(previous))
        showVersion(previous.tier, previous.name, previous.version); // the new snapshot's copy
    else if (!m_matrix->selectFirstChip())
        showVersion({}, {}, {});
}

bool PackagesPage::selectVersion(const QString &tier, const QString &name, const QString &version)
{
    return m_matrix->selectVersion({tier, name, version});
}

void PackagesPage::showChanges()
{
    m_sideTabs->setCurrentWidget(m_changes);
}

void PackagesPage::showVersion(const QString &tier, const QString &name, const QString &version)
{
    if (version.isEmpty() || !m_storage)
        m_details->clear();
    else
        m_details->showVersion(tier, name, version);
    m_changes->showVersion(m_storage, tier, name, version);
    Q_EMIT currentVersionChanged(tier, name, version);
}

void PackagesPage::refreshActivity()
{
    if (m_activityJob)
        m_activityJob->cancelled = true;
    m_activityJob = std::make_shared<JobState>();
    auto work = [cache = m_history, storage = m_storage, job = m_activityJob]() -> Result<PackageActivity> {
        return PackageActivity::compute(*cache, storage->snapshot, job->control(job));
    };
    runInBackground(this, std::move(work),
                    [this, storage = m_storage, job = m_activityJob](const Result<PackageActivity> &r) {
                        if (job->cancelled || m_storage != storage)
                            return; // superseded by a newer load
                        if (r)
                            m_model->setActivity(std::make_shared<const PackageActivity>(*r));
                        else
                            Q_EMIT statusMessage(Tr::tr("Could not read the tiers' history for “newest change”: %1")
                                                     .arg(r.error().text()),
                                                 10000);
                    },
                    Urgency::Behind); // nobody waits for it: the matrix is shown already

}

void PackagesPage::saveSettings(QSettings &settings) const
{
    settings.setValue(SplitterKey, saveState());
    settings.setValue(SideTabKey, m_sideTabs->currentIndex());
    m_matrix->filterBar()->saveSettings(settings);
}

void PackagesPage::restoreSettings(const QSettings &settings)
{
    restoreState(settings.value(SplitterKey).toByteArray());
    m_sideTabs->setCurrentIndex(std::clamp(settings.value(SideTabKey, 0).toInt(), 0, m_sideTabs->count() - 1));
    m_matrix->filterBar()->restoreSettings(settings);
}

} // namespace tierdesk
