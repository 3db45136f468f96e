// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Packages view: the tier matrix with its filters beside a side panel with the
// selected version's details and changes. It shows the window's storage, and reads
// when each package last changed (for the "newest change" order) in the background.
#include "common/LoadedStorage.h"

#include <QSplitter>

#include <memory>

class QSettings;
class QTabWidget;

namespace tierdesk {

class ChangesPanel;
class MatrixPage;
class PackageDetails;
class PackageFilterModel;
class TierMatrixModel;
class VersionHistoryCache;
struct ChipRef;
struct JobState;
struct TierConfig;

class PackagesPage : public QSplitter {
    Q_OBJECT

public:
    explicit PackagesPage(QWidget *parent = nullptr);
    ~PackagesPage() override;

    void setTierConfig(const TierConfig &config);
    // Shows `storage` (null clears the matrix and the details). The selection is
    // made again afterwards with restoreSelection().
    void setStorage(std::shared_ptr<const LoadedStorage> storage);
    // Keeps `previous` selected when the matrix still shows it, else selects the first version shown.
    void restoreSelection(const ChipRef &previous);
    // Makes tier:name@version current; false when the matrix does not hold it.
    bool selectVersion(const QString &tier, const QString &name, const QString &version);
    void showChanges(); // the side panel's Changes tab

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    TierMatrixModel *model() const { return m_model; }
    PackageFilterModel *filter() const { return m_filter; }
    MatrixPage *matrix() const { return m_matrix; }
    QTabWidget *sideTabs() const { return m_sideTabs; }
    PackageDetails *details() const { return m_details; }
    ChangesPanel *changes() const { return m_changes; }

Q_SIGNALS:
    // The version the side panel shows (all empty: none).
    void currentVersionChanged(const QString &tier, const QString &name, const QString &version);
    void statusMessage(const QString &text, int timeoutMs);

private:
    QTabWidget *createSideTabs();
    void showVersion(const QString &tier, const QString &name, const QString &version);
    // Reads when each package last changed from the tiers' history, in the background.
    void refreshActivity();

    std::shared_ptr<const LoadedStorage> m_storage;
    // History walks shared by the details and the newest-change order, kept across reloads.
    std::shared_ptr<VersionHistoryCache> m_history;
    std::shared_ptr<JobState> m_activityJob; // the walk for the newest-change dates
    TierMatrixModel *m_model;
    PackageFilterModel *m_filter;
    MatrixPage *m_matrix;
    QTabWidget *m_sideTabs = nullptr;
    PackageDetails *m_details = nullptr;
    ChangesPanel *m_changes = nullptr;
};

} // namespace tierdesk
