// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Two tiers compared: what only one holds, what both hold with identical or
// different content; copied or exported as Markdown for a pull request review.
// Computed from the snapshot alone (tree ids), so it is instant; the export
// file is written on a worker thread.
//
// Embedding:
//   auto *compare = new tierdesk::TierCompareView(parent);
//   compare->setStorage(loaded); // shared_ptr<const LoadedStorage>
//   compare->setTiers(u"snapshot"_s, u"staging"_s); // default: the two lowest present tiers
//   connect(compare, &TierCompareView::versionActivated, window, ...);
#include "common/LoadedStorage.h"
#include "storage/StorageSnapshot.h"
#include "storage/TierComparison.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLayout;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tierdesk {

class TierCompareView : public QWidget {
    Q_OBJECT

public:
    enum ItemRole { GroupRole = Qt::UserRole + 1, NameRole, VersionRole };

    explicit TierCompareView(QWidget *parent = nullptr);

    // Keeps the chosen tiers when the new snapshot still has them; null clears.
    void setStorage(std::shared_ptr<const LoadedStorage> storage); // null clears
    void setTiers(const QString &tierA, const QString &tierB);
    QString tierA() const;
    QString tierB() const;

    // The rows the filter keeps; the counts before it are in unfilteredCounts.
    const TierComparison &comparison() const;
    // What Copy as Markdown puts on the clipboard: cut to fit a GitHub comment.
    ComparisonExport markdownExport() const { return comparison().toMarkdown(); }
    QString markdown() const { return markdownExport().text; }

    void setFilter(CompareFilter filter);
    CompareFilter filter() const { return comparison().filter; }
    QComboBox *filterBox() const; // its entries name the tiers: compared first when that was put off

    // Puts the Markdown table on the clipboard; when it is too long for a GitHub
    // comment it is cut and the status offers the whole table as a file.
    void copyMarkdown();
    // Asks for a file, then writes it (Markdown, or plain text for .txt).
    void exportInteractively();
    // Writes in the background; emits exported() or exportFailed().
    void exportTo(const QString &path);

    // What is on screen, for tests and the screenshot harness.
    QTreeWidget *tree() const; // filled first when a fill was put off
    QStringList groupTitles() const;                 // "Only in snapshot (2)", ... in display order
    QStringList rowsOf(ComparisonGroup group) const; // "nginx 1.3.0" per row
    QString statusText() const;

Q_SIGNALS:
    void tiersChanged(const QString &tierA, const QString &tierB);
    // A row was activated: the tier is A's copy when A holds it, else B's.
    void versionActivated(const QString &tier, const QString &name, const QString &version);
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QLayout *createChoices();
    QLayout *createSummary();
    void createTree();
    void connectControls();
    void fillTierChoices();
    void recompute();
    void compareNow();
    void compareIfStale() const;
    void fillTree();
    void fillRows();
    void fillIfStale() const;
    QTreeWidgetItem *groupItem(ComparisonGroup group) const;

    void fillFilterChoices();

    std::shared_ptr<const LoadedStorage> m_storage;
    std::shared_ptr<const StorageSnapshot> m_snapshot;
    TierComparison m_full;       // every row
    TierComparison m_comparison; // the rows the filter keeps
    bool m_filling = false;
    // A hidden view puts off building its rows (tens of thousands at size) until it is
    // shown or asked: a load hands the storage to every page, and only one is on screen.
    bool m_rowsStale = false;
    // Likewise the comparison itself (a scan of both tiers) until it is shown or asked.
    bool m_comparisonStale = false;

    QComboBox *m_a;
    QComboBox *m_b;
    QComboBox *m_filter;
    QToolButton *m_swap;
    QPushButton *m_copy;
    QPushButton *m_export;
    QLabel *m_summary;
    QLabel *m_status;
    QTreeWidget *m_tree;
};

} // namespace tierdesk
