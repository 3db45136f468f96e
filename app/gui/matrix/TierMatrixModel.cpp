// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrix/TierMatrixModel.h"

#include "common/PlainText.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {

bool sameShape(const TierMatrix &a, const TierMatrix &b)
{
    if (a.tiers.size() != b.tiers.size() || a.rows.size() != b.rows.size())
        return false;
    for (qsizetype i = 0; i < a.tiers.size(); ++i)
        if (a.tiers[i].name != b.tiers[i].name)
            return false;
    for (qsizetype i = 0; i < a.rows.size(); ++i)
        if (a.rows[i].name != b.rows[i].name)
            return false;
    return true;
}

} // namespace

TierMatrixModel::TierMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void TierMatrixModel::setStorage(std::shared_ptr<const LoadedStorage> storage)
{
    if (m_storage && storage && sameShape(m_storage->matrix, storage->matrix)) {
        m_storage = std::move(storage);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        return;
    }
    beginResetModel();
    m_storage = std::move(storage);
    endResetModel();
}

void TierMatrixModel::clear()
{
    setStorage({});
    m_activity.reset();
}

void TierMatrixModel::setActivity(std::shared_ptr<const PackageActivity> activity)
{
    m_activity = std::move(activity);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, PackageColumn), index(rowCount() - 1, PackageColumn),
                           {LastChangeRole, Qt::ToolTipRole});
}

int TierMatrixModel::tierColumn(const QString &tier) const
{
    const TierMatrix *m = matrix();
    if (!m)
        return -1;
    for (qsizetype i = 0; i < m->tiers.size(); ++i)
        if (m->tiers[i].name == tier)
            return int(i) + 1;
    return -1;
}

int TierMatrixModel::rowOfPackage(const QString &name) const
{
    const TierMatrix *m = matrix();
    if (!m)
        return -1;
    const auto it = std::lower_bound(m->rows.cbegin(), m->rows.cend(), name,
                                     [](const PackageRow &r, const QString &n) { return r.name < n; });
    return it != m->rows.cend() && it->name == name ? int(it - m->rows.cbegin()) : -1;
}

int TierMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !matrix() ? 0 : int(matrix()->rows.size());
}

int TierMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !matrix() ? 0 : int(matrix()->tiers.size()) + 1;
}

QVariant TierMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PackageRow &row = matrix()->rows[index.row()];
    if (index.column() == PackageColumn)
        return packageData(row, role);
    const int t = index.column() - 1;
    return cellData(row.cells[t], matrix()->tiers[t], row, role);
}

QVariant TierMatrixModel::packageData(const PackageRow &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case PackageNameRole:
        return row.name;
    case PackageTitleRole:
        return row.title;
    case ProblemCountRole:
        return row.problemCount;
    case BadgesRole:
        return row.badges;
    case OwnerRole:
        return row.owner;
    case ReleaseRole:
        return row.release;
    case LastChangeRole:
        if (m_activity) {
            if (const QDateTime when = m_activity->lastChange.value(row.name); when.isValid())
                return when;
        }
        return row.lastChange;
    case PendingCountRole:
        return row.pendingCount;
    case TierCountRole:
        return row.tierCount;
    case Qt::ToolTipRole: {
        QStringList tip{row.title.isEmpty() ? row.name : row.title + u" ("_s + row.name + u')'};
        if (!row.description.isEmpty())
            tip.append(row.description);
        if (!row.owner.isEmpty())
            tip.append(tr("Owner: %1 · Release: %2").arg(row.owner, row.release));
        if (m_activity && m_activity->lastCommit.contains(row.name)) {
            const HistoryCommit &c = m_activity->lastCommit[row.name];
            tip.append(tr("Last changed %1: %2")
                           .arg(QLocale().toString(c.commitTime, QLocale::ShortFormat), c.subject));
        }
        if (row.pendingCount > 0)
            tip.append(tr("%n version(s) pending promotion or removal.", nullptr, row.pendingCount));
        if (row.problemCount > 0)
            tip.append(tr("⚠ %n problem(s) in its versions.", nullptr, row.problemCount));
        return plainToolTip(tip.join(u'\n'));
    }
    case Qt::AccessibleTextRole:
        return row.title.isEmpty() ? row.name : row.name + u", "_s + row.title;
    default:
        return {};
    }
}

QVariant TierMatrixModel::cellData(const TierCell &cell, const TierColumn &tier, const PackageRow &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        QStringList labels;
        for (const VersionChip &c : cell.chips)
            labels.append(c.version);
        return labels.join(u"  "_s);
    }
    case VersionsRole:
    case CopyRolesRole:
    case ProblemVersionsRole:
    case ChipToolTipsRole: {
        QStringList values;
        for (const VersionChip &c : cell.chips) {
            if (role == VersionsRole)
                values.append(c.version);
            else if (role == CopyRolesRole)
                values.append(copyRoleId(c.role));
            else if (role == ChipToolTipsRole)
                values.append(c.toolTip);
            else if (c.hasProblems())
                values.append(c.version);
        }
        return values;
    }
    case ChipsRole:
        return QVariant::fromValue(cell.chips);
    case BadgesRole: {
        QStringList values;
        for (const VersionChip &c : cell.chips)
            values.append(c.badges().join(u','));
        return values;
    }
    case PackageNameRole:
        return row.name;
    case PackageTitleRole:
        return row.title;
    case TierRole:
        return tier.name;
    case ProblemCountRole: {
        int n = 0;
        for (const VersionChip &c : cell.chips)
            n += c.problemCount;
        return n;
    }
    case Qt::ToolTipRole: {
        if (cell.chips.isEmpty())
            return plainToolTip(tr("%1 has no version of %2.").arg(tier.name, row.name));
        QStringList tips;
        for (const VersionChip &c : cell.chips)
            tips.append(c.toolTip);
        return plainToolTip(tips.join(u"\n\n"_s));
    }
    case Qt::AccessibleTextRole: {
        QStringList labels;
        for (const VersionChip &c : cell.chips)
            labels.append(c.label());
        return labels.isEmpty() ? tr("none") : labels.join(u", "_s);
    }
    default:
        return {};
    }
}

QVariant TierMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !matrix() || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == PackageColumn) {
        if (role == Qt::DisplayRole)
            return tr("Package");
        if (role == Qt::ToolTipRole)
            return tr("Every package in any tier, with the title of its newest version.");
        return {};
    }
    const TierColumn &tier = matrix()->tiers[section - 1];
    switch (role) {
    case Qt::DisplayRole: {
        // The tip's id is in the tooltip and the status bar: the column keeps its room for versions.
        QString text = tier.present ? tier.name : tr("%1 · absent").arg(tier.name);
        if (tier.problemCount > 0)
            text = u"⚠ "_s + text;
        return text;
    }
    case Qt::ToolTipRole:
        return plainToolTip(tier.toolTip);
    case TierRole:
        return tier.name;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace tierdesk
