// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/TokenField.h"

#include "common/BackgroundJob.h"
#include "github/KeychainSecretStore.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tierdesk {

namespace {

// What a keychain call came back with: whether a token is there, or why it failed.
struct KeychainAnswer {
    bool set = false;
    QString error;
};

KeychainAnswer readAnswer(SecretStore &store, const QString &key)
{
    const auto value = store.read(key);
    if (!value)
        return {false, value.error().message};
    return {!value->isEmpty(), {}};
}

} // namespace

TokenField::TokenField(std::shared_ptr<SecretStore> store, QWidget *parent)
    : QWidget(parent)
    , m_store(store ? std::move(store) : std::make_shared<KeychainSecretStore>())
    , m_status(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Store Token"), this))
    , m_remove(new QPushButton(tr("Remove T&oken"), this))
{
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Token status"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(tr("Paste a new token to store it"));
    m_edit->setAccessibleName(tr("New GitHub token"));
    m_edit->setAccessibleDescription(tr("Stored in the system keychain, never in the settings; never shown again."));
    m_save->setAccessibleName(tr("Store token"));
    m_save->setAccessibleDescription(tr("Store the token in the system keychain for this host"));
    m_remove->setAccessibleName(tr("Remove token"));
    m_remove->setAccessibleDescription(tr("Remove this host's token from the system keychain"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 0, 0, 1, 3);
    layout->addWidget(m_edit, 1, 0);
    layout->addWidget(m_save, 1, 1);
    layout->addWidget(m_remove, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(m_edit, &QLineEdit::textChanged, this, &TokenField::updateButtons);
    connect(m_edit, &QLineEdit::returnPressed, this, &TokenField::save);
    connect(m_save, &QPushButton::clicked, this, &TokenField::save);
    connect(m_remove, &QPushButton::clicked, this, &TokenField::removeToken);
    updateButtons();
}

void TokenField::setHost(const QString &host)
{
    if (host == m_host)
        return;
    m_host = host;
    refresh();
}

QString TokenField::statusText() const { return m_status->text(); }

void TokenField::refresh()
{
    ++m_busy;
    m_status->setText(tr("Looking in the system keychain…"));
    updateButtons();
    runInBackground(
        this, [store = m_store, key = keychainKeyForHost(m_host)] { return readAnswer(*store, key); },
        [this](const KeychainAnswer &answer) {
            --m_busy;
            showStatus(answer.set, answer.error);
        });
}

void TokenField::save()
{
    const QString token = m_edit->text().trimmed();
    if (token.isEmpty() || isBusy())
        return;
    m_edit->clear(); // the token leaves the widget at once
    ++m_busy;
    updateButtons();
    runInBackground(
        this,
        [store = m_store, key = keychainKeyForHost(m_host), token] {
            const Status written = store->write(key, token);
            return written ? QString() : written.error().message;
        },
        [this](const QString &error) { finish(error); });
}

void TokenField::removeToken()
{
    ++m_busy;
    updateButtons();
    runInBackground(
        this,
        [store = m_store, key = keychainKeyForHost(m_host)] {
            const Status removed = store->remove(key);
            return removed ? QString() : removed.error().message;
        },
        [this](const QString &error) { finish(error); });
}

void TokenField::finish(const QString &error)
{
    --m_busy;
    if (!error.isEmpty()) {
        showStatus(m_set, error);
        return;
    }
    refresh();
}

void TokenField::showStatus(bool set, const QString &error)
{
    m_set = set;
    const QString status = set ? tr("Set: a token for %1 is in the system keychain.").arg(m_host)
                               : tr("Not set: the system keychain holds no token for %1.").arg(m_host);
    // Word and symbol say it, not a colour.
    m_status->setText(error.isEmpty() ? status : tr("⚠ The system keychain failed: %1").arg(error));
    m_status->setAccessibleDescription(m_status->text());
    updateButtons();
    Q_EMIT statusChanged();
}

void TokenField::updateButtons()
{
    m_save->setEnabled(!isBusy() && !m_edit->text().trimmed().isEmpty());
    m_remove->setEnabled(!isBusy() && m_set);
}

} // namespace tierdesk
