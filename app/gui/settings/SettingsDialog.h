// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings (Ctrl+,): tiers, remotes, GitHub, appearance, diff. Each field
// says next to it what is wrong with its value, and OK stays disabled until
// every value is valid. OK writes the shared QSettings keys (settings/UserSettings.h)
// and emits applied(); the window applies them where they act.
#include "settings/UserSettings.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace tierdesk {

class FieldMessage;
class SecretStore;
class TierListEditor;
class TokenField;

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    // `repositoryPath`: the repository whose remotes are edited (empty: none is open);
    // `remotes`: its remotes, offered in the remote fields. `store` null: the system keychain.
    SettingsDialog(const QString &repositoryPath, const QStringList &remotes,
                   std::shared_ptr<SecretStore> store = {}, QWidget *parent = nullptr);

    UserSettings userSettings() const;
    RepositorySettings repositorySettings() const;
    // True when every field holds a valid value.
    bool isValid() const;

    // Parts, for tests.
    QTabWidget *sections() const { return m_sections; }
    TierListEditor *tierEditor() const { return m_tiers; }
    QComboBox *tierRemoteBox() const { return m_tierRemote; }
    QComboBox *forkRemoteBox() const { return m_forkRemote; }
    QLineEdit *hostEdit() const { return m_host; }
    TokenField *tokenField() const { return m_token; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *diffModeBox() const { return m_diffMode; }
    QSpinBox *contextLinesBox() const { return m_context; }
    QCheckBox *whitespaceBox() const { return m_whitespace; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    FieldMessage *messageFor(const QWidget *field) const;

    void accept() override;

Q_SIGNALS:
    // The settings were written.
    void applied();

private:
    QWidget *createTiersPage(const QStringList &remotes);
    QWidget *createGitHubPage(std::shared_ptr<SecretStore> store);
    QWidget *createAppearancePage();
    QWidget *createDiffPage();
    void load();
    void validate();

    QString m_repositoryPath;
    QTabWidget *m_sections;
    TierListEditor *m_tiers = nullptr;
    QComboBox *m_tierRemote = nullptr;
    QComboBox *m_forkRemote = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_apiBase = nullptr;
    TokenField *m_token = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_diffMode = nullptr;
    QSpinBox *m_context = nullptr;
    QCheckBox *m_whitespace = nullptr;
    QDialogButtonBox *m_buttons;
    QList<FieldMessage *> m_messages;
};

} // namespace tierdesk
