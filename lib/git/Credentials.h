// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What Tierdesk offers when a remote asks who we are: the one answer for every
// fetch and push (git/Remote.h). Each way is offered at most once per transfer
// and never more than maxAttempts requests are answered, so a refused
// credential cannot loop forever.
#include "tierdesk_core_export.h"

#include <QStringList>

#include <git2.h>

namespace tierdesk {

struct TIERDESK_CORE_EXPORT GitCredentials {
    QString httpsToken;                          // sent as the password over HTTPS (GitHub: a personal access token)
    QString httpsUser = QStringLiteral("x-access-token"); // the user sent with the token when the URL names none
    bool useSshAgent = true;                     // when SSH_AUTH_SOCK is set
    QStringList sshKeyFiles;                     // private keys tried after the agent; empty: defaultSshKeyFiles()
    QString sshKeyPassphrase;
    int maxAttempts = 5;

    // The token from GITHUB_TOKEN (else GH_TOKEN) and the passphrase from
    // TIERDESK_SSH_PASSPHRASE: what pushing a release tag has always used.
    static GitCredentials fromEnvironment();

    // `text` without the token or the passphrase.
    QString redacted(QString text) const;
};

// ~/.ssh/id_ed25519, id_ecdsa and id_rsa, in this order.
TIERDESK_CORE_EXPORT QStringList defaultSshKeyFiles();

namespace git {

// Answers the credential requests of one transfer (libgit2's credentials callback).
class CredentialRequests {
public:
    explicit CredentialRequests(const GitCredentials &credentials) : m_credentials(credentials) {}

    // 0 with *out set, or GIT_EUSER once every way was offered or maxAttempts requests were answered.
    int answer(git_credential **out, const char *url, const char *userFromUrl, unsigned int allowed);

    bool exhausted() const { return m_exhausted; }
    const QStringList &offered() const { return m_offered; } // what was offered, for people

private:
    int offerSshKey(git_credential **out, const QByteArray &user);
    int offerToken(git_credential **out, const char *url, const char *userFromUrl);
    int giveUp();

    const GitCredentials &m_credentials;
    int m_requests = 0;
    bool m_triedAgent = false;
    qsizetype m_nextKey = 0;
    bool m_triedToken = false;
    bool m_exhausted = false;
    QStringList m_offered;
};

} // namespace git
} // namespace tierdesk
