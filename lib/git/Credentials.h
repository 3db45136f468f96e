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
    // The token goes to this host only (the configured GitHub or Enterprise host),
    // and only over HTTPS; every other remote is asked without it.
    QString githubHost = defaultGitHubHost();
    // Tests only: a loopback address (127.0.0.1, ::1, localhost) stands in for
    // githubHost, still over HTTPS. Nothing outside the tests sets it.
    bool tokenToLoopbackForTests = false;

    // The token from GITHUB_TOKEN (else GH_TOKEN) and the passphrase from
    // TIERDESK_SSH_PASSPHRASE: what pushing a release tag has always used.
    // The token is offered to `githubHost` only.
    static GitCredentials fromEnvironment(const QString &githubHost = defaultGitHubHost());

    static QString defaultGitHubHost() { return QStringLiteral("github.com"); }

    // `text` without the token or the passphrase.
    QString redacted(QString text) const;
};

// Whether the token of `credentials` may be sent to `url`: HTTPS to its
// githubHost (or, when a test allows it, to a loopback host) and nowhere else.
TIERDESK_CORE_EXPORT bool tokenMayGoTo(const QString &url, const GitCredentials &credentials);

// The GitHub host a user configured: `given` when not empty, else
// TIERDESK_GITHUB_HOST, else github.com; lower-case, without scheme or path.
TIERDESK_CORE_EXPORT QString chosenGitHubHost(const QString &given = {});

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
    // Set when the token was kept back because the remote is not the GitHub host over HTTPS.
    const QString &withheldFrom() const { return m_withheldFrom; }

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
    QString m_withheldFrom;
};

} // namespace git
} // namespace tierdesk
