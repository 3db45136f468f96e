// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/DiffFileList.h"

#include "common/PlainText.h"
#include "diff/DiffColors.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
QString modeText(quint32 mode) { return QString::number(mode, 8).rightJustified(6, u'0'); }

QString statusLetter(FileStatus s)
{
    switch (s) {
    case FileStatus::Added: return u"A"_s;
    case FileStatus::Removed: return u"D"_s;
    case FileStatus::Modified: return u"M"_s;
    case FileStatus::Renamed: return u"R"_s;
    }
    return {};
}

QString statusName(FileStatus s)
{
    switch (s) {
    case FileStatus::Added: return DiffFileModel::tr("added");
    case FileStatus::Removed: return DiffFileModel::tr("removed");
    case FileStatus::Modified: return DiffFileModel::tr("modified");
    case FileStatus::Renamed: return DiffFileModel::tr("renamed");
    }
    return {};
}

QColor statusColour(const DiffColors &c, FileStatus s)
{
    switch (s) {
    case FileStatus::Added: return c.addedText;
    case FileStatus::Removed: return c.removedText;
    case FileStatus::Modified: return c.modifiedText;
    case FileStatus::Renamed: return c.renamedText;
    }
    return {};
}
} // namespace

DiffFileModel::DiffFileModel(QObject *parent) : QAbstractListModel(parent) {}

void DiffFileModel::setFiles(QList<FileDelta> files)
{
    beginResetModel();
    m_files = std::move(files);
    rebuildRows();
    endResetModel();
}

void DiffFileModel::setHideModeOnly(bool hide)
{
    if (hide == m_hideModeOnly)
        return;
    beginResetModel();
    m_hideModeOnly = hide;
    rebuildRows();
    endResetModel();
}

int DiffFileModel::modeOnlyCount() const
{
    return int(std::count_if(m_files.cbegin(), m_files.cend(), [](const FileDelta &f) { return isModeOnly(f); }));
}

void DiffFileModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < int(m_files.size()); ++i)
        if (!m_hideModeOnly || !isModeOnly(m_files[i]))
            m_rows.append(i);
}

QString DiffFileModel::note(const FileDelta &f)
{
    QStringList notes;
    if (f.status == FileStatus::Renamed)
        notes.append(tr("%1% similar").arg(f.similarity));
    if (f.modeChanged())
        notes.append(tr("mode %1 → %2").arg(modeText(f.oldMode), modeText(f.newMode)));
    if (f.binary)
        notes.append(tr("binary"));
    if (f.tooLarge)
        notes.append(tr("too large (%1)").arg(QLocale().formattedDataSize(std::max(f.oldSize, f.newSize))));
    if (f.kinds.testFlag(DiffKind::Whitespace))
        notes.append(tr("whitespace only"));
    if (f.kinds.testFlag(DiffKind::LineEndings))
        notes.append(tr("line endings only"));
    return notes.join(u", "_s);
}

QString DiffFileModel::shortNote(const FileDelta &f)
{
    if (f.binary)
        return tr("binary");
    if (f.tooLarge)
        return tr("too large");
    if (f.kinds.testFlag(DiffKind::Whitespace))
        return tr("whitespace");
    if (f.kinds.testFlag(DiffKind::LineEndings))
        return tr("line endings");
    if (f.added || f.removed)
        return {};
    if (f.modeChanged())
        return tr("mode");
    if (f.status == FileStatus::Renamed)
        return tr("renamed");
    return {};
}

int DiffFileModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant DiffFileModel::data(const QModelIndex &index, int role) const
{
    const int i = fileIndex(index.row());
    if (i < 0)
        return {};
    const FileDelta &f = m_files[i];
    switch (role) {
    case Qt::DisplayRole: return f.displayPath();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text = statusName(f.status) + u": "_s + f.displayPath();
        if (!f.binary && !f.tooLarge)
            text += u"\n"_s + tr("%1 lines added, %2 removed").arg(f.added).arg(f.removed);
        const QString n = note(f);
        if (!n.isEmpty())
            text += u"\n"_s + n;
        // File names come from the repository.
        return role == Qt::ToolTipRole ? plainToolTip(text) : text;
    }
    case FileIndexRole: return i;
    case StatusRole: return int(f.status);
    case AddedRole: return f.added;
    case RemovedRole: return f.removed;
    case NoteRole: return note(f);
    case ShortNoteRole: return shortNote(f);
    default: return {};
    }
}

QSize DiffFileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {200, option.fontMetrics.height() + 10};
}

void DiffFileDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString path = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, p, widget); // selection and focus

    const DiffColors colors = DiffColors::forPalette(option.palette);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const auto status = FileStatus(index.data(DiffFileModel::StatusRole).toInt());
    const QRect r = option.rect.adjusted(6, 0, -8, 0);
    const QFontMetrics fm(option.font);
    p->save();

    // The badge: a letter on the status colour.
    const int badge = fm.height() + 2;
    const QRect badgeRect(r.left(), r.center().y() - badge / 2, badge, badge);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(statusColour(colors, status));
    p->drawRoundedRect(badgeRect, 3, 3);
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(DiffColors::isDark(option.palette) ? QColor(20, 20, 20) : QColor(255, 255, 255));
    p->drawText(badgeRect, Qt::AlignCenter, statusLetter(status));
    p->setFont(option.font);

    // Line counts (or what stands in for them) on the right.
    const int added = index.data(DiffFileModel::AddedRole).toInt();
    const int removed = index.data(DiffFileModel::RemovedRole).toInt();
    QString plus, minus;
    if (added || removed) {
        plus = u"+"_s + QString::number(added);
        minus = u"−"_s + QString::number(removed);
    }
    const QString other = index.data(DiffFileModel::ShortNoteRole).toString();
    int right = r.right();
    auto drawRight = [&](const QString &s, const QColor &c) {
        if (s.isEmpty())
            return;
        const int w = fm.horizontalAdvance(s);
        p->setPen(selected ? text : c);
        p->drawText(QRect(right - w, r.top(), w, r.height()), Qt::AlignVCenter | Qt::AlignRight, s);
        right -= w + 6;
    };
    drawRight(minus, colors.removedText);
    drawRight(plus, colors.addedText);
    drawRight(other, colors.gutterText);

    // The path, elided in the middle so both the directory and the file name show.
    const int left = badgeRect.right() + 8;
    p->setPen(text);
    p->drawText(QRect(left, r.top(), std::max(0, right - left), r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                fm.elidedText(path, Qt::ElideMiddle, std::max(0, right - left)));
    p->restore();
}

} // namespace tierdesk
