// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "details/VersionTimeline.h"

#include "common/Accessible.h"
#include "common/PlainText.h"
#include "common/ThemeColors.h"
#include "core/Version.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
constexpr int ChipPadding = 7;  // text to chip edge
constexpr int ColumnGap = 10;   // between chips of neighbouring columns
constexpr int LanePadding = 5;  // above and below a chip
constexpr int Frame = 1;

int textWidth(const QFontMetrics &fm, const QString &text)
{
    return int(std::ceil(QFontMetricsF(fm).horizontalAdvance(text))) + 1;
}

bool versionLess(const QString &a, const QString &b)
{
    const auto va = Version::parse(a);
    const auto vb = Version::parse(b);
    if (va && vb && *va != *vb)
        return *va < *vb;
    if (bool(va) != bool(vb))
        return bool(va); // directories that are not versions go last
    return a < b;
}

// The preferred text colour on `background`, or black or white when it would be hard to read.
QColor readableOn(const QColor &background, const QColor &preferred)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](float v) { return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f); };
        const QColor rgb = c.toRgb();
        return 0.2126f * channel(rgb.redF()) + 0.7152f * channel(rgb.greenF()) + 0.0722f * channel(rgb.blueF());
    };
    const auto contrast = [&](const QColor &a, const QColor &b) {
        const float la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
    };
    if (contrast(background, preferred) >= 3.0f) // chips are small but bold enough; keep the theme's look when it reads well
        return preferred;
    return contrast(background, Qt::black) >= contrast(background, Qt::white) ? QColor(Qt::black) : QColor(Qt::white);
}

QString laneLabel(const TimelineLane &lane)
{
    return lane.tier;
}
} // namespace

VersionTimeline::VersionTimeline(QWidget *parent) : QWidget(parent), m_bar(new QScrollBar(Qt::Horizontal, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    describeControl(this, tr("Versions across tiers"),
                    tr("Every version of the package on a line, one row per tier; arrow keys move between versions"));
    m_bar->setVisible(false);
    m_bar->setFocusPolicy(Qt::NoFocus);
    connect(m_bar, &QScrollBar::valueChanged, this, [this](int value) {
        m_offset = value;
        update();
    });
}

void VersionTimeline::setLanes(const QList<TimelineLane> &lanes)
{
    m_lanes = lanes;
    QStringList columns;
    for (const TimelineLane &lane : m_lanes)
        for (const VersionChip &chip : lane.chips)
            if (!columns.contains(chip.version))
                columns.append(chip.version);
    std::ranges::sort(columns, versionLess);
    m_columns = columns;
    updateScrollBar();
    updateGeometry();
    update();
}

void VersionTimeline::setSelected(const QString &tier, const QString &version)
{
    m_selectedTier = tier;
    m_selectedVersion = version;
    scrollToSelected();
    update();
}

VersionTimeline::Metrics VersionTimeline::metrics() const { return metricsFor(width()); }

VersionTimeline::Metrics VersionTimeline::metricsFor(int availableWidth) const
{
    const QFontMetrics fm = fontMetrics();
    Metrics m{};
    for (const TimelineLane &lane : m_lanes)
        m.labelWidth = std::max(m.labelWidth, textWidth(fm, laneLabel(lane)));
    m.labelWidth += 2 * ChipPadding;
    int widest = textWidth(fm, u"0.0.0"_s);
    for (const TimelineLane &lane : m_lanes)
        for (const VersionChip &chip : lane.chips)
            widest = std::max(widest, textWidth(fm, chip.label()));
    m.baseColumnWidth = widest + 2 * ChipPadding + ColumnGap;
    const int n = int(std::max<qsizetype>(1, m_columns.size()));
    m.contentWidth = m.labelWidth + n * m.baseColumnWidth + 2 * Frame;
    m.scrolls = m.contentWidth > availableWidth;
    const int available = availableWidth - m.labelWidth - 2 * Frame;
    // Spread the columns over spare width, but not so far that the eye loses the lane.
    m.columnWidth = m.scrolls ? m.baseColumnWidth : std::clamp(available / n, m.baseColumnWidth, m.baseColumnWidth * 2);
    m.chipHeight = fm.height() + 6;
    m.laneHeight = m.chipHeight + 2 * LanePadding;
    m.top = Frame;
    m.captionHeight = fm.height() + 4;
    return m;
}

int VersionTimeline::heightFor(bool scrolls) const
{
    const Metrics m = metricsFor(0);
    const int lanes = int(std::max<qsizetype>(1, m_lanes.size()));
    return 2 * Frame + lanes * m.laneHeight + (scrolls ? m_bar->sizeHint().height() + 2 : 0) + m.captionHeight;
}

bool VersionTimeline::isScrollable() const { return metrics().scrolls; }

QSize VersionTimeline::sizeHint() const
{
    const Metrics m = metrics();
    return {m.contentWidth, heightFor(m.scrolls)};
}

QSize VersionTimeline::minimumSizeHint() const
{
    const Metrics m = metrics();
    return {m.labelWidth + m.baseColumnWidth + 2 * Frame, heightFor(m.scrolls)};
}

void VersionTimeline::updateScrollBar()
{
    const Metrics m = metrics();
    const int lanesBottom = m.top + int(m_lanes.size()) * m.laneHeight + Frame;
    m_bar->setGeometry(m.labelWidth + Frame, lanesBottom + 1, width() - m.labelWidth - 2 * Frame,
                       m_bar->sizeHint().height());
    m_bar->setRange(0, m.scrolls ? m.contentWidth - width() : 0);
    m_bar->setPageStep(std::max(1, width() - m.labelWidth));
    m_bar->setSingleStep(m.baseColumnWidth);
    m_bar->setVisible(m.scrolls);
    m_offset = m.scrolls ? m_bar->value() : 0;
    if (m.scrolls != m_barShown) {
        m_barShown = m.scrolls;
        updateGeometry(); // the bar needs room below the lanes
    }
}

void VersionTimeline::scrollToSelected()
{
    const int column = int(m_columns.indexOf(m_selectedVersion));
    if (column < 0 || !m_bar->isVisible())
        return;
    const Metrics m = metrics();
    const int left = column * m.columnWidth;   // in the scrolled area's coordinates
    const int right = left + m.columnWidth;
    const int visible = width() - m.labelWidth - 2 * Frame;
    if (left < m_bar->value())
        m_bar->setValue(left);
    else if (right > m_bar->value() + visible)
        m_bar->setValue(right - visible);
}

void VersionTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateScrollBar();
    scrollToSelected();
}

void VersionTimeline::wheelEvent(QWheelEvent *event)
{
    if (!m_bar->isVisible()) {
        QWidget::wheelEvent(event);
        return;
    }
    const QPoint delta = event->angleDelta();
    const int steps = (delta.x() != 0 ? delta.x() : delta.y()) / 120;
    if (steps == 0) {
        event->ignore();
        return;
    }
    m_bar->setValue(m_bar->value() - steps * m_bar->singleStep());
    event->accept();
}

int VersionTimeline::laneOf(const QString &tier) const
{
    for (int i = 0; i < m_lanes.size(); ++i)
        if (m_lanes[i].tier == tier)
            return i;
    return -1;
}

const VersionChip *VersionTimeline::chipAt(int lane, int column) const
{
    if (lane < 0 || lane >= m_lanes.size() || column < 0 || column >= m_columns.size())
        return nullptr;
    for (const VersionChip &chip : m_lanes[lane].chips)
        if (chip.version == m_columns[column])
            return &chip;
    return nullptr;
}

QRect VersionTimeline::chipRectAt(int lane, int column) const
{
    const VersionChip *chip = chipAt(lane, column);
    if (!chip)
        return {};
    const Metrics m = metrics();
    const int w = std::min(textWidth(fontMetrics(), chip->label()) + 2 * ChipPadding, m.columnWidth - 2);
    const int cx = Frame + m.labelWidth + column * m.columnWidth + m.columnWidth / 2 - m_offset;
    const int y = m.top + lane * m.laneHeight + LanePadding;
    return {cx - w / 2, y, w, m.chipHeight};
}

QRect VersionTimeline::chipRect(const QString &tier, const QString &version) const
{
    return chipRectAt(laneOf(tier), int(m_columns.indexOf(version)));
}

bool VersionTimeline::hitTest(const QPoint &pos, int *lane, int *column) const
{
    if (pos.x() < Frame + metrics().labelWidth)
        return false; // the fixed labels cover scrolled-away chips
    for (int l = 0; l < m_lanes.size(); ++l)
        for (int c = 0; c < m_columns.size(); ++c)
            if (chipRectAt(l, c).adjusted(-2, -2, 2, 2).contains(pos)) {
                *lane = l;
                *column = c;
                return true;
            }
    return false;
}

VersionTimeline::PaintContext VersionTimeline::paintContext() const
{
    PaintContext c{palette(), {}, {}, {}, false, metrics(), 0, 0, 0, {}};
    c.base = c.pal.color(QPalette::Base);
    c.text = c.pal.color(QPalette::Text);
    c.highlight = c.pal.color(QPalette::Highlight);
    c.dark = c.base.lightnessF() < 0.5;
    c.lanesBottom = c.m.top + int(m_lanes.size()) * c.m.laneHeight;
    c.columnsLeft = Frame + c.m.labelWidth;
    c.columnsRight = std::min(width() - Frame, c.columnsLeft + int(m_columns.size()) * c.m.columnWidth - m_offset);
    c.columnsArea = QRect(c.columnsLeft, c.m.top, width() - Frame - c.columnsLeft, c.lanesBottom - c.m.top);
    return c;
}

void VersionTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const PaintContext c = paintContext();
    paintPanel(p, c);
    paintLabels(p, c);
    p.save();
    p.setClipRect(c.columnsArea);
    // The selected version's column, across every lane.
    const int selectedColumn = int(m_columns.indexOf(m_selectedVersion));
    if (selectedColumn >= 0) {
        const QRect col(c.columnsLeft + selectedColumn * c.m.columnWidth - m_offset, c.m.top, c.m.columnWidth,
                        c.lanesBottom - c.m.top);
        p.fillRect(col, mix(c.base, c.highlight, c.dark ? 0.2 : 0.1));
    }
    for (int l = 0; l < m_lanes.size(); ++l)
        paintLane(p, c, l);
    p.restore();
    paintCaption(p, c);
}

void VersionTimeline::paintPanel(QPainter &p, const PaintContext &c) const
{
    // The panel and its lanes.
    const QRect panel(0, 0, width(), c.lanesBottom + Frame);
    p.setPen(QPen(mix(c.base, c.text, 0.22), 1));
    p.setBrush(c.base);
    p.drawRoundedRect(QRectF(panel).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    for (int l = 0; l < m_lanes.size(); ++l) {
        const QRect laneRect(Frame, c.m.top + l * c.m.laneHeight, width() - 2 * Frame, c.m.laneHeight);
        if (l % 2 == 1)
            p.fillRect(laneRect, mix(c.base, c.text, c.dark ? 0.05 : 0.035));
    }
}

void VersionTimeline::paintLabels(QPainter &p, const PaintContext &c) const
{
    // Lane labels stay put; the columns scroll under them.
    for (int l = 0; l < m_lanes.size(); ++l) {
        const TimelineLane &lane = m_lanes[l];
        const int y = c.m.top + l * c.m.laneHeight;
        const QRect labelRect(Frame + ChipPadding, y, c.m.labelWidth - ChipPadding, c.m.laneHeight);
        QFont f = font();
        f.setBold(lane.tier == m_selectedTier);
        p.setFont(f);
        p.setPen(lane.present ? c.text : dimmedText(c.pal));
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft, laneLabel(lane));
    }
    p.setFont(font());
    if (m_offset > 0) { // a hint that columns are scrolled away to the left
        p.setPen(QPen(mix(c.base, c.text, 0.3), 1));
        p.drawLine(QPointF(c.columnsLeft - 0.5, c.m.top), QPointF(c.columnsLeft - 0.5, c.lanesBottom));
    }
}

void VersionTimeline::paintLane(QPainter &p, const PaintContext &c, int l) const
{
    const TimelineLane &lane = m_lanes[l];
    const int y = c.m.top + l * c.m.laneHeight;
    if (!lane.present || lane.chips.isEmpty()) {
        p.setPen(dimmedText(c.pal));
        const QRect rest(c.columnsLeft + ChipPadding, y, width() - c.columnsLeft - ChipPadding - Frame, c.m.laneHeight);
        p.drawText(rest, Qt::AlignVCenter | Qt::AlignLeft,
                   lane.present ? tr("no version of this package") : tr("no branch"));
        return;
    }
    // The lane's axis, from its oldest to its newest chip.
    int first = -1, last = -1;
    for (int col = 0; col < m_columns.size(); ++col)
        if (chipAt(l, col)) {
            if (first < 0)
                first = col;
            last = col;
        }
    const int axisY = y + c.m.laneHeight / 2;
    if (first >= 0 && last > first) {
        p.setPen(QPen(mix(c.base, c.text, 0.3), 1.5));
        p.drawLine(QPointF(chipRectAt(l, first).center().x(), axisY + 0.5),
                   QPointF(chipRectAt(l, last).center().x(), axisY + 0.5));
    }
    for (int col = 0; col < m_columns.size(); ++col)
        paintChip(p, c, l, col);
    if (const QString hint = laneHintAt(l, c.columnsArea); !hint.isEmpty()) {
        p.setPen(dimmedText(c.pal));
        const QRect rest = QRect(c.columnsArea.left(), y, c.columnsArea.width(), c.m.laneHeight)
                               .adjusted(ChipPadding, 0, -ChipPadding, 0);
        const bool left = hint.startsWith(u'◂');
        p.drawText(rest, Qt::AlignVCenter | (left ? Qt::AlignLeft : Qt::AlignRight), hint);
    }
}

QString VersionTimeline::laneHintAt(int l, const QRect &visible) const
{
    int nearestLeft = -1, nearestRight = -1;
    for (int col = 0; col < m_columns.size(); ++col) {
        const QRect r = chipRectAt(l, col);
        if (r.isNull())
            continue;
        if (r.intersects(visible))
            return {};
        if (r.right() < visible.left())
            nearestLeft = col; // the last one to the left is the nearest
        else if (nearestRight < 0)
            nearestRight = col;
    }
    if (nearestRight >= 0)
        return tr("%1 ▸").arg(chipAt(l, nearestRight)->label());
    if (nearestLeft >= 0)
        return tr("◂ %1").arg(chipAt(l, nearestLeft)->label());
    return {};
}

QString VersionTimeline::laneHint(const QString &tier) const
{
    const int l = laneOf(tier);
    return l < 0 ? QString() : laneHintAt(l, paintContext().columnsArea);
}

void VersionTimeline::paintChip(QPainter &p, const PaintContext &c, int l, int column) const
{
    const VersionChip *chip = chipAt(l, column);
    if (!chip)
        return;
    const QRect r = chipRectAt(l, column);
    if (!r.intersects(c.columnsArea))
        return;
    const bool selected = m_lanes[l].tier == m_selectedTier && chip->version == m_selectedVersion;
    ChipColors colors = chipColors(c.pal, *chip);
    if (selected) {
        colors.fill = c.highlight;
        colors.text = readableOn(c.highlight, c.pal.color(QPalette::HighlightedText));
        colors.border = mix(c.highlight, c.text, 0.35);
    }
    const QRectF rf = QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(colors.border, selected ? 1.5 : 1, colors.borderStyle));
    p.setBrush(colors.fill);
    p.drawRoundedRect(rf, rf.height() / 2.5, rf.height() / 2.5);
    p.setPen(colors.text);
    p.drawText(r, Qt::AlignCenter | Qt::TextDontClip, chip->label());
    if (selected && hasFocus()) {
        QStyleOptionFocusRect o;
        o.initFrom(this);
        o.rect = r.adjusted(-3, -3, 3, 3);
        o.backgroundColor = c.base;
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &o, &p, this);
    }
}

void VersionTimeline::paintCaption(QPainter &p, const PaintContext &c) const
{
    // Which way time runs.
    if (m_columns.size() <= 1)
        return;
    p.setPen(dimmedText(c.pal, QPalette::WindowText));
    const int top = c.lanesBottom + Frame + 2 + (m_bar->isVisible() ? m_bar->height() + 2 : 0);
    const QRect caption(c.columnsLeft, top, std::max(c.columnsRight, width() / 2) - c.columnsLeft, c.m.captionHeight);
    p.drawText(caption.adjusted(ChipPadding, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop, tr("← older"));
    p.drawText(caption.adjusted(0, 0, -ChipPadding, 0), Qt::AlignRight | Qt::AlignTop, tr("newer →"));
}

void VersionTimeline::mousePressEvent(QMouseEvent *event)
{
    int lane = -1, column = -1;
    if (event->button() == Qt::LeftButton && hitTest(event->position().toPoint(), &lane, &column)) {
        const QString tier = m_lanes[lane].tier, version = m_columns[column]; // receivers may replace the lanes
        setSelected(tier, version);
        Q_EMIT chipActivated(tier, version);
        return;
    }
    QWidget::mousePressEvent(event);
}

void VersionTimeline::moveSelection(int dLane, int dColumn)
{
    int lane = laneOf(m_selectedTier);
    int column = int(m_columns.indexOf(m_selectedVersion));
    if (lane < 0 || column < 0)
        return;
    for (;;) {
        lane += dLane;
        column += dColumn;
        if (lane < 0 || lane >= m_lanes.size() || column < 0 || column >= m_columns.size())
            return; // nothing further that way
        if (chipAt(lane, column)) {
            const QString tier = m_lanes[lane].tier, version = m_columns[column];
            setSelected(tier, version);
            Q_EMIT chipActivated(tier, version);
            return;
        }
    }
}

void VersionTimeline::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: moveSelection(0, -1); break;
    case Qt::Key_Right: moveSelection(0, 1); break;
    case Qt::Key_Up: moveSelection(-1, 0); break;
    case Qt::Key_Down: moveSelection(1, 0); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

bool VersionTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        int lane = -1, column = -1;
        if (hitTest(help->pos(), &lane, &column))
            QToolTip::showText(help->globalPos(), plainToolTip(chipAt(lane, column)->toolTip), this, chipRectAt(lane, column));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace tierdesk
