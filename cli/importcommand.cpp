#include "cli/commands.h"

#include "importing/importer.h"
#include "storage/register.h"

#include <QFileInfo>
#include <QJsonArray>

namespace kartoitus::cli {

namespace {

using importing::Importer;
using importing::ImportOptions;
using importing::ImportResult;

// Rejected rows listed on stderr (plain output) and in the JSON summary.
constexpr int RejectsShown = 20;
constexpr int RejectsInJson = 100;

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::cli::ImportCommand)

public:
    static int run(const QStringList &arguments, Console &console)
    {
        CommandLine line(QStringLiteral("import"), description());
        addOptions(line);
        int code = ExitSuccess;
        ImportOptions options;
        if (!line.parse(arguments, console, &code) || !readOptions(line, console, &options, &code))
            return code;

        Register reg;
        // A dry run is written and rolled back too: it needs a register it may write.
        if (!openRegister(reg, line.positional(0), console, line.json(), Access::Write))
            return ExitBadInput;
        // The importer puts the rejects file in place only when the import succeeds.
        options.rejectsPath = line.value(QStringLiteral("rejects"));
        const QString csvPath = line.positional(1);
        Importer importer(reg.database());
        const bool dryRun = line.isSet(QStringLiteral("dry-run"));
        ImportResult result =
            dryRun ? importer.preview(csvPath, options) : importer.run(csvPath, options);
        if (!result.ok) {
            refuse(line, console, options, result, csvPath);
            return ExitBadInput;
        }
        if (!result.rejectsPath.isEmpty())
            result.rejectsPath = QFileInfo(result.rejectsPath).absoluteFilePath();
        report(line, console, options, result, csvPath);
        return ExitSuccess;
    }

private:
    // The file refused: its name (never the full path) and the reason on stderr, or with
    // --json {"error", "line", "column"} on stdout as well.
    static void refuse(const CommandLine &line, Console &console, const ImportOptions &options,
                       const ImportResult &result, const QString &path)
    {
        // Say which file, unless the fault is the register's (its message names it).
        QString message = result.registerFault
                              ? result.error
                              : tr("%1: %2").arg(QFileInfo(path).fileName(), result.error);
        if (result.headerProblem && options.dialect.skipLines == 0)
            message += u' ' + tr("The header row was read from line %1. If the real header is "
                                 "further down, skip the lines above it with --skip-lines N.")
                                  .arg(result.headerLine);
        if (line.json()) {
            const auto number = [](qint64 n) { return n > 0 ? QJsonValue(n) : QJsonValue(); };
            console.writeJson(QJsonObject{
                {QStringLiteral("error"), message},
                {QStringLiteral("file"),
                 QFileInfo(result.registerFault ? line.positional(0) : path).fileName()},
                {QStringLiteral("line"), number(result.errorLine)},
                {QStringLiteral("column"), number(result.errorColumn)}});
        }
        console.error(message);
        console.error(tr("Nothing was written to the register."));
    }

    static QString description()
    {
        return tr("Imports organisations, activities or persons from a CSV file or a "
                  "spreadsheet (.xlsx, .ods, or an old .xls; the first sheet unless --sheet "
                  "says). Columns are "
                  "matched to fields by their header (keys, or Finnish, Swedish or English "
                  "names; a mapping saved in the window for files with these headers is "
                  "used). Rows that match a record already in the register (by id, business "
                  "ID, register number, or name and municipality) are handled as --on-match "
                  "says. The import is one transaction.\n\n"
                  "Exit codes: 0 when the import was written (or previewed), even if some "
                  "rows were rejected: the summary counts them, lists them with their line "
                  "and reason, and --rejects saves them to fix and import again. 1 for a "
                  "usage error. 2 when the register or the file itself is refused (not a "
                  "register, not readable CSV, a quote never closed, no header, no rows) or "
                  "the register cannot take the import: the message names the line, and "
                  "nothing was written (the --rejects file is left as it was).");
    }

    static void addOptions(CommandLine &line)
    {
        line.addPositional(QStringLiteral("FILE"), tr("The register file."));
        line.addPositional(QStringLiteral("SOURCE"),
                           tr("The file to import: .csv, .txt, .xlsx, .ods or .xls."));
        const auto option = [&line](const QString &name, const QString &help,
                                    const QString &valueName = QString()) {
            line.addOption(QCommandLineOption(name, help, valueName));
        };
        option(QStringLiteral("what"),
               tr("What the rows are: organisations (default), activities or persons."),
               QStringLiteral("WHAT"));
        option(QStringLiteral("encoding"),
               tr("auto (default: UTF-8 with or without BOM, UTF-16 with BOM, else "
                  "Windows-1252), utf-8, windows-1252 or utf-16."),
               QStringLiteral("ENCODING"));
        option(QStringLiteral("delimiter"), tr("auto (default), \",\", \";\", tab or \"|\"."),
               QStringLiteral("DELIMITER"));
        option(QStringLiteral("skip-lines"),
               tr("Title lines (or sheet rows) to skip before the header row. Default: a "
                  "title above the header is detected and skipped."),
               QStringLiteral("N"));
        option(QStringLiteral("sheet"),
               tr("The sheet of a workbook to import, by name or number from 1 (default: "
                  "the first)."),
               QStringLiteral("NAME|N"));
        option(QStringLiteral("on-match"),
               tr("For a row that matches a record: update (default: the file's values win), "
                  "fill (only blank fields take the file's values), skip (leave the record), "
                  "or create (no matching: every row is a new record)."),
               QStringLiteral("POLICY"));
        option(QStringLiteral("rejects"),
               tr("Write the rejected rows to this CSV file, with a last column giving the "
                  "reason; written only when some row is rejected (also with --dry-run)."),
               QStringLiteral("OUT.csv"));
        option(QStringLiteral("dry-run"),
               tr("Show what the import would do without writing to the register."));
        line.addJsonOption();
    }

    static bool readOptions(CommandLine &line, Console &console, ImportOptions *options, int *code)
    {
        if (!line.entityValue(&options->entity, console, code))
            return false;
        if (!line.dialectValue(&options->dialect, console, code) ||
            !line.intValue(QStringLiteral("skip-lines"), 0, &options->dialect.skipLines, console,
                           code))
            return false;
        const QString policy = line.value(QStringLiteral("on-match"));
        if (!policy.isEmpty() && !importing::parseMatchPolicy(policy, &options->onMatch)) {
            *code = line.usageError(
                console,
                tr("Unknown --on-match \"%1\": use update, fill, skip or create.").arg(policy));
            return false;
        }
        options->sheet = line.value(QStringLiteral("sheet"));
        options->detectTitleLines = !line.isSet(QStringLiteral("skip-lines"));
        options->keepRows = RejectsInJson;
        return true;
    }

    static void report(const CommandLine &line, Console &console, const ImportOptions &options,
                       const ImportResult &result, const QString &csvPath)
    {
        if (line.json()) {
            console.writeJson(toJson(options, result));
            return;
        }
        const QString file = QFileInfo(csvPath).fileName();
        // In the user's language: "Organisations", not the --what key.
        const QString what = fields::FieldCatalogue::entityLabel(options.entity).toLower();
        const QString delimiter = result.delimiter == QLatin1String("tab")
                                      ? result.delimiter
                                      : QStringLiteral("\"%1\"").arg(result.delimiter);
        QString dialect = result.format == QLatin1String("csv")
                              ? tr("%1, delimiter %2").arg(result.encoding, delimiter)
                              : tr("sheet “%1”").arg(result.sheet);
        if (result.titleLines > 0)
            dialect += result.titleLines == 1
                           ? tr(", 1 title line skipped")
                           : tr(", %1 title lines skipped").arg(result.titleLines);
        console.out() << (result.dryRun
                              ? tr("Dry run, nothing was written: %1 from %2 (%3) would give")
                              : tr("Imported %1 from %2 (%3):"))
                             .arg(what, file, dialect)
                      << '\n';
        console.out() << "  "
                      << tr("%1 created, %2 updated, %3 unchanged, %4 skipped, %5 rejected.")
                             .arg(result.created)
                             .arg(result.updated)
                             .arg(result.unchanged)
                             .arg(result.skipped)
                             .arg(result.rejected)
                      << '\n';
        if (!result.rejectsPath.isEmpty())
            console.out() << tr("Rejected rows written to %1.").arg(result.rejectsPath) << '\n';
        console.out().flush();
        writeRejects(console, result);
    }

    static void writeRejects(Console &console, const ImportResult &result)
    {
        const int shown = int(qMin<qint64>(RejectsShown, result.rejects.size()));
        for (int i = 0; i < shown; ++i) {
            const importing::RejectedRow &row = result.rejects.at(i);
            console.error(tr("line %1: %2").arg(row.line).arg(row.reason));
        }
        if (result.rejected > shown)
            console.error(tr("... and %1 more rejected rows.").arg(result.rejected - shown));
    }

    static QJsonObject toJson(const ImportOptions &options, const ImportResult &result)
    {
        QJsonArray rejects;
        for (const importing::RejectedRow &row : result.rejects)
            rejects.append(QJsonObject{{QStringLiteral("line"), row.line},
                                       {QStringLiteral("reason"), row.reason}});
        QJsonArray mapping;
        for (int column = 0; column < result.mapping.columnCount(); ++column) {
            const QString key = result.mapping.key(column);
            mapping.append(QJsonObject{
                {QStringLiteral("header"), result.mapping.headers().at(column)},
                {QStringLiteral("field"), key.isEmpty() ? QJsonValue() : QJsonValue(key)}});
        }
        const auto optional = [](const QString &text) {
            return text.isEmpty() ? QJsonValue() : QJsonValue(text);
        };
        return QJsonObject{
            {QStringLiteral("what"), fields::FieldCatalogue::entityKey(options.entity)},
            {QStringLiteral("dry_run"), result.dryRun},
            {QStringLiteral("on_match"), importing::matchPolicyKey(options.onMatch)},
            {QStringLiteral("created"), result.created},
            {QStringLiteral("updated"), result.updated},
            {QStringLiteral("unchanged"), result.unchanged},
            {QStringLiteral("skipped"), result.skipped},
            {QStringLiteral("rejected"), result.rejected},
            {QStringLiteral("format"), result.format},
            {QStringLiteral("encoding"), optional(result.encoding)},
            {QStringLiteral("delimiter"), optional(result.delimiter)},
            {QStringLiteral("sheet"), optional(result.sheet)},
            {QStringLiteral("skip_lines"), result.titleLines},
            {QStringLiteral("mapping"), mapping},
            {QStringLiteral("saved_mapping"), optional(result.mappingName)},
            {QStringLiteral("rejects_path"), optional(result.rejectsPath)},
            {QStringLiteral("rejected_rows"), rejects},
        };
    }
};

} // namespace

Command importCommand()
{
    return {QStringLiteral("import"),
            QT_TRANSLATE_NOOP("kartoitus::cli::Commands",
                              "Import organisations, activities or persons from CSV, XLSX "
                              "or ODS."),
            &ImportCommand::run};
}

} // namespace kartoitus::cli
