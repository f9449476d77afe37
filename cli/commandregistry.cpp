#include "cli/commands.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kartoitus::cli {

namespace {

class Dispatcher
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::cli::Dispatcher)

public:
    static QString generalHelp()
    {
        QString text = tr("Usage: kartoitus-cli COMMAND [options] ARGUMENTS") + QLatin1Char('\n') +
                       tr("Keeps the register of a region's civic organisations.") +
                       QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
        int width = 0;
        for (const Command &command : allCommands())
            width = qMax(width, int(command.name.size()));
        for (const Command &command : allCommands())
            text += QStringLiteral("  %1  %2\n")
                        .arg(command.name.leftJustified(width), command.translatedSummary());
        text += QLatin1Char('\n') +
                tr("Run \"kartoitus-cli COMMAND --help\" for the options of a command.") +
                QLatin1Char('\n') +
                tr("Exit codes: 0 success, 1 usage error, 2 bad input or refused file.") +
                QLatin1Char('\n');
        return text;
    }

    static QString version()
    {
        return QStringLiteral("kartoitus-cli %1\n").arg(QStringLiteral(KARTOITUS_VERSION));
    }

    static int unknownCommand(const QString &name, Console &console)
    {
        console.error(tr("Unknown command: %1.").arg(name));
        console.error(tr("Run \"kartoitus-cli --help\" for the list of commands."));
        return ExitUsage;
    }

    static int missingCommand(Console &console)
    {
        console.error(tr("No command given."));
        console.err() << generalHelp();
        console.err().flush();
        return ExitUsage;
    }
};

} // namespace

const QList<Command> &allCommands()
{
    // One line per command, in the order --help lists them.
    // clang-format off
    static const QList<Command> commands{
        initCommand(),
        demoCommand(),
        searchCommand(),
        checkCommand(),
        statsCommand(),
        importCommand(),
        exportCommand(),
        surveyCommand(),
    };
    // clang-format on
    return commands;
}

int runCli(const QStringList &arguments, Console &console)
{
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty())
        return Dispatcher::missingCommand(console);
    const QString &first = rest.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        console.out() << Dispatcher::generalHelp();
        console.flush();
        return ExitSuccess;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        console.out() << Dispatcher::version();
        console.flush();
        return ExitSuccess;
    }
    for (const Command &command : allCommands()) {
        if (command.name == first) {
            const int code = command.run(rest.mid(1), console);
            console.flush();
            return code;
        }
    }
    return Dispatcher::unknownCommand(first, console);
}

void installTranslation(QCoreApplication &app)
{
    const QLocale locale;
    // The application's strings are compiled into kartoitus_core's resources; Qt's own
    // (QCommandLineParser's messages) come from the system's Qt translations when present.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("kartoitus"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace kartoitus::cli
