// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrix/PackageFilterModel.h"

#include "matrix/TierMatrixModel.h"

#include <QDateTime>

namespace tierdesk {

using namespace Qt::StringLiterals;

PackageFilterModel::PackageFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(TierMatrixModel::PackageColumn);
}

void PackageFilterModel::refilter()
{
    invalidateRowsFilter();
    Q_EMIT filtersChanged();
}

void PackageFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
}

void PackageFilterModel::setProblemsOnly(bool on)
{
    if (on != problemsOnly())
        setQuickFilter(on ? Quick::WithProblems : Quick::All);
}

void PackageFilterModel::setQuickFilter(Quick quick)
{
    if (quick == m_quick)
        return;
    m_quick = quick;
    refilter();
}

void PackageFilterModel::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    refilter();
}

void PackageFilterModel::setRelease(const QString &release)
{
    if (release == m_release)
        return;
    m_release = release;
    refilter();
}

void PackageFilterModel::setSortOrder(Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    invalidate();
    QSortFilterProxyModel::sort(TierMatrixModel::PackageColumn);
    Q_EMIT filtersChanged();
}

// Connected before the proxy's own handlers, so the keys are current when it filters the changed rows.
void PackageFilterModel::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    if (source) {
        const auto all = [this, source](auto signal) {
            m_sourceConnections.append(connect(source, signal, this, &PackageFilterModel::readAllKeys));
        };
        all(&QAbstractItemModel::modelReset);
        all(&QAbstractItemModel::layoutChanged);
        all(&QAbstractItemModel::rowsInserted);
        all(&QAbstractItemModel::rowsRemoved);
        all(&QAbstractItemModel::rowsMoved);
        m_sourceConnections.append(
            connect(source, &QAbstractItemModel::dataChanged, this, &PackageFilterModel::readKeys));
    }
    QSortFilterProxyModel::setSourceModel(source);
    readAllKeys();
}

PackageFilterModel::RowKeys PackageFilterModel::keysOf(int sourceRow) const
{
    const QModelIndex package = sourceModel()->index(sourceRow, TierMatrixModel::PackageColumn);
    RowKeys k;
    k.name = package.data(TierMatrixModel::PackageNameRole).toString();
    k.title = package.data(TierMatrixModel::PackageTitleRole).toString();
    k.owner = package.data(TierMatrixModel::OwnerRole).toString();
    k.release = package.data(TierMatrixModel::ReleaseRole).toString();
    const QStringList badges = package.data(TierMatrixModel::BadgesRole).toStringList();
    const std::pair<QString, RowKeys::Badge> bits[] = {{u"candidate"_s, RowKeys::Candidate},
                                                       {u"promoted"_s, RowKeys::Promoted},
                                                       {u"policy"_s, RowKeys::Policy},
                                                       {u"manifest"_s, RowKeys::Manifest},
                                                       {u"shadowed"_s, RowKeys::Shadowed}};
    for (const auto &[id, bit] : bits)
        if (badges.contains(id))
            k.badges |= bit;
    k.problemCount = package.data(TierMatrixModel::ProblemCountRole).toInt();
    k.tierCount = package.data(TierMatrixModel::TierCountRole).toInt();
    k.pendingCount = package.data(TierMatrixModel::PendingCountRole).toInt();
    k.lastChange = package.data(TierMatrixModel::LastChangeRole).toDateTime();
    return k;
}

void PackageFilterModel::readAllKeys()
{
    m_keys.clear();
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_keys.reserve(rows);
    for (int row = 0; row < rows; ++row)
        m_keys.append(keysOf(row));
}

void PackageFilterModel::readKeys(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (topLeft.parent().isValid() || bottomRight.row() >= m_keys.size())
        return readAllKeys();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        m_keys[row] = keysOf(row);
}

bool PackageFilterModel::passesQuick(const RowKeys &row) const
{
    switch (m_quick) {
    case Quick::All:
        return true;
    case Quick::Candidates:
        return row.badges & RowKeys::Candidate;
    case Quick::RemovalPending:
        return row.badges & RowKeys::Promoted;
    case Quick::WithProblems:
        return (row.badges & (RowKeys::Policy | RowKeys::Manifest)) || row.problemCount != 0;
    case Quick::Shadowed:
        return row.badges & RowKeys::Shadowed;
    case Quick::SingleTier:
        return row.tierCount == 1;
    }
    return true;
}

bool PackageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow >= m_keys.size())
        return false;
    const RowKeys &row = m_keys[sourceRow];
    if (!passesQuick(row))
        return false;
    if (!m_owner.isEmpty() && row.owner != m_owner)
        return false;
    if (!m_release.isEmpty() && row.release != m_release)
        return false;
    if (m_text.isEmpty())
        return true;
    return row.name.contains(m_text, Qt::CaseInsensitive) || row.title.contains(m_text, Qt::CaseInsensitive)
        || row.owner.contains(m_text, Qt::CaseInsensitive);
}

bool PackageFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.row() >= m_keys.size() || right.row() >= m_keys.size())
        return left.row() < right.row();
    const RowKeys &l = m_keys[left.row()];
    const RowKeys &r = m_keys[right.row()];
    // Newest change and most pending come first; ties fall back to the name.
    if (m_sort == Sort::NewestChange) {
        if (l.lastChange != r.lastChange)
            return l.lastChange > r.lastChange;
    } else if (m_sort == Sort::PendingCount) {
        if (l.pendingCount != r.pendingCount)
            return l.pendingCount > r.pendingCount;
    }
    return l.name < r.name;
}

} // namespace tierdesk
