// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk: the GUI. Also takes screenshots for reviews (--screenshot FILE).
#include "common/DarkPalette.h"
#include "shell/CommandLine.h"
#include "shell/MainWindow.h"
#include "shell/ScreenshotMode.h"
#include "shell/Translations.h"

#include <QApplication>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace {

void describeApplication(QApplication &app)
{
    QApplication::setOrganizationName(u"Tierdesk"_s);
    QApplication::setApplicationName(u"Tierdesk"_s);
    QApplication::setApplicationDisplayName(u"Tierdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(TIERDESK_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/tierdesk.svg"_s));
    tierdesk::installTranslators(app); // before the command line, so --help is translated
}

void useDarkPalette()
{
    // Fusion draws everything from the palette, so the dark palette applies fully.
    QApplication::setStyle(tierdesk::createPaletteStyle());
    QApplication::setPalette(tierdesk::darkPalette());
}

void setUp(tierdesk::MainWindow &window, const tierdesk::LaunchOptions &options)
{
    tierdesk::TierConfig config;
    config.remote = options.remote;
    window.setTierConfig(config);
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
    QApplication app(argc, argv);
    describeApplication(app);
    const auto options = tierdesk::parseCommandLine(app);
    if (!options) {
        tierdesk::printError(options.error());
        return 2;
    }
    if (options->dark)
        useDarkPalette();

    tierdesk::MainWindow window;
    setUp(window, *options);
    window.show();
    if (options->screenshot.isEmpty() && options->viewGiven)
        window.showView(options->shot.view);
    window.openStartup(options->repository);
    return app.exec();
}
