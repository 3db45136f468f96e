// tierdesk-cli: the command-line shell over the Tierdesk library.
#include "Command.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

bool parse(QCommandLineParser &parser, const QStringList &args, int &exitCode)
{
    parser.addHelpOption();
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

} // namespace cli

namespace {
void usage(QTextStream &s)
{
    s << QCoreApplication::translate("cli", "usage: tierdesk-cli COMMAND [ARGS...]\n\n"
                                            "Commands:\n"
                                            "  index REPO   list what every tier of a package storage holds\n\n"
                                            "Run 'tierdesk-cli COMMAND --help' for a command's options.\n")
      << Qt::flush;
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
    if (command == u"index")
        return cli::index(args);
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
