#pragma once

#include <QString>

class QApplication;

namespace kartoitus {

// Prints "kartoitus <version>" when the command line asks for --version. Runs before
// QApplication exists, so it works without a display.
bool printVersionIfAsked(int argc, char *argv[]);

// Names the application (for QSettings and the data folder), sets its version and icon,
// and installs the translations for the system locale: ours from :/i18n and Qt's own.
void setUpApplication(QApplication &app);

// The register file named on the command line (`kartoitus [FILE]`), or empty.
QString registerFromCommandLine(const QApplication &app);

} // namespace kartoitus
