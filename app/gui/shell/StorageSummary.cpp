// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/StorageSummary.h"

#include "common/LoadedStorage.h"
#include "common/PlainText.h"
#include "common/ElidedLabel.h"
#include "common/ThemeColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
constexpr int MaxProblemsInToolTip = 15;
}

StorageSummary::StorageSummary(QWidget *parent)
    : QWidget(parent)
    , m_counts(new ElidedLabel(this))
    , m_tiers(new ElidedLabel(this))
    , m_problems(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_counts->setObjectName(u"summaryLabel"_s);
    m_tiers->setObjectName(u"tiersLabel"_s);
    m_tiers->setAutoToolTip(false); // the tips tell each tier's tip commit
    m_problems->setObjectName(u"problemsIndicator"_s);
    m_problems->setAutoRaise(true);
    m_problems->setCheckable(true);
    m_problems->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_counts);
    layout->addWidget(m_tiers);
    layout->addWidget(m_problems);
    connect(m_problems, &QToolButton::toggled, this, &StorageSummary::problemsOnlyToggled);
    setStorage(nullptr);
}

void StorageSummary::setStorage(std::shared_ptr<const LoadedStorage> storage)
{
    setVisible(storage != nullptr);
    if (!storage) {
        m_counts->clear();
        m_tiers->clear();
        m_problemCount = 0;
        updateProblemsLook();
        return;
    }
    const StorageSnapshot &s = storage->snapshot;
    m_problemCount = s.problemCount();
    m_counts->setText(tr("%n package(s)", nullptr, int(storage->matrix.rows.size())) + u" · "_s
                      + tr("%n version(s)", nullptr, s.versionCount()) + u" · "_s
                      + tr("%n problem(s)", nullptr, m_problemCount));
    QStringList tiers;
    QStringList tierTips;
    for (const TierColumn &t : storage->matrix.tiers) {
        if (!t.present)
            tiers.append(tr("%1 —").arg(t.name));
        else
            tiers.append(tr("%1 %2").arg(t.name, t.shortId.isEmpty() ? u"⚠"_s : t.shortId)); // no tip: unreadable
        tierTips.append(t.toolTip);
    }
    m_tiers->setText(tiers.join(u" · "_s));
    m_tiers->setToolTip(plainToolTip(tierTips.join(u"\n\n"_s)));

    QStringList problems;
    for (const TierState &tier : s.tiers) {
        for (const Problem &p : tier.problems)
            problems.append(tr("%1: %2 (%3)").arg(tier.name, p.message, p.path));
        for (const PackageVersion &v : tier.versions)
            for (const Problem &p : v.problems)
                problems.append(tr("%1: %2 (%3)").arg(tier.name, p.message, p.path));
    }
    QString tip;
    if (problems.isEmpty()) {
        tip = tr("No problems were found in any tier.");
    } else {
        const qsizetype shown = std::min<qsizetype>(problems.size(), MaxProblemsInToolTip);
        tip = tr("Click to show only packages with problems.") + u"\n\n"_s
            + QStringList(problems.mid(0, shown)).join(u'\n');
        if (problems.size() > shown)
            tip += u'\n' + tr("… and %n more.", nullptr, int(problems.size() - shown));
    }
    m_problems->setToolTip(plainToolTip(tip));
    updateProblemsLook();
}

QString StorageSummary::countsText() const
{
    return m_counts->text();
}

QString StorageSummary::tiersText() const
{
    return m_tiers->text();
}

QString StorageSummary::problemsText() const
{
    return m_problems->text();
}

void StorageSummary::setProblemsOnly(bool on)
{
    m_problems->setChecked(on);
}

void StorageSummary::updateProblemsLook()
{
    m_problems->setEnabled(m_problemCount > 0 || m_problems->isChecked());
    m_problems->setText(m_problemCount > 0 ? u"⚠ "_s + tr("%n problem(s)", nullptr, m_problemCount)
                                           : u"✓ "_s + tr("No problems"));
    QPalette p = palette();
    if (m_problemCount > 0) {
        const QColor text = p.color(QPalette::WindowText);
        p.setColor(QPalette::ButtonText, mix(text, problemHue(), 0.75));
        p.setColor(QPalette::WindowText, mix(text, problemHue(), 0.75));
    }
    m_problems->setPalette(p);
}

void StorageSummary::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateProblemsLook(); // the indicator's colours derive from the palette
}

} // namespace tierdesk
