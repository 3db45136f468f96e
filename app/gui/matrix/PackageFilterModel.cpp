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

bool PackageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex package = sourceModel()->index(sourceRow, TierMatrixModel::PackageColumn, sourceParent);
    const QStringList badges = package.data(TierMatrixModel::BadgesRole).toStringList();
    switch (m_quick) {
    case Quick::All:
        break;
    case Quick::Candidates:
        if (!badges.contains(u"candidate"_s))
            return false;
        break;
    case Quick::RemovalPending:
        if (!badges.contains(u"promoted"_s))
            return false;
        break;
    case Quick::WithProblems:
        if (!badges.contains(u"policy"_s) && !badges.contains(u"manifest"_s)
            && package.data(TierMatrixModel::ProblemCountRole).toInt() == 0)
            return false;
        break;
    case Quick::Shadowed:
        if (!badges.contains(u"shadowed"_s))
            return false;
        break;
    case Quick::SingleTier:
        if (package.data(TierMatrixModel::TierCountRole).toInt() != 1)
            return false;
        break;
    }
    const QString owner = package.data(TierMatrixModel::OwnerRole).toString();
    if (!m_owner.isEmpty() && owner != m_owner)
        return false;
    if (!m_release.isEmpty() && package.data(TierMatrixModel::ReleaseRole).toString() != m_release)
        return false;
    if (m_text.isEmpty())
        return true;
    return package.data(TierMatrixModel::PackageNameRole).toString().contains(m_text, Qt::CaseInsensitive)
        || package.data(TierMatrixModel::PackageTitleRole).toString().contains(m_text, Qt::CaseInsensitive)
        || owner.contains(m_text, Qt::CaseInsensitive);
}

bool PackageFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QModelIndex l = left.siblingAtColumn(TierMatrixModel::PackageColumn);
    const QModelIndex r = right.siblingAtColumn(TierMatrixModel::PackageColumn);
    const QString ln = l.data(TierMatrixModel::PackageNameRole).toString();
    const QString rn = r.data(TierMatrixModel::PackageNameRole).toString();
    // Newest change and most pending come first; ties fall back to the name.
    if (m_sort == Sort::NewestChange) {
        const QDateTime a = l.data(TierMatrixModel::LastChangeRole).toDateTime();
        const QDateTime b = r.data(TierMatrixModel::LastChangeRole).toDateTime();
        if (a != b)
            return a > b;
    } else if (m_sort == Sort::PendingCount) {
        const int a = l.data(TierMatrixModel::PendingCountRole).toInt();
        const int b = r.data(TierMatrixModel::PendingCountRole).toInt();
        if (a != b)
            return a > b;
    }
    return ln < rn;
}

} // namespace tierdesk
