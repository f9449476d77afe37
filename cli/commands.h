#pragma once

#include "cli/command.h"

#include <QList>

// Every command of kartoitus-cli. To add one: write cli/<name>command.cpp defining
// `Command <name>Command()`, declare it below, list it in allCommands() in
// commandregistry.cpp and add the file to cli/CMakeLists.txt.
namespace kartoitus::cli {

Command initCommand();
Command demoCommand();
Command searchCommand();
Command statsCommand();
Command checkCommand();
Command exportCommand();
Command importCommand();
Command surveyCommand();

// In the order `--help` lists them.
const QList<Command> &allCommands();

// The whole command line: `arguments` as QCoreApplication::arguments() gives them
// (program name first). Returns the process exit code.
int runCli(const QStringList &arguments, Console &console);

// Installs the Finnish (or Swedish) translation when the locale asks for it.
void installTranslation(QCoreApplication &app);

} // namespace kartoitus::cli
