// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window's side of Settings: File › Settings… opens the dialog, and
// what it saved is applied where it acts (the theme to the application, the
// diff options to the diff view, the tiers and the tier remote to the window,
// which reads the tiers again when they changed).
#include "core/TierConfig.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;

namespace tierdesk {

class MainWindow;
class SecretStore;
class SettingsDialog;

class WindowSettings : public QObject {
    Q_OBJECT

public:
    explicit WindowSettings(MainWindow *window);

    QAction *action() const { return m_action; }

    // The tier configuration the settings give for a repository.
    static TierConfig tierConfigFor(const QString &repositoryPath);

    // Applies the stored theme and diff options (the window applies the tiers at each load).
    void applyViewSettings();
    // Opens the dialog; a second call raises the one already open.
    SettingsDialog *openDialog();
    // For tests: the keychain the dialog's token field uses (default: the system keychain).
    void setSecretStore(std::shared_ptr<SecretStore> store) { m_store = std::move(store); }

Q_SIGNALS:
    void applied();

private:
    void apply();

    MainWindow *m_window;
    QAction *m_action;
    std::shared_ptr<SecretStore> m_store;
    SettingsDialog *m_dialog = nullptr;
};

} // namespace tierdesk
