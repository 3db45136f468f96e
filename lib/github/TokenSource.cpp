// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "github/TokenSource.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::TokenSource;

QString readFirstLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed().section(u'\n', 0, 0).trimmed();
}
} // namespace

SecretStore::~SecretStore() = default;

QString keychainKeyForHost(const QString &host)
{
    return host.isEmpty() || host == u"api.github.com" ? u"github.com"_s : host;
}

std::optional<GitHubToken> findGitHubToken(const TokenSources &sources)
{
    for (const char *name : {"GITHUB_TOKEN", "GH_TOKEN"}) {
        const QString value = sources.environment.value(QString::fromLatin1(name)).trimmed();
        if (!value.isEmpty())
            return GitHubToken{value, Tr::tr("the %1 environment variable").arg(QString::fromLatin1(name))};
    }
    const QString home = sources.homeDirectory.isEmpty() ? QDir::homePath() : sources.homeDirectory;
    const QString file = QDir(home).filePath(u".elastic/github.token"_s);
    if (const QString value = readFirstLine(file); !value.isEmpty())
        return GitHubToken{value, Tr::tr("the file %1").arg(QDir::toNativeSeparators(file))};
    if (sources.keychain) {
        auto value = sources.keychain->read(sources.keychainKey);
        if (value && !value->trimmed().isEmpty())
            return GitHubToken{value->trimmed(), Tr::tr("the system keychain")};
    }
    return std::nullopt;
}

} // namespace tierdesk
