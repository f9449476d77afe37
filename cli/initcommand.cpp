#include "cli/commands.h"

#include "storage/register.h"

#include <QFileInfo>

namespace kartoitus::cli {

namespace {

class InitCommand
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::cli::InitCommand)

public:
    static int run(const QStringList &arguments, Console &console)
    {
        CommandLine line(QStringLiteral("init"),
                         tr("Creates a new, empty register with the default reference data."));
        line.addPositional(QStringLiteral("FILE"), tr("The register file to create."));
        int code = ExitSuccess;
        if (!line.parse(arguments, console, &code))
            return code;
        const QString path = line.positional(0);
        Register reg;
        const OpenResult result = reg.create(path);
        if (!result.ok()) {
            console.error(result.message);
            return ExitBadInput;
        }
        console.out() << tr("Created the register %1.").arg(QFileInfo(path).absoluteFilePath())
                      << '\n';
        return ExitSuccess;
    }
};

} // namespace

Command initCommand()
{
    return {QStringLiteral("init"),
            QT_TRANSLATE_NOOP("kartoitus::cli::Commands", "Create a new, empty register."),
            &InitCommand::run};
}

} // namespace kartoitus::cli
