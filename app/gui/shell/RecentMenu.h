// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File > Open Recent: the repositories opened last, numbered, and Clear List.
// It follows RecentRepositories as it changes.
#include <QMenu>

namespace tierdesk {

class RecentRepositories;

class RecentMenu : public QMenu {
    Q_OBJECT

public:
    RecentMenu(RecentRepositories *recent, const QString &title, QWidget *parent = nullptr);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuild();

    RecentRepositories *m_recent;
};

} // namespace tierdesk
