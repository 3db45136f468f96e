// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: the rules of valid values and the shared keys (settings/UserSettings),
// the dialog's messages next to its fields, the token kept in the keychain
// only, and the window applying what was saved: theme, diff options, tiers.
#include "common/Appearance.h"
#include "diff/DiffView.h"
#include "matrix/TierMatrixModel.h"
#include "settings/FieldMessage.h"
#include "settings/SettingsDialog.h"
#include "settings/TierListEditor.h"
#include "settings/TokenField.h"
#include "github/TokenSource.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "shell/WindowSettings.h"
#include "support/RepoBuilder.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {

// The keychain in memory, safe to use from the dialog's workers.
class MemorySecretStore : public SecretStore {
public:
    Result<QString> read(const QString &key) override
    {
        QMutexLocker lock(&m_mutex);
        return m_secrets.value(key);
    }
    Status write(const QString &key, const QString &secret) override
    {
        QMutexLocker lock(&m_mutex);
        m_secrets.insert(key, secret);
        return {};
    }
    Status remove(const QString &key) override
    {
        QMutexLocker lock(&m_mutex);
        m_secrets.remove(key);
        return {};
    }
    QHash<QString, QString> secrets()
    {
        QMutexLocker lock(&m_mutex);
        return m_secrets;
    }

private:
    QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};

Files merged(std::initializer_list<Files> parts)
{
    Files all;
    for (const Files &part : parts)
        all.insert(part);
    return all;
}

} // namespace

class TestSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void rulesOfValidValues();
    void sharedKeys();
    void handEditedValuesFallBack();
    void diffFileListWidth();
    void dialogShowsProblemsNextToFields();
    void dialogWritesWhatItShows();
    void tokenStaysInTheKeychain();
    void windowAppliesThemeAndDiff();
    void windowAppliesTiers();

private:
    std::unique_ptr<RepoBuilder> m_repo;
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Tierdesk"_s);
    QCoreApplication::setApplicationName(u"Tierdesk-test"_s);
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    m_repo = std::make_unique<RepoBuilder>();
    QVERIFY(m_repo->isValid());
    QVERIFY(!m_repo->commit(u"production"_s, RepoBuilder::package(u"alpha"_s, u"1.0.0"_s)).isNull());
    QVERIFY(!m_repo->commit(u"staging"_s, merged({RepoBuilder::package(u"alpha"_s, u"1.1.0"_s)})).isNull());
    QVERIFY(!m_repo->commit(u"snapshot"_s, merged({RepoBuilder::package(u"alpha"_s, u"1.2.0"_s)})).isNull());
}

void TestSettings::init()
{
    QSettings().clear();
    applyTheme(Theme::System);
}

void TestSettings::rulesOfValidValues()
{
    QVERIFY(TierConfig::checkTiers({u"snapshot"_s, u"staging"_s, u"production"_s}).isEmpty());
    QVERIFY(TierConfig::checkTiers({u"staging"_s, u"production"_s}).isEmpty());
    QVERIFY(TierConfig::checkTiers({u"production"_s}).contains(u"two tiers"_s));
    QVERIFY(TierConfig::checkTiers({u"staging"_s, u"staging"_s}).contains(u"more than once"_s));
    QVERIFY(TierConfig::checkTiers({u"sta ging"_s, u"production"_s}).contains(u"not a branch name"_s));
    QVERIFY(TierConfig::checkTiers({u"a/b"_s, u"production"_s}).contains(u"not a branch name"_s));
    QVERIFY(TierConfig::checkTiers({u""_s, u"production"_s}).contains(u"needs a name"_s));

    QVERIFY(checkRemoteName(u"origin"_s).isEmpty());
    QVERIFY(checkRemoteName(u"my-fork"_s).isEmpty());
    QVERIFY(!checkRemoteName(u""_s).isEmpty());
    QVERIFY(checkRemoteName(u""_s, true).isEmpty());
    QVERIFY(checkRemoteName(u"bad name"_s).contains(u"not a valid remote name"_s));
    QVERIFY(checkRemoteName(u"a..b"_s).contains(u"not a valid remote name"_s));

    QVERIFY(checkGitHubHost(u"github.com"_s).isEmpty());
    QVERIFY(checkGitHubHost(u"github.example.com"_s).isEmpty());
    QVERIFY(checkGitHubHost(u"ghe.internal:8443"_s).isEmpty());
    QVERIFY(checkGitHubHost(u"https://github.example.com"_s).contains(u"without https://"_s));
    QVERIFY(checkGitHubHost(u"github.example.com/api/v3"_s).contains(u"without https://"_s));
    QVERIFY(checkGitHubHost(u"git hub"_s).contains(u"not a host name"_s));
    QVERIFY(!checkGitHubHost(u""_s).isEmpty());

    QVERIFY(checkContextLines(0).isEmpty());
    QVERIFY(checkContextLines(UserSettings::maxContextLines).isEmpty());
    QVERIFY(!checkContextLines(-1).isEmpty());
    QVERIFY(!checkContextLines(UserSettings::maxContextLines + 1).isEmpty());
}

void TestSettings::sharedKeys()
{
    UserSettings user;
    user.tierNames = {u"dev"_s, u"qa"_s, u"live"_s};
    user.githubHost = u"github.example.com"_s;
    user.theme = Theme::Dark;
    user.diff = {true, 7, true};
    RepositorySettings repo{u"upstream"_s, u"mine"_s};
    {
        QSettings settings;
        user.write(settings);
        repo.write(settings, m_repo->path());
    }
    const QSettings settings;
    // The keys and values every part of Tierdesk reads (the common brief's list).
    QCOMPARE(settings.value(u"tiers/names"_s).toStringList(), (QStringList{u"live"_s, u"qa"_s, u"dev"_s}));
    QCOMPARE(settings.value(u"github/host"_s).toString(), u"github.example.com"_s);
    QCOMPARE(settings.value(u"appearance/theme"_s).toString(), u"dark"_s);
    QCOMPARE(settings.value(u"diff/mode"_s).toString(), u"unified"_s);
    QCOMPARE(settings.value(u"diff/contextLines"_s).toInt(), 7);
    QCOMPARE(settings.value(u"diff/ignoreWhitespace"_s).toBool(), true);
    const QString canonical = QFileInfo(m_repo->path()).canonicalFilePath();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex());
    QCOMPARE(settings.value(u"repositories/"_s + hash + u"/forkRemote"_s).toString(), u"mine"_s);
    QCOMPARE(settings.value(u"repositories/"_s + hash + u"/tierRemote"_s).toString(), u"upstream"_s);
    // A path spelled differently names the same repository.
    QCOMPARE(RepositorySettings::read(settings, m_repo->path() + u"/."_s).forkRemote, u"mine"_s);

    const UserSettings back = UserSettings::read(settings);
    QCOMPARE(back.tierNames, user.tierNames);
    QCOMPARE(back.theme, Theme::Dark);
    QCOMPARE(back.diff.contextLines, 7);
    const TierConfig config = tierConfigFrom(back, RepositorySettings::read(settings, m_repo->path()));
    QCOMPARE(config.tiers, user.tierNames);
    QCOMPARE(config.remote, u"upstream"_s);
}

void TestSettings::handEditedValuesFallBack()
{
    QSettings settings;
    settings.setValue(u"tiers/names"_s, QStringList{u"production"_s, u"production"_s});
    settings.setValue(u"github/host"_s, u"https://evil.example/"_s);
    settings.setValue(u"diff/contextLines"_s, 100000);
    settings.setValue(u"appearance/theme"_s, u"purple"_s);
    const UserSettings user = UserSettings::read(settings);
    QCOMPARE(user.tierNames, TierConfig().tiers);
    QCOMPARE(user.githubHost, u"github.com"_s);
    QCOMPARE(user.diff.contextLines, UserSettings::maxContextLines);
    QCOMPARE(user.theme, Theme::System);
}

// The diff's file list width the user dragged: lib/settings owns its key and its rule.
void TestSettings::diffFileListWidth()
{
    QSettings settings;
    QCOMPARE(readDiffFileListWidth(settings), 0); // nothing dragged yet: fit the paths
    writeDiffFileListWidth(settings, 420);
    QCOMPARE(settings.value(u"diff/fileListWidth"_s).toInt(), 420);
    QCOMPARE(readDiffFileListWidth(settings), 420);
    UserSettings().write(settings); // the dialog's settings leave it alone
    QCOMPARE(readDiffFileListWidth(settings), 420);
    writeDiffFileListWidth(settings, 0);
    QVERIFY(!settings.contains(u"diff/fileListWidth"_s));
    for (const QVariant &edited : {QVariant(-5), QVariant(u"wide"_s), QVariant(10000000)}) {
        settings.setValue(u"diff/fileListWidth"_s, edited);
        QCOMPARE(readDiffFileListWidth(settings), 0);
    }
    settings.remove(u"diff/fileListWidth"_s);
}

void TestSettings::dialogShowsProblemsNextToFields()
{
    auto store = std::make_shared<MemorySecretStore>();
    SettingsDialog dialog(m_repo->path(), {u"origin"_s}, store);
    dialog.show();
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(dialog.isValid());
    QVERIFY(ok->isEnabled());

    dialog.hostEdit()->setText(u"https://github.example.com"_s);
    FieldMessage *hostMessage = dialog.messageFor(dialog.hostEdit());
    QVERIFY(!hostMessage->isHidden()); // on a tab not shown: hidden by its tab, not by itself
    QVERIFY(hostMessage->text().contains(u"without https://"_s));
    QVERIFY(hostMessage->text().startsWith(u"⚠"_s)); // not colour alone
    QCOMPARE(dialog.hostEdit()->accessibleDescription(), hostMessage->problem());
    QVERIFY(!ok->isEnabled());
    dialog.hostEdit()->setText(u"github.example.com"_s);
    QVERIFY(hostMessage->isHidden());
    QVERIFY(ok->isEnabled());

    // Two tiers with one name.
    dialog.tierEditor()->list()->item(0)->setText(u"staging"_s);
    QVERIFY(dialog.messageFor(dialog.tierEditor())->text().contains(u"more than once"_s));
    QVERIFY(!ok->isEnabled());
    dialog.tierEditor()->list()->item(0)->setText(u"live"_s);
    QVERIFY(ok->isEnabled());

    dialog.forkRemoteBox()->setEditText(u"no spaces please"_s);
    QVERIFY(!dialog.messageFor(dialog.forkRemoteBox())->isHidden());
    QVERIFY(!ok->isEnabled());
    dialog.forkRemoteBox()->setEditText(QString()); // no fork yet is fine
    QVERIFY(ok->isEnabled());

    dialog.contextLinesBox()->setValue(-2);
    QVERIFY(!dialog.messageFor(dialog.contextLinesBox())->isHidden());
    QVERIFY(!ok->isEnabled());
    // OK with a problem writes nothing.
    dialog.accept();
    QVERIFY(!QSettings().contains(u"diff/contextLines"_s));
}

void TestSettings::dialogWritesWhatItShows()
{
    auto store = std::make_shared<MemorySecretStore>();
    SettingsDialog dialog(m_repo->path(), {u"origin"_s, u"fork"_s}, store);
    dialog.show();
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    // Highest first in the list: move "snapshot" (the bottom) up once.
    QListWidget *list = dialog.tierEditor()->list();
    QCOMPARE(list->item(0)->text(), u"production"_s);
    QCOMPARE(list->count(), 3);
    list->setCurrentRow(2);
    QTest::mouseClick(dialog.tierEditor()->findChildren<QPushButton *>().at(2), Qt::LeftButton); // Move Up
    QCOMPARE(dialog.tierEditor()->tiers(), (QStringList{u"staging"_s, u"snapshot"_s, u"production"_s}));
    dialog.forkRemoteBox()->setEditText(u"fork"_s);
    dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(int(Theme::Light)));
    dialog.diffModeBox()->setCurrentIndex(1);
    dialog.contextLinesBox()->setValue(5);
    dialog.whitespaceBox()->setChecked(true);
    dialog.accept();
    QCOMPARE(applied.count(), 1);
    const QSettings settings;
    QCOMPARE(settings.value(u"tiers/names"_s).toStringList(),
             (QStringList{u"production"_s, u"snapshot"_s, u"staging"_s}));
    QCOMPARE(settings.value(u"appearance/theme"_s).toString(), u"light"_s);
    QCOMPARE(settings.value(u"diff/mode"_s).toString(), u"unified"_s);
    QCOMPARE(settings.value(u"diff/contextLines"_s).toInt(), 5);
    QCOMPARE(RepositorySettings::read(settings, m_repo->path()).forkRemote, u"fork"_s);
}

void TestSettings::tokenStaysInTheKeychain()
{
    auto store = std::make_shared<MemorySecretStore>();
    SettingsDialog dialog(m_repo->path(), {}, store);
    dialog.show();
    TokenField *token = dialog.tokenField();
    QTRY_VERIFY(!token->isBusy());
    QVERIFY(!token->isSet());
    QVERIFY(token->statusText().startsWith(u"Not set"_s));

    const QString secret = u"ghp_settingsTestToken0123456789abcdef"_s;
    token->tokenEdit()->setText(secret);
    QTest::mouseClick(token->saveButton(), Qt::LeftButton);
    QVERIFY(token->tokenEdit()->text().isEmpty()); // gone from the widget at once
    QTRY_VERIFY(token->isSet());
    QVERIFY(token->statusText().startsWith(u"Set"_s));
    QVERIFY(!token->statusText().contains(secret));
    QCOMPARE(store->secrets().value(u"github.com"_s), secret);

    // An Enterprise host has a token of its own.
    dialog.hostEdit()->setText(u"github.example.com"_s);
    QTRY_VERIFY(!token->isBusy());
    QVERIFY(!token->isSet());
    dialog.hostEdit()->setText(u"github.com"_s);
    QTRY_VERIFY(token->isSet());
    QTest::mouseClick(token->removeButton(), Qt::LeftButton);
    QTRY_VERIFY(!token->isBusy() && !token->isSet());
    QVERIFY(store->secrets().isEmpty());

    token->tokenEdit()->setText(secret);
    QTest::mouseClick(token->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(token->isSet());
    dialog.accept();
    // Never in the settings file.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));
}

void TestSettings::windowAppliesThemeAndDiff()
{
    MainWindow window;
    window.setPersistent(false);
    QCOMPARE(window.diffView()->mode(), DiffMode::SideBySide);
    auto store = std::make_shared<MemorySecretStore>();
    window.settings()->setSecretStore(store);
    SettingsDialog *dialog = window.settings()->openDialog();
    QCOMPARE(window.settings()->openDialog(), dialog); // one at a time
    dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(Theme::Dark)));
    dialog->diffModeBox()->setCurrentIndex(1);
    dialog->contextLinesBox()->setValue(9);
    dialog->whitespaceBox()->setChecked(true);
    dialog->accept();
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 80);
    QCOMPARE(window.diffView()->mode(), DiffMode::Unified);
    QCOMPARE(window.diffView()->diffOptions().contextLines, 9);
    QVERIFY(window.diffView()->diffOptions().ignoreWhitespace);

    // A new window starts from the saved settings.
    MainWindow next;
    next.setPersistent(false);
    QCOMPARE(next.diffView()->mode(), DiffMode::Unified);
    QCOMPARE(next.diffView()->diffOptions().contextLines, 9);
    applyTheme(Theme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 200);
}

void TestSettings::windowAppliesTiers()
{
    MainWindow window;
    window.setPersistent(false);
    QSignalSpy shown(&window, &MainWindow::storageShown);
    window.openRepository(m_repo->path());
    QVERIFY(shown.wait(60000));
    QCOMPARE(window.matrixModel()->columnCount(), 4); // package + three tiers

    SettingsDialog *dialog = window.settings()->openDialog();
    dialog->tierEditor()->setTiers({u"staging"_s, u"production"_s});
    dialog->accept();
    QVERIFY(shown.wait(60000)); // the tiers are read again
    QCOMPARE(window.tierConfig().tiers, (QStringList{u"staging"_s, u"production"_s}));
    QCOMPARE(window.matrixModel()->columnCount(), 3);
    QCOMPARE(window.matrixModel()->tierColumn(u"snapshot"_s), -1);
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
