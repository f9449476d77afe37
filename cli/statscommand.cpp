#include "cli/commands.h"

#include "cli/texttable.h"
#include "fields/fieldvalues.h"
#include "repositories/organisationquery.h"
#include "stats/registerstats.h"
#include "storage/register.h"

namespace kartoitus::cli {

namespace {

class StatsCommand
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::cli::StatsCommand)

public:
    static int run(const QStringList &arguments, Console &console)
    {
        CommandLine line(QStringLiteral("stats"),
                         tr("Counts what the register holds: rows per table, persons who may "
                            "be published, liaison persons, and organisations by status, "
                            "municipality and primary sector."));
        line.addPositional(QStringLiteral("FILE"), tr("The register file."));
        line.addJsonOption();
        int code = ExitSuccess;
        if (!line.parse(arguments, console, &code))
            return code;
        Register reg;
        if (!openRegister(reg, line.positional(0), console, line.json()))
            return ExitBadInput;
        RegisterStats stats;
        QString error;
        if (!stats.collect(reg.database(), &error)) {
            console.error(tr("The register could not be read: %1").arg(error));
            return ExitBadInput;
        }
        if (line.json())
            console.writeJson(stats.toJson());
        else
            writeText(console, stats);
        return ExitSuccess;
    }

private:
    static void writeText(Console &console, const RegisterStats &stats)
    {
        TextTable counts({tr("What"), tr("Count")}, {TextTable::Left, TextTable::Right});
        for (const QString &key : RegisterStats::keys()) {
            if (stats.counts.contains(key))
                counts.addRow(
                    {RegisterStats::label(key), QString::number(stats.counts.value(key))});
        }
        counts.write(console.out());

        QMap<QString, qint64> byStatus;
        for (auto it = stats.organisationsByStatus.cbegin();
             it != stats.organisationsByStatus.cend(); ++it)
            byStatus.insert(fields::FieldValues::label(fields::FieldKind::Status, it.key()),
                            it.value());
        writeBreakdown(console, tr("Status"), byStatus);
        writeBreakdown(console, tr("Home municipality"), stats.organisationsByMunicipality);
        writeBreakdown(console, tr("Primary sector"), stats.organisationsBySector);
    }

    static void writeBreakdown(Console &console, const QString &heading,
                               const QMap<QString, qint64> &counts)
    {
        if (counts.isEmpty())
            return;
        console.out() << '\n';
        TextTable table({heading, tr("Organisations")}, {TextTable::Left, TextTable::Right});
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            table.addRow(
                {it.key().isEmpty() ? tr("(none)") : it.key(), QString::number(it.value())});
        table.write(console.out());
    }
};

} // namespace

Command statsCommand()
{
    return {QStringLiteral("stats"),
            QT_TRANSLATE_NOOP("kartoitus::cli::Commands", "Count what the register holds."),
            &StatsCommand::run};
}

} // namespace kartoitus::cli
