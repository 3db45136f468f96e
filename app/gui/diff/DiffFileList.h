// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The changed files of a comparison: status badge, path and line counts.
#include "diff/PackageDiff.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

namespace tierdesk {

class DiffFileModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { FileIndexRole = Qt::UserRole + 1, StatusRole, AddedRole, RemovedRole, NoteRole, ShortNoteRole };

    explicit DiffFileModel(QObject *parent = nullptr);

    void setFiles(QList<FileDelta> files);
    // Files whose only change is their mode (e.g. 100755 → 100644) can be hidden.
    void setHideModeOnly(bool hide);
    bool hidesModeOnly() const { return m_hideModeOnly; }
    int modeOnlyCount() const;

    const QList<FileDelta> &files() const { return m_files; }
    // Row ↔ index into files(); -1 / invalid when hidden.
    int fileIndex(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row] : -1; }
    int rowOf(int fileIndex) const { return int(m_rows.indexOf(fileIndex)); }

    static bool isModeOnly(const FileDelta &f) { return !f.contentChanged() && f.status == FileStatus::Modified; }
    // "mode 100755 → 100644", "binary", "too large (3.2 MiB)"...
    static QString note(const FileDelta &f);
    // What stands in for line counts in the list: "binary", "too large", "mode", "" otherwise.
    static QString shortNote(const FileDelta &f);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void rebuildRows();

    QList<FileDelta> m_files;
    QList<int> m_rows;
    bool m_hideModeOnly = false;
};

class DiffFileDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tierdesk
