// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether a removal may be merged: the destination tier must contain every
// promoted version with the very same tree id, or the removal would take a
// version out of a distribution before its copy arrived.
#include "git/Remote.h"
#include "promotion/PromotionDraft.h"

namespace tierdesk {

struct VersionSafety {
    enum Status { Same, Missing, Different };
    DraftVersion version;
    Status status = Missing;
    git::ObjectId destinationTree; // null when missing
};

struct TIERDESK_CORE_EXPORT RemovalSafety {
    QString destinationTier;
    git::ObjectId destinationTip;
    QString checkedAgainst;         // what was compared, for people: "origin's staging after a fetch"
    QList<VersionSafety> versions;  // the promoted versions only
    QString fetchProblem;           // why no fetch happened (the local branch was used), empty when fetched

    bool safe() const;
    QStringList missing() const;    // labels not yet in the destination
    QStringList different() const;  // labels the destination has with other content
    QString sentence() const;       // one clear sentence for people
};

// Compares `draft`'s promoted versions with `destinationCommit`.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<RemovalSafety>
    removalSafetyAt(const git::Repository &repo, const PromotionDraft &draft, const git::ObjectId &destinationCommit);

// Fetches the destination tier from `upstreamRemote` (a remote name or URL;
// nothing local is written) and compares; without a remote, or when the fetch
// fails, compares with the local destination branch and says so.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<RemovalSafety>
    checkRemovalSafety(const git::Repository &repo, const PromotionDraft &draft, const QString &upstreamRemote,
                       const GitCredentials &credentials = {}, const JobControl &job = {});
[[nodiscard]] TIERDESK_CORE_EXPORT Result<RemovalSafety>
    checkRemovalSafety(const QString &repositoryPath, const QString &draftId, const QString &upstreamRemote,
                       const GitCredentials &credentials = {}, const JobControl &job = {});

} // namespace tierdesk
