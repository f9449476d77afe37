#pragma once

#include "cli/command.h"

namespace kartoitus::cli {

// `export --preset roster|partnership-table|liaison-persons`: the sector networks' lists
// (reports/NetworkRosters). They carry personal data, so each needs
// --include-personal-data; without it the command refuses (exit 2) and says why.
bool isNetworkPreset(const QString &preset);
int runNetworkExport(const CommandLine &line, Console &console);

} // namespace kartoitus::cli
