// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/TiersPage.h"
#include "core/Tr.h"

#include "tiers/TierCompareView.h"
#include "tiers/TierOverview.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// The window's texts before the view was a class of its own: the translations stay.
namespace Tr = trcontext::MainWindow;

const auto SplitterKey = u"window/tiersSplitter"_s;
} // namespace

TiersPage::TiersPage(QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_overview(new TierOverview(this))
    , m_compare(new TierCompareView(this))
{
    setObjectName(u"tiersSplitter"_s);
    m_overview->setObjectName(u"tierOverview"_s);
    m_compare->setObjectName(u"tierCompare"_s);
    addWidget(m_overview);
    addWidget(m_compare);
    setStretchFactor(0, 0);
    setStretchFactor(1, 1);
    setChildrenCollapsible(false);
    setSizes({m_overview->sizeHint().height(), 10000});
    connect(m_overview, &TierOverview::compareRequested, m_compare, &TierCompareView::setTiers);
    connect(m_compare, &TierCompareView::versionActivated, this, &TiersPage::versionActivated);
    connect(m_compare, &TierCompareView::exported, this, [this](const QString &path) {
        Q_EMIT statusMessage(Tr::tr("Comparison exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    connect(m_compare, &TierCompareView::exportFailed, this,
            [this](const QString &message) { Q_EMIT statusMessage(message, 12000); });
}

void TiersPage::setStorage(const std::shared_ptr<const LoadedStorage> &storage)
{
    m_overview->setStorage(storage);
    m_compare->setStorage(storage);
}

void TiersPage::saveSettings(QSettings &settings) const
{
    settings.setValue(SplitterKey, saveState());
}

void TiersPage::restoreSettings(const QSettings &settings)
{
    restoreState(settings.value(SplitterKey).toByteArray());
}

} // namespace tierdesk
