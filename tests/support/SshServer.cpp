// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SshServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        *error = u"cannot write %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}

QString sshdProgram()
{
    // sshd refuses to start from a relative path, and /usr/sbin is often not on a user's PATH.
    QString found = QStandardPaths::findExecutable(u"sshd"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s});
    return found.isEmpty() ? QStandardPaths::findExecutable(u"sshd"_s) : found;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void stop(QProcess &p)
{
    if (p.state() == QProcess::NotRunning)
        return;
    p.terminate();
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(10000);
    }
}
} // namespace

bool runTool(const QString &program, const QStringList &args, QString *error, const QProcessEnvironment &environment,
             QString *output)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    const QString out = QString::fromUtf8(p.readAll());
    if (output)
        *output = out;
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = u"%1 %2 failed (%3): %4"_s.arg(program, args.join(u' '), p.errorString(), out);
        return false;
    }
    return true;
}

bool makeSshKey(const QString &file, const QString &passphrase, QString *error)
{
    return runTool(u"ssh-keygen"_s,
                   {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, passphrase, u"-C"_s, u"tierdesk-test"_s, u"-f"_s, file},
                   error);
}

QString sshFingerprint(const QString &publicKeyFile)
{
    QString error, out;
    if (!runTool(u"ssh-keygen"_s, {u"-l"_s, u"-E"_s, u"sha256"_s, u"-f"_s, publicKeyFile}, &error,
                 QProcessEnvironment::systemEnvironment(), &out))
        return {};
    return out.section(u' ', 1, 1); // "256 SHA256:... comment (ED25519)"
}

SshServer::SshServer(QString directory) : m_dir(std::move(directory)) {}

SshServer::~SshServer() { stop(m_sshd); }

QString SshServer::currentUser()
{
    const passwd *pw = getpwuid(geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : qEnvironmentVariable("USER");
}

bool SshServer::start()
{
    const QString program = sshdProgram();
    if (program.isEmpty()) {
        m_error = u"sshd is not installed (openssh-server)"_s;
        return false;
    }
    // As root, sshd chroots its unprivileged pre-authentication process into this directory.
    if (geteuid() == 0 && !QFileInfo::exists(u"/run/sshd"_s) && !QDir().mkpath(u"/run/sshd"_s)) {
        m_error = u"cannot create /run/sshd"_s;
        return false;
    }
    const QString hostKey = m_dir + u"/host_ed25519"_s;
    if (!makeSshKey(hostKey, {}, &m_error))
        return false;
    if (!writeFile(m_dir + u"/authorized_keys"_s, {}, &m_error))
        return false;
    m_port = freePort();
    const QString config = u"Port %1\n"
                           "ListenAddress 127.0.0.1\n"
                           "HostKey %2\n"
                           "PidFile %3/sshd.pid\n"
                           "AuthorizedKeysFile %3/authorized_keys\n"
                           "StrictModes no\n"
                           "UsePAM no\n"
                           "PubkeyAuthentication yes\n"
                           "PasswordAuthentication no\n"
                           "KbdInteractiveAuthentication no\n"
                           "PermitRootLogin prohibit-password\n"
                           "AllowUsers %4\n"
                           // Failed logins are part of the tests: no penalty box for 127.0.0.1.
                           "PerSourcePenalties no\n"
                           "UseDNS no\n"
                           "PrintMotd no\n"
                           "LogLevel VERBOSE\n"_s.arg(m_port)
                               .arg(hostKey, m_dir, currentUser());
    if (!writeFile(m_dir + u"/sshd_config"_s, config.toUtf8(), &m_error))
        return false;
    m_sshd.setProcessChannelMode(QProcess::MergedChannels);
    m_sshd.start(program, {u"-D"_s, u"-e"_s, u"-f"_s, m_dir + u"/sshd_config"_s});
    // Ready once it says so; a crash or a taken port ends the wait early.
    const bool listening = QTest::qWaitFor(
        [&] {
            m_log += QString::fromUtf8(m_sshd.readAll());
            return m_log.contains(u"Server listening on 127.0.0.1"_s) || m_sshd.state() == QProcess::NotRunning;
        },
        20000);
    if (!listening || m_sshd.state() == QProcess::NotRunning) {
        m_error = u"sshd did not start: "_s + m_sshd.errorString() + u"\n"_s + log();
        return false;
    }
    return true;
}

bool SshServer::authorize(const QString &publicKeyFile)
{
    QFile in(publicKeyFile);
    QFile out(m_dir + u"/authorized_keys"_s);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::Append))
        return false;
    const QByteArray line = in.readAll().trimmed() + '\n';
    return out.write(line) == line.size();
}

QString SshServer::knownHostsLine() const
{
    QFile pub(m_dir + u"/host_ed25519.pub"_s);
    if (!pub.open(QIODevice::ReadOnly))
        return {};
    // "type key comment": the comment is not part of a known_hosts entry.
    const QList<QByteArray> parts = pub.readAll().trimmed().split(' ');
    return u"[127.0.0.1]:%1 %2 %3"_s.arg(m_port).arg(QString::fromLatin1(parts.value(0)),
                                                       QString::fromLatin1(parts.value(1)));
}

QString SshServer::url(const QString &absolutePath) const
{
    return u"ssh://%1@127.0.0.1:%2%3"_s.arg(currentUser()).arg(m_port).arg(absolutePath);
}

QString SshServer::log()
{
    m_log += QString::fromUtf8(m_sshd.readAll());
    return m_log;
}

SshAgent::SshAgent(QString directory) : m_dir(std::move(directory)) {}

SshAgent::~SshAgent() { stop(m_agent); }

bool SshAgent::start()
{
    m_socket = m_dir + u"/agent.sock"_s;
    m_agent.setProcessChannelMode(QProcess::MergedChannels);
    // -D: in the foreground, so this object owns the process and ends it.
    m_agent.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, m_socket});
    const bool up = QTest::qWaitFor(
        [&] { return QFileInfo::exists(m_socket) || m_agent.state() == QProcess::NotRunning; }, 20000);
    if (!up || m_agent.state() == QProcess::NotRunning) {
        m_error = u"ssh-agent did not start: "_s + m_agent.errorString() + QString::fromUtf8(m_agent.readAll());
        return false;
    }
    return true;
}

bool SshAgent::add(const QString &privateKeyFile)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SSH_AUTH_SOCK"_s, m_socket);
    return runTool(u"ssh-add"_s, {privateKeyFile}, &m_error, env);
}
