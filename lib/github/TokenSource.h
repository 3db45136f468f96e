// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the GitHub token comes from: GITHUB_TOKEN or GH_TOKEN, the file the
// old `elastic-package promote` used (~/.elastic/github.token), or the system
// keychain. The token is handed around in memory only: it is never written to
// settings, logs or messages (redactSecret() guards texts from the outside).
// The keychain is a SecretStore given in TokenSources: the system's is
// tierdesk-github's KeychainSecretStore (github/KeychainSecretStore.h).
#include "core/Error.h"
#include "core/Redact.h"
#include "tierdesk_core_export.h"

#include <QProcessEnvironment>

#include <optional>

namespace tierdesk {

// A place for secrets. Behind an interface so tests need no keychain daemon.
class TIERDESK_CORE_EXPORT SecretStore {
public:
    virtual ~SecretStore();
    // An empty string when there is no such entry; an error when the store failed.
    [[nodiscard]] virtual Result<QString> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &secret) = 0;
    [[nodiscard]] virtual Status remove(const QString &key) = 0;
};

struct GitHubToken {
    QString value;
    QString source; // where it was found, for people: "the GITHUB_TOKEN environment variable"
};

struct TokenSources {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString homeDirectory;          // empty: the user's home
    SecretStore *keychain = nullptr; // not consulted when null
    QString keychainKey = QStringLiteral("github.com");
};

// The first token found, in the order above; nothing when there is none.
TIERDESK_CORE_EXPORT std::optional<GitHubToken> findGitHubToken(const TokenSources &sources = {});
// The keychain entry name for a GitHub host ("github.com", "github.example.com").
TIERDESK_CORE_EXPORT QString keychainKeyForHost(const QString &host);

} // namespace tierdesk
