// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Packages down, tiers across: each tier cell lists that tier's versions of the package.
#include "common/LoadedStorage.h"
#include "storage/PackageActivity.h"

#include <QAbstractTableModel>

#include <memory>

namespace tierdesk {

class TierMatrixModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        VersionsRole = Qt::UserRole, // QStringList: the cell's versions, newest first
        CopyRolesRole,               // QStringList: copyRoleId() of each version in the cell
        ProblemVersionsRole,         // QStringList: the cell's versions that have problems
        ChipToolTipsRole,            // QStringList: each version's explanation
        ChipsRole,                   // QList<VersionChip>, for painting
        PackageNameRole,             // QString
        PackageTitleRole,            // QString
        ProblemCountRole,            // int: of the package (package column) or of the cell
        TierRole,                    // QString: the column's tier; empty for the package column
        BadgesRole,                  // QStringList: package column: the union of badges; cell: per chip, ','-joined
        OwnerRole,                   // QString: owner.github of the newest manifest
        ReleaseRole,                 // QString: ga, beta or experimental
        LastChangeRole,              // QDateTime
        PendingCountRole,            // int: candidates and promoted copies
        TierCountRole,               // int: tiers holding any version
    };
    static constexpr int PackageColumn = 0;

    explicit TierMatrixModel(QObject *parent = nullptr);

    // Keeps rows in place (selection, scrolling) when only the cells changed.
    void setStorage(std::shared_ptr<const LoadedStorage> storage);
    void clear();
    // Finer "last change" dates from the tiers' history, which arrive after the
    // storage; the previous ones stay until then (rows without one use their tier tips).
    void setActivity(std::shared_ptr<const PackageActivity> activity);
    std::shared_ptr<const PackageActivity> activity() const { return m_activity; }
    std::shared_ptr<const LoadedStorage> storage() const { return m_storage; }

    int tierColumn(const QString &tier) const; // -1 when not a column
    int rowOfPackage(const QString &name) const;  // -1 when not a row

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const TierMatrix *matrix() const { return m_storage ? &m_storage->matrix : nullptr; }
    QVariant packageData(const PackageRow &row, int role) const;
    QVariant cellData(const TierCell &cell, const TierColumn &tier, const PackageRow &row, int role) const;

    std::shared_ptr<const LoadedStorage> m_storage;
    std::shared_ptr<const PackageActivity> m_activity;
};

} // namespace tierdesk
