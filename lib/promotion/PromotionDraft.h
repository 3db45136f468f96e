// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A drafted promotion: two new local branches (promotion and removal) made of
// new objects only. Drafting never touches the working tree, the index, HEAD or
// any existing reference, and refuses when a tier branch moved since planning.
#include "promotion/PromotionChecks.h"
#include "promotion/PromotionTexts.h"
#include "git/TreeEditor.h"

#include <QDateTime>

#include <optional>

namespace tierdesk {

struct DraftVersion {
    QString name;
    QString version;
    git::ObjectId tree;    // the source tier's tree, which the promotion branch holds at the same path
    bool promoted = true;  // false: removed without promotion (an older version, newest-only mode)
    bool copied = false;   // the promotion branch adds it (false when the destination's distribution served it)
    QString servedFrom;    // the tier above the destination that served it identically when drafted; empty otherwise
    QString label() const { return name + u'-' + version; }
    QString path() const { return u"packages/" + name + u'/' + version; }
};

struct PullRequestLink {
    int number = 0;
    QString url; // the page for people (html_url)
    bool exists() const { return number > 0; }
};

// One of the two branches of a draft, and its pull request.
struct DraftBranch {
    QString name;        // short branch name, e.g. tierdesk/promote-staging-nginx-1.2.3-20240101-1200-ab12cd3
    QString baseTier;    // the tier branch it starts from: the pull request's base
    git::ObjectId base;  // that tier's tip when drafted: the commit's parent
    git::ObjectId commit;
    QString title;       // the commit subject and pull-request title
    QString body;        // the pull-request body (editable until published)
    PullRequestLink pullRequest;

    bool exists() const { return !name.isEmpty(); }
    QString refName() const { return u"refs/heads/" + name; }
};

// Whether `name` (short, e.g. tierdesk/promote-...) is a branch name Tierdesk
// creates for drafts: a valid reference name below refs/heads/tierdesk/. Every
// write and delete of a draft branch checks this first; nothing recorded can
// make Tierdesk touch another branch.
TIERDESK_CORE_EXPORT bool isDraftBranchName(const QString &name);

enum class DraftState {
    Local,            // branches only in this repository
    Pushed,           // branches pushed to a remote (the user's fork)
    PullRequestsOpen, // at least one pull request was opened
    Damaged,          // a draft branch is gone or was moved by someone else
};

struct TIERDESK_CORE_EXPORT PromotionDraft {
    QString id; // unique, e.g. 20240101-1200-ab12cd3
    QDateTime created;
    QString sourceTier;
    QString destinationTier;
    QString sourceRef;
    QString destinationRef;
    bool newestOnly = false;
    QList<DraftVersion> versions;
    DraftBranch promotion; // absent (no name) when the destination already had every version
    DraftBranch removal;

    // Publishing, recorded as it happens so a failed step can be retried.
    QString pushRemote;  // the remote name or URL pushed to
    QDateTime pushedAt;
    QString apiUrl;      // GitHub API base the pull requests were opened on
    QString upstream;    // "owner/repository" they were opened against
    QString forkOwner;   // the head's owner

    // Filled by listDrafts(): each existing branch still points at its drafted commit.
    bool branchesIntact = true;

    DraftState state() const;
    static QString stateId(DraftState state);   // "local", "pushed", "pull-requests-open", "damaged"
    static QString stateText(DraftState state); // translated
    QStringList branchNames() const;            // the existing branches, promotion first
};

struct DraftOptions {
    QStringList confirmed;                 // PromotionCheck keys the user confirmed ("all" for every one)
    std::optional<PromotionTexts> texts;   // edited texts; composed from the plan when absent
    std::optional<git::Signature> author;  // author and committer; the git configuration when absent
    QDateTime now;                         // the drafting time; the current time when invalid
};

// Drafts `plan` in `repositoryPath` (opened here: call it on a worker thread).
// Error codes: GIT_EMODIFIED when a tier branch moved since planning (refresh
// the plan), GIT_EUSER when a check blocks, a confirmation is missing or the
// job was cancelled; other libgit2 codes otherwise.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<PromotionDraft> createDraft(const QString &repositoryPath,
                                                                      const PromotionPlan &plan,
                                                                      const DraftOptions &options = {},
                                                                      const JobControl &job = {});

// The recorded drafts, newest first, with branchesIntact checked against the repository.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<QList<PromotionDraft>> listDrafts(const QString &repositoryPath);
TIERDESK_CORE_EXPORT Result<PromotionDraft> findDraft(const QString &repositoryPath, const QString &id);

// Deletes the draft's local branches (only where they still point at the drafted
// commits) and its record. Returns sentences about branches left as they were.
// Pushed branches and opened pull requests are not touched.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<QStringList> deleteDraft(const QString &repositoryPath, const QString &id);

} // namespace tierdesk
