// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestStorage.h"

#include "storage/StorageReader.h"

#include <QDebug>
#include <QProcess>

using namespace Qt::StringLiterals;

QString runGit(const QString &repo, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(u"git"_s, QStringList{u"-C"_s, repo} + args);
    const bool ran = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit;
    if (exitCode)
        *exitCode = ran ? p.exitCode() : -1;
    else if (!ran || p.exitCode() != 0)
        qWarning().noquote() << "git" << args.join(u' ') << "failed:" << QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

tierdesk::StorageSnapshot readOrWarn(const QString &path, const tierdesk::TierConfig &config)
{
    auto snap = tierdesk::StorageReader().read(path, config);
    if (!snap)
        qWarning() << snap.error().text();
    return snap ? *snap : tierdesk::StorageSnapshot{};
}
