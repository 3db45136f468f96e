// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why each version is, or is not, a promotion candidate now: the "excuses" of
// Debian's britney, for every version in every tier. A version is a candidate
// for the next tier up when nothing blocks it there; the reasons say what does.
// The matrix's candidate badge, the details panel and `tierdesk-cli why` all
// read this one rule.
#include "promotion/PendingDrafts.h"
#include "storage/StorageSnapshot.h"
#include "storage/TierMatrix.h"

#include <QJsonObject>

#include <functional>

namespace tierdesk {

struct ExcuseReason {
    // Stable identifiers: "top-tier", "not-a-version", "manifest-problem", "served-above", "shadowed",
    // "overwrite-policy", "not-newest", "not-newer", "pending-draft", "development-files", "candidate".
    QString id;
    bool blocks = true;  // false: worth knowing, the version stays a candidate
    QString message;     // a sentence for people
};

struct TIERDESK_CORE_EXPORT VersionExcuse {
    QString tier;
    QString name;
    QString version;
    QString targetTier;  // the next present tier up; empty for the highest
    bool candidate = false;
    QList<ExcuseReason> reasons; // blocking ones first, in the order above

    QString key() const { return name + u'@' + version; }
    QStringList reasonIds() const;
    bool has(const QString &id) const { return reasonIds().contains(id); }
    QString summary() const;     // one line: "candidate for staging" or the first blocking reason
    QJsonObject toJson() const;
};

// The development files of a version directory (PromotionChecks' developmentPaths), or none.
using DevelopmentPathsOf = std::function<QStringList(const PackageVersion &)>;

// Pure: from the snapshot, the pending drafts and `devPaths` (asked only for versions nothing else blocks).
TIERDESK_CORE_EXPORT VersionExcuse explainVersion(const StorageSnapshot &snapshot, const PackageVersion &version,
                                                  const QList<PendingDraft> &pending = {},
                                                  const DevelopmentPathsOf &devPaths = {});
// Every version of every present tier, lowest tier first.
TIERDESK_CORE_EXPORT QList<VersionExcuse> explainAll(const StorageSnapshot &snapshot,
                                                     const QList<PendingDraft> &pending = {},
                                                     const DevelopmentPathsOf &devPaths = {});
// Reads what the pure forms take (pending drafts, development files) from `repo`; runs on a worker thread.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<QList<VersionExcuse>> explainRepository(const git::Repository &repo,
                                                                                const StorageSnapshot &snapshot);
// The same, opening the snapshot's repository itself; without it (a missing path) only the pure rules apply.
TIERDESK_CORE_EXPORT QList<VersionExcuse> explainRepository(const StorageSnapshot &snapshot);

// What the matrix paints from the explanations.
TIERDESK_CORE_EXPORT CandidacyMarks candidacyMarks(const QList<VersionExcuse> &excuses);

} // namespace tierdesk
