// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings › Tiers: the tier branches in order, highest (production) on top,
// as the matrix shows them. Names are edited in place; buttons add, remove
// and move them, each with a keyboard shortcut.
#include <QWidget>

class QListWidget;
class QPushButton;

namespace tierdesk {

class TierListEditor : public QWidget {
    Q_OBJECT

public:
    explicit TierListEditor(QWidget *parent = nullptr);

    // Lowest tier first, as TierConfig keeps them.
    void setTiers(const QStringList &lowestFirst);
    QStringList tiers() const;

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void changed();

private:
    void addTier();
    void removeTier();
    void moveTier(int step);
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace tierdesk
