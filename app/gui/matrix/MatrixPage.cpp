// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrix/MatrixPage.h"
#include "core/Tr.h"

#include "common/ThemeColors.h"
#include "matrix/FilterBar.h"
#include "matrix/PackageDelegate.h"
#include "matrix/PackageFilterModel.h"
#include "matrix/TierMatrixModel.h"
#include "matrix/VersionChipDelegate.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// The window's texts before the page was a class of its own: the translations stay.
namespace Tr = trcontext::MainWindow;
} // namespace

MatrixPage::MatrixPage(TierMatrixModel *model, PackageFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(filter)
    , m_bar(new FilterBar(filter, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_bar);
    layout->addWidget(createLegend());
    m_view = createView();
    layout->addWidget(m_view, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MatrixPage::fitPackageColumn);
}

QLabel *MatrixPage::createLegend()
{
    auto *legend = new QLabel(this);
    legend->setObjectName(u"legend"_s);
    legend->setWordWrap(true);
    // No-break spaces keep each symbol with its words when the legend wraps.
    legend->setText(Tr::tr("↑ promotion candidate   ≡ promoted, removal pending   ≠ shadowed, never served   "
                           "≈ shadowed, cosmetic difference   ⊘ policy problem   ⚠ manifest problem   "
                           "✎ in a draft"));
    legend->setToolTip(Tr::tr("A version in several tiers is served from the highest one. A lower copy with "
                              "identical content (≡) has been promoted and waits for removal; a lower copy with "
                              "different content (≠) is never served; ≈ says that only file modes, whitespace or "
                              "line endings differ. ↑ marks a version newer than anything in the higher tiers. "
                              "Hover a version for details; click it or use the arrow keys to select it."));
    QPalette legendPalette = legend->palette();
    legendPalette.setColor(QPalette::WindowText, dimmedText(palette(), QPalette::WindowText));
    legend->setPalette(legendPalette);
    return legend;
}

MatrixView *MatrixPage::createView()
{
    auto *view = new MatrixView(this);
    view->setObjectName(u"tierMatrix"_s);
    view->setModel(m_filter);
    view->setItemDelegate(new VersionChipDelegate(view));
    view->setItemDelegateForColumn(TierMatrixModel::PackageColumn, new PackageDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(VersionChipDelegate::rowHeight(view->fontMetrics()));
    QHeaderView *header = view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setMinimumSectionSize(90);
    return view;
}

bool MatrixPage::selectVersion(const ChipRef &chip)
{
    if (m_view->selectChip(chip))
        return true;
    // Filtered out: show every package again rather than failing silently.
    if (m_model->rowOfPackage(chip.name) < 0)
        return false;
    m_bar->clearFilters();
    return m_view->selectChip(chip);
}

bool MatrixPage::selectFirstChip()
{
    for (int row = 0; row < m_filter->rowCount(); ++row)
        for (int column = 1; column < m_filter->columnCount(); ++column) {
            const QModelIndex cell = m_filter->index(row, column);
            const QStringList versions = cell.data(TierMatrixModel::VersionsRole).toStringList();
            if (!versions.isEmpty()
                && m_view->selectChip({cell.data(TierMatrixModel::TierRole).toString(),
                                       cell.data(TierMatrixModel::PackageNameRole).toString(), versions.constFirst()}))
                return true;
        }
    return false;
}

void MatrixPage::fitPackageColumn()
{
    if (m_model->columnCount() == 0)
        return;
    // The tiers share what the package column leaves equally.
    const QFontMetrics fm(m_view->font());
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int wanted = fm.horizontalAdvance(m_model->headerData(0, Qt::Horizontal).toString());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, TierMatrixModel::PackageColumn);
        wanted = std::max({wanted,
                           boldMetrics.horizontalAdvance(index.data(TierMatrixModel::PackageNameRole).toString()) + 50,
                           fm.horizontalAdvance(index.data(TierMatrixModel::PackageTitleRole).toString())});
    }
    const int available = std::max(m_view->viewport()->width(), 600);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(TierMatrixModel::PackageColumn, QHeaderView::Interactive);
    header->resizeSection(TierMatrixModel::PackageColumn, std::clamp(wanted + 24, 200, available * 32 / 100));
}

} // namespace tierdesk
