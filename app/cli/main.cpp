// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-cli: the command-line shell over the Tierdesk library.
#include "cli/Command.h"
#include "cli/TerminalText.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include "core/TierConfig.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace cli {

// Every text the commands print passes one filter: no control character of
// repository text reaches the terminal as it is.
QTextStream &out()
{
    static TerminalSafeDevice device(stdout);
    static QTextStream s(&device);
    return s;
}

QTextStream &err()
{
    static TerminalSafeDevice device(stderr);
    static QTextStream s(&device);
    return s;
}

void printJson(const QJsonObject &doc)
{
    out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)) << Qt::flush;
}

namespace {
// "-1.0.0" would otherwise read as the options 1, ., 0, ., 0.
std::optional<QString> dashedNumber(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--"_s)
            break;
        if (a.size() > 1 && a.at(0) == u'-' && a.at(1).isDigit())
            return a;
    }
    return std::nullopt;
}
} // namespace

bool parse(QCommandLineParser &parser, const QStringList &args, int &exitCode)
{
    parser.addHelpOption();
    if (const auto dashed = dashedNumber(args)) {
        err() << QCoreApplication::translate("cli", "“%1” is not an option, and versions never start with “-”; a "
                                                    "version looks like 8.6.0.")
                     .arg(*dashed)
              << u'\n' << Qt::flush;
        exitCode = UsageOrRepository;
        return false;
    }
    if (!parser.parse(args)) {
        err() << parser.errorText() << u'\n' << Qt::flush;
        exitCode = UsageOrRepository;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText() << Qt::flush;
        exitCode = Ok;
        return false;
    }
    return true;
}

QCommandLineOption githubHostOption()
{
    return {u"github-host"_s,
            QCoreApplication::translate("cli", "The GitHub (Enterprise) host the GitHub token may be sent to, over "
                                               "HTTPS only (default: TIERDESK_GITHUB_HOST, else github.com)."),
            QCoreApplication::translate("cli", "HOST")};
}

bool tierList(const QString &value, QStringList &tiers, int &exitCode)
{
    auto parsed = tierdesk::TierConfig::parseTierList(value);
    if (!parsed) {
        err() << u"tierdesk-cli: "_s << parsed.error().text() << u'\n' << Qt::flush;
        exitCode = UsageOrRepository;
        return false;
    }
    tiers = *parsed;
    return true;
}

} // namespace cli

namespace {
struct Command {
    const char *name;
    int (*run)(const QStringList &args);
    const char *summary;
};

// One line per subcommand; each lives in its own <Name>Command.cpp.
const Command commands[] = {
    {"index", cli::index, QT_TRANSLATE_NOOP("cli", "list what every tier of a package storage holds")},
    {"diff", cli::diff, QT_TRANSLATE_NOOP("cli", "compare two package versions in any tiers: files, lines, manifest, changelog")},
    {"compare", cli::compare, QT_TRANSLATE_NOOP("cli", "compare two tiers: only in one, changed, shadowed, pending removal; text, Markdown or JSON")},
    {"release-check", cli::releaseCheck, QT_TRANSLATE_NOOP("cli", "check whether production can be tagged for a stack version")},
    {"tag", cli::tag, QT_TRANSLATE_NOOP("cli", "cut the stack-version tag from production (when the check passes)")},
    {"release-notes", cli::releaseNotes, QT_TRANSLATE_NOOP("cli", "release notes between two refs: packages, versions, changelog entries")},
    {"promote", cli::promote, QT_TRANSLATE_NOOP("cli", "draft (and publish) a promotion: a copy to a higher tier and a removal below")},
    {"drafts", cli::drafts, QT_TRANSLATE_NOOP("cli", "list, show, publish or delete promotion drafts; pull-request states")},
    {"why", cli::why, QT_TRANSLATE_NOOP("cli", "explain why a version is or is not a promotion candidate")},
};

void usage(QTextStream &s)
{
    s << QCoreApplication::translate("cli", "usage: tierdesk-cli COMMAND [ARGS...]") << u"\n\n"_s
      << QCoreApplication::translate("cli", "Commands:") << u'\n';
    for (const Command &c : commands)
        s << u"  "_s << QString::fromLatin1(c.name).leftJustified(14) << QCoreApplication::translate("cli", c.summary)
          << u'\n';
    s << u'\n' << QCoreApplication::translate("cli", "Run 'tierdesk-cli COMMAND --help' for a command's options.")
      << u'\n' << Qt::flush;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tierdesk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TIERDESK_VERSION));
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        usage(cli::err());
        return cli::UsageOrRepository;
    }
    const QString command = args.takeAt(1);
    args[0] = args[0] + u' ' + command; // so --help shows "tierdesk-cli index"
    for (const Command &c : commands)
        if (command == QLatin1StringView(c.name))
            return c.run(args);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        usage(cli::out());
        return cli::Ok;
    }
    if (command == u"--version") {
        cli::out() << u"tierdesk-cli "_s << QCoreApplication::applicationVersion() << u'\n' << Qt::flush;
        return cli::Ok;
    }
    cli::err() << QCoreApplication::translate("cli", "tierdesk-cli: unknown command “%1”.").arg(command) << u'\n';
    usage(cli::err());
    return cli::UsageOrRepository;
}
