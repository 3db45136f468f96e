// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/Credentials.h"
#include "core/Tr.h"

#include "core/Redact.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::GitPush;

bool isLoopback(const QString &host)
{
    return host == u"localhost"_s || host == u"127.0.0.1"_s || host == u"::1"_s || host == u"[::1]"_s;
}

QByteArray userOr(const char *userFromUrl, const QByteArray &fallback)
{
    return userFromUrl && *userFromUrl ? QByteArray(userFromUrl) : fallback;
}
} // namespace

bool tokenMayGoTo(const QString &url, const GitCredentials &credentials)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.scheme().compare(u"https"_s, Qt::CaseInsensitive) != 0)
        return false; // plain HTTP, ssh, file and anything unparsable never see the token
    const QString host = u.host().toLower();
    if (host.isEmpty())
        return false;
    if (host == chosenGitHubHost(credentials.githubHost))
        return true;
    return credentials.tokenToLoopbackForTests && isLoopback(host);
}

QString chosenGitHubHost(const QString &given)
{
    QString host = given.trimmed();
    if (host.isEmpty())
        host = qEnvironmentVariable("TIERDESK_GITHUB_HOST").trimmed();
    if (host.isEmpty())
        return GitCredentials::defaultGitHubHost();
    // Accept "https://ghe.example.com/" as well as the bare host name.
    const QUrl asUrl = QUrl::fromUserInput(host);
    const QString parsed = asUrl.host().toLower();
    return parsed.isEmpty() ? host.toLower() : parsed;
}

GitCredentials GitCredentials::fromEnvironment(const QString &githubHost)
{
    GitCredentials c;
    c.githubHost = githubHost;
    c.httpsToken = qEnvironmentVariable("GITHUB_TOKEN");
    if (c.httpsToken.isEmpty())
        c.httpsToken = qEnvironmentVariable("GH_TOKEN");
    c.sshKeyPassphrase = qEnvironmentVariable("TIERDESK_SSH_PASSPHRASE");
    return c;
}

QString GitCredentials::redacted(QString text) const
{
    return redactSecret(redactSecret(std::move(text), httpsToken), sshKeyPassphrase);
}

QStringList defaultSshKeyFiles()
{
    const QDir ssh(QDir::home().filePath(u".ssh"_s));
    return {ssh.filePath(u"id_ed25519"_s), ssh.filePath(u"id_ecdsa"_s), ssh.filePath(u"id_rsa"_s)};
}

namespace git {

int CredentialRequests::answer(git_credential **out, const char *url, const char *userFromUrl, unsigned int allowed)
{
    if (++m_requests > m_credentials.maxAttempts)
        return giveUp();
    const QByteArray sshUser = userOr(userFromUrl, "git");
    if (allowed & GIT_CREDENTIAL_USERNAME)
        return git_credential_username_new(out, sshUser.constData());
    if (allowed & GIT_CREDENTIAL_SSH_KEY) {
        if (const int rc = offerSshKey(out, sshUser); rc != GIT_PASSTHROUGH)
            return rc;
    }
    if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT)
        return offerToken(out, url, userFromUrl);
    return giveUp();
}

// The agent first, then each key file that exists; GIT_PASSTHROUGH when none is left.
int CredentialRequests::offerSshKey(git_credential **out, const QByteArray &user)
{
    if (m_credentials.useSshAgent && !m_triedAgent) {
        m_triedAgent = true;
        if (!qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            m_offered.append(Tr::tr("the ssh agent"));
            return git_credential_ssh_key_from_agent(out, user.constData());
        }
    }
    const QStringList keys = m_credentials.sshKeyFiles.isEmpty() ? defaultSshKeyFiles() : m_credentials.sshKeyFiles;
    while (m_nextKey < keys.size()) {
        const QString key = keys.at(m_nextKey++);
        if (!QFileInfo::exists(key))
            continue;
        m_offered.append(QDir::toNativeSeparators(key));
        const QString pub = key + u".pub"_s;
        const QByteArray pubPath = pub.toUtf8();
        const QByteArray privPath = key.toUtf8();
        const QByteArray pass = m_credentials.sshKeyPassphrase.toUtf8();
        return git_credential_ssh_key_new(out, user.constData(), QFileInfo::exists(pub) ? pubPath.constData() : nullptr,
                                          privPath.constData(), pass.isEmpty() ? nullptr : pass.constData());
    }
    return GIT_PASSTHROUGH;
}

int CredentialRequests::offerToken(git_credential **out, const char *url, const char *userFromUrl)
{
    if (m_triedToken || m_credentials.httpsToken.isEmpty())
        return giveUp();
    if (const QString where = QString::fromUtf8(url); !tokenMayGoTo(where, m_credentials)) {
        m_withheldFrom = where;
        return giveUp();
    }
    m_triedToken = true;
    m_offered.append(Tr::tr("the GitHub token"));
    const QByteArray user = userOr(userFromUrl, m_credentials.httpsUser.toUtf8());
    return git_credential_userpass_plaintext_new(out, user.constData(), m_credentials.httpsToken.toUtf8().constData());
}

int CredentialRequests::giveUp()
{
    // libgit2 records no error for a callback's GIT_EUSER: the explanation comes from exhausted().
    m_exhausted = true;
    return GIT_EUSER;
}

} // namespace git
} // namespace tierdesk
