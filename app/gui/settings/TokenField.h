// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings › GitHub › Token: whether a token for the host is in the system
// keychain (set / not set; the token itself is never shown), a field to store
// a new one and a button to remove it. The keychain is asked on a worker:
// it may block, and the GUI thread never waits.
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tierdesk {

class SecretStore;

class TokenField : public QWidget {
    Q_OBJECT

public:
    // `store` is used from worker threads; null: the system keychain.
    explicit TokenField(std::shared_ptr<SecretStore> store = {}, QWidget *parent = nullptr);

    // The GitHub host whose token is shown; asks the keychain again.
    void setHost(const QString &host);

    bool isBusy() const { return m_busy > 0; }
    bool isSet() const { return m_set; }
    QString statusText() const;
    QLineEdit *tokenEdit() const { return m_edit; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void statusChanged();

private:
    void refresh();
    void save();
    void removeToken();
    void finish(const QString &error);
    void showStatus(bool set, const QString &error);
    void updateButtons();

    std::shared_ptr<SecretStore> m_store;
    QString m_host;
    int m_busy = 0;
    bool m_set = false;
    QLabel *m_status;
    QLineEdit *m_edit;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace tierdesk
