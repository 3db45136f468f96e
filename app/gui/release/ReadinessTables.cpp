// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/ReadinessTables.h"

#include "common/Accessible.h"
#include "common/PlainText.h"
#include "common/ThemeColors.h"
#include "release/ReleaseView.h"
#include "release/TagReadiness.h"
#include "release/VerdictBanner.h"

#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
QIcon severityIcon(const QStyle *style, Severity severity)
{
    switch (severity) {
    case Severity::Blocks: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = plainLabel(new QLabel(parent));
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

// `title` above `content`, as one widget for a splitter.
QWidget *titled(QLabel *title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(content);
    return box;
}

void resizeColumns(QTreeWidget *tree)
{
    for (int c = 0; c < tree->columnCount(); ++c)
        tree->resizeColumnToContents(c);
}

struct ChangeLook {
    QString what;
    QColor hue;
};

ChangeLook lookOf(const PackageChange &c, const QPalette &palette)
{
    switch (c.kind) {
    case ChangeKind::Added: return {ReleaseView::tr("added"), readyHue()};
    case ChangeKind::Updated:
        return {c.downgrade ? ReleaseView::tr("downgraded") : ReleaseView::tr("updated"),
                c.downgrade ? warningHue() : palette.color(QPalette::Highlight)};
    case ChangeKind::Removed: return {ReleaseView::tr("removed"), problemHue()};
    }
    return {};
}
} // namespace

ReadinessTables::ReadinessTables(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{
    // Built in reading order, which is also the focus order.
    QWidget *contents = buildContents();
    QWidget *findings = buildFindings();
    QWidget *comparison = buildComparison();
    QWidget *distributions = buildDistributions();
    auto *right = new QSplitter(Qt::Vertical, this);
    right->setChildrenCollapsible(false);
    right->addWidget(findings);
    right->addWidget(comparison);
    right->addWidget(distributions);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setStretchFactor(2, 2);

    setChildrenCollapsible(false);
    addWidget(contents);
    addWidget(right);
    setStretchFactor(0, 2);
    setStretchFactor(1, 3);
}

// Contents: what the tag will hold.
QWidget *ReadinessTables::buildContents()
{
    m_contentsTitle = sectionTitle(this);
    m_contents = new QTreeWidget(this);
    m_contents->setObjectName(u"contents"_s);
    describeControl(m_contents, ReleaseView::tr("What the tag contains"),
                    ReleaseView::tr("Every package version production holds, with its title and Kibana constraint"));
    m_contents->setRootIsDecorated(false);
    m_contents->setUniformRowHeights(true);
    m_contents->setAlternatingRowColors(true);
    m_contents->setSortingEnabled(true);
    m_contents->setHeaderLabels({ReleaseView::tr("Package"), ReleaseView::tr("Version"),
                                 ReleaseView::tr("Kibana constraint")});
    m_contents->sortByColumn(0, Qt::AscendingOrder);
    return titled(m_contentsTitle, m_contents, this);
}

// Findings: one sentence each, wrapped.
QWidget *ReadinessTables::buildFindings()
{
    m_findingsTitle = sectionTitle(this);
    m_findings = new QListWidget(this);
    m_findings->setObjectName(u"findings"_s);
    describeControl(m_findings, ReleaseView::tr("Findings"),
                    ReleaseView::tr("What stands in the way of the tag or deserves a look, most severe first"));
    m_findings->setWordWrap(true);
    m_findings->setUniformItemSizes(false);
    m_findings->setResizeMode(QListView::Adjust);
    m_findings->setTextElideMode(Qt::ElideNone);
    m_findings->setSpacing(2);
    m_findings->setAlternatingRowColors(true);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return titled(m_findingsTitle, m_findings, this);
}

// Comparison with the previous release.
QWidget *ReadinessTables::buildComparison()
{
    m_comparisonTitle = sectionTitle(this);
    m_comparison = new QTreeWidget(this);
    m_comparison->setObjectName(u"comparison"_s);
    describeControl(m_comparison, ReleaseView::tr("Compared with the previous release"),
                    ReleaseView::tr("The packages added, updated and removed since the release compared with"));
    m_comparison->setRootIsDecorated(false);
    m_comparison->setUniformRowHeights(true);
    m_comparison->setAlternatingRowColors(true);
    m_comparison->setHeaderLabels({ReleaseView::tr("Change"), ReleaseView::tr("Package"), ReleaseView::tr("Before"),
                                   ReleaseView::tr("Now")});
    return titled(m_comparisonTitle, m_comparison, this);
}

// Distribution identity: commits, image names and labels per tier.
QWidget *ReadinessTables::buildDistributions()
{
    QLabel *title = sectionTitle(this);
    title->setText(ReleaseView::tr("Distribution identity"));
    m_distributions = new QTreeWidget(this);
    m_distributions->setObjectName(u"distributions"_s);
    describeControl(m_distributions, ReleaseView::tr("Distribution identity"),
                    ReleaseView::tr("Whether each tier's distribution serves the same package versions"));
    m_distributions->setHeaderLabels({ReleaseView::tr("Tier / item"), ReleaseView::tr("Value")});
    m_distributions->setUniformRowHeights(true);
    return titled(title, m_distributions, this);
}

void ReadinessTables::clear()
{
    m_contents->clear();
    m_findings->clear();
    m_comparison->clear();
    m_distributions->clear();
    m_contentsTitle->setText(ReleaseView::tr("Contents"));
    m_findingsTitle->setText(ReleaseView::tr("Findings"));
    m_comparisonTitle->setText(ReleaseView::tr("Compared with the previous release"));
}

void ReadinessTables::fill(const TagReadiness &r)
{
    fillContents(r);
    fillFindings(r);
    fillComparison(r);
    fillDistributions(r);
}

void ReadinessTables::fillContents(const TagReadiness &r)
{
    m_contents->setSortingEnabled(false);
    for (const ContentEntry &e : r.contents) {
        auto *item = new QTreeWidgetItem(
            m_contents, {e.name, e.version, e.constraint.isEmpty() ? ReleaseView::tr("(none: any)") : e.constraint});
        item->setToolTip(0, plainToolTip(e.title));
        item->setToolTip(2, e.constraint.isEmpty()
                                ? ReleaseView::tr("No conditions.kibana.version: offered to every stack version.")
                                : ReleaseView::tr("conditions.kibana.version"));
        if (e.constraint.isEmpty())
            item->setForeground(2, dimmedText(palette()));
    }
    m_contents->setSortingEnabled(true);
    resizeColumns(m_contents);
    m_contentsTitle->setText(ReleaseView::tr("Contents: %1 packages").arg(r.contents.size()));
}

void ReadinessTables::fillFindings(const TagReadiness &r)
{
    for (const Finding &f : r.findings) {
        auto *item = new QListWidgetItem(severityIcon(style(), f.severity), f.message, m_findings);
        item->setToolTip(severityText(f.severity) + u": "_s + findingKindId(f.kind));
        item->setData(Qt::UserRole, severityId(f.severity));
        item->setData(Qt::AccessibleTextRole, QString(severityText(f.severity) + u": "_s + f.message));
    }
    m_findingsTitle->setText(ReleaseView::tr("Findings: %1 blocking, %2 warnings, %3 notes")
                                 .arg(r.count(Severity::Blocks))
                                 .arg(r.count(Severity::Warning))
                                 .arg(r.count(Severity::Info)));
}

// An empty table reads as "still loading"; this says why it is empty instead.
void ReadinessTables::addComparisonPlaceholder(const QString &text)
{
    auto *item = new QTreeWidgetItem(m_comparison, {text});
    item->setFlags(Qt::NoItemFlags);
    item->setFirstColumnSpanned(true);
    item->setForeground(0, dimmedText(palette()));
}

void ReadinessTables::fillComparison(const TagReadiness &r)
{
    if (!r.previous) {
        m_comparisonTitle->setText(ReleaseView::tr("No previous release to compare with"));
        addComparisonPlaceholder(
            ReleaseView::tr("No version-named tag is lower than %1; pick a tag, branch or commit under “Compare with”.")
                .arg(r.evaluatedVersion.toString()));
        return;
    }
    const PreviousRelease &p = *r.previous;
    if (p.changes.isEmpty())
        addComparisonPlaceholder(ReleaseView::tr("No package changed since %1.").arg(p.revision));
    int counts[3] = {0, 0, 0}; // added, updated, removed: ChangeKind's order
    for (const PackageChange &c : p.changes) {
        const ChangeLook look = lookOf(c, palette());
        auto *item = new QTreeWidgetItem(m_comparison, {look.what, c.name, c.from, c.to});
        item->setForeground(0, mix(palette().color(QPalette::Text), look.hue, 0.8));
        ++counts[int(c.kind)];
    }
    resizeColumns(m_comparison);
    m_comparisonTitle->setText(ReleaseView::tr("Compared with %1: %2 added, %3 updated, %4 removed, %5 unchanged")
                                   .arg(p.revision)
                                   .arg(counts[int(ChangeKind::Added)])
                                   .arg(counts[int(ChangeKind::Updated)])
                                   .arg(counts[int(ChangeKind::Removed)])
                                   .arg(p.unchanged));
}

void ReadinessTables::fillDistributions(const TagReadiness &r)
{
    for (const DistributionIdentity &d : r.distributions) {
        QStringList commits;
        for (const auto &[branch, commit] : d.commits)
            commits.append(branch + u' ' + commit.shortHex(7));
        auto *tier = new QTreeWidgetItem(m_distributions,
                                         {d.tier, ReleaseView::tr("built from %1").arg(commits.join(u" · "_s))});
        QFont bold = tier->font(0);
        bold.setBold(true);
        tier->setFont(0, bold);
        for (const QString &image : d.images)
            new QTreeWidgetItem(tier, {ReleaseView::tr("image"), image});
        for (const auto &[key, value] : d.labels)
            new QTreeWidgetItem(tier, {ReleaseView::tr("label"), key + u'=' + value});
        tier->setExpanded(true);
    }
    m_distributions->resizeColumnToContents(0);
}

} // namespace tierdesk
