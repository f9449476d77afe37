#pragma once

#include "cli/command.h"

namespace kartoitus::cli {

// `export --preset NAME`: the printable lists (core/reports) as PDF, CSV or XLSX.
// The options only a preset reads; the export command lists them in its --help.
void addPresetOptions(CommandLine &line);
// Runs the preset the command line names; the process exit code.
int runPresetExport(const CommandLine &line, Console &console);

} // namespace kartoitus::cli
