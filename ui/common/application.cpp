#include "common/application.h"

#include "settings/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace kartoitus {

bool printVersionIfAsked(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("kartoitus %s\n", KARTOITUS_VERSION);
            return true;
        }
    }
    return false;
}

static void installTranslators(QApplication &app)
{
    // The language chosen in Settings (numbers and dates follow it), else the system's.
    const QLocale locale = AppSettings::chosenLocale();
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("kartoitus"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    // Qt's own strings: the buttons of message boxes and file dialogs.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

void setUpApplication(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("Kartoitus"));
    QApplication::setApplicationName(QStringLiteral("Kartoitus"));
    QApplication::setApplicationVersion(QStringLiteral(KARTOITUS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fi.kartoitus.Kartoitus"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("fi.kartoitus.Kartoitus")));
    installTranslators(app);
}

QString registerFromCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("kartoitus", "Register of a region's civic organisations"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("kartoitus", "The register to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    return parser.positionalArguments().value(0);
}

} // namespace kartoitus
