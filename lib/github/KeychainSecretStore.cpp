// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "github/KeychainSecretStore.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::TokenSource;

// Runs a QtKeychain job to its end on a local event loop, bounded in time.
template <class Job>
Status runJob(Job &job, int timeoutMs)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    if (!done)
        return fail(Tr::tr("The system keychain did not answer."));
    return {};
}

// On Linux the keychain is a D-Bus service; without a session bus QtKeychain
// would wait for D-Bus timeouts (25 s) before failing, so ask only when one exists.
bool keychainReachable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFile::exists(runtime + u"/bus"_s);
#else
    return true;
#endif
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(timeoutMs)
{
}

Result<QString> KeychainSecretStore::read(const QString &key)
{
    if (!keychainReachable())
        return fail(Tr::tr("There is no system keychain in this session (no D-Bus session bus)."));
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    if (auto s = runJob(job, m_timeoutMs); !s)
        return std::unexpected(s.error());
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError)
        return fail(Tr::tr("Could not read from the system keychain."), job.errorString());
    return job.textData();
}

Status KeychainSecretStore::write(const QString &key, const QString &secret)
{
    if (!keychainReachable())
        return fail(Tr::tr("There is no system keychain in this session (no D-Bus session bus)."));
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(secret);
    if (auto s = runJob(job, m_timeoutMs); !s)
        return s;
    if (job.error() != QKeychain::NoError)
        return fail(Tr::tr("Could not store the token in the system keychain."), job.errorString());
    return {};
}

Status KeychainSecretStore::remove(const QString &key)
{
    if (!keychainReachable())
        return fail(Tr::tr("There is no system keychain in this session (no D-Bus session bus)."));
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    if (auto s = runJob(job, m_timeoutMs); !s)
        return s;
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return fail(Tr::tr("Could not remove the token from the system keychain."), job.errorString());
    return {};
}

} // namespace tierdesk
