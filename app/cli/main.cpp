// caselens-cli: the CaseLens core behind a command line (no display needed).

#include "CliCommand.h"
#include "core/AppPaths.h"
#include "core/Version.h"
#include "core/logging/Logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace caselens;

namespace {

const QStringList kGlobalOptionsWithValue{QStringLiteral("--db"), QStringLiteral("--log-level"),
                                          QStringLiteral("--author")};

// The command is the first argument that is neither an option nor a global option's value.
QString findCommandName(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (kGlobalOptionsWithValue.contains(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return argument;
    }
    return {};
}

// Until logging is set up, Qt's start-up chatter about the environment ("XDG_RUNTIME_DIR not
// set" on the offscreen platform) is noise on a command line; everything else passes.
void startupMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    qt_message_output(type, context, message);
}

QString commandList(const std::vector<std::unique_ptr<cli::CliCommand>>& commands)
{
    QString text = QCoreApplication::translate("Cli", "Commands:");
    for (const auto& command : commands)
        text += QStringLiteral("\n  %1  %2").arg(command->name(), -12).arg(command->summary());
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const auto commands = cli::makeCommands();
    const QString commandName = findCommandName(rawArguments);
    const cli::CliCommand* command = nullptr;
    for (const auto& candidate : commands)
        if (candidate->name() == commandName)
            command = candidate.get();

    // Drawing a PDF needs fonts, which need a QGuiApplication; the offscreen platform gives one
    // without a display (and without touching one the user may have).
    std::unique_ptr<QCoreApplication> application;
    if (command && command->needsFonts()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(startupMessages);
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("caselens-cli"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli",
                                    "CaseLens command line: import, search, extract and export clinical "
                                    "case reports without a display.") +
        QStringLiteral("\n\n") + commandList(commands));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"),
         QCoreApplication::translate("Cli", "The library to use (default: %1).")
             .arg(paths::defaultLibraryPath()),
         QStringLiteral("PATH")},
        {QStringLiteral("author"),
         QCoreApplication::translate("Cli",
                                     "Record changes as made by NAME (default: the name in Preferences, "
                                     "else your user name)."),
         QStringLiteral("NAME")},
        {QStringLiteral("log-level"),
         QCoreApplication::translate("Cli",
                                     "Log messages on stderr from this level up: %1 (default: off; the log "
                                     "file keeps info and above).")
             .arg(logging::levelNames()),
         QStringLiteral("LEVEL")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("Cli", "What to do (see Commands)."));
    if (command)
        command->addOptions(parser);
    parser.process(app); // handles --help and --version, and exits on unknown options

    if (!command) {
        if (commandName.isEmpty())
            err << "caselens-cli: " << QCoreApplication::translate("Cli", "no command given.") << "\n\n";
        else
            err << "caselens-cli: "
                << QCoreApplication::translate("Cli", "unknown command '%1'.").arg(commandName) << "\n\n";
        err << commandList(commands) << Qt::endl;
        return cli::UsageError;
    }

    const auto level = logging::levelFromName(parser.value(QStringLiteral("log-level")).isEmpty()
                                                  ? QStringLiteral("off")
                                                  : parser.value(QStringLiteral("log-level")));
    if (!level) {
        err << "caselens-cli: "
            << QCoreApplication::translate("Cli", "unknown log level '%1'; use one of %2.")
                   .arg(parser.value(QStringLiteral("log-level")), logging::levelNames())
            << Qt::endl;
        return cli::UsageError;
    }
    logging::initialize({QStringLiteral("caselens-cli"), paths::logFolder(), *level});

    const QString libraryPath =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : paths::defaultLibraryPath();
    cli::CliContext context{parser, out, err, libraryPath};
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}
