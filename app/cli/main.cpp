// kartoitus-cli: the register from the command line. The commands live in core/cli.
#include "cli/commands.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kartoitus-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kartoitus"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KARTOITUS_VERSION));
    kartoitus::cli::installTranslation(app);

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return kartoitus::cli::ExitBadInput;
    kartoitus::cli::Console console(&out, &err);
    return kartoitus::cli::runCli(QCoreApplication::arguments(), console);
}
