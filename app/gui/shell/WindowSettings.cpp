// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/WindowSettings.h"

#include "common/Appearance.h"
#include "diff/DiffView.h"
#include "settings/SettingsDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QSettings>

namespace tierdesk {

WindowSettings::WindowSettings(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("&Settings…"), this))
{
    m_action->setShortcut(QKeySequence::Preferences);
    if (m_action->shortcut().isEmpty())
        m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_action->setMenuRole(QAction::PreferencesRole);
    m_action->setStatusTip(tr("Tiers, remotes, GitHub, appearance and diff options"));
    connect(m_action, &QAction::triggered, this, [this] { openDialog(); });
}

TierConfig WindowSettings::tierConfigFor(const QString &repositoryPath)
{
    const QSettings settings;
    const RepositorySettings repo =
        repositoryPath.isEmpty() ? RepositorySettings() : RepositorySettings::read(settings, repositoryPath);
    return tierConfigFrom(UserSettings::read(settings), repo);
}

void WindowSettings::applyViewSettings()
{
    const UserSettings user = UserSettings::read(QSettings());
    DiffView *diff = m_window->diffView();
    DiffOptions options = diff->diffOptions();
    options.contextLines = user.diff.contextLines;
    options.ignoreWhitespace = user.diff.ignoreWhitespace;
    diff->setDiffOptions(options);
    diff->setMode(user.diff.unified ? DiffMode::Unified : DiffMode::SideBySide);
}

SettingsDialog *WindowSettings::openDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    const QString path = m_window->isShowingDemo() ? QString() : m_window->repositoryPath();
    const QStringList remotes = m_window->storage() ? m_window->storage()->remotes : QStringList();
    m_dialog = new SettingsDialog(path, remotes, m_store, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &SettingsDialog::applied, this, &WindowSettings::apply);
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->show();
    return m_dialog;
}

void WindowSettings::apply()
{
    applyTheme(UserSettings::read(QSettings()).theme);
    applyViewSettings();
    m_window->useStoredTierConfig();
    Q_EMIT applied();
}

} // namespace tierdesk
