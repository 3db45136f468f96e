// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What could go wrong with a promotion, each finding with a severity and a
// sentence a person understands. Drafting enforces them: a blocking finding
// refuses, and every finding that needs confirmation must be confirmed by key.
#include "promotion/PromotionPlan.h"
#include "storage/Changelog.h"
#include "core/Error.h"
#include "core/JobControl.h"
#include "core/Severity.h"
#include "git/Repository.h"

#include <QHash>

namespace tierdesk {

struct PendingDraft;

struct TIERDESK_CORE_EXPORT PromotionCheck {
    // Stable identifiers: "identical", "shadowed", "overwrite", "not-newer", "pending-draft", "removal-from-staging",
    // "removal-from-production", "removed-unpromoted", "development-files",
    // "manifest-problem", "invalid-constraint", "version-mismatch", "unsafe-name", "unsafe-path",
    // "unreadable-tree", "unreadable-tier", "tierdesk-branch".
    QString id;
    // Blocks: the promotion cannot be drafted; Warning: allowed once the user confirms this very finding.
    Severity severity = Severity::Info;
    QString name;    // the package version it concerns; empty for the whole plan
    QString version;
    QString message; // a sentence for the user
    QString path;    // the repository path it concerns, when one

    // What a confirmation ticks: "not-newer:nginx@1.2.3", or the id alone for the whole plan.
    QString key() const { return name.isEmpty() ? id : id + u':' + name + u'@' + version; }

    bool needsConfirmation() const { return severity == Severity::Warning; }

    // A promotion's own words for the scale (JSON and people): a warning "needs confirmation".
    static QString severityId(Severity severity);   // "information", "needs-confirmation", "blocks"
    static QString severityText(Severity severity); // translated, for people
};

// Paths below the version directory `tree` whose own name starts with "_" (such as _dev): development
// material that must not reach a distribution. The top-most such path only.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<QStringList> developmentPaths(const git::Repository &repo,
                                                                        const git::ObjectId &tree);

struct TIERDESK_CORE_EXPORT PromotionChecks {
    QList<PromotionCheck> checks; // blocking first, then confirmations, then information
    // Per copied name@version: its changelog entries after the version the destination serves, up to it
    // (read with the trees, for the promotion's pull-request body).
    QHash<QString, QList<ChangelogEntry>> changelog;

    bool blocked() const;
    QList<PromotionCheck> blocking() const;
    QStringList confirmationKeys() const; // every key that needs confirmation
    // The keys needing confirmation that `confirmed` lacks ("all" in `confirmed` confirms every one).
    QStringList unconfirmed(const QStringList &confirmed) const;
    QStringList validKeys() const;                        // "all" and every confirmation key
    QStringList unknownKeys(const QStringList &confirmed) const; // given keys no finding has
    // An error naming the unknown keys and listing the valid ones.
    [[nodiscard]] Status checkKeys(const QStringList &confirmed) const;
    // Nothing blocks and every confirmation was given.
    bool allowsDrafting(const QStringList &confirmed) const { return !blocked() && unconfirmed(confirmed).isEmpty(); }

    // Reads the version trees (for development files); opens nothing itself.
    [[nodiscard]] static Result<PromotionChecks> run(const git::Repository &repo, const PromotionPlan &plan,
                                                     const JobControl &job = {});
    // Opens `repositoryPath` itself, so it may run on any worker thread.
    [[nodiscard]] static Result<PromotionChecks> run(const QString &repositoryPath, const PromotionPlan &plan,
                                                     const JobControl &job = {});
    // Also counts `elsewhere` as pending: drafts found outside this clone (the upstream's open pull requests,
    // pendingFromPullRequests), besides the clone's own records and branches.
    [[nodiscard]] static Result<PromotionChecks> run(const git::Repository &repo, const PromotionPlan &plan,
                                                     const QList<PendingDraft> &elsewhere, const JobControl &job = {});
};

} // namespace tierdesk
