#pragma once
// Network transfers with libgit2 that leave every local reference alone:
// pushing draft branches to a remote (the user's fork), and fetching one
// branch's tip for a check. Blocking: call on a worker thread with its own
// git::Repository.
#include "core/Error.h"
#include "core/JobControl.h"
#include "git/Repository.h"

namespace tierdesk {

// How to answer a remote's request for credentials. Each way is tried at most
// once per transfer, and never more than maxAttempts requests are answered, so
// a refused credential cannot loop forever.
struct GitCredentials {
    QString httpsToken;                          // sent as the password over HTTPS (GitHub: a personal access token)
    QString httpsUser = QStringLiteral("x-access-token");
    bool useSshAgent = true;                     // when SSH_AUTH_SOCK is set
    QStringList sshKeyFiles;                     // private keys tried after the agent; empty: ~/.ssh/id_ed25519, id_ecdsa, id_rsa
    QString sshKeyPassphrase;
    int maxAttempts = 5;
};

struct RefUpdateStatus {
    QString ref;       // the remote reference, refs/heads/...
    QString rejection; // the server's reason; empty when accepted
    bool accepted() const { return rejection.isEmpty(); }
};

struct TIERDESK_CORE_EXPORT PushReport {
    QString remote;               // as given: a remote name or a URL
    QString url;                  // where it went, without any credentials
    QList<RefUpdateStatus> refs;  // one per pushed branch
    QStringList remoteMessages;   // what the server printed ("remote: ...")

    bool ok() const;
    // "refs/heads/x: pre-receive hook declined" per refused reference.
    QStringList rejections() const;
};

// The URL behind a remote name (push URL first), or `remoteOrUrl` itself when it is a URL or path.
TIERDESK_CORE_EXPORT Result<QString> remoteUrl(const git::Repository &repo, const QString &remoteOrUrl);
// `url` without user information (no token ever reaches a message).
TIERDESK_CORE_EXPORT QString displayUrl(const QString &url);

// Pushes local branches (short names) to the same names on `remoteOrUrl`. Never
// forces, and updates no local reference (no remote-tracking branches either).
// Refused references are reported in the result; transport failures are errors.
TIERDESK_CORE_EXPORT Result<PushReport> pushBranches(const git::Repository &repo, const QString &remoteOrUrl,
                                                     const QStringList &branches, const GitCredentials &credentials = {},
                                                     const JobControl &job = {});

// Downloads the objects of `branch` on `remoteOrUrl` and returns its tip, without
// writing any reference (no remote-tracking branch, no FETCH_HEAD).
TIERDESK_CORE_EXPORT Result<git::ObjectId> fetchBranchTip(const git::Repository &repo, const QString &remoteOrUrl,
                                                          const QString &branch, const GitCredentials &credentials = {},
                                                          const JobControl &job = {});

} // namespace tierdesk
