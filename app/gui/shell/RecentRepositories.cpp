// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/RecentRepositories.h"

#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace tierdesk {

QString RecentRepositories::settingsKey()
{
    return u"recent/repositories"_s;
}

RecentRepositories::RecentRepositories(QObject *parent) : QObject(parent) {}

QStringList RecentRepositories::paths() const
{
    return QSettings().value(settingsKey()).toStringList();
}

QString RecentRepositories::last() const
{
    const QStringList list = paths();
    return list.isEmpty() ? QString() : list.constFirst();
}

void RecentRepositories::add(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    QStringList list = paths();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > MaxEntries)
        list.removeLast();
    QSettings().setValue(settingsKey(), list);
    Q_EMIT changed();
}

void RecentRepositories::clear()
{
    QSettings().remove(settingsKey());
    Q_EMIT changed();
}

} // namespace tierdesk
