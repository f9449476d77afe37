#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace kartoitus {

// The window's remembered choices, kept in QSettings (organisation "Kartoitus").
namespace AppSettings {

// The register opened last; empty on the first start.
QString lastRegister();
void setLastRegister(const QString &path);

// Registers opened recently, newest first, at most MaxRecentFiles; files that no longer
// exist are dropped when the list is read.
inline constexpr int MaxRecentFiles = 8;
QStringList recentFiles();
void addRecentFile(const QString &path);
void clearRecentFiles();

// The register a first start creates: Documents/Kartoitus/rekisteri.kartoitus, where the
// user finds it again in a file manager and a backup of Documents takes it along. (Under
// test mode, QStandardPaths::setTestModeEnabled(), the Documents folder is a folder of the
// test data folder, so that tests never write into the user's Documents.)
QString defaultRegisterPath();
// Where versions before 0.x put it: the data folder, in a doubled folder on Linux
// (~/.local/share/Kartoitus/Kartoitus/kartoitus.kartoitus). A first start that finds a
// file there and none at defaultRegisterPath() opens that one.
QString legacyDefaultRegisterPath();
// The demo register, written when missing: beside the first start's register,
// Documents/Kartoitus/esimerkkirekisteri.kartoitus, where the user finds it again.
QString demoRegisterPath();
// Where versions before 0.x put it: the doubled data folder
// (~/.local/share/Kartoitus/Kartoitus/demo.kartoitus). Open Demo Register opens a file there
// while there is none at demoRegisterPath().
QString legacyDemoRegisterPath();

// The language the user chose in Settings: "fi", "sv", "en", or empty for the system's.
QString language();
void setLanguage(const QString &code);
// The locale the program runs in: the chosen language (in Finland), else the system's.
QLocale chosenLocale();

// The window's remembered layout (geometry, the current view, the views' splitters) is
// forgotten: the next start shows the window as on a first start.
void forgetWindowLayout();

// Column keys of the organisation list, in the order shown; empty means the defaults.
QStringList organisationColumns();
void setOrganisationColumns(const QStringList &keys);

} // namespace AppSettings
} // namespace kartoitus
