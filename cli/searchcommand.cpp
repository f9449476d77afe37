#include "cli/commands.h"

#include "cli/texttable.h"
#include "fields/fieldvalues.h"
#include "repositories/organisationquery.h"
#include "storage/register.h"

#include <QJsonArray>

namespace kartoitus::cli {

namespace {

// The columns a search result shows; the same definitions as the window's list.
const QList<OrganisationColumn> &resultColumns()
{
    static const QList<OrganisationColumn> columns{
        OrganisationColumn::Name,       OrganisationColumn::Municipality,
        OrganisationColumn::BusinessId, OrganisationColumn::Sectors,
        OrganisationColumn::Status,
    };
    return columns;
}

class SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::cli::SearchCommand)

public:
    static int run(const QStringList &arguments, Console &console)
    {
        CommandLine line(QStringLiteral("search"),
                         tr("Finds organisations as the search box of the window does: every "
                            "word matches the beginning of a word in names, IDs, "
                            "municipalities, sectors, activities and contact details."));
        line.addPositional(QStringLiteral("FILE"), tr("The register file."));
        line.addPositional(QStringLiteral("QUERY"), tr("The words to search for."));
        line.addOption(QCommandLineOption(QStringLiteral("limit"),
                                          tr("Show at most N organisations (default 50; 0 "
                                             "shows all)."),
                                          QStringLiteral("N")));
        line.addJsonOption();
        int code = ExitSuccess;
        int limit = 0;
        if (!line.parse(arguments, console, &code) ||
            !line.intValue(QStringLiteral("limit"), 50, &limit, console, &code))
            return code;

        Register reg;
        if (!openRegister(reg, line.positional(0), console, line.json()))
            return ExitBadInput;
        RecordFilter filter;
        filter.search = line.positional(1);
        const OrganisationQuery query(filter, OrganisationColumn::Name);
        QString error;
        const int total = query.count(reg.database(), &error);
        QList<OrganisationRow> rows;
        if (total < 0 || !query.fetch(reg.database(), resultColumns(), limit == 0 ? -1 : limit, 0,
                                      &rows, &error)) {
            console.error(tr("The search failed: %1").arg(error));
            return ExitBadInput;
        }
        if (line.json())
            writeJson(console, filter.search, total, rows);
        else
            writeText(console, total, rows);
        return ExitSuccess;
    }

private:
    static void writeJson(Console &console, const QString &text, int total,
                          const QList<OrganisationRow> &rows)
    {
        QJsonArray results;
        for (const OrganisationRow &row : rows) {
            QJsonObject object{{QStringLiteral("id"), row.id}};
            for (int i = 0; i < resultColumns().size(); ++i)
                object.insert(OrganisationColumns::key(resultColumns().at(i)),
                              QJsonValue::fromVariant(row.values.value(i)));
            results.append(object);
        }
        console.writeJson(QJsonObject{{QStringLiteral("query"), text},
                                      {QStringLiteral("total"), total},
                                      {QStringLiteral("shown"), int(rows.size())},
                                      {QStringLiteral("results"), results}});
    }

    static void writeText(Console &console, int total, const QList<OrganisationRow> &rows)
    {
        if (rows.isEmpty()) {
            console.out() << tr("No organisation matches.") << '\n';
            return;
        }
        QStringList headers;
        for (OrganisationColumn column : resultColumns())
            headers.append(OrganisationColumns::label(column));
        TextTable table(headers);
        for (const OrganisationRow &row : rows) {
            QStringList cells;
            for (int i = 0; i < resultColumns().size(); ++i) {
                const QString value = row.values.value(i).toString();
                cells.append(resultColumns().at(i) == OrganisationColumn::Status
                                 ? fields::FieldValues::label(fields::FieldKind::Status, value)
                                 : value);
            }
            table.addRow(cells);
        }
        table.write(console.out());
        if (rows.size() < total)
            console.out() << tr("Showing %1 of %2 organisations; --limit 0 shows all.")
                                 .arg(rows.size())
                                 .arg(total)
                          << '\n';
        else
            console.out() << tr("Organisations found: %1.").arg(total) << '\n';
    }
};

} // namespace

Command searchCommand()
{
    return {QStringLiteral("search"),
            QT_TRANSLATE_NOOP("kartoitus::cli::Commands",
                              "Find organisations as the window's search box does."),
            &SearchCommand::run};
}

} // namespace kartoitus::cli
