#include "settings/appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace kartoitus::AppSettings {

namespace {

const QString lastRegisterKey = QStringLiteral("register/last");
const QString recentFilesKey = QStringLiteral("register/recent");
const QString columnsKey = QStringLiteral("organisationList/columns");

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

QString lastRegister()
{
    return QSettings().value(lastRegisterKey).toString();
}

void setLastRegister(const QString &path)
{
    QSettings().setValue(lastRegisterKey, QFileInfo(path).absoluteFilePath());
}

QStringList recentFiles()
{
    QSettings settings;
    const QStringList stored = settings.value(recentFilesKey).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing.append(path);
    }
    existing = existing.mid(0, MaxRecentFiles);
    if (existing != stored)
        settings.setValue(recentFilesKey, existing);
    return existing;
}

void addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(recentFilesKey, files.mid(0, MaxRecentFiles));
}

void clearRecentFiles()
{
    QSettings().remove(recentFilesKey);
}

QString defaultRegisterPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("kartoitus.kartoitus"));
}

QString demoRegisterPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("demo.kartoitus"));
}

QStringList organisationColumns()
{
    return QSettings().value(columnsKey).toStringList();
}

void setOrganisationColumns(const QStringList &keys)
{
    QSettings().setValue(columnsKey, keys);
}

} // namespace kartoitus::AppSettings
