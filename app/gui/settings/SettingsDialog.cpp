// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsDialog.h"

#include "common/Accessible.h"
#include "github/GitHubRepo.h"
#include "settings/FieldMessage.h"
#include "settings/TierListEditor.h"
#include "settings/TokenField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {

QComboBox *remoteBox(const QStringList &remotes, const QString &name, const QString &description, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItems(remotes);
    box->setAccessibleName(name);
    box->setAccessibleDescription(description);
    box->setToolTip(description);
    return box;
}

// A field's row and, under it, the row of its message.
FieldMessage *addField(QFormLayout *form, const QString &label, QWidget *field, QList<FieldMessage *> &messages)
{
    form->addRow(label, field);
    auto *message = new FieldMessage(field, form->parentWidget());
    form->addRow(QString(), message);
    messages.append(message);
    return message;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const QString &repositoryPath, const QStringList &remotes,
                               std::shared_ptr<SecretStore> store, QWidget *parent)
    : QDialog(parent)
    , m_repositoryPath(repositoryPath)
    , m_sections(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    describeControl(m_sections, tr("Settings sections"),
                    tr("Tiers and remotes, GitHub, appearance and diff options: one tab each"));
    describeControl(m_sections->tabBar(), tr("Settings sections"), m_sections->accessibleDescription());
    m_sections->addTab(createTiersPage(remotes), tr("&Tiers"));
    m_sections->addTab(createGitHubPage(std::move(store)), tr("&GitHub"));
    m_sections->addTab(createAppearancePage(), tr("&Appearance"));
    m_sections->addTab(createDiffPage(), tr("&Diff"));
    m_sections->setTabToolTip(0, tr("The tier names and their order, and the remotes tiers and drafts use"));
    m_sections->setTabToolTip(1, tr("The GitHub host and the token for pull requests"));
    m_sections->setTabToolTip(2, tr("System, light or dark colours"));
    m_sections->setTabToolTip(3, tr("How changes are shown: layout, context lines, whitespace"));
    describeControl(m_buttons->button(QDialogButtonBox::Ok), tr("Save the settings"),
                    tr("Write every section's values and apply them; only possible when all are valid"));
    describeControl(m_buttons->button(QDialogButtonBox::Cancel), tr("Discard the changes"),
                    tr("Close the dialog and keep the settings as they were"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sections, 1);
    layout->addWidget(m_buttons);
    load();
    validate();
}

QWidget *SettingsDialog::createTiersPage(const QStringList &remotes)
{
    auto *page = new QWidget(m_sections);
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_tiers = new TierListEditor(page);
    addField(form, tr("Tier &branches:"), m_tiers, m_messages);
    m_tierRemote = remoteBox(remotes, tr("Tier remote"),
                             tr("The remote whose branches are the tiers when there are no local tier branches"), page);
    addField(form, tr("Tiers come from &remote:"), m_tierRemote, m_messages);
    m_forkRemote = remoteBox(remotes, tr("Fork remote"),
                             tr("The remote promotion and removal drafts are pushed to (your fork)"), page);
    addField(form, tr("Push drafts to &fork:"), m_forkRemote, m_messages);
    if (m_repositoryPath.isEmpty()) {
        m_tierRemote->setEnabled(false);
        m_forkRemote->setEnabled(false);
        form->addRow(note(tr("The remotes are set per repository: open one first."), page));
    } else {
        form->addRow(note(tr("The remotes apply to %1.").arg(m_repositoryPath), page));
    }
    connect(m_tiers, &TierListEditor::changed, this, &SettingsDialog::validate);
    connect(m_tierRemote, &QComboBox::editTextChanged, this, &SettingsDialog::validate);
    connect(m_forkRemote, &QComboBox::editTextChanged, this, &SettingsDialog::validate);
    return page;
}

QWidget *SettingsDialog::createGitHubPage(std::shared_ptr<SecretStore> store)
{
    auto *page = new QWidget(m_sections);
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_host = new QLineEdit(page);
    m_host->setAccessibleName(tr("GitHub host"));
    m_host->setAccessibleDescription(tr("github.com, or the host name of a GitHub Enterprise server"));
    m_host->setPlaceholderText(u"github.com"_s);
    addField(form, tr("GitHub &host:"), m_host, m_messages);
    m_apiBase = note(QString(), page);
    m_apiBase->setAccessibleName(tr("API address"));
    form->addRow(tr("API address:"), m_apiBase);
    m_token = new TokenField(std::move(store), page);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(note(tr("GITHUB_TOKEN and GH_TOKEN, when set, are used before the keychain."), page));
    connect(m_host, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    return page;
}

QWidget *SettingsDialog::createAppearancePage()
{
    auto *page = new QWidget(m_sections);
    auto *form = new QFormLayout(page);
    m_theme = new QComboBox(page);
    m_theme->addItem(tr("As the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setAccessibleDescription(tr("The colours of the whole application; applies at once"));
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(note(tr("Text sizes follow the system font."), page));
    return page;
}

QWidget *SettingsDialog::createDiffPage()
{
    auto *page = new QWidget(m_sections);
    auto *form = new QFormLayout(page);
    m_diffMode = new QComboBox(page);
    m_diffMode->addItem(tr("Side by side"), false);
    m_diffMode->addItem(tr("Unified"), true);
    m_diffMode->setAccessibleName(tr("Diff layout"));
    m_diffMode->setAccessibleDescription(tr("How a file's difference is shown at first"));
    form->addRow(tr("&Layout:"), m_diffMode);
    m_context = new QSpinBox(page);
    m_context->setRange(-1000, 1000); // out-of-range values get a message, not a silent clamp
    m_context->setAccessibleName(tr("Context lines"));
    m_context->setAccessibleDescription(tr("Unchanged lines shown around each change"));
    addField(form, tr("&Context lines:"), m_context, m_messages);
    m_whitespace = new QCheckBox(tr("&Ignore changes in whitespace"), page);
    m_whitespace->setAccessibleName(tr("Ignore changes in whitespace"));
    m_whitespace->setAccessibleDescription(tr("Lines that differ only in spaces and tabs count as unchanged"));
    form->addRow(QString(), m_whitespace);
    connect(m_context, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    return page;
}

void SettingsDialog::load()
{
    const QSettings settings;
    const UserSettings user = UserSettings::read(settings);
    m_tiers->setTiers(user.tierNames);
    m_host->setText(user.githubHost);
    m_theme->setCurrentIndex(m_theme->findData(int(user.theme)));
    m_diffMode->setCurrentIndex(user.diff.unified ? 1 : 0);
    m_context->setValue(user.diff.contextLines);
    m_whitespace->setChecked(user.diff.ignoreWhitespace);
    if (!m_repositoryPath.isEmpty()) {
        const RepositorySettings repo = RepositorySettings::read(settings, m_repositoryPath);
        m_tierRemote->setEditText(repo.tierRemote);
        m_forkRemote->setEditText(repo.forkRemote);
    }
}

UserSettings SettingsDialog::userSettings() const
{
    UserSettings user;
    user.tierNames = m_tiers->tiers();
    user.githubHost = m_host->text().trimmed();
    user.theme = Theme(m_theme->currentData().toInt());
    user.diff.unified = m_diffMode->currentData().toBool();
    user.diff.contextLines = m_context->value();
    user.diff.ignoreWhitespace = m_whitespace->isChecked();
    return user;
}

RepositorySettings SettingsDialog::repositorySettings() const
{
    RepositorySettings repo;
    repo.tierRemote = m_tierRemote->currentText().trimmed();
    repo.forkRemote = m_forkRemote->currentText().trimmed();
    return repo;
}

FieldMessage *SettingsDialog::messageFor(const QWidget *field) const
{
    for (FieldMessage *message : m_messages)
        if (message->field() == field)
            return message;
    return nullptr;
}

void SettingsDialog::validate()
{
    const UserSettings user = userSettings();
    const RepositorySettings repo = repositorySettings();
    const bool perRepository = !m_repositoryPath.isEmpty();
    messageFor(m_tiers)->setProblem(TierConfig::checkTiers(user.tierNames));
    messageFor(m_tierRemote)->setProblem(perRepository ? checkRemoteName(repo.tierRemote) : QString());
    messageFor(m_forkRemote)->setProblem(perRepository ? checkRemoteName(repo.forkRemote, true) : QString());
    const QString hostProblem = checkGitHubHost(user.githubHost);
    messageFor(m_host)->setProblem(hostProblem);
    m_apiBase->setText(hostProblem.isEmpty() ? GitHubEndpoint::forHost(user.githubHost).api.toString() : QString());
    if (hostProblem.isEmpty())
        m_token->setHost(user.githubHost);
    messageFor(m_context)->setProblem(checkContextLines(user.diff.contextLines));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

bool SettingsDialog::isValid() const
{
    return std::ranges::none_of(m_messages, [](const FieldMessage *m) { return m->hasProblem(); });
}

void SettingsDialog::accept()
{
    validate();
    if (!isValid())
        return;
    QSettings settings;
    userSettings().write(settings);
    if (!m_repositoryPath.isEmpty())
        repositorySettings().write(settings, m_repositoryPath);
    settings.sync();
    Q_EMIT applied();
    QDialog::accept();
}

} // namespace tierdesk
