// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every fetch and push of git/Remote.h shares: the remote to talk to, the
// libgit2 callbacks (credentials, progress, cancellation, the server's
// messages and per-reference answers) and the one explanation of a failure.
// Internal to the transport.
#include "core/JobControl.h"
#include "git/Credentials.h"
#include "git/Remote.h"

#include <optional>

namespace tierdesk::git {

// A configured remote's name, or a URL or path (an anonymous remote); nothing
// else is guessed. Local paths become absolute.
[[nodiscard]] Result<RemoteHandle> openRemote(const Repository &repo, const QString &remoteOrUrl);
// A configured remote only: nullopt when there is none of that name.
[[nodiscard]] Result<std::optional<RemoteHandle>> lookupRemote(const Repository &repo, const QString &name);
// The push URL when there is one, else the URL; `fallback` when the remote has none.
QString pushUrlOf(git_remote *remote, const QString &fallback);
QString fetchUrlOf(git_remote *remote, const QString &fallback);

// Shared by every callback of one transfer; lives on the transferring thread's stack.
struct Transfer {
    Transfer(const GitCredentials &c, const JobControl &j, QString what)
        : credentials(c), job(j), activity(std::move(what)), requests(c)
    {
    }
    Transfer(const Transfer &) = delete;
    Transfer &operator=(const Transfer &) = delete;

    const GitCredentials &credentials;
    const JobControl &job;
    QString activity;           // the progress text
    bool receivingKiB = false;  // progress while receiving says how much arrived instead
    CredentialRequests requests;
    bool cancelled = false;     // a callback stopped the transfer for the job
    QList<RefUpdateStatus> refs;
    QStringList remoteMessages; // what the server printed ("remote: ..."), each line once
    QString partialLine;
    int receivedObjects = 0;
    qint64 receivedBytes = 0;

    git_remote_callbacks callbacks();
    bool cancelledNow() const { return cancelled || job.isCancelled(); }
};

// How one operation words its failures; the credential and certificate sentences
// name `subject` ("Pushing to https://…").
struct TransferWording {
    QString subject;
    QString cancelled; // the whole sentence when the job stopped it
    QString failed;    // the whole sentence for any other failure; libgit2's text becomes the detail

    // "<subject> was cancelled." and "<subject> failed."
    static TransferWording about(const QString &subject);
};

// The one explanation of a failed transfer: cancelled, the server's identity not
// verified, no credentials, credentials refused after N attempts, or else `failed`.
// Secrets of the transfer's credentials never reach the result.
Error transferError(int rc, const Transfer &t, const TransferWording &wording);

} // namespace tierdesk::git
