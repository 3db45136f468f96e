// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/TierListEditor.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tierdesk {

namespace {

QPushButton *button(const QString &text, const QString &description, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAccessibleName(QString(text).remove(u'&'));
    b->setAccessibleDescription(description);
    b->setToolTip(description);
    return b;
}

} // namespace

TierListEditor::TierListEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(button(tr("&Add"), tr("Add a tier below the selected one"), this))
    , m_remove(button(tr("Re&move"), tr("Remove the selected tier"), this))
    , m_up(button(tr("Move &Up"), tr("Move the selected tier up, towards production"), this))
    , m_down(button(tr("Move Do&wn"), tr("Move the selected tier down, towards snapshot"), this))
{
    m_list->setAccessibleName(tr("Tiers"));
    m_list->setAccessibleDescription(tr("The tier branches, the highest (production) first. Press F2 to rename."));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &TierListEditor::addTier);
    connect(m_remove, &QPushButton::clicked, this, &TierListEditor::removeTier);
    connect(m_up, &QPushButton::clicked, this, [this] { moveTier(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveTier(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &TierListEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &TierListEditor::changed);
    updateButtons();
}

void TierListEditor::setTiers(const QStringList &lowestFirst)
{
    QSignalBlocker block(m_list);
    m_list->clear();
    for (auto it = lowestFirst.crbegin(); it != lowestFirst.crend(); ++it) {
        auto *item = new QListWidgetItem(*it, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_list->setCurrentRow(0);
    updateButtons();
}

QStringList TierListEditor::tiers() const
{
    QStringList lowestFirst;
    for (int row = m_list->count() - 1; row >= 0; --row)
        lowestFirst.append(m_list->item(row)->text().trimmed());
    return lowestFirst;
}

void TierListEditor::addTier()
{
    auto *item = new QListWidgetItem(tr("new-tier"));
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->insertItem(m_list->currentRow() + 1, item);
    m_list->setCurrentItem(item);
    m_list->editItem(item);
    Q_EMIT changed();
}

void TierListEditor::removeTier()
{
    delete m_list->takeItem(m_list->currentRow());
    updateButtons();
    Q_EMIT changed();
}

void TierListEditor::moveTier(int step)
{
    const int row = m_list->currentRow();
    const int to = std::clamp(row + step, 0, m_list->count() - 1);
    if (row < 0 || to == row)
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    Q_EMIT changed();
}

void TierListEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

} // namespace tierdesk
