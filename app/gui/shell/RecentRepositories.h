// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The most recently opened repositories, newest first, kept in QSettings.
#include <QObject>
#include <QStringList>

namespace tierdesk {

class RecentRepositories : public QObject {
    Q_OBJECT

public:
    static constexpr int MaxEntries = 10;
    static QString settingsKey();

    explicit RecentRepositories(QObject *parent = nullptr);

    QStringList paths() const;
    QString last() const;
    void add(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();
};

} // namespace tierdesk
