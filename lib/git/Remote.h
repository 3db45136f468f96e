// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one remote transport: every network transfer with libgit2 goes through
// here, with one credential answer (git/Credentials.h), one report of what a
// push did and one explanation of a failure. Blocking: call on a worker thread
// with its own git::Repository (fetchRemote opens its own).
//
// Only fetchRemote writes local references (remote-tracking branches, as
// `git fetch <remote>` does); pushes and fetchBranchTip leave every local
// reference alone, and nothing is ever forced.
#include "core/Error.h"
#include "core/JobControl.h"
#include "git/Credentials.h"
#include "git/Repository.h"

#include <QStringList>

namespace tierdesk {

struct RefUpdateStatus {
    QString ref;       // the remote reference, refs/heads/... or refs/tags/...
    QString rejection; // the server's reason; empty when accepted
    bool accepted() const { return rejection.isEmpty(); }
};

struct TIERDESK_CORE_EXPORT PushReport {
    QString remote;               // as given: a remote name or a URL
    QString url;                  // where it went, without any credentials
    QList<RefUpdateStatus> refs;  // one per pushed reference
    QStringList remoteMessages;   // what the server printed ("remote: ...")

    bool ok() const;
    // "refs/heads/x: pre-receive hook declined" per refused reference.
    QStringList rejections() const;
};

struct FetchReport {
    QString remote;
    QString url;             // without credentials
    QStringList updatedRefs; // remote-tracking refs that moved or appeared
    int receivedObjects = 0;
    qint64 receivedBytes = 0;
};

// The URL behind a remote name (push URL first), or `remoteOrUrl` itself when it is a URL or path.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<QString> remoteUrl(const git::Repository &repo, const QString &remoteOrUrl);
// `url` without a password, and without the user name over HTTP(S): no token ever reaches a message.
TIERDESK_CORE_EXPORT QString displayUrl(const QString &url);

// Fetches the configured remote `remote` (default "origin") of the repository at
// `repositoryPath` into refs/remotes/<remote>/*, pruning nothing. Progress goes through
// job.progress (objects received / total); job.isCancelled stops the transfer.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<FetchReport> fetchRemote(const QString &repositoryPath,
                                                                   const QString &remote = {},
                                                                   const GitCredentials &credentials = {},
                                                                   const JobControl &job = {});

// Pushes local branches (short names) to the same names on `remoteOrUrl` (a remote's
// name, a URL or a path). Refused references are reported in the result;
// transport failures are errors.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<PushReport> pushBranches(const git::Repository &repo,
                                                                   const QString &remoteOrUrl,
                                                                   const QStringList &branches,
                                                                   const GitCredentials &credentials = {},
                                                                   const JobControl &job = {});

// Pushes refs/tags/<tagName> to `remoteOrUrl`. The remote refuses to replace a tag it
// has with other content; a refused tag is an error here.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<PushReport> pushTag(const git::Repository &repo, const QString &remoteOrUrl,
                                                              const QString &tagName,
                                                              const GitCredentials &credentials = {},
                                                              const JobControl &job = {});

// Downloads the objects of `branch` on `remoteOrUrl` and returns its tip, without
// writing any reference (no remote-tracking branch, no FETCH_HEAD).
[[nodiscard]] TIERDESK_CORE_EXPORT Result<git::ObjectId> fetchBranchTip(const git::Repository &repo,
                                                                        const QString &remoteOrUrl,
                                                                        const QString &branch,
                                                                        const GitCredentials &credentials = {},
                                                                        const JobControl &job = {});

} // namespace tierdesk
