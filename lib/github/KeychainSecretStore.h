// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The system keychain as a SecretStore: tierdesk-github's, since QtKeychain
// brings D-Bus (and more) into every process that links it.
#include "github/TokenSource.h"
#include "tierdesk_github_export.h"

namespace tierdesk {

// The system keychain through QtKeychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Store). Blocks on a local event loop: call it
// from any thread that may wait, never from the GUI thread.
class TIERDESK_GITHUB_EXPORT KeychainSecretStore : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Tierdesk"), int timeoutMs = 10000);
    [[nodiscard]] Result<QString> read(const QString &key) override;
    Status write(const QString &key, const QString &secret) override;
    [[nodiscard]] Status remove(const QString &key) override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace tierdesk
