// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/TiersPage.h"

#include "tiers/TierCompareView.h"
#include "tiers/TierOverview.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
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
