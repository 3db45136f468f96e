// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// OpenSSH on loopback for push tests: sshd with its own host key, config and
// authorized_keys in a test directory, running as the current user, and an
// ssh-agent on a private socket. Nothing outside that directory is touched
// (except /run/sshd, sshd's privilege separation directory, when root).
#include <QProcess>
#include <QString>

// Runs a program to its end; false (with its output in `error`) when it failed.
bool runTool(const QString &program, const QStringList &args, QString *error,
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
             QString *output = nullptr);
// A new ed25519 key pair `file` and `file`.pub, protected by `passphrase` when not empty.
bool makeSshKey(const QString &file, const QString &passphrase, QString *error);
// "SHA256:..." of a public key file, as sshd logs it; empty when unreadable.
QString sshFingerprint(const QString &publicKeyFile);

class SshServer {
public:
    explicit SshServer(QString directory); // an existing, empty directory
    ~SshServer();
    SshServer(const SshServer &) = delete;
    SshServer &operator=(const SshServer &) = delete;

    // Generates the host key and config and starts sshd; false with error() when it could not.
    bool start();
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    // Lets the owner of `publicKeyFile` log in.
    bool authorize(const QString &publicKeyFile);
    // The known_hosts line for this server: "[127.0.0.1]:port ssh-ed25519 AAAA...".
    QString knownHostsLine() const;
    // ssh://user@127.0.0.1:port/abs/path
    QString url(const QString &absolutePath) const;
    // Everything sshd logged so far (LogLevel VERBOSE): accepted and failed keys.
    QString log();

    static QString currentUser();

private:
    QString m_dir;
    QString m_error;
    quint16 m_port = 0;
    QProcess m_sshd;
    QString m_log;
};

class SshAgent {
public:
    explicit SshAgent(QString directory);
    ~SshAgent();
    SshAgent(const SshAgent &) = delete;
    SshAgent &operator=(const SshAgent &) = delete;

    bool start();
    QString error() const { return m_error; }
    QString socket() const { return m_socket; }
    bool add(const QString &privateKeyFile);

private:
    QString m_dir;
    QString m_socket;
    QString m_error;
    QProcess m_agent;
};
