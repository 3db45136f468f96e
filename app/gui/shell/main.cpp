// tierdesk: the GUI. Also takes screenshots for reviews (--screenshot FILE).
#include "common/DarkPalette.h"
#include "diff/DiffView.h"
#include "shell/MainWindow.h"
#include "details/PackageDetails.h"
#include "release/ReleaseView.h"
#include "shell/Translations.h"
#include "core/Tr.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QPixmap>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

namespace CommandLine = tierdesk::trcontext::CommandLine; // the command line's texts

void printError(const QString &message)
{
    std::fputs(qPrintable(u"tierdesk: "_s + message + u'\n'), stderr);
}

// What the screenshot shows besides the matrix.
struct ShotSetup {
    tierdesk::MainWindow::View view = tierdesk::MainWindow::View::Packages;
    QString tier, name, version; // --select
    bool changes = false;         // --panel changes
    QString stackVersion;         // --stack-version
};

// Background work the views started (icon, changelog, diff, release check) is done.
bool viewsSettled(const tierdesk::MainWindow &window)
{
    const tierdesk::DiffView *diff = window.diffView();
    const bool diffShown = !diff->isVisible() || diff->currentFile() < 0 || diff->isFileShown();
    return !window.details()->isLoadingAssets() && !diff->isComputing() && diffShown
        && !window.releaseView()->isChecking();
}

// Saves the window once its storage is on screen; the exit code tells how loading went.
void arrangeScreenshot(tierdesk::MainWindow &window, const QString &file, const ShotSetup &setup)
{
    const auto save = [&window, file](int exitCode) {
        // Let pending layout and item-view updates run before grabbing; give the views' background work
        // up to ten seconds (checked each 50 ms) to land.
        auto *poll = new QTimer(&window);
        auto *waited = new int(0);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, file, exitCode, poll, waited] {
            if (!viewsSettled(window) && ++*waited < 200)
                return;
            poll->stop();
            delete waited;
            QCoreApplication::processEvents();
            const QPixmap shot = window.grab();
            if (shot.isNull() || !shot.save(file, "PNG")) {
                printError(CommandLine::tr("Could not save the screenshot to %1.").arg(QDir::toNativeSeparators(file)));
                QCoreApplication::exit(2);
                return;
            }
            QCoreApplication::exit(exitCode);
        });
        poll->start(50);
    };
    QObject::connect(&window, &tierdesk::MainWindow::storageShown, &window, [&window, save, setup] {
        if (!setup.version.isEmpty() && !window.selectVersion(setup.tier, setup.name, setup.version))
            printError(CommandLine::tr("%1:%2@%3 is not in the matrix.").arg(setup.tier, setup.name, setup.version));
        window.showView(setup.view);
        if (setup.changes)
            window.sideTabs()->setCurrentIndex(1);
        if (!setup.stackVersion.isEmpty())
            window.releaseView()->setStackVersion(setup.stackVersion);
        save(0);
    });
    QObject::connect(&window, &tierdesk::MainWindow::loadFailed, &window, [save](const QString &message) {
        printError(CommandLine::tr("Could not load the storage: %1 (the screenshot shows the error).").arg(message));
        save(1);
    });
    QTimer::singleShot(std::chrono::minutes(5), &window, [] {
        printError(CommandLine::tr("Loading took more than five minutes; no screenshot was taken."));
        QCoreApplication::exit(3);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Tierdesk"_s);
    QApplication::setApplicationName(u"Tierdesk"_s);
    QApplication::setApplicationDisplayName(u"Tierdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(TIERDESK_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/tierdesk.svg"_s));
    tierdesk::installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Review package-storage tiers side by side."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"REPO"_s,
                                 CommandLine::tr("The package-storage repository to open. Default: the one opened last, "
                                    "else the demo storage."),
                                 CommandLine::tr("[REPO]"));
    const QCommandLineOption remoteOption(u"remote"_s,
                                          CommandLine::tr("Read the tiers from remote-tracking branches of NAME when there "
                                             "are no local tier branches."),
                                          CommandLine::tr("NAME"), u"origin"_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s,
                                              CommandLine::tr("Load the storage, save a PNG screenshot of the window to FILE "
                                                 "and exit."),
                                              CommandLine::tr("FILE"));
    const QCommandLineOption sizeOption(u"size"_s, CommandLine::tr("The window size, e.g. 1280x800 (the default for screenshots)."),
                                        CommandLine::tr("WxH"));
    const QCommandLineOption darkOption(u"dark"_s, CommandLine::tr("Use a dark palette, to check readability."));
    const QCommandLineOption viewOption(u"view"_s, CommandLine::tr("The view to show: packages, tiers or release."),
                                        CommandLine::tr("VIEW"), u"packages"_s);
    const QCommandLineOption selectOption(u"select"_s,
                                          CommandLine::tr("Select a version, e.g. snapshot:nginx@1.3.0."),
                                          CommandLine::tr("TIER:NAME@VERSION"));
    const QCommandLineOption panelOption(u"panel"_s,
                                         CommandLine::tr("The side panel of the packages view: details or changes."),
                                         CommandLine::tr("PANEL"), u"details"_s);
    const QCommandLineOption stackOption(u"stack-version"_s,
                                         CommandLine::tr("Check production for this stack version in the release view."),
                                         CommandLine::tr("VERSION"));
    parser.addOptions({remoteOption, screenshotOption, sizeOption, darkOption, viewOption, selectOption, panelOption,
                       stackOption});
    parser.process(app);

    if (parser.positionalArguments().size() > 1) {
        printError(CommandLine::tr("Give at most one repository."));
        return 2;
    }
    const QString screenshot = parser.value(screenshotOption);
    QSize size = screenshot.isEmpty() ? QSize() : QSize(1280, 800);
    if (parser.isSet(sizeOption)) {
        static const QRegularExpression pattern(u"^(\\d{2,5})x(\\d{2,5})$"_s);
        const auto match = pattern.match(parser.value(sizeOption));
        if (!match.hasMatch()) {
            printError(CommandLine::tr("The size must look like 1280x800, not “%1”.").arg(parser.value(sizeOption)));
            return 2;
        }
        size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (parser.isSet(darkOption)) {
        // Fusion draws everything from the palette, so the dark palette applies fully.
        QApplication::setStyle(tierdesk::createPaletteStyle());
        QApplication::setPalette(tierdesk::darkPalette());
    }

    ShotSetup setup;
    const QStringList views{u"packages"_s, u"tiers"_s, u"release"_s, u"drafts"_s};
    const qsizetype viewIndex = views.indexOf(parser.value(viewOption));
    if (viewIndex < 0) {
        printError(CommandLine::tr("The view must be packages, tiers or release, not “%1”.").arg(parser.value(viewOption)));
        return 2;
    }
    setup.view = tierdesk::MainWindow::View(viewIndex);
    if (parser.isSet(selectOption)) {
        static const QRegularExpression pattern(u"^([^:]+):([^@]+)@(.+)$"_s);
        const auto match = pattern.match(parser.value(selectOption));
        if (!match.hasMatch()) {
            printError(CommandLine::tr("--select must look like snapshot:nginx@1.3.0, not “%1”.")
                           .arg(parser.value(selectOption)));
            return 2;
        }
        setup.tier = match.captured(1);
        setup.name = match.captured(2);
        setup.version = match.captured(3);
    }
    setup.changes = parser.value(panelOption) == u"changes"_s;
    setup.stackVersion = parser.value(stackOption);

    tierdesk::MainWindow window;
    tierdesk::TierConfig config;
    config.remote = parser.value(remoteOption);
    window.setTierConfig(config);
    // Dragging a version onto a higher tier opens the promotion dialog.
    QObject::connect(&window, &tierdesk::MainWindow::promotionRequested, &window, &tierdesk::MainWindow::startPromotion);
    if (!screenshot.isEmpty()) {
        window.setPersistent(false); // a screenshot leaves no trace in the settings
        arrangeScreenshot(window, screenshot, setup);
    }
    if (size.isValid()) {
        window.setWindowState(Qt::WindowNoState); // a remembered maximised state would ignore the size
        window.resize(size);
    }
    window.show();
    if (screenshot.isEmpty() && parser.isSet(viewOption))
        window.showView(setup.view);
    window.openStartup(parser.positionalArguments().value(0));
    return app.exec();
}
