// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrix/FilterBar.h"
#include "core/Tr.h"

#include "matrix/PackageFilterModel.h"
#include "matrix/TierMatrixModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// The window's texts before the bar was a class of its own: the translations stay.
namespace Tr = trcontext::MainWindow;

const auto TextKey = u"filters/text"_s;
const auto QuickKey = u"filters/quick"_s;
const auto OwnerKey = u"filters/owner"_s;
const auto ReleaseKey = u"filters/release"_s;
const auto SortKey = u"filters/sort"_s;

int clampedIndex(const QVariant &value, const QComboBox *box)
{
    return std::clamp(value.toInt(), 0, box->count() - 1);
}
} // namespace

FilterBar::FilterBar(PackageFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_text(createTextEdit())
    , m_quick(createQuickBox())
    , m_owner(createOwnerBox())
    , m_release(createReleaseBox())
    , m_sort(createSortBox())
{
    // Two rows, so every choice reads in full even when the side panel leaves
    // the matrix half of a 1280-pixel window: text and order, then the filters.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *first = new QHBoxLayout;
    first->addWidget(m_text, 1);
    first->addWidget(m_sort);
    layout->addLayout(first);
    auto *second = new QHBoxLayout;
    second->addWidget(m_quick);
    second->addWidget(m_owner);
    second->addWidget(m_release);
    second->addStretch(1);
    layout->addLayout(second);
}

QLineEdit *FilterBar::createTextEdit()
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(u"filterEdit"_s);
    edit->setAccessibleName(Tr::tr("Filter packages"));
    edit->setPlaceholderText(Tr::tr("Filter packages…"));
    edit->setClearButtonEnabled(true);
    edit->setMinimumWidth(140);
    edit->setToolTip(Tr::tr("Filter packages by name, title or owner team (Ctrl+F)"));
    connect(edit, &QLineEdit::textChanged, m_filter, &PackageFilterModel::setText);
    return edit;
}

QComboBox *FilterBar::createQuickBox()
{
    auto *box = new QComboBox(this);
    box->setObjectName(u"quickFilter"_s);
    box->setToolTip(Tr::tr("Quick filter"));
    box->setAccessibleName(Tr::tr("Quick filter"));
    // Same order as PackageFilterModel::Quick.
    box->addItem(Tr::tr("All packages"));
    box->addItem(Tr::tr("↑ Promotion candidates"));
    box->addItem(Tr::tr("≡ Removal pending"));
    box->addItem(Tr::tr("⚠ Problems"));
    box->addItem(Tr::tr("In only one tier"));
    box->addItem(Tr::tr("≠ Shadowed copies"));
    box->setItemData(int(PackageFilterModel::Quick::RemovalPending),
                     Tr::tr("Packages with a promoted copy whose removal is pending"), Qt::ToolTipRole);
    box->setItemData(int(PackageFilterModel::Quick::WithProblems),
                     Tr::tr("Packages with a problem version: policy or manifest problems"), Qt::ToolTipRole);
    box->setItemData(int(PackageFilterModel::Quick::Shadowed),
                     Tr::tr("Packages with a copy that is never served because a higher tier holds other content"),
                     Qt::ToolTipRole);
    connect(box, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_filter->setQuickFilter(PackageFilterModel::Quick(i));
        Q_EMIT problemsOnlyChanged(i == int(PackageFilterModel::Quick::WithProblems));
    });
    return box;
}

QComboBox *FilterBar::createOwnerBox()
{
    auto *box = new QComboBox(this);
    box->setObjectName(u"ownerFilter"_s);
    box->setToolTip(Tr::tr("Owner team (owner.github)"));
    box->setAccessibleName(Tr::tr("Owner team"));
    // Team names are long; the popup shows them in full.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    box->addItem(Tr::tr("Any owner"), QString());
    connect(box, &QComboBox::currentIndexChanged, this, [this, box](int i) {
        if (i >= 0)
            m_filter->setOwner(box->itemData(i).toString());
    });
    return box;
}

QComboBox *FilterBar::createReleaseBox()
{
    auto *box = new QComboBox(this);
    box->setObjectName(u"releaseFilter"_s);
    box->setToolTip(Tr::tr("Release stage of the newest version"));
    box->setAccessibleName(Tr::tr("Release stage"));
    box->addItem(Tr::tr("Any release"), QString());
    box->addItem(Tr::tr("GA"), u"ga"_s);
    box->addItem(Tr::tr("Beta"), u"beta"_s);
    box->addItem(Tr::tr("Experimental"), u"experimental"_s);
    connect(box, &QComboBox::currentIndexChanged, this,
            [this, box](int i) { m_filter->setRelease(box->itemData(i).toString()); });
    return box;
}

QComboBox *FilterBar::createSortBox()
{
    auto *box = new QComboBox(this);
    box->setObjectName(u"sortOrder"_s);
    box->setToolTip(Tr::tr("Sort packages"));
    box->setAccessibleName(Tr::tr("Sort packages"));
    // Same order as PackageFilterModel::Sort.
    box->addItem(Tr::tr("Sort by name"));
    box->addItem(Tr::tr("Sort by newest change"));
    box->addItem(Tr::tr("Sort by pending versions"));
    connect(box, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_filter->setSortOrder(PackageFilterModel::Sort(i)); });
    return box;
}

void FilterBar::refreshOwners()
{
    const QString wanted = m_pendingOwner.isEmpty() ? m_owner->currentData().toString() : m_pendingOwner;
    QSet<QString> seen;
    if (const QAbstractItemModel *packages = m_filter->sourceModel())
        for (int row = 0; row < packages->rowCount(); ++row)
            seen.insert(packages->index(row, 0).data(TierMatrixModel::OwnerRole).toString());
    seen.remove(QString());
    QStringList owners(seen.cbegin(), seen.cend());
    owners.sort(Qt::CaseInsensitive);
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(Tr::tr("Any owner"), QString());
    for (const QString &owner : std::as_const(owners))
        m_owner->addItem(owner, owner);
    const int at = m_owner->findData(wanted);
    m_owner->setCurrentIndex(std::max(0, at));
    m_filter->setOwner(m_owner->currentData().toString());
    if (at >= 0)
        m_pendingOwner.clear();
}

void FilterBar::clearFilters()
{
    m_text->clear();
    m_quick->setCurrentIndex(0);
    m_owner->setCurrentIndex(0);
    m_release->setCurrentIndex(0);
}

void FilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::setProblemsOnly(bool on)
{
    if (on)
        m_quick->setCurrentIndex(int(PackageFilterModel::Quick::WithProblems));
    else if (m_quick->currentIndex() == int(PackageFilterModel::Quick::WithProblems))
        m_quick->setCurrentIndex(int(PackageFilterModel::Quick::All));
}

void FilterBar::saveSettings(QSettings &settings) const
{
    settings.setValue(TextKey, m_text->text());
    settings.setValue(QuickKey, m_quick->currentIndex());
    settings.setValue(OwnerKey, m_owner->currentData().toString());
    settings.setValue(ReleaseKey, m_release->currentData().toString());
    settings.setValue(SortKey, m_sort->currentIndex());
}

void FilterBar::restoreSettings(const QSettings &settings)
{
    m_text->setText(settings.value(TextKey).toString());
    m_quick->setCurrentIndex(clampedIndex(settings.value(QuickKey, 0), m_quick));
    m_release->setCurrentIndex(std::max(0, m_release->findData(settings.value(ReleaseKey).toString())));
    m_sort->setCurrentIndex(clampedIndex(settings.value(SortKey, 0), m_sort));
    m_pendingOwner = settings.value(OwnerKey).toString(); // the owners are known once a storage is loaded
}

} // namespace tierdesk
