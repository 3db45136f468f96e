// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli's GitHub module (app/cli/GitHubModule.h): found beside the
// library in the build tree; a missing, foreign or stale one is a sentence
// and exit code 2, never a crash.
#include "support/CliRunner.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Publishing a draft of a repository that is not there: the module is loaded first, then the repository fails.
CliRun publishWith(const QString &module)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"GITHUB_TOKEN"_s);
    env.remove(u"GH_TOKEN"_s);
    if (module.isEmpty())
        env.remove(u"TIERDESK_CLI_GITHUB_MODULE"_s);
    else
        env.insert(u"TIERDESK_CLI_GITHUB_MODULE"_s, module);
    return runCli({u"drafts"_s, QDir::temp().filePath(u"tierdesk-no-such-repository"_s), u"--publish"_s,
                   u"20260101-0000-abcdef0"_s, u"--remote"_s, u"fork"_s, u"--no-keychain"_s},
                  env, 60000);
}

} // namespace

class TestGitHubModule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void foundBesideTheLibrary();
    void unusableModule_data();
    void unusableModule();
};

void TestGitHubModule::foundBesideTheLibrary()
{
    const CliRun r = publishWith({});
    QCOMPARE(r.exitCode, 2); // the repository is not there
    QVERIFY2(!r.err.contains(u"reinstall Tierdesk"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"tierdesk-no-such-repository"_s), qPrintable(r.err));
}

void TestGitHubModule::unusableModule_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("why");
    QTest::newRow("missing") << u"/nonexistent/tierdesk-cli-github.so"_s << u"is missing"_s;
    QTest::newRow("not a module") << QStringLiteral(TIERDESK_CORE_FILE) << u"is not a Tierdesk module"_s;
    QTest::newRow("another interface") << QStringLiteral(TIERDESK_STALE_ABI_MODULE) << u"interface"_s;
    QTest::newRow("another version") << QStringLiteral(TIERDESK_STALE_VERSION_MODULE) << u"version 0.0.0"_s;
}

void TestGitHubModule::unusableModule()
{
    QFETCH(QString, module);
    QFETCH(QString, why);
    const CliRun r = publishWith(module);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(u"tierdesk-cli: Publishing and reading pull requests need the module "_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(why), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"reinstall Tierdesk."_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestGitHubModule)
#include "tst_githubmodule.moc"
