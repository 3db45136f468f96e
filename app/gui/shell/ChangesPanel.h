// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Changes tab beside the matrix: what the selected version is compared with
// (the base chooser: the defaults of lib/diff/DiffBases first, then every other
// version of the package in any tier, the tags, and any tag or commit typed in), and the diff.
#include "common/BackgroundJob.h"
#include "core/TierConfig.h"
#include "diff/DiffBases.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tierdesk {

class DiffView;
struct LoadedStorage;

class ChangesPanel : public QWidget {
    Q_OBJECT

public:
    explicit ChangesPanel(QWidget *parent = nullptr);

    void setTierConfig(const TierConfig &config) { m_config = config; }
    // Offers the bases of tier:name@version in `storage`; none when the version is
    // empty or the storage lacks it.
    void showVersion(const std::shared_ptr<const LoadedStorage> &storage, const QString &tier, const QString &name,
                     const QString &version);

    QComboBox *comparisonBox() const { return m_choice; }
    QLineEdit *referenceEdit() const { return m_reference; }
    DiffView *diffView() const { return m_diff; }
    // The bases offered, in the chooser's order (its items' data is the index here; -1: type a reference).
    const QList<DiffBase> &bases() const { return m_bases; }
    // Compares with a typed reference: "REF" or "REF:NAME@VERSION"; false when the text is neither.
    bool compareWithReference(const QString &text);

private:
    void offer();
    void addTags(const QStringList &tags);
    void explainNone();
    void showComparison(int item);

    TierConfig m_config;
    QString m_repositoryPath;
    std::optional<PackageVersion> m_selected;
    QList<DiffBase> m_bases; // offered for the current version
    LatestJob m_tagJob;
    QComboBox *m_choice;
    QLineEdit *m_reference;
    QLabel *m_none;
    DiffView *m_diff;
};

} // namespace tierdesk
