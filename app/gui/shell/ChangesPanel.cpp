// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ChangesPanel.h"

#include "common/PlainText.h"
#include "core/Tr.h"

#include "common/LoadedStorage.h"
#include "diff/DiffView.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// The window's texts before the panel was a class of its own: the translations stay.
namespace Tr = trcontext::MainWindow;

constexpr int ReferenceItem = -1; // the item that opens the reference field
constexpr int maxTags = 30;       // the newest tags; any other can be typed

// The repository's tags, newest version first (tags that are no version after them, by name).
QStringList newestTags(const QString &repositoryPath)
{
    auto repo = git::Repository::open(repositoryPath);
    if (!repo)
        return {};
    QStringList tags;
    for (const QString &ref : repo->references(u"refs/tags/*"_s))
        tags.append(ref.mid(QStringLiteral("refs/tags/").size()));
    std::stable_sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        const auto va = Version::parseLoose(a), vb = Version::parseLoose(b);
        if (va && vb)
            return *va > *vb;
        if (bool(va) != bool(vb))
            return bool(va);
        return a < b;
    });
    return tags.mid(0, maxTags);
}

// A heading inside the chooser's list: shown, never chosen.
void addHeading(QComboBox *box, const QString &text)
{
    if (box->count() > 0)
        box->insertSeparator(box->count());
    box->addItem(text);
    if (auto *model = qobject_cast<QStandardItemModel *>(box->model())) {
        QStandardItem *item = model->item(box->count() - 1);
        item->setFlags(Qt::NoItemFlags);
        QFont bold = box->font();
        bold.setBold(true);
        item->setFont(bold);
    }
}
} // namespace

ChangesPanel::ChangesPanel(QWidget *parent)
    : QWidget(parent)
    , m_choice(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_none(plainLabel(new QLabel(this)))
    , m_diff(new DiffView(this))
{
    m_choice->setObjectName(u"comparisonChoice"_s);
    m_choice->setToolTip(Tr::tr("What the selected version is compared with: the defaults first, then any version of "
                                "the package in any tier, a tag, or any tag or commit you type"));
    m_choice->setAccessibleName(Tr::tr("Compare with"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(20);
    m_choice->setMaxVisibleItems(24);
    m_reference->setObjectName(u"comparisonReference"_s);
    m_reference->setPlaceholderText(Tr::tr("Tag, branch or commit, or REF:NAME@VERSION; Enter compares"));
    m_reference->setAccessibleName(Tr::tr("Compare with a tag or commit"));
    m_reference->setClearButtonEnabled(true);
    m_reference->setVisible(false);
    m_none->setWordWrap(true);
    m_none->setTextFormat(Qt::PlainText);
    m_none->setText(Tr::tr("Select a version in the matrix to see what changed."));
    m_diff->setObjectName(u"diffView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_choice);
    layout->addWidget(m_reference);
    layout->addWidget(m_none);
    layout->addWidget(m_diff, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &ChangesPanel::showComparison);
    connect(m_reference, &QLineEdit::returnPressed, this, [this] {
        const bool ok = compareWithReference(m_reference->text());
        m_none->setVisible(!ok);
        if (!ok)
            m_none->setText(Tr::tr("“%1” is neither a tag, branch or commit nor REF:NAME@VERSION.")
                                .arg(m_reference->text()));
    });
}

void ChangesPanel::showVersion(const std::shared_ptr<const LoadedStorage> &storage, const QString &tier,
                               const QString &name, const QString &version)
{
    m_repositoryPath = storage ? storage->repositoryPath : QString();
    m_selected.reset();
    m_bases.clear();
    if (storage && !version.isEmpty())
        if (const PackageVersion *v = storage->snapshot.find(tier, name, version)) {
            m_selected = *v;
            m_bases = diffBases(storage->snapshot, *v);
        }
    offer();
    explainNone();
    const int first = m_bases.isEmpty() ? -1 : m_choice->findData(0);
    {
        const QSignalBlocker block(m_choice);
        m_choice->setCurrentIndex(first);
    }
    showComparison(first);
    m_tagJob.cancel();
    if (m_selected && !m_repositoryPath.isEmpty())
        m_tagJob.start(this, [path = m_repositoryPath] { return newestTags(path); },
                       [this](const QStringList &tags) { addTags(tags); });
}

void ChangesPanel::offer()
{
    const QSignalBlocker block(m_choice);
    m_choice->clear();
    DiffBase::Kind section = DiffBase::Reference;
    for (int i = 0; i < int(m_bases.size()); ++i) {
        const DiffBase &b = m_bases[i];
        const bool isDefault = b.kind != DiffBase::OtherVersion;
        if (i == 0 || (b.kind == DiffBase::OtherVersion && section != DiffBase::OtherVersion))
            addHeading(m_choice, isDefault ? Tr::tr("Suggested") : Tr::tr("Other versions of %1").arg(b.side.name));
        section = b.kind;
        m_choice->addItem(b.title(), i);
        m_choice->setItemData(m_choice->count() - 1, plainToolTip(b.side.label()), Qt::ToolTipRole);
    }
    if (m_selected) {
        m_choice->insertSeparator(m_choice->count());
        m_choice->addItem(Tr::tr("Another tag, branch or commit…"), ReferenceItem);
    }
    m_choice->setVisible(bool(m_selected));
    m_reference->setVisible(false);
}

void ChangesPanel::addTags(const QStringList &tags)
{
    if (tags.isEmpty() || !m_selected)
        return;
    const QSignalBlocker block(m_choice);
    const int referenceRow = m_choice->findData(ReferenceItem);
    const int at = referenceRow > 0 ? referenceRow - 1 : m_choice->count(); // before the separator and the field
    int row = at;
    m_choice->insertSeparator(row++);
    m_choice->insertItem(row, Tr::tr("Tags"));
    if (auto *model = qobject_cast<QStandardItemModel *>(m_choice->model())) {
        model->item(row)->setFlags(Qt::NoItemFlags);
        QFont bold = m_choice->font();
        bold.setBold(true);
        model->item(row)->setFont(bold);
    }
    ++row;
    for (const DiffBase &b : tagBases(tags, *m_selected)) {
        m_bases.append(b);
        m_choice->insertItem(row, b.title(), int(m_bases.size() - 1));
        m_choice->setItemData(row++, plainToolTip(Tr::tr("The newest %1 at the tag %2").arg(b.side.name, b.side.tier)),
                              Qt::ToolTipRole);
    }
}

bool ChangesPanel::compareWithReference(const QString &text)
{
    if (!m_selected)
        return false;
    const auto base = referenceBase(text, *m_selected);
    if (!base)
        return false;
    m_diff->setEnabled(true);
    m_diff->setTierConfig(m_config);
    m_diff->setComparison(m_repositoryPath, base->side, DiffSide::of(*m_selected));
    return true;
}

void ChangesPanel::explainNone()
{
    m_none->setVisible(m_bases.isEmpty());
    if (!m_selected) {
        m_none->setText(Tr::tr("Select a version in the matrix to see what changed."));
        return;
    }
    m_none->setText(Tr::tr("%1 %2 has no other version to compare with in the tiers; choose a tag or commit above.")
                        .arg(m_selected->name, m_selected->versionText));
}

void ChangesPanel::showComparison(int item)
{
    const QVariant data = item >= 0 ? m_choice->itemData(item) : QVariant();
    const int index = data.isValid() ? data.toInt() : -2; // headings and separators have none
    m_reference->setVisible(item >= 0 && index == ReferenceItem);
    if (item >= 0 && index == ReferenceItem) {
        m_reference->setFocus();
        return;
    }
    if (index < 0 || index >= m_bases.size() || !m_selected) {
        m_diff->clear();
        m_diff->setEnabled(false);
        return;
    }
    m_diff->setEnabled(true);
    m_diff->setTierConfig(m_config);
    m_diff->setComparison(m_repositoryPath, m_bases[index].side, DiffSide::of(*m_selected));
}

} // namespace tierdesk
