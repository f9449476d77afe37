#pragma once

#include "cli/command.h"

#include <QJsonObject>

namespace kartoitus::reports {
struct Report;
}

namespace kartoitus::cli {

// `export --preset NAME`: the printable lists (core/reports) as PDF, CSV or XLSX.
// The options only a preset reads; the export command lists them in its --help.
void addPresetOptions(CommandLine &line);
// Runs the preset the command line names; the process exit code.
int runPresetExport(const CommandLine &line, Console &console);

// What every preset reads and writes alike. Each returns false with *code (a usage error
// told on the console) or an error told on the console.
// --format, else the output's suffix (.xlsx, .csv), else pdf.
bool readReportFormat(const CommandLine &line, Console &console, QString *format, int *code);
// --language (fi, sv or en), else the locale's.
bool readReportLanguage(const CommandLine &line, Console &console, QString *language, int *code);
// Writes `report` to the output file (the second positional) in `format` (with --headers),
// and puts entries, groups, format, absolute path and, for a PDF, pages into *json.
bool writeReport(const CommandLine &line, Console &console, const reports::Report &report,
                 const QString &format, QJsonObject *json);

} // namespace kartoitus::cli
