// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Tiers view: each tier's state on top, two tiers compared below.
#include "common/LoadedStorage.h"

#include <QSplitter>

#include <memory>

class QSettings;

namespace tierdesk {

class TierCompareView;
class TierOverview;

class TiersPage : public QSplitter {
    Q_OBJECT

public:
    explicit TiersPage(QWidget *parent = nullptr);

    void setStorage(const std::shared_ptr<const LoadedStorage> &storage); // null clears
    TierOverview *overview() const { return m_overview; }
    TierCompareView *compare() const { return m_compare; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    // A version double-clicked in the comparison.
    void versionActivated(const QString &tier, const QString &name, const QString &version);
    // How exporting the comparison went, for the status bar.
    void statusMessage(const QString &text, int timeoutMs);

private:
    TierOverview *m_overview;
    TierCompareView *m_compare;
};

} // namespace tierdesk
