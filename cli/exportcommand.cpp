#include "cli/commands.h"
#include "cli/presetexport.h"

#include "exporting/exporter.h"
#include "reference/referencedata.h"
#include "storage/register.h"

#include <QFileInfo>
#include <QJsonArray>

namespace kartoitus::cli {

namespace {

using exporting::Entity;
using exporting::Exporter;
using exporting::ExportRequest;
using exporting::ExportResult;
using exporting::Format;
using exporting::HeaderStyle;

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::cli::ExportCommand)

public:
    static int run(const QStringList &arguments, Console &console)
    {
        CommandLine line(QStringLiteral("export"),
                         tr("Writes organisations, activities or persons to CSV or XLSX: the "
                            "rows the filters select and the columns asked for."));
        addOptions(line);
        int code = ExitSuccess;
        if (!line.parse(arguments, console, &code))
            return code;
        if (line.isSet(QStringLiteral("preset")))
            return runPresetExport(line, console);
        ExportRequest request;
        if (!readFormat(line, console, &request, &code) ||
            !readShape(line, console, &request, &code))
            return code;

        Register reg;
        if (!openRegister(reg, line.positional(0), console, line.json()))
            return ExitBadInput;
        if (!readFilters(line, reg.database(), console, &request, &code))
            return code;

        const QString out = line.positional(1);
        Exporter exporter(reg.database());
        const ExportResult result = exporter.exportToFile(request, out);
        if (!result.omittedPersonal.isEmpty())
            console.error(tr("Left out personal data (%1); --include-personal-data exports it.")
                              .arg(result.omittedPersonal.join(QLatin1String(", "))));
        if (!result.ok) {
            console.error(result.error);
            return ExitBadInput;
        }
        if (result.containsPersonalData)
            console.error(tr("%1 contains personal data: store and share it accordingly.")
                              .arg(QFileInfo(out).fileName()));
        report(line, console, request, result, out);
        return ExitSuccess;
    }

private:
    static void addOptions(CommandLine &line)
    {
        line.addPositional(QStringLiteral("FILE"), tr("The register file."));
        line.addPositional(QStringLiteral("OUT"), tr("The file to write."));
        const auto option = [&line](const QString &name, const QString &help,
                                    const QString &valueName = QString()) {
            line.addOption(QCommandLineOption(name, help, valueName));
        };
        option(QStringLiteral("what"), tr("organisations (default), activities or persons."),
               QStringLiteral("WHAT"));
        option(QStringLiteral("format"),
               tr("csv (standard CSV: UTF-8, comma), csv-excel (Excel in Finnish: UTF-8 with "
                  "BOM, semicolon, formulas neutralised) or xlsx. Default: xlsx for an .xlsx "
                  "file, csv otherwise."),
               QStringLiteral("FORMAT"));
        option(QStringLiteral("preset"),
               tr("A printable list, PDF by default, or CSV/XLSX of the same entries: "
                  "health-station (the activities a health station can refer a client to), "
                  "roster (the members of sector networks, --sector for some), "
                  "partnership-table (the representatives on a day) or liaison-persons "
                  "(per municipality). The last three need --include-personal-data."),
               QStringLiteral("PRESET"));
        option(QStringLiteral("municipality"),
               tr("Only rows for this municipality (name or "
                  "code); repeat for several."),
               QStringLiteral("M"));
        option(QStringLiteral("sector"), tr("Only organisations of this sector; repeatable."),
               QStringLiteral("S"));
        option(QStringLiteral("theme"), tr("Only activities with this theme; repeatable."),
               QStringLiteral("T"));
        option(QStringLiteral("target-group"),
               tr("Only activities for this target group; repeatable."), QStringLiteral("G"));
        option(QStringLiteral("columns"),
               tr("The columns, as keys separated by commas (default: all)."),
               QStringLiteral("a,b,..."));
        option(QStringLiteral("headers"),
               tr("labels (column names in the user's language, default) or keys (canonical "
                  "English keys)."),
               QStringLiteral("keys|labels"));
        option(QStringLiteral("include-personal-data"),
               tr("Include persons' names, emails and phones."));
        addPresetOptions(line);
        line.addJsonOption();
    }

    static bool readFormat(CommandLine &line, Console &console, ExportRequest *request, int *code)
    {
        if (line.value(QStringLiteral("format")) == QLatin1String("pdf")) {
            *code = line.usageError(console, tr("PDF is written for a printable list: add "
                                                "--preset health-station, roster, "
                                                "partnership-table or liaison-persons."));
            return false;
        }
        QString format = line.value(QStringLiteral("format"));
        if (format.isEmpty())
            format = line.positional(1).endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                         ? QStringLiteral("xlsx")
                         : QStringLiteral("csv");
        if (!Exporter::formatFromKey(format, &request->format)) {
            *code = line.usageError(
                console, tr("Unknown format \"%1\": use csv, csv-excel or xlsx.").arg(format));
            return false;
        }
        return true;
    }

    static bool readShape(CommandLine &line, Console &console, ExportRequest *request, int *code)
    {
        if (!line.entityValue(&request->what, console, code))
            return false;
        const QString headers = line.value(QStringLiteral("headers"));
        if (!headers.isEmpty() && headers != QLatin1String("keys") &&
            headers != QLatin1String("labels")) {
            *code = line.usageError(console, tr("--headers is keys or labels."));
            return false;
        }
        request->headers =
            headers == QLatin1String("keys") ? HeaderStyle::Keys : HeaderStyle::Labels;
        request->includePersonalData = line.isSet(QStringLiteral("include-personal-data"));
        for (const QString &key :
             line.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!fields::FieldCatalogue::find(request->what, key.trimmed().toLower())) {
                *code = line.usageError(
                    console,
                    tr("Unknown column \"%1\" for %2. Columns: %3.")
                        .arg(key.trimmed(), fields::FieldCatalogue::entityKey(request->what),
                             fields::FieldCatalogue::keys(request->what).join(u", ")));
                return false;
            }
            request->columns.append(key.trimmed().toLower());
        }
        return true;
    }

    // Names (any language, any case) or codes for each reference list option.
    static bool resolveList(CommandLine &line, Console &console, const QSqlDatabase &db,
                            const QString &option, const QString &table, QList<int> *ids, int *code)
    {
        const QStringList values = line.values(option);
        if (values.isEmpty())
            return true;
        ReferenceList list;
        QString error;
        if (!list.load(db, table, &error)) {
            console.error(error);
            *code = ExitBadInput;
            return false;
        }
        for (const QString &value : values) {
            const int id = list.resolve(value);
            if (id == 0) {
                *code = line.usageError(console,
                                        tr("No such value for --%1: \"%2\".").arg(option, value));
                return false;
            }
            ids->append(id);
        }
        return true;
    }

    static bool readFilters(CommandLine &line, const QSqlDatabase &db, Console &console,
                            ExportRequest *request, int *code)
    {
        QStringList codes;
        MunicipalityDirectory municipalities;
        municipalities.load(db);
        for (const QString &value : line.values(QStringLiteral("municipality"))) {
            const QString municipality = municipalities.resolve(value);
            if (municipality.isEmpty()) {
                *code = line.usageError(console, tr("No such municipality: \"%1\".").arg(value));
                return false;
            }
            codes.append(municipality);
        }
        QList<int> sectors;
        if (!resolveList(line, console, db, QStringLiteral("sector"), QStringLiteral("sectors"),
                         &sectors, code) ||
            !resolveList(line, console, db, QStringLiteral("theme"), QStringLiteral("themes"),
                         &request->filter.themes, code) ||
            !resolveList(line, console, db, QStringLiteral("target-group"),
                         QStringLiteral("target_groups"), &request->filter.targetGroups, code))
            return false;
        // The same filter as the window's list, so the command exports what it shows.
        request->filter.municipalities = codes;
        request->filter.sectors = sectors;
        return true;
    }

    static void report(const CommandLine &line, Console &console, const ExportRequest &request,
                       const ExportResult &result, const QString &out)
    {
        const QString path = QFileInfo(out).absoluteFilePath();
        if (line.json()) {
            console.writeJson(
                QJsonObject{{QStringLiteral("rows"), result.rows},
                            {QStringLiteral("columns"), QJsonArray::fromStringList(result.columns)},
                            {QStringLiteral("format"), Exporter::formatKey(request.format)},
                            {QStringLiteral("path"), path},
                            {QStringLiteral("personal_data"), result.containsPersonalData}});
            return;
        }
        console.out() << tr("Exported %n row(s) to %1.", nullptr, int(result.rows)).arg(path)
                      << '\n';
    }
};

} // namespace

Command exportCommand()
{
    return {QStringLiteral("export"),
            QT_TRANSLATE_NOOP("kartoitus::cli::Commands",
                              "Export organisations, activities or persons to CSV or XLSX."),
            &ExportCommand::run};
}

} // namespace kartoitus::cli
