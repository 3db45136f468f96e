// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The filters above the matrix: a text filter and the sort order, then the quick
// filter, owner team and release stage. They drive a PackageFilterModel and are
// remembered in the settings.
#include <QWidget>

class QComboBox;
class QLineEdit;
class QSettings;

namespace tierdesk {

class PackageFilterModel;

class FilterBar : public QWidget {
    Q_OBJECT

public:
    explicit FilterBar(PackageFilterModel *filter, QWidget *parent = nullptr);

    QLineEdit *textEdit() const { return m_text; }
    QComboBox *quickBox() const { return m_quick; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *releaseBox() const { return m_release; }
    QComboBox *sortBox() const { return m_sort; }

    // The owner teams of the packages now in the filter's source model; the team chosen
    // (or restored from the settings) stays chosen when it is among them.
    void refreshOwners();
    // Shows every package again; the sort order stays.
    void clearFilters();
    // Ctrl+F: the text filter, selected for typing over.
    void focusText();
    // Switches the quick filter to problems, or from problems back to all packages.
    void setProblemsOnly(bool on);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    // The quick filter switched to or away from packages with problems.
    void problemsOnlyChanged(bool on);

private:
    QLineEdit *createTextEdit();
    QComboBox *createQuickBox();
    QComboBox *createOwnerBox();
    QComboBox *createReleaseBox();
    QComboBox *createSortBox();

    PackageFilterModel *m_filter;
    QLineEdit *m_text;
    QComboBox *m_quick;
    QComboBox *m_owner;
    QComboBox *m_release;
    QComboBox *m_sort;
    QString m_pendingOwner; // restored before the owners are known
};

} // namespace tierdesk
