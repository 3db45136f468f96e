// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The file contents of the built-in demo storage: package versions, logos,
// Dockerfiles. Pure data, no git: DemoStorage.cpp turns them into history.
#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tierdesk::demo {

// Paths relative to the directory they belong to.
using Files = QMap<QString, QByteArray>;

// Every package of the demo, sorted by name.
QStringList packageNames();
// Every version of `name` the demo ever publishes, oldest first.
QStringList versionsOf(const QString &name);

// The files of packages/<name>/<version>/. Edition 1 is a later, edited
// re-publication of the same version (only system 1.4.2 has one); the
// manifest of kafka 1.3.0 is deliberately not valid YAML
// (a badly indented condition).
Files versionFiles(const QString &name, const QString &version, int edition = 0);

// The first change of `version`'s changelog entry, for commit bodies.
QString changeSummary(const QString &name, const QString &version);
// "elastic/<team>", the package's owner.
QString ownerTeam(const QString &name);

// The root Dockerfile of a tier branch.
QByteArray dockerfile(const QString &tier, const QString &registryVersion);
// The root README.md shared by every branch.
QByteArray storageReadme();

} // namespace tierdesk::demo
