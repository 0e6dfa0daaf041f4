// caselens: the desktop workspace.

#include "core/AppPaths.h"
#include "core/DemoLibrary.h"
#include "core/Settings.h"
#include "core/Version.h"
#include "core/logging/Logging.h"
#include "storage/Library.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <spdlog/spdlog.h>

using namespace caselens;

namespace {

void describeApplication(QCoreApplication& app)
{
    app.setApplicationName(QStringLiteral("caselens"));
    app.setOrganizationName(QString::fromLatin1(kApplicationName));
    app.setApplicationVersion(QString::fromLatin1(kVersion));
}

void configureParser(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "Gui", "CaseLens: review clinical case reports side by side with their translation."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"),
         QCoreApplication::translate("Gui",
                                     "Open this library instead of your own (%1); it is created empty if "
                                     "it does not exist.")
             .arg(paths::defaultLibraryPath()),
         QStringLiteral("PATH")},
        {QStringLiteral("log-level"),
         QCoreApplication::translate("Gui", "Messages on stderr from this level up: %1 (default: warning).")
             .arg(logging::levelNames()),
         QStringLiteral("LEVEL")},
    });
}

// --help and --version must work without a display (on a server, in a package check).
bool onlyAsksForInformation(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--help-all" || argument == "--version" ||
            argument == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (onlyAsksForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication(app);
        QCommandLineParser parser;
        configureParser(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication(app);

    // The interface follows the system's language and colours unless Preferences chose others.
    Settings settings;
    ui::applyTheme(settings.theme());
    const QString language = settings.interfaceLanguage().isEmpty() ? QLocale::system().name().left(2)
                                                                    : settings.interfaceLanguage();
    QTranslator caseLensTranslator;
    QTranslator qtTranslator;
    if (language != u"en" &&
        caseLensTranslator.load(QStringLiteral(":/caselens/i18n/caselens_%1.qm").arg(language))) {
        QApplication::installTranslator(&caseLensTranslator);
        // Qt's own dialogs (file chooser, message box buttons), when Debian's translations are installed.
        if (qtTranslator.load(QStringLiteral("qtbase_") + language,
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
    }
    QApplication::setApplicationDisplayName(QString::fromLatin1(kApplicationName));
    QApplication::setDesktopFileName(QStringLiteral("org.caselens.CaseLens"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.caselens.CaseLens"),
                                                 QIcon(QStringLiteral(":/caselens/icons/caselens.svg"))));
    QCommandLineParser parser;
    configureParser(parser);
    parser.process(app);

    const QString levelName = parser.value(QStringLiteral("log-level"));
    const auto level = logging::levelFromName(levelName.isEmpty() ? QStringLiteral("warning") : levelName);
    if (!level) {
        fprintf(stderr, "caselens: unknown log level '%s'; use one of %s.\n", qPrintable(levelName),
                qPrintable(logging::levelNames()));
        return 2;
    }
    logging::initialize({QStringLiteral("caselens"), paths::logFolder(), *level});
    spdlog::info("CaseLens {} starting", kVersion);

    const bool ownLibrary = !parser.isSet(QStringLiteral("db"));
    const QString libraryPath = ownLibrary ? paths::defaultLibraryPath() : parser.value(QStringLiteral("db"));
    auto library = storage::Library::open(libraryPath);
    if (!library) {
        QMessageBox::critical(nullptr, QStringLiteral("CaseLens"), library.error());
        return 1;
    }
    if (ownLibrary) {
        // First start: the user's own library begins with the demo cases.
        if (const auto seeded = DemoLibrary::seedOnce(**library); !seeded)
            QMessageBox::warning(nullptr, QStringLiteral("CaseLens"), seeded.error());
    }

    ui::MainWindow window(**library, settings);
    window.show();
    const int code = QApplication::exec();
    spdlog::info("CaseLens closing");
    return code;
}
