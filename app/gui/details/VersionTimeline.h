// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One package's versions across the tiers: a lane per tier, a column per
// version ordered by semantic version (oldest left), chips where a tier holds
// the version. The selected chip is highlighted and its column tinted, so the
// other tiers' copies of it stand out. Custom painted; keyboard and mouse.
// When the versions do not fit, the columns scroll sideways under the fixed
// lane labels (a scroll bar appears, the wheel scrolls too).
#include "storage/TierMatrix.h"

#include <QWidget>

class QPainter;
class QScrollBar;

namespace tierdesk {

struct TimelineLane {
    QString tier;
    bool present = true;       // false: the tier has no branch
    QList<VersionChip> chips;  // any order; VersionChip::toolTip explains each
};

class VersionTimeline : public QWidget {
    Q_OBJECT

public:
    explicit VersionTimeline(QWidget *parent = nullptr);

    void setLanes(const QList<TimelineLane> &lanes);
    const QList<TimelineLane> &lanes() const { return m_lanes; }
    // Every version of any lane, oldest first: the columns.
    const QStringList &columns() const { return m_columns; }

    // Also scrolls the chip into view.
    void setSelected(const QString &tier, const QString &version);
    QString selectedTier() const { return m_selectedTier; }
    QString selectedVersion() const { return m_selectedVersion; }

    // Where a chip is painted, in widget coordinates (scrolled, possibly outside the
    // visible columns); empty when the tier does not hold the version.
    QRect chipRect(const QString &tier, const QString &version) const;
    bool isScrollable() const; // the versions do not all fit
    // What a lane shows when all its chips are scrolled out of sight ("◂ 1.2.0",
    // "1.4.0 ▸": the nearest one and where it is), so it never looks empty; else empty.
    QString laneHint(const QString &tier) const;
    QScrollBar *scrollBar() const { return m_bar; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A chip was clicked or reached with the keyboard.
    void chipActivated(const QString &tier, const QString &version);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Metrics {
        int labelWidth;
        int baseColumnWidth; // what the widest chip needs
        int columnWidth;     // spread over spare width when everything fits
        int laneHeight;
        int chipHeight;
        int top;
        int captionHeight;
        int contentWidth;    // labels plus every column at its base width
        bool scrolls;
    };
    // What every part of the painting needs.
    struct PaintContext {
        QPalette pal;
        QColor base;
        QColor text;
        QColor highlight;
        bool dark;
        Metrics m;
        int lanesBottom;
        int columnsLeft;
        int columnsRight; // where the last column ends, or the widget does
        QRect columnsArea;
    };
    PaintContext paintContext() const;
    void paintPanel(QPainter &p, const PaintContext &c) const;
    void paintLabels(QPainter &p, const PaintContext &c) const;
    void paintLane(QPainter &p, const PaintContext &c, int lane) const;
    void paintChip(QPainter &p, const PaintContext &c, int lane, int column) const;
    QString laneHintAt(int lane, const QRect &visible) const;
    void paintCaption(QPainter &p, const PaintContext &c) const;
    Metrics metrics() const;
    Metrics metricsFor(int width) const;
    int heightFor(bool scrolls) const;
    void updateScrollBar();
    void scrollToSelected();
    const VersionChip *chipAt(int lane, int column) const;
    bool hitTest(const QPoint &pos, int *lane, int *column) const;
    QRect chipRectAt(int lane, int column) const;
    int laneOf(const QString &tier) const;
    void moveSelection(int dLane, int dColumn);

    QList<TimelineLane> m_lanes;
    QStringList m_columns;
    QString m_selectedTier;
    QString m_selectedVersion;
    QScrollBar *m_bar;
    int m_offset = 0;
    bool m_barShown = false;
};

} // namespace tierdesk
