// kartoitus-cli: the register from the command line. The commands live in cli/.
#include "cli/commands.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>

#include <cstring>
#include <memory>

// A printed list (`export --preset`, `survey summary`) lays out text, which needs Qt's fonts and so
// a QGuiApplication; the offscreen platform needs no display. Every other command stays a plain
// QCoreApplication.
static bool laysOutText(int argc, char *argv[])
{
    if (argc > 2 && std::strcmp(argv[1], "survey") == 0 && std::strcmp(argv[2], "summary") == 0)
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--preset") == 0 || std::strncmp(argv[i], "--preset=", 9) == 0)
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (laysOutText(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("kartoitus-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kartoitus"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KARTOITUS_VERSION));
    kartoitus::cli::installTranslation(*app);

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return kartoitus::cli::ExitBadInput;
    kartoitus::cli::Console console(&out, &err);
    return kartoitus::cli::runCli(QCoreApplication::arguments(), console);
}
