// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/CommandLine.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {

struct Options {
    QCommandLineOption remote{u"remote"_s,
                              CommandLine::tr("Read the tiers from remote-tracking branches of NAME when there "
                                              "are no local tier branches."),
                              CommandLine::tr("NAME"), u"origin"_s};
    QCommandLineOption screenshot{u"screenshot"_s,
                                  CommandLine::tr("Load the storage, save a PNG screenshot of the window to FILE "
                                                  "and exit."),
                                  CommandLine::tr("FILE")};
    QCommandLineOption size{u"size"_s, CommandLine::tr("The window size, e.g. 1280x800 (the default for screenshots)."),
                            CommandLine::tr("WxH")};
    QCommandLineOption dark{u"dark"_s, CommandLine::tr("Use a dark palette, to check readability.")};
    QCommandLineOption view{u"view"_s, CommandLine::tr("The view to show: packages, tiers, release or drafts."),
                            CommandLine::tr("VIEW"), u"packages"_s};
    QCommandLineOption select{u"select"_s, CommandLine::tr("Select a version, e.g. snapshot:nginx@1.3.0."),
                              CommandLine::tr("TIER:NAME@VERSION")};
    QCommandLineOption panel{u"panel"_s, CommandLine::tr("The side panel of the packages view: details or changes."),
                             CommandLine::tr("PANEL"), u"details"_s};
    QCommandLineOption stack{u"stack-version"_s,
                             CommandLine::tr("Check production for this stack version in the release view."),
                             CommandLine::tr("VERSION")};
    QCommandLineOption notes{u"release-notes"_s,
                             CommandLine::tr("Show the release notes between two refs in the release view."),
                             CommandLine::tr("FROM..TO")};

    QCommandLineOption compare{u"compare"_s,
                               CommandLine::tr("The tiers (and filter) of the tier comparison, e.g. "
                                               "snapshot:production:shadowed."),
                               CommandLine::tr("A:B[:FILTER]")};
    QCommandLineOption popup{u"popup"_s,
                             CommandLine::tr("For screenshots: open the base chooser of the Changes panel (chooser) or "
                                             "the list behind the selected cell's +N chip (overflow)."),
                             CommandLine::tr("POPUP")};
    QCommandLineOption dialog{u"dialog"_s,
                              CommandLine::tr("For screenshots: grab a dialog instead of the window: settings[:tiers|"
                                              "github|appearance|diff], or promotion[:plan|checks|texts|adds|draft] "
                                              "of the --select version."),
                              CommandLine::tr("DIALOG")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(CommandLine::tr("Review package-storage tiers side by side."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(u"REPO"_s,
                                     CommandLine::tr("The package-storage repository to open. Default: the one "
                                                     "opened last, else the demo storage."),
                                     CommandLine::tr("[REPO]"));
        parser.addOptions({remote, screenshot, size, dark, view, select, panel, stack, notes, compare, popup, dialog});
    }
};

// --size, else 1280x800 for a screenshot, else none (the remembered geometry).
std::expected<QSize, QString> windowSize(const QCommandLineParser &parser, const Options &options)
{
    if (!parser.isSet(options.size))
        return parser.value(options.screenshot).isEmpty() ? QSize() : QSize(1280, 800);
    static const QRegularExpression pattern(u"^(\\d{2,5})x(\\d{2,5})$"_s);
    const auto match = pattern.match(parser.value(options.size));
    if (!match.hasMatch())
        return std::unexpected(
            CommandLine::tr("The size must look like 1280x800, not “%1”.").arg(parser.value(options.size)));
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

// Empty when --dialog names a dialog (and part) the screenshot mode opens.
QString dialogProblem(const ShotSetup &setup)
{
    if (setup.dialog.isEmpty())
        return {};
    const QString kind = setup.dialog.section(u':', 0, 0);
    const QString part = setup.dialog.section(u':', 1);
    if (kind == u"settings"_s && (part.isEmpty() || settingsSections().contains(part)))
        return {};
    if (kind == u"promotion"_s && (part.isEmpty() || promotionSteps().contains(part)))
        return setup.version.isEmpty() ? CommandLine::tr("--dialog promotion needs --select TIER:NAME@VERSION.")
                                       : QString();
    return CommandLine::tr("--dialog must be settings[:%1] or promotion[:%2], not “%3”.")
        .arg(settingsSections().join(u'|'), promotionSteps().join(u'|'), setup.dialog);
}

std::expected<ShotSetup, QString> shotSetup(const QCommandLineParser &parser, const Options &options)
{
    ShotSetup setup;
    const QStringList views{u"packages"_s, u"tiers"_s, u"release"_s, u"drafts"_s};
    const qsizetype viewIndex = views.indexOf(parser.value(options.view));
    if (viewIndex < 0)
        return std::unexpected(CommandLine::tr("The view must be packages, tiers, release or drafts, not “%1”.")
                                   .arg(parser.value(options.view)));
    setup.view = MainWindow::View(viewIndex);
    if (parser.isSet(options.select)) {
        static const QRegularExpression pattern(u"^([^:]+):([^@]+)@(.+)$"_s);
        const auto match = pattern.match(parser.value(options.select));
        if (!match.hasMatch())
            return std::unexpected(CommandLine::tr("--select must look like snapshot:nginx@1.3.0, not “%1”.")
                                       .arg(parser.value(options.select)));
        setup.tier = match.captured(1);
        setup.name = match.captured(2);
        setup.version = match.captured(3);
    }
    setup.changes = parser.value(options.panel) == u"changes"_s;
    setup.stackVersion = parser.value(options.stack);
    if (parser.isSet(options.notes)) {
        const QStringList refs = parser.value(options.notes).split(u".."_s);
        if (refs.size() != 2 || refs[0].trimmed().isEmpty() || refs[1].trimmed().isEmpty())
            return std::unexpected(CommandLine::tr("--release-notes takes two refs as FROM..TO, not “%1”.")
                                       .arg(parser.value(options.notes)));
        setup.notesFrom = refs[0].trimmed();
        setup.notesTo = refs[1].trimmed();
    }
    if (parser.isSet(options.compare)) {
        const QStringList parts = parser.value(options.compare).split(u':');
        if (parts.size() < 2 || parts.size() > 3)
            return std::unexpected(CommandLine::tr("--compare must look like snapshot:production:shadowed, not “%1”.")
                                       .arg(parser.value(options.compare)));
        setup.compareA = parts[0];
        setup.compareB = parts[1];
        setup.compareFilter = parts.value(2);
    }
    setup.popup = parser.value(options.popup);
    if (!setup.popup.isEmpty() && setup.popup != u"chooser"_s && setup.popup != u"overflow"_s)
        return std::unexpected(CommandLine::tr("--popup must be chooser or overflow, not “%1”.").arg(setup.popup));
    setup.dialog = parser.value(options.dialog);
    if (const QString problem = dialogProblem(setup); !problem.isEmpty())
        return std::unexpected(problem);
    return setup;
}

} // namespace

std::expected<LaunchOptions, QString> parseCommandLine(const QCoreApplication &app)
{
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);
    if (parser.positionalArguments().size() > 1)
        return std::unexpected(CommandLine::tr("Give at most one repository."));
    LaunchOptions launch;
    const auto size = windowSize(parser, options);
    if (!size)
        return std::unexpected(size.error());
    const auto shot = shotSetup(parser, options);
    if (!shot)
        return std::unexpected(shot.error());
    launch.repository = parser.positionalArguments().value(0);
    launch.remote = parser.value(options.remote);
    launch.remoteGiven = parser.isSet(options.remote);
    launch.screenshot = parser.value(options.screenshot);
    launch.size = *size;
    launch.dark = parser.isSet(options.dark);
    launch.viewGiven = parser.isSet(options.view);
    launch.shot = *shot;
    return launch;
}

void printError(const QString &message)
{
    std::fputs(qPrintable(u"tierdesk: "_s + message + u'\n'), stderr);
}

} // namespace tierdesk
