// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Changes tab beside the matrix: what the selected version is compared with
// (the suggested comparisons, first one shown), and the diff.
#include "core/TierConfig.h"
#include "diff/PackageDiff.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace tierdesk {

class DiffView;
struct LoadedStorage;

class ChangesPanel : public QWidget {
    Q_OBJECT

public:
    explicit ChangesPanel(QWidget *parent = nullptr);

    void setTierConfig(const TierConfig &config) { m_config = config; }
    // Offers the comparisons of tier:name@version in `storage`; none when the version is
    // empty or the storage lacks it.
    void showVersion(const std::shared_ptr<const LoadedStorage> &storage, const QString &tier, const QString &name,
                     const QString &version);

    QComboBox *comparisonBox() const { return m_choice; }
    DiffView *diffView() const { return m_diff; }

private:
    void offer(const QList<SuggestedComparison> &comparisons);
    void explainNone(const QString &tier, const QString &name, const QString &version);
    void showComparison(int choice);

    TierConfig m_config;
    QString m_repositoryPath;
    QList<SuggestedComparison> m_comparisons; // offered for the current version
    QComboBox *m_choice;
    QLabel *m_none;
    DiffView *m_diff;
};

} // namespace tierdesk
