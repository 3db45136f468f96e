// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk: the GUI. Also takes screenshots for reviews (--screenshot FILE).
#include "common/Appearance.h"
#include "shell/CommandLine.h"
#include "common/BackgroundJob.h"
#include "shell/MainWindow.h"
#include "shell/ScreenshotMode.h"
#include "shell/Translations.h"
#include "shell/WindowSettings.h"

#include <QApplication>
#include <QIcon>

#include <optional>
#include <set>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

void describeApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(u"Tierdesk"_s);
    QCoreApplication::setApplicationName(u"Tierdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TIERDESK_VERSION));
    tierdesk::installTranslators(app); // before the command line, so --help is translated
}

// Qt's own GUI options (-platform offscreen, -style Fusion, …) are the
// QApplication's to take; the early parser does not see them.
std::vector<char *> withoutGuiOptions(int argc, char *argv[])
{
    static const std::set<std::string_view> withValue{"-platform", "-platformpluginpath", "-platformtheme", "-plugin",
                                                      "-qwindowgeometry", "-qwindowicon", "-qwindowtitle", "-display",
                                                      "-geometry", "-title", "-name", "-style", "-stylesheet",
                                                      "-session"};
    static const std::set<std::string_view> alone{"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync"};
    std::vector<char *> kept;
    for (int i = 0; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (i > 0 && withValue.contains(arg)) {
            ++i;
            continue;
        }
        if (i > 0 && (alone.contains(arg) || arg.starts_with("-style=") || arg.starts_with("-platform=")))
            continue;
        kept.push_back(argv[i]);
    }
    kept.push_back(nullptr);
    return kept;
}

// The command line is read before there is a QApplication: --help, --version
// and a bad option need no display (a QApplication without one aborts).
std::optional<tierdesk::LaunchOptions> readCommandLine(int argc, char *argv[], int &exitCode)
{
    std::vector<char *> args = withoutGuiOptions(argc, argv);
    int count = int(args.size()) - 1;
    QCoreApplication core(count, args.data());
    describeApplication(core);
    const auto options = tierdesk::parseCommandLine(core);
    if (!options) {
        tierdesk::printError(options.error());
        exitCode = 2;
        return std::nullopt;
    }
    return *options;
}

void setUp(tierdesk::MainWindow &window, const tierdesk::LaunchOptions &options)
{
    if (options.remoteGiven) {
        tierdesk::TierConfig config = tierdesk::WindowSettings::tierConfigFor(options.repository);
        config.remote = options.remote;
        window.setTierConfig(config);
    }
    if (!options.screenshot.isEmpty()) {
        window.setPersistent(false); // a screenshot leaves no trace in the settings
        tierdesk::arrangeScreenshot(window, options.screenshot, options.shot);
    }
    if (options.size.isValid()) {
        window.setWindowState(Qt::WindowNoState); // a remembered maximised state would ignore the size
        window.resize(options.size);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    int exitCode = 0;
    const auto options = readCommandLine(argc, argv, exitCode);
    if (!options)
        return exitCode;

    QApplication app(argc, argv);
    describeApplication(app);
    QApplication::setApplicationDisplayName(u"Tierdesk"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"tierdesk"_s, QIcon(u":/icons/tierdesk.svg"_s)));
    QGuiApplication::setDesktopFileName(u"io.github.tierdesk.Tierdesk"_s);
    tierdesk::applyTheme(options->dark ? tierdesk::Theme::Dark : tierdesk::storedTheme());

    int code = 0;
    {
        tierdesk::MainWindow window;
        setUp(window, *options);
        window.show();
        if (options->screenshot.isEmpty() && options->viewGiven)
            window.showView(options->shot.view);
        window.openStartup(options->repository);
        code = app.exec();
    } // the views cancel what they started
    tierdesk::behindPool()->waitForDone(); // while the application still exists
    return code;
}
