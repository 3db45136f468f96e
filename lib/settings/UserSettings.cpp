// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/UserSettings.h"

#include "core/Tr.h"
#include "git/Git.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {

namespace Tr = trcontext::Settings;

const auto TierNamesKey = u"tiers/names"_s;
const auto HostKey = u"github/host"_s;
const auto ThemeKey = u"appearance/theme"_s;
const auto ModeKey = u"diff/mode"_s;
const auto ContextKey = u"diff/contextLines"_s;
const auto WhitespaceKey = u"diff/ignoreWhitespace"_s;
const auto FileListWidthKey = u"diff/fileListWidth"_s;
// Wider than any screen: a hand-edited value, not a dragged one.
constexpr int MaxFileListWidth = 20000;

Theme themeFromKey(const QString &key)
{
    if (key == u"light"_s)
        return Theme::Light;
    if (key == u"dark"_s)
        return Theme::Dark;
    return Theme::System;
}

QStringList reversed(QStringList list)
{
    std::ranges::reverse(list);
    return list;
}

// Stored names that break the tier rule (edited by hand) fall back to the default tiers.
QStringList storedTiers(const QSettings &settings)
{
    const QStringList lowestFirst = reversed(settings.value(TierNamesKey).toStringList());
    return TierConfig::checkTiers(lowestFirst).isEmpty() ? lowestFirst : TierConfig().tiers;
}

} // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light: return u"light"_s;
    case Theme::Dark: return u"dark"_s;
    case Theme::System: break;
    }
    return u"system"_s;
}

UserSettings UserSettings::read(const QSettings &settings)
{
    UserSettings user;
    user.tierNames = storedTiers(settings);
    const QString host = settings.value(HostKey).toString().trimmed();
    if (!host.isEmpty() && checkGitHubHost(host).isEmpty())
        user.githubHost = host;
    user.theme = themeFromKey(settings.value(ThemeKey).toString());
    user.diff.unified = settings.value(ModeKey).toString() == u"unified"_s;
    const int context = settings.value(ContextKey, user.diff.contextLines).toInt();
    user.diff.contextLines = std::clamp(context, 0, maxContextLines);
    user.diff.ignoreWhitespace = settings.value(WhitespaceKey, false).toBool();
    return user;
}

void UserSettings::write(QSettings &settings) const
{
    settings.setValue(TierNamesKey, reversed(tierNames));
    settings.setValue(HostKey, githubHost);
    settings.setValue(ThemeKey, themeKey(theme));
    settings.setValue(ModeKey, diff.unified ? u"unified"_s : u"sideBySide"_s);
    settings.setValue(ContextKey, diff.contextLines);
    settings.setValue(WhitespaceKey, diff.ignoreWhitespace);
}

QString RepositorySettings::groupFor(const QString &repositoryPath)
{
    const QFileInfo info(repositoryPath);
    const QString canonical = info.canonicalFilePath();
    const QString path = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    return u"repositories/"_s
        + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

RepositorySettings RepositorySettings::read(const QSettings &settings, const QString &repositoryPath)
{
    RepositorySettings repo;
    const QString group = groupFor(repositoryPath);
    const QString tierRemote = settings.value(group + u"/tierRemote"_s).toString();
    if (!tierRemote.isEmpty() && checkRemoteName(tierRemote).isEmpty())
        repo.tierRemote = tierRemote;
    const QString fork = settings.value(group + u"/forkRemote"_s).toString();
    if (checkRemoteName(fork, true).isEmpty())
        repo.forkRemote = fork;
    return repo;
}

void RepositorySettings::write(QSettings &settings, const QString &repositoryPath) const
{
    const QString group = groupFor(repositoryPath);
    settings.setValue(group + u"/tierRemote"_s, tierRemote);
    if (forkRemote.isEmpty())
        settings.remove(group + u"/forkRemote"_s);
    else
        settings.setValue(group + u"/forkRemote"_s, forkRemote);
}

int readDiffFileListWidth(const QSettings &settings)
{
    bool ok = false;
    const int width = settings.value(FileListWidthKey, 0).toInt(&ok);
    return ok && width > 0 && width <= MaxFileListWidth ? width : 0;
}

void writeDiffFileListWidth(QSettings &settings, int width)
{
    if (width > 0 && width <= MaxFileListWidth)
        settings.setValue(FileListWidthKey, width);
    else
        settings.remove(FileListWidthKey);
}

TierConfig tierConfigFrom(const UserSettings &user, const RepositorySettings &repo)
{
    TierConfig config;
    config.tiers = user.tierNames;
    config.remote = repo.tierRemote;
    return config;
}

QString checkRemoteName(const QString &name, bool mayBeEmpty)
{
    if (name.isEmpty())
        return mayBeEmpty ? QString() : Tr::tr("Name a remote, e.g. origin.");
    git::ensureInitialized();
    int valid = 0;
    const QByteArray utf8 = name.toUtf8();
    if (git_remote_name_is_valid(&valid, utf8.constData()) < 0 || !valid)
        return Tr::tr("“%1” is not a valid remote name.").arg(name);
    return {};
}

QString checkGitHubHost(const QString &host)
{
    // A bare host name: the API address is derived from it, and the token goes nowhere else.
    static const QRegularExpression pattern(
        u"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::\\d{1,5})?$"_s);
    if (host.isEmpty())
        return Tr::tr("Name the GitHub host, e.g. github.com or github.example.com.");
    if (host.contains(u"://"_s) || host.contains(u'/'))
        return Tr::tr("Give the host name only, e.g. github.example.com, without https:// or a path.");
    if (!pattern.match(host).hasMatch())
        return Tr::tr("“%1” is not a host name.").arg(host);
    return {};
}

QString checkContextLines(int lines)
{
    if (lines < 0 || lines > UserSettings::maxContextLines)
        return Tr::tr("Between 0 and %1 lines.").arg(UserSettings::maxContextLines);
    return {};
}

} // namespace tierdesk
