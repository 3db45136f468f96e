// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tiers/TierCompareView.h"

#include "common/Accessible.h"
#include "common/BackgroundJob.h"
#include "common/PlainText.h"
#include "common/ThemeColors.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
QString writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return file.errorString();
    return {};
}
} // namespace

TierCompareView::TierCompareView(QWidget *parent)
    : QWidget(parent), m_a(new QComboBox(this)), m_b(new QComboBox(this)), m_filter(new QComboBox(this)),
      m_swap(new QToolButton(this)),
      m_copy(new QPushButton(tr("Copy as Markdown"), this)), m_export(new QPushButton(tr("Export…"), this)),
      m_summary(plainLabel(new QLabel(this))), m_status(plainLabel(new QLabel(this))), m_tree(new QTreeWidget(this))
{
    QLayout *top = createChoices();
    QLayout *second = createSummary();
    createTree();
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(10, 10, 10, 10);
    outer->setSpacing(8);
    outer->addLayout(top);
    outer->addLayout(second);
    outer->addWidget(m_tree, 1);
    connectControls();
    setStorage(nullptr);
}

QLayout *TierCompareView::createChoices()
{
    // The two tiers, swapping them, and the exports.
    m_a->setObjectName(u"tierA"_s);
    m_b->setObjectName(u"tierB"_s);
    describeControl(m_a, tr("First tier"), tr("The tier whose versions are compared with the second tier's"));
    describeControl(m_b, tr("Second tier"), tr("The tier the first tier's versions are compared with"));
    m_a->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_b->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_swap->setObjectName(u"swapTiers"_s);
    m_copy->setObjectName(u"copyMarkdown"_s);
    m_export->setObjectName(u"exportComparison"_s);
    m_swap->setText(u"⇄"_s);
    describeWithTip(m_swap, tr("Swap the two tiers"),
                    tr("Compare the second tier with the first: the “only in” groups change places"));
    m_copy->setToolTip(tr("Put the comparison on the clipboard as a Markdown table, for a pull request review"));
    m_export->setToolTip(tr("Save the comparison as Markdown (.md) or plain text (.txt)"));
    auto *labelA = new QLabel(tr("&Compare"), this);
    labelA->setBuddy(m_a);
    auto *labelB = new QLabel(tr("&with"), this);
    labelB->setBuddy(m_b);
    m_filter->setObjectName(u"comparisonFilter"_s);
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->setToolTip(tr("Which versions the list and the exports show"));
    m_filter->setAccessibleName(tr("Versions shown"));
    auto *labelFilter = new QLabel(tr("&Show"), this);
    labelFilter->setBuddy(m_filter);

    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(labelA);
    top->addWidget(m_a);
    top->addWidget(labelB);
    top->addWidget(m_b);
    top->addWidget(m_swap);
    top->addSpacing(12);
    top->addWidget(labelFilter);
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(m_copy);
    top->addWidget(m_export);
    return top;
}

QLayout *TierCompareView::createSummary()
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(u"comparisonSummary"_s);
    m_status->setObjectName(u"comparisonStatus"_s);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *second = new QHBoxLayout;
    second->addWidget(m_summary, 3);
    second->addWidget(m_status, 2);
    return second;
}

void TierCompareView::createTree()
{
    m_tree->setColumnCount(5);
    describeControl(m_tree, tr("Differences between the tiers"),
                    tr("The versions of both tiers in groups: different content, only in one tier, identical; "
                       "double-click a version to show it in the Packages view"));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setObjectName(u"comparisonTree"_s);
    // Columns as wide as their content, so a row reads across without a gap; the last takes the rest.
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setMinimumSectionSize(80);
    for (int c = 0; c < 4; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

void TierCompareView::connectControls()
{
    const auto chosen = [this] {
        if (m_filling)
            return;
        recompute();
        Q_EMIT tiersChanged(tierA(), tierB());
    };
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_comparison = m_full.filtered(CompareFilter(m_filter->currentData().toInt()));
        m_status->clear();
        fillTree();
    });
    connect(m_a, &QComboBox::currentIndexChanged, this, chosen);
    connect(m_b, &QComboBox::currentIndexChanged, this, chosen);
    connect(m_swap, &QToolButton::clicked, this, [this] { setTiers(tierB(), tierA()); });
    connect(m_copy, &QPushButton::clicked, this, &TierCompareView::copyMarkdown);
    connect(m_export, &QPushButton::clicked, this, &TierCompareView::exportInteractively);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString name = item->data(0, NameRole).toString();
        if (name.isEmpty())
            return; // a group heading
        const auto group = ComparisonGroup(item->data(0, GroupRole).toInt());
        const QString tier = group == ComparisonGroup::OnlyInB ? tierB() : tierA();
        Q_EMIT versionActivated(tier, name, item->data(0, VersionRole).toString());
    });
}

void TierCompareView::setStorage(std::shared_ptr<const LoadedStorage> storage)
{
    const QString a = tierA(), b = tierB();
    m_storage = storage;
    m_snapshot = partOf(storage, &LoadedStorage::snapshot);
    fillTierChoices();
    if (m_a->findText(a) >= 0 && m_b->findText(b) >= 0)
        setTiers(a, b);
    else
        setTiers(m_a->itemText(0), m_b->itemText(std::min(1, m_b->count() - 1)));
    recompute();
}

void TierCompareView::fillTierChoices()
{
    m_filling = true;
    m_a->clear();
    m_b->clear();
    if (m_snapshot)
        for (const TierState &t : m_snapshot->tiers)
            if (t.present()) {
                m_a->addItem(t.name);
                m_b->addItem(t.name);
            }
    m_filling = false;
    const bool enabled = m_a->count() > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_a, m_b, m_filter, m_swap, m_copy, m_export})
        w->setEnabled(enabled);
}

void TierCompareView::setTiers(const QString &tierA, const QString &tierB)
{
    const int a = m_a->findText(tierA), b = m_b->findText(tierB);
    if (a < 0 || b < 0 || (a == m_a->currentIndex() && b == m_b->currentIndex()))
        return;
    m_filling = true;
    m_a->setCurrentIndex(a);
    m_b->setCurrentIndex(b);
    m_filling = false;
    recompute();
    Q_EMIT tiersChanged(this->tierA(), this->tierB());
}

QString TierCompareView::tierA() const { return m_a->currentText(); }
QString TierCompareView::tierB() const { return m_b->currentText(); }

// The filter's entries name the tiers, so they follow the tier choice; the filter chosen stays.
void TierCompareView::fillFilterChoices()
{
    const CompareFilter chosen = m_filter->count() ? CompareFilter(m_filter->currentData().toInt()) : CompareFilter::All;
    m_filling = true;
    m_filter->clear();
    for (CompareFilter f : TierComparison::allFilters)
        m_filter->addItem(m_full.filterTitle(f), int(f));
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(int(chosen))));
    m_filling = false;
}

void TierCompareView::setFilter(CompareFilter filter)
{
    compareIfStale();
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(int(filter))));
}

void TierCompareView::recompute()
{
    m_comparisonStale = m_snapshot && !isVisible();
    if (!m_comparisonStale)
        compareNow();
}

void TierCompareView::compareNow()
{
    m_comparisonStale = false;
    m_full = m_snapshot ? TierComparison::compare(*m_snapshot, tierA(), tierB(), &m_storage->analysis) : TierComparison{};
    fillFilterChoices();
    m_comparison = m_full.filtered(CompareFilter(m_filter->currentData().toInt()));
    m_status->clear();
    fillTree();
}

void TierCompareView::fillTree()
{
    m_tree->clear();
    m_tree->setHeaderLabels({tr("Package"), tr("Version"), tierA().isEmpty() ? tr("A") : tierA(),
                             tierB().isEmpty() ? tr("B") : tierB(), tr("Note")});
    if (!m_snapshot) {
        m_summary->setText(tr("No storage is open."));
        return;
    }
    QStringList counts;
    for (ComparisonGroup g : TierComparison::allGroups)
        counts.append(m_comparison.groupTitle(g) + u": "_s
                      + QString::number(m_comparison.unfilteredCounts[size_t(g)]));
    QString summary = counts.join(u" · "_s);
    if (m_comparison.filter != CompareFilter::All)
        summary += u'\n' + tr("Showing only: %1 (%n version(s)).", nullptr, int(m_comparison.total()))
                               .arg(m_comparison.filterTitle(m_comparison.filter));
    m_summary->setText(tierA() == tierB() ? tr("Both sides are %1: choose two different tiers.").arg(tierA())
                                          : summary);
    m_rowsStale = !isVisible();
    if (!m_rowsStale)
        fillRows();
}

void TierCompareView::fillRows()
{
    m_rowsStale = false;
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    for (ComparisonGroup g : TierComparison::allGroups) {
        const QList<ComparedVersion> &list = m_comparison.group(g);
        if (list.isEmpty() && m_comparison.filter != CompareFilter::All)
            continue; // groups the filter empties are left out
        auto *group = new QTreeWidgetItem(m_tree);
        group->setText(0, m_comparison.groupTitle(g) + u" ("_s + QString::number(list.size()) + u')');
        group->setData(0, GroupRole, int(g));
        group->setFirstColumnSpanned(true);
        QFont bold = m_tree->font();
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        if (g == ComparisonGroup::Different && m_comparison.differsOnlyInModes()) {
            group->setText(0, u"≈ "_s + group->text(0)); // the matrix's mark for a cosmetic difference
        } else if (g == ComparisonGroup::Different && !list.isEmpty()) {
            group->setBackground(0, tintedBackground(pal, warningHue()));
            group->setText(0, u"≠ "_s + group->text(0));
        } else if (g == ComparisonGroup::Identical) {
            group->setText(0, u"≡ "_s + group->text(0));
        }
        if (list.isEmpty())
            group->setForeground(0, dimmedText(pal));
        for (const ComparedVersion &v : list) {
            auto *row = new QTreeWidgetItem(group);
            row->setText(0, v.name);
            row->setText(1, v.version);
            row->setText(2, v.treeA.isNull() ? tr("—") : v.treeA.shortHex());
            row->setText(3, v.treeB.isNull() ? tr("—") : v.treeB.shortHex());
            row->setToolTip(2, v.treeA.toHex());
            row->setToolTip(3, v.treeB.toHex());
            row->setText(4, m_comparison.rowNote(v));
            row->setToolTip(4, plainToolTip(row->text(4)));
            row->setData(0, GroupRole, int(g));
            row->setData(0, NameRole, v.name);
            row->setData(0, VersionRole, v.version);
            QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            row->setFont(2, mono);
            row->setFont(3, mono);
            if (g == ComparisonGroup::Identical)
                for (int c = 0; c < 5; ++c)
                    row->setForeground(c, mix(text, pal.color(QPalette::Base), 0.25));
        }
        group->setExpanded(true);
    }
}

void TierCompareView::compareIfStale() const
{
    if (m_comparisonStale)
        const_cast<TierCompareView *>(this)->compareNow(); // what is shown is not a change of state
}

const TierComparison &TierCompareView::comparison() const
{
    compareIfStale();
    return m_comparison;
}

QComboBox *TierCompareView::filterBox() const
{
    compareIfStale();
    return m_filter;
}

void TierCompareView::fillIfStale() const
{
    compareIfStale();
    if (m_rowsStale)
        const_cast<TierCompareView *>(this)->fillRows(); // what is shown is not a change of state
}

QTreeWidget *TierCompareView::tree() const
{
    fillIfStale();
    return m_tree;
}

void TierCompareView::showEvent(QShowEvent *event)
{
    fillIfStale(); // compares first when that was put off
    QWidget::showEvent(event);
}

QTreeWidgetItem *TierCompareView::groupItem(ComparisonGroup group) const
{
    fillIfStale();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, GroupRole).toInt() == int(group))
            return m_tree->topLevelItem(i);
    return nullptr;
}

QStringList TierCompareView::groupTitles() const
{
    fillIfStale();
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        out.append(m_tree->topLevelItem(i)->text(0));
    return out;
}

QStringList TierCompareView::rowsOf(ComparisonGroup group) const
{
    QStringList out;
    if (const QTreeWidgetItem *g = groupItem(group))
        for (int i = 0; i < g->childCount(); ++i)
            out.append(g->child(i)->text(0) + u' ' + g->child(i)->text(1));
    return out;
}

QString TierCompareView::statusText() const { return m_status->text(); }

void TierCompareView::copyMarkdown()
{
    if (!m_snapshot)
        return;
    const ComparisonExport md = markdownExport();
    QApplication::clipboard()->setText(md.text);
    if (!md.isCut()) {
        m_status->setText(tr("Copied as Markdown (%1 versions).").arg(m_comparison.total()));
        return;
    }
    m_status->setText(tr("Copied as Markdown, cut to fit a GitHub comment (65,536 characters): %n row(s) left out. "
                         "Export… saves the whole table, or choose a filter.",
                         nullptr, int(md.rowsCut)));
    m_export->setFocus();
}

void TierCompareView::exportInteractively()
{
    if (!m_snapshot)
        return;
    const QString suggested = QDir::home().filePath(u"tier-comparison-%1-%2.md"_s.arg(tierA(), tierB()));
    QString selectedFilter;
    const QString plainFilter = tr("Plain text (*.txt)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Tier Comparison"), suggested,
                                                tr("Markdown (*.md)") + u";;"_s + plainFilter, &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter == plainFilter ? u".txt"_s : u".md"_s;
    exportTo(path);
}

void TierCompareView::exportTo(const QString &path)
{
    const bool plain = path.endsWith(u".txt"_s, Qt::CaseInsensitive);
    const QByteArray bytes = (plain ? comparison().toPlainText() : comparison().toFullMarkdown()).toUtf8();
    m_status->setText(tr("Exporting…"));
    runInBackground(this, [path, bytes] { return writeFile(path, bytes); }, [this, path](const QString &error) {
        if (error.isEmpty()) {
            m_status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
            Q_EMIT exported(path);
        } else {
            const QString message = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error);
            m_status->setText(message);
            Q_EMIT exportFailed(message);
        }
    });
}

void TierCompareView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        fillTree(); // group tints are derived from the palette
}

} // namespace tierdesk
