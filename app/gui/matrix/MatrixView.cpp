// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrix/MatrixView.h"
#include <QResizeEvent>
#include <QHeaderView>

#include "common/PlainText.h"
#include "matrix/TierMatrixModel.h"
#include "matrix/VersionChipDelegate.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
const auto ChipMime = u"application/x-tierdesk-version"_s;
}

MatrixView::MatrixView(QWidget *parent) : QTableView(parent)
{
    setAccessibleName(tr("Tier matrix"));
    setAccessibleDescription(tr("Packages in rows, tiers in columns; arrow keys move between versions"));
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::NoDragDrop); // our own drag, only when promotion is enabled
}

QStringList MatrixView::versionsAt(const QModelIndex &index) const
{
    return index.isValid() ? index.data(TierMatrixModel::VersionsRole).toStringList() : QStringList();
}

QString MatrixView::tierOfColumn(int column) const
{
    return model() ? model()->headerData(column, Qt::Horizontal, TierMatrixModel::TierRole).toString() : QString();
}

QRect MatrixView::chipRect(const ChipRef &chip) const
{
    if (!model() || chip.isNull())
        return {};
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex package = model()->index(row, TierMatrixModel::PackageColumn);
        if (package.data(TierMatrixModel::PackageNameRole).toString() != chip.name)
            continue;
        for (int column = 1; column < model()->columnCount(); ++column) {
            if (tierOfColumn(column) != chip.tier)
                continue;
            const QModelIndex cell = model()->index(row, column);
            const auto chips = cell.data(TierMatrixModel::ChipsRole).value<QList<VersionChip>>();
            const auto l = VersionChipDelegate::cellLayout(visualRect(cell), QFontMetrics(font()), cell, m_current);
            for (qsizetype i = 0; i < l.chips.size(); ++i)
                if (chips[l.order[i]].version == chip.version)
                    return l.chips[i];
            return l.hidden > 0 ? l.more : QRect();
        }
    }
    return {};
}

ChipRef MatrixView::chipAt(const QPoint &pos) const
{
    const QModelIndex cell = indexAt(pos);
    if (!cell.isValid() || cell.column() == TierMatrixModel::PackageColumn)
        return {};
    const auto chips = cell.data(TierMatrixModel::ChipsRole).value<QList<VersionChip>>();
    const auto l = VersionChipDelegate::cellLayout(visualRect(cell), QFontMetrics(font()), cell, m_current);
    const QString name = cell.data(TierMatrixModel::PackageNameRole).toString();
    for (qsizetype i = 0; i < l.chips.size(); ++i)
        if (l.chips[i].contains(pos))
            return {tierOfColumn(cell.column()), name, chips[l.order[i]].version};
    return {};
}

QRect MatrixView::overflowRect(const QModelIndex &cell) const
{
    if (!cell.isValid() || cell.column() == TierMatrixModel::PackageColumn)
        return {};
    const auto l = VersionChipDelegate::cellLayout(visualRect(cell), QFontMetrics(font()), cell, m_current);
    return l.hidden > 0 ? l.more : QRect();
}

QMenu *MatrixView::openOverflow(const QModelIndex &cell)
{
    const QRect more = overflowRect(cell);
    if (more.isEmpty())
        return nullptr;
    const auto chips = cell.data(TierMatrixModel::ChipsRole).value<QList<VersionChip>>();
    const auto l = VersionChipDelegate::cellLayout(visualRect(cell), QFontMetrics(font()), cell, m_current);
    const QString tier = tierOfColumn(cell.column());
    const QString name = cell.data(TierMatrixModel::PackageNameRole).toString();
    if (m_overflow)
        m_overflow->close();
    auto *menu = new QMenu(this);
    menu->setObjectName(u"chipOverflow"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    menu->addSection(tr("%1 in %2: %n more version(s)", nullptr, l.hidden).arg(name, tier));
    for (qsizetype i = 0; i < chips.size(); ++i) {
        if (l.order.contains(int(i)))
            continue;
        const VersionChip &chip = chips[i];
        // Repository text stays text: '&' is no shortcut marker, a tooltip no HTML.
        QAction *action = menu->addAction(literalMnemonic(chip.label()));
        action->setToolTip(plainToolTip(chip.toolTip));
        action->setData(chip.version);
        connect(action, &QAction::triggered, this, [this, tier, name, version = chip.version] {
            selectChip({tier, name, version});
        });
    }
    m_overflow = menu;
    menu->popup(viewport()->mapToGlobal(more.bottomLeft()));
    return menu;
}

void MatrixView::setCurrentChip(const ChipRef &chip)
{
    if (chip == m_current)
        return;
    m_current = chip;
    viewport()->update();
    Q_EMIT currentChipChanged(chip.tier, chip.name, chip.version);
}

bool MatrixView::selectChip(const ChipRef &chip)
{
    if (!model())
        return false;
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->index(row, 0).data(TierMatrixModel::PackageNameRole).toString() != chip.name)
            continue;
        for (int column = 1; column < model()->columnCount(); ++column) {
            if (tierOfColumn(column) != chip.tier)
                continue;
            const QModelIndex cell = model()->index(row, column);
            if (!versionsAt(cell).contains(chip.version))
                return false;
            m_moving = true;
            setCurrentIndex(cell);
            m_moving = false;
            scrollTo(cell);
            setCurrentChip(chip);
            return true;
        }
    }
    return false;
}

void MatrixView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &MatrixView::fitColumns);
        connect(model, &QAbstractItemModel::columnsInserted, this, &MatrixView::fitColumns);
        connect(model, &QAbstractItemModel::columnsRemoved, this, &MatrixView::fitColumns);
    }
    fitColumns();
}

void MatrixView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
    // A selection the resize half hid (the side panel opening, the filters
    // wrapping) comes back into view; one scrolled away entirely stays away.
    const QModelIndex current = currentIndex();
    if (current.isValid()) {
        const QRect cell = visualRect(current);
        if (cell.intersects(viewport()->rect()) && !viewport()->rect().contains(cell))
            scrollTo(current);
    }
}

void MatrixView::fitColumns()
{
    QHeaderView *header = horizontalHeader();
    const int columns = model() ? model()->columnCount() : 0;
    if (columns <= 1)
        return;
    header->setMinimumSectionSize(std::min(90, header->minimumSectionSize()));
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(TierMatrixModel::PackageColumn, QHeaderView::Fixed);
    const QFontMetrics fm(font());
    // Between about 14 and 30 characters: a package name, and a title line.
    const int wanted = std::clamp(viewport()->width() * 3 / 10, 14 * fm.averageCharWidth() + 16,
                                  30 * fm.averageCharWidth() + 16);
    header->resizeSection(TierMatrixModel::PackageColumn, wanted);
}

void MatrixView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (m_moving || !current.isValid())
        return;
    // Moving to another cell (Up/Down, Tab, a click between chips) selects a chip there when it has any,
    // keeping the position within the cell where possible.
    const QStringList versions = versionsAt(current);
    if (current.column() == TierMatrixModel::PackageColumn || versions.isEmpty())
        return;
    qsizetype position = 0;
    if (previous.isValid() && previous.column() == current.column())
        position = std::max<qsizetype>(0, versionsAt(previous).indexOf(m_current.version));
    setCurrentChip({tierOfColumn(current.column()), current.data(TierMatrixModel::PackageNameRole).toString(),
                    versions.value(std::min(position, versions.size() - 1))});
}

bool MatrixView::moveHorizontally(int step)
{
    QModelIndex cell = currentIndex();
    if (!cell.isValid() || !model())
        return false;
    QStringList versions = versionsAt(cell);
    const bool sameRow = cell.data(TierMatrixModel::PackageNameRole).toString() == m_current.name
        && tierOfColumn(cell.column()) == m_current.tier;
    qsizetype at = sameRow ? versions.indexOf(m_current.version) : -1;
    if (at >= 0 && at + step >= 0 && at + step < versions.size()) {
        setCurrentChip({m_current.tier, m_current.name, versions[at + step]});
        return true;
    }
    // Into the next cell in that direction that has chips.
    for (int column = cell.column() + step; column >= 1 && column < model()->columnCount(); column += step) {
        const QModelIndex next = model()->index(cell.row(), column);
        versions = versionsAt(next);
        if (versions.isEmpty())
            continue;
        m_moving = true;
        setCurrentIndex(next);
        m_moving = false;
        setCurrentChip({tierOfColumn(column), next.data(TierMatrixModel::PackageNameRole).toString(),
                        step > 0 ? versions.constFirst() : versions.constLast()});
        return true;
    }
    return false;
}

void MatrixView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        if (event->key() == Qt::Key_Right && moveHorizontally(1)) {
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Left && moveHorizontally(-1)) {
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
            event->accept(); // at an end: stay on the chip
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void MatrixView::mousePressEvent(QMouseEvent *event)
{
    const ChipRef chip = chipAt(event->position().toPoint());
    m_pressPos = event->position().toPoint();
    m_pressChip = chip;
    if (chip.isNull()) {
        const QModelIndex cell = indexAt(m_pressPos);
        if (event->button() == Qt::LeftButton && overflowRect(cell).contains(m_pressPos)) {
            openOverflow(cell);
            event->accept();
            return;
        }
        QTableView::mousePressEvent(event);
        return;
    }
    const QModelIndex cell = indexAt(m_pressPos);
    m_moving = true;
    setCurrentIndex(cell);
    m_moving = false;
    setCurrentChip(chip);
    event->accept();
}

void MatrixView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_promotionEnabled || m_pressChip.isNull() || !(event->buttons() & Qt::LeftButton)
        || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
        QTableView::mouseMoveEvent(event);
        return;
    }
    auto *mime = new QMimeData;
    mime->setData(ChipMime, QStringList{m_pressChip.tier, m_pressChip.name, m_pressChip.version}.join(u'\n').toUtf8());
    mime->setText(m_pressChip.name + u' ' + m_pressChip.version);
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    m_pressChip = {};
    drag->exec(Qt::CopyAction);
}

void MatrixView::setPromotionEnabled(bool on)
{
    m_promotionEnabled = on;
}

bool MatrixView::canPromote(const ChipRef &chip, const QString &targetTier) const
{
    if (!m_promotionEnabled || chip.isNull() || !model())
        return false;
    int from = -1;
    int to = -1;
    for (int column = 1; column < model()->columnCount(); ++column) {
        if (tierOfColumn(column) == chip.tier)
            from = column;
        if (tierOfColumn(column) == targetTier)
            to = column;
    }
    return from > 0 && to > from;
}

std::optional<ChipRef> MatrixView::draggedChip(const QMimeData *mime) const
{
    if (!mime || !mime->hasFormat(ChipMime))
        return std::nullopt;
    const QStringList parts = QString::fromUtf8(mime->data(ChipMime)).split(u'\n');
    if (parts.size() != 3)
        return std::nullopt;
    return ChipRef{parts[0], parts[1], parts[2]};
}

void MatrixView::dragEnterEvent(QDragEnterEvent *event)
{
    if (draggedChip(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MatrixView::dragMoveEvent(QDragMoveEvent *event)
{
    const auto chip = draggedChip(event->mimeData());
    const QString target = tierOfColumn(columnAt(event->position().toPoint().x()));
    if (chip && canPromote(*chip, target))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MatrixView::dropEvent(QDropEvent *event)
{
    const auto chip = draggedChip(event->mimeData());
    const QString target = tierOfColumn(columnAt(event->position().toPoint().x()));
    if (!chip || !canPromote(*chip, target)) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT promotionRequested(chip->tier, chip->name, chip->version, target);
}

} // namespace tierdesk
