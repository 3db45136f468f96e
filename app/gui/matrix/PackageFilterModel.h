// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Narrows the matrix to packages matching the typed text (name, title, owner team) and
// the quick filters, and sorts them by name, newest change or pending versions.
// What filtering and sorting compare is read from the source once per row when
// the source changes, not through QVariants on every keystroke.
#include <QDateTime>
#include <QList>
#include <QSortFilterProxyModel>

namespace tierdesk {

class PackageFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    // In the quick filter's order (its index is remembered in the settings: new ones go last).
    enum class Quick { All, Candidates, RemovalPending, WithProblems, SingleTier, Shadowed };
    enum class Sort { Name, NewestChange, PendingCount };

    explicit PackageFilterModel(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *source) override;

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setProblemsOnly(bool on);
    bool problemsOnly() const { return m_quick == Quick::WithProblems; }
    void setQuickFilter(Quick quick);
    Quick quickFilter() const { return m_quick; }
    void setOwner(const QString &owner); // empty: any
    QString owner() const { return m_owner; }
    void setRelease(const QString &release); // empty: any
    QString release() const { return m_release; }
    void setSortOrder(Sort sort);
    Sort sortOrderKind() const { return m_sort; }

Q_SIGNALS:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // One source row's package, as the filters and the sort see it.
    struct RowKeys {
        enum Badge : quint8 { Candidate = 1, Promoted = 2, Policy = 4, Manifest = 8, Shadowed = 16 };
        QString name;
        QString title;
        QString owner;
        QString release;
        quint8 badges = 0;
        int problemCount = 0;
        int tierCount = 0;
        int pendingCount = 0;
        QDateTime lastChange;
    };
    void refilter();
    RowKeys keysOf(int sourceRow) const;
    void readAllKeys();
    void readKeys(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    bool passesQuick(const RowKeys &row) const;

    QList<RowKeys> m_keys; // per source row
    QList<QMetaObject::Connection> m_sourceConnections;

    QString m_text;
    Quick m_quick = Quick::All;
    QString m_owner;
    QString m_release;
    Sort m_sort = Sort::Name;
};

} // namespace tierdesk
