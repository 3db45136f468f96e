// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The status line: counts, each tier's tip, and a problems indicator.
#include <QWidget>

#include <memory>

class QLabel;
class QToolButton;

namespace tierdesk {

class ElidedLabel;

struct LoadedStorage;

class StorageSummary : public QWidget {
    Q_OBJECT

public:
    explicit StorageSummary(QWidget *parent = nullptr);

    void setStorage(std::shared_ptr<const LoadedStorage> storage); // null clears
    QString countsText() const;  // "3 packages · 7 versions · 1 problem"
    QString tiersText() const;   // "snapshot 7acaf5e · staging 1b2c3d4 · production —"
    QString problemsText() const;
    void setProblemsOnly(bool on);

Q_SIGNALS:
    void problemsOnlyToggled(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateProblemsLook();

    ElidedLabel *m_counts;
    ElidedLabel *m_tiers;
    QToolButton *m_problems;
    int m_problemCount = 0;
};

} // namespace tierdesk
