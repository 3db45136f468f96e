// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Per-repository settings keys, in one place so every part that reads or
// writes them agrees: repositories/<hex sha1 of the canonical absolute path>/<name>.
#include <QString>

namespace tierdesk {

QString repositorySettingsKey(const QString &repositoryPath, const QString &name);
// The remote Tierdesk pushes drafts to (the user's fork).
inline QString forkRemoteKey(const QString &repositoryPath) { return repositorySettingsKey(repositoryPath, QStringLiteral("forkRemote")); }
// The remote the tier branches come from.
inline QString tierRemoteKey(const QString &repositoryPath) { return repositorySettingsKey(repositoryPath, QStringLiteral("tierRemote")); }

} // namespace tierdesk
