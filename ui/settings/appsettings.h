#pragma once

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

// Where the default and the demo register live: the user's data folder.
QString defaultRegisterPath();
QString demoRegisterPath();

// Column keys of the organisation list, in the order shown; empty means the defaults.
QStringList organisationColumns();
void setOrganisationColumns(const QStringList &keys);

} // namespace AppSettings
} // namespace kartoitus
