// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the user chose in Settings, under the QSettings keys every part of
// Tierdesk shares, and the rules a valid choice follows. The token is not a
// setting: it lives in the keychain only (github/TokenSource.h).
#include "core/TierConfig.h"
#include "tierdesk_core_export.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace tierdesk {

enum class Theme { System, Light, Dark };

struct DiffPreferences {
    bool unified = false;        // diff/mode: sideBySide | unified
    int contextLines = 3;        // diff/contextLines
    bool ignoreWhitespace = false; // diff/ignoreWhitespace
};

// Settings of the whole application.
struct TIERDESK_CORE_EXPORT UserSettings {
    QStringList tierNames = TierConfig().tiers; // lowest first (tiers/names stores them production first)
    QString githubHost = QStringLiteral("github.com");
    Theme theme = Theme::System;
    DiffPreferences diff;

    static constexpr int maxContextLines = 100;

    [[nodiscard]] static UserSettings read(const QSettings &settings);
    void write(QSettings &settings) const;
};

// Settings of one repository: where its tiers come from, where drafts are pushed.
struct TIERDESK_CORE_EXPORT RepositorySettings {
    QString tierRemote = QStringLiteral("origin");
    QString forkRemote; // empty: not chosen yet

    // "repositories/<hex sha1 of the canonical absolute path>"
    [[nodiscard]] static QString groupFor(const QString &repositoryPath);
    [[nodiscard]] static RepositorySettings read(const QSettings &settings, const QString &repositoryPath);
    void write(QSettings &settings, const QString &repositoryPath) const;
};

// The tier configuration these settings describe.
[[nodiscard]] TIERDESK_CORE_EXPORT TierConfig tierConfigFrom(const UserSettings &user, const RepositorySettings &repo);

// Layout the window remembers (not chosen in the dialog): the diff's file list width
// in pixels (diff/fileListWidth), 0 when the list fits the paths. Hand-edited nonsense reads as 0.
[[nodiscard]] TIERDESK_CORE_EXPORT int readDiffFileListWidth(const QSettings &settings);
TIERDESK_CORE_EXPORT void writeDiffFileListWidth(QSettings &settings, int width);

// Each check returns an empty string when the value is fine, else a sentence for people.
[[nodiscard]] TIERDESK_CORE_EXPORT QString checkRemoteName(const QString &name, bool mayBeEmpty = false);
[[nodiscard]] TIERDESK_CORE_EXPORT QString checkGitHubHost(const QString &host);
[[nodiscard]] TIERDESK_CORE_EXPORT QString checkContextLines(int lines);

[[nodiscard]] TIERDESK_CORE_EXPORT QString themeKey(Theme theme); // "system", "light", "dark"

} // namespace tierdesk
