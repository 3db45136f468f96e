// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a release check found, in four titled tables: the tag's contents, the
// findings, the comparison with the previous release and the distribution
// identity. A part of the Release view: its texts are in the view's translation
// context, so every string here is ReleaseView::tr().
#include <QSplitter>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace tierdesk {

struct TagReadiness;

class ReadinessTables : public QSplitter {
public:
    explicit ReadinessTables(QWidget *parent);

    // Empty tables under their plain titles.
    void clear();
    void fill(const TagReadiness &r);

private:
    QWidget *buildContents();
    QWidget *buildFindings();
    QWidget *buildComparison();
    QWidget *buildDistributions();
    void fillContents(const TagReadiness &r);
    void fillFindings(const TagReadiness &r);
    void fillComparison(const TagReadiness &r);
    void fillDistributions(const TagReadiness &r);
    void addComparisonPlaceholder(const QString &text);

    QLabel *m_contentsTitle = nullptr;
    QTreeWidget *m_contents = nullptr;
    QLabel *m_findingsTitle = nullptr;
    QListWidget *m_findings = nullptr;
    QLabel *m_comparisonTitle = nullptr;
    QTreeWidget *m_comparison = nullptr;
    QTreeWidget *m_distributions = nullptr;
};

} // namespace tierdesk
