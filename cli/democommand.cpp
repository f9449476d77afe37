#include "cli/commands.h"

#include "demo/demoregister.h"
#include "storage/register.h"

#include <QFile>
#include <QFileInfo>

namespace kartoitus::cli {

namespace {

class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::cli::DemoCommand)

public:
    static int run(const QStringList &arguments, Console &console)
    {
        CommandLine line(QStringLiteral("demo"),
                         tr("Writes the demo register, fictional organisations of Central "
                            "Finland, into a new file."));
        line.addPositional(QStringLiteral("FILE"), tr("The register file to create."));
        line.addOption(QCommandLineOption(
            QStringLiteral("organisations"),
            tr("How many organisations to invent (default %1).").arg(DemoOptions().organisations),
            QStringLiteral("N")));
        line.addOption(QCommandLineOption(
            QStringLiteral("seed"),
            tr("Seed of the generator: the same seed writes the same register (default %1).")
                .arg(DemoOptions().seed),
            QStringLiteral("S")));
        int code = ExitSuccess;
        DemoOptions options;
        int seed = 0;
        if (!line.parse(arguments, console, &code) ||
            !line.intValue(QStringLiteral("organisations"), options.organisations,
                           &options.organisations, console, &code) ||
            !line.intValue(QStringLiteral("seed"), int(options.seed), &seed, console, &code))
            return code;
        options.seed = quint32(seed);
        return write(line.positional(0), options, console);
    }

private:
    static int write(const QString &path, const DemoOptions &options, Console &console)
    {
        QString error;
        {
            Register reg;
            const OpenResult result = reg.create(path);
            if (!result.ok()) {
                console.error(result.message);
                return ExitBadInput;
            }
            if (writeDemoRegister(reg.database(), options, &error)) {
                console.out() << tr("Wrote the demo register %1 (organisations: %2).")
                                     .arg(QFileInfo(path).absoluteFilePath())
                                     .arg(options.organisations)
                              << '\n';
                return ExitSuccess;
            }
        }
        // A half-made file would only be confusing: the command created it, so it goes.
        QFile::remove(path);
        console.error(tr("The demo register could not be written: %1").arg(error));
        return ExitBadInput;
    }
};

} // namespace

Command demoCommand()
{
    return {
        QStringLiteral("demo"),
        QT_TRANSLATE_NOOP("kartoitus::cli::Commands", "Write the demo register into a new file."),
        &DemoCommand::run};
}

} // namespace kartoitus::cli
