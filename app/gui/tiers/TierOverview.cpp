// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tiers/TierOverview.h"

#include "common/Accessible.h"
#include "common/MessageBanner.h"
#include "common/PlainText.h"
#include "common/ThemeColors.h"
#include "storage/TierSummary.h"

#include <QEvent>
#include <QGridLayout>
#include <QResizeEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
constexpr qsizetype MaxTierProblemsOnCard = 3;

// A frame painted from the palette, so it follows light and dark themes.
class TierCard : public QFrame {
public:
    explicit TierCard(QWidget *parent) : QFrame(parent)
    {
        setFrameShape(QFrame::StyledPanel);
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Base);
        setForegroundRole(QPalette::Text);
    }
};

QLabel *textLabel(const QString &text, QWidget *parent, bool selectable = true)
{
    auto *l = plainLabel(new QLabel(text, parent));
    l->setWordWrap(true);
    l->setForegroundRole(QPalette::Text);
    if (selectable)
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

void setInk(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::Text, color);
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}
} // namespace

TierOverview::TierOverview(QWidget *parent)
    : QWidget(parent), m_warning(new MessageBanner(this)), m_cards(new QHBoxLayout), m_empty(plainLabel(new QLabel(this)))
{
    m_warning->setKind(MessageBanner::Kind::Warning);
    m_warning->setVisible(false);
    m_warning->setObjectName(u"registryWarning"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No storage is open."));
    m_cards->setSpacing(10);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(10, 10, 10, 10);
    outer->setSpacing(8);
    outer->addWidget(m_warning);
    outer->addWidget(m_empty);
    outer->addLayout(m_cards);
    outer->addStretch(1);
}

void TierOverview::setStorage(std::shared_ptr<const LoadedStorage> storage)
{
    m_snapshot = partOf(storage, &LoadedStorage::snapshot);
    rebuild();
}

QStringList TierOverview::tiers() const
{
    QStringList out;
    if (m_snapshot)
        for (const TierState &t : m_snapshot->tiers)
            out.append(t.name);
    return out;
}

QString TierOverview::cardText(const QString &tier) const { return m_cardLines.value(tier).join(u'\n'); }

QString TierOverview::registryWarning() const { return m_warning->isHidden() ? QString() : m_warning->text(); }

void TierOverview::rebuild()
{
    m_rebuilding = true;
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_cardLines.clear();
    m_empty->setVisible(!m_snapshot);
    const QString warning = m_snapshot ? TierSummary::registryWarning(*m_snapshot) : QString();
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    if (m_snapshot) {
        const bool differs = !warning.isEmpty();
        for (qsizetype i = 0; i < m_snapshot->tiers.size(); ++i) {
            const TierState &t = m_snapshot->tiers[i];
            QString next;
            for (qsizetype j = i + 1; j < m_snapshot->tiers.size() && next.isEmpty(); ++j)
                if (m_snapshot->tiers[j].present())
                    next = m_snapshot->tiers[j].name;
            m_cards->addWidget(card(t, t.present() ? next : QString(), differs), 1);
        }
    }
    m_rebuilding = false;
    updateGeometry();
}

QSize TierOverview::minimumSizeHint() const
{
    QSize size = QWidget::minimumSizeHint();
    if (layout() && layout()->hasHeightForWidth())
        size.setHeight(std::max(size.height(), layout()->totalHeightForWidth(width())));
    return size;
}

void TierOverview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry(); // wrapped lines change with the width
}

QWidget *TierOverview::card(const TierState &t, const QString &nextTier, bool registryDiffers)
{
    auto *frame = new TierCard(this);
    frame->setObjectName(u"tierCard-"_s + t.name);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    QStringList &lines = m_cardLines[t.name];

    auto *name = textLabel(t.name, frame);
    QFont big = name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    name->setFont(big);
    layout->addWidget(name);
    lines.append(t.name);

    if (!t.present()) {
        auto *absent = textLabel(tr("No branch for this tier."), frame);
        setInk(absent, dimmedText(palette()));
        layout->addWidget(absent);
        lines.append(absent->text());
        layout->addStretch(1);
        return frame;
    }
    if (t.head.id.isNull()) { // the branch leads to no readable commit: there is nothing to count
        auto *branch = textLabel(t.refName, frame);
        layout->addWidget(branch);
        lines.append(branch->text());
        addTierProblems(t, frame, layout, lines);
        layout->addStretch(1);
        return frame;
    }
    layout->addLayout(cardRows(t, registryDiffers, frame, lines));
    addTierProblems(t, frame, layout, lines);
    layout->addStretch(1);
    if (!nextTier.isEmpty())
        layout->addLayout(compareButton(t.name, nextTier, frame));
    return frame;
}

// The tier's own problems (its branch, its root, packages/) in words; the
// versions' problems are on their chips.
void TierOverview::addTierProblems(const TierState &t, QWidget *frame, QVBoxLayout *layout, QStringList &lines) const
{
    const qsizetype shown = std::min<qsizetype>(t.problems.size(), MaxTierProblemsOnCard);
    const QColor ink = mix(problemHue(), palette().color(QPalette::Text), 0.25);
    for (qsizetype i = 0; i < shown; ++i) {
        auto *label = textLabel(u"⚠ "_s + t.problems[i].message, frame);
        setInk(label, ink);
        layout->addWidget(label);
        lines.append(label->text());
    }
    if (t.problems.size() > shown) {
        auto *more = textLabel(tr("… and %n more.", nullptr, int(t.problems.size() - shown)), frame);
        setInk(more, ink);
        layout->addWidget(more);
        lines.append(more->text());
    }
}

QLayout *TierOverview::cardRows(const TierState &t, bool registryDiffers, QWidget *frame, QStringList &lines)
{
    const QPalette &pal = palette();
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    int row = 0;
    const auto addRow = [&](const QString &label, QLabel *value) {
        auto *l = textLabel(label, frame, false);
        setInk(l, dimmedText(pal));
        grid->addWidget(l, row, 0, Qt::AlignTop);
        grid->addWidget(value, row, 1);
        ++row;
        lines.append(label + u": "_s + value->text());
    };
    addRow(tr("Branch"), textLabel(t.refName, frame));
    const QString when = QLocale().toString(t.head.commitTime, QLocale::ShortFormat);
    auto *tip = textLabel(t.head.id.shortHex() + u" · "_s + when, frame);
    tip->setToolTip(t.head.id.toHex());
    addRow(tr("Tip"), tip);
    auto *subject = textLabel(t.head.subject, frame);
    setInk(subject, dimmedText(pal));
    grid->addWidget(subject, row++, 1);
    lines.append(t.head.subject);
    addRow(tr("Packages"), textLabel(QString::number(t.packageNames().size()), frame));
    addRow(tr("Versions"), textLabel(QString::number(t.versions.size()), frame));
    const int problems = t.problemCount();
    auto *problemLabel = textLabel(problems > 0 ? u"⚠ "_s + QString::number(problems) : tr("None"), frame);
    if (problems > 0)
        setInk(problemLabel, mix(problemHue(), pal.color(QPalette::Text), 0.25));
    addRow(tr("Problems"), problemLabel);
    addRow(tr("Registry"), registryLabel(t, registryDiffers, frame));
    if (QLabel *remote = remoteLabel(t, frame)) {
        addRow(tr("Remote"), remote);
        lines.append(remote->text());
    }
    // A tier's distribution serves its own versions and every higher tier's.
    QStringList served;
    for (const TierState &other : m_snapshot->tiers)
        if (other.present() && other.rank >= t.rank)
            served.append(other.name);
    auto *serves = textLabel(served.join(u", "_s), frame);
    serves->setToolTip(plainToolTip(tr("The %1 distribution serves the versions of these tiers; where several hold "
                                       "a version, the highest tier's copy wins.")
                                        .arg(t.name)));
    addRow(tr("Serves"), serves);
    return grid;
}

QLabel *TierOverview::registryLabel(const TierState &t, bool registryDiffers, QWidget *frame) const
{
    const QPalette &pal = palette();
    QLabel *registry;
    if (t.registryVersion.isEmpty()) {
        registry = textLabel(tr("not set (no Dockerfile with ARG PACKAGE_REGISTRY)"), frame);
        setInk(registry, dimmedText(pal));
    } else if (registryDiffers) {
        registry = textLabel(u"⚠ "_s + t.registryVersion + u' ' + tr("(differs between tiers)"), frame);
        setInk(registry, mix(warningHue(), pal.color(QPalette::Text), 0.35));
    } else {
        registry = textLabel(t.registryVersion, frame);
    }
    return registry;
}

QLabel *TierOverview::remoteLabel(const TierState &t, QWidget *frame) const
{
    const QString tracking = TierSummary::trackingText(t);
    if (tracking.isEmpty())
        return nullptr;
    auto *remote = textLabel(tracking, frame);
    if (t.behind > 0) {
        setInk(remote, mix(warningHue(), palette().color(QPalette::Text), 0.35));
        remote->setText(u"⚠ "_s + tracking);
        remote->setToolTip(plainToolTip(
            tr("A fetch does not move local branches: Tierdesk shows %1 as the local branch has it.").arg(t.name)));
    }
    return remote;
}

QLayout *TierOverview::compareButton(const QString &tier, const QString &nextTier, QWidget *frame)
{
    auto *compare = new QPushButton(tr("Compare with %1").arg(nextTier), frame);
    compare->setObjectName(u"compare-"_s + tier);
    describeWithTip(compare, {}, tr("Show below what differs between %1 and %2").arg(tier, nextTier));
    connect(compare, &QPushButton::clicked, this, [this, tier, nextTier] { Q_EMIT compareRequested(tier, nextTier); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(compare);
    return buttons;
}

void TierOverview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The cards' inks are derived from the palette; rebuilt once the change has propagated.
    if (event->type() == QEvent::PaletteChange && !m_rebuilding)
        QMetaObject::invokeMethod(this, &TierOverview::rebuild, Qt::QueuedConnection);
}

} // namespace tierdesk
