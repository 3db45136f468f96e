// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tier matrix view: version chips are selectable with the mouse and the
// keyboard (Left/Right walk the chips across tiers, Up/Down the packages), and
// when promotion is enabled a chip dragged onto a higher tier's column asks for its promotion.
#include <QMenu>
#include <QPointer>
#include <QTableView>

namespace tierdesk {

struct ChipRef {
    QString tier;
    QString name;
    QString version;
    bool isNull() const { return version.isEmpty(); }
    friend bool operator==(const ChipRef &, const ChipRef &) = default;
};

class MatrixView : public QTableView {
    Q_OBJECT

public:
    explicit MatrixView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    ChipRef currentChip() const { return m_current; }
    // Selects the chip and scrolls to it; false when the view does not show it.
    bool selectChip(const ChipRef &chip);
    // Where a chip is painted, in viewport coordinates; empty when not shown.
    QRect chipRect(const ChipRef &chip) const;
    ChipRef chipAt(const QPoint &viewportPos) const;

    // The "+N" chip of `cell`, in viewport coordinates; empty when every chip fits.
    QRect overflowRect(const QModelIndex &cell) const;
    // Opens the list of the chips behind "+N" under it; choosing one selects it. Null when none are hidden.
    QMenu *openOverflow(const QModelIndex &cell);
    QMenu *overflowMenu() const { return m_overflow; }

    void setPromotionEnabled(bool on);
    bool isPromotionEnabled() const { return m_promotionEnabled; }
    // Whether dropping `chip` on the column of `targetTier` asks for a promotion.
    bool canPromote(const ChipRef &chip, const QString &targetTier) const;

Q_SIGNALS:
    void currentChipChanged(const QString &tier, const QString &name, const QString &version);
    void promotionRequested(const QString &tier, const QString &name, const QString &version,
                            const QString &targetTier);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The package column takes about a third of the width, the tiers share the
    // rest, so all tiers stay in view when the side panel narrows the matrix.
    void fitColumns();
    QStringList versionsAt(const QModelIndex &index) const;
    void setCurrentChip(const ChipRef &chip);
    bool moveHorizontally(int step);
    std::optional<ChipRef> draggedChip(const QMimeData *mime) const;
    QString tierOfColumn(int column) const;

    ChipRef m_current;
    QPointer<QMenu> m_overflow;
    bool m_promotionEnabled = false;
    bool m_moving = false; // currentChanged caused by our own chip moves
    QPoint m_pressPos;
    ChipRef m_pressChip;
};

} // namespace tierdesk
