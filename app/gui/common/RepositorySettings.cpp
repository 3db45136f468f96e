// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RepositorySettings.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace tierdesk {

QString repositorySettingsKey(const QString &repositoryPath, const QString &name)
{
    const QFileInfo info(repositoryPath);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("repositories/") + QString::fromLatin1(hash) + u'/' + name;
}

} // namespace tierdesk
