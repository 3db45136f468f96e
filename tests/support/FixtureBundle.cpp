// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/FixtureBundle.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace FixtureBundle {

QString bundlePath()
{
    QString shared = qEnvironmentVariable("TIERDESK_SHARED_DIR");
    if (shared.isEmpty())
        shared = QStringLiteral(TIERDESK_SOURCE_DIR "/../shared");
    const QString path = QDir(shared).filePath(u"fixtures/package-storage-2021-03.bundle"_s);
    return QFileInfo::exists(path) ? QFileInfo(path).absoluteFilePath() : QString();
}

QString mirror(QString *why)
{
    static QTemporaryDir dir;
    static QString result;
    static QString failure;
    static bool tried = false;
    if (!tried) {
        tried = true;
        const QString bundle = bundlePath();
        if (bundle.isEmpty()) {
            failure = u"the real-data fixture ../shared/fixtures/package-storage-2021-03.bundle is absent "
                      u"(only checkouts with ../shared beside them have it)"_s;
        } else {
            // libgit2 cannot read bundles; the git command line only prepares the fixture.
            const QString target = dir.filePath(u"ps-2021.git"_s);
            QProcess git;
            git.start(u"git"_s, {u"clone"_s, u"--quiet"_s, u"--mirror"_s, bundle, target});
            if (!git.waitForFinished(120000) || git.exitCode() != 0)
                failure = u"could not clone the fixture bundle: "_s + QString::fromUtf8(git.readAllStandardError());
            else
                result = target;
        }
    }
    if (why)
        *why = failure;
    return result;
}

} // namespace FixtureBundle
