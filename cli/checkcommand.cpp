#include "cli/commands.h"

#include "cli/texttable.h"
#include "stats/registercheck.h"
#include "storage/register.h"

namespace kartoitus::cli {

namespace {

class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::cli::CheckCommand)

public:
    static int run(const QStringList &arguments, Console &console)
    {
        CommandLine line(QStringLiteral("check"),
                         tr("Checks the register's integrity and the quality of its data. "
                            "Exits with 2 when it finds an error; warnings alone exit with 0."));
        line.addPositional(QStringLiteral("FILE"), tr("The register file."));
        line.addJsonOption();
        int code = ExitSuccess;
        if (!line.parse(arguments, console, &code))
            return code;
        Register reg;
        if (!openRegister(reg, line.positional(0), console, line.json()))
            return ExitBadInput;
        const CheckReport report = RegisterCheck::run(reg.database());
        if (line.json())
            console.writeJson(report.toJson());
        else
            writeText(console, report);
        if (!report.hasErrors())
            return ExitSuccess;
        console.error(tr("The register has errors: %1.").arg(report.errorCount()));
        return ExitBadInput;
    }

private:
    static QString place(const CheckFinding &finding)
    {
        if (finding.table.isEmpty())
            return tr("(file)");
        QString text = finding.table;
        if (finding.id != 0)
            text += QStringLiteral(" #%1").arg(finding.id);
        if (!finding.field.isEmpty())
            text += QStringLiteral(" %1").arg(finding.field);
        return text;
    }

    static void writeText(Console &console, const CheckReport &report)
    {
        if (!report.findings.isEmpty()) {
            TextTable table({tr("Severity"), tr("Where"), tr("Finding")});
            // Errors first: they are what makes the command fail.
            for (const auto severity :
                 {CheckFinding::Severity::Error, CheckFinding::Severity::Warning}) {
                for (const CheckFinding &finding : report.findings) {
                    if (finding.severity == severity)
                        table.addRow({severity == CheckFinding::Severity::Error ? tr("error")
                                                                                : tr("warning"),
                                      place(finding), finding.message});
                }
            }
            table.write(console.out());
            console.out() << '\n';
        }
        console.out()
            << tr("Errors: %1, warnings: %2.").arg(report.errorCount()).arg(report.warningCount())
            << '\n';
    }
};

} // namespace

Command checkCommand()
{
    return {QStringLiteral("check"),
            QT_TRANSLATE_NOOP("kartoitus::cli::Commands",
                              "Report integrity errors and data-quality warnings."),
            &CheckCommand::run};
}

} // namespace kartoitus::cli
