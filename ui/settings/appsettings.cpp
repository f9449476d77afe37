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
const QString languageKey = QStringLiteral("ui/language");

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString documentsFolder()
{
    if (QStandardPaths::isTestModeEnabled())
        return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
            .filePath(QStringLiteral("Documents"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A system without a Documents folder: the home folder.
    return documents.isEmpty() ? QDir::homePath() : documents;
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
    return QDir(documentsFolder()).filePath(QStringLiteral("Kartoitus/rekisteri.kartoitus"));
}

QString legacyDefaultRegisterPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("kartoitus.kartoitus"));
}

QString demoRegisterPath()
{
    return QDir(documentsFolder())
        .filePath(QStringLiteral("Kartoitus/esimerkkirekisteri.kartoitus"));
}

QString legacyDemoRegisterPath()
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

namespace kartoitus::AppSettings {

QString language()
{
    const QString code = QSettings().value(languageKey).toString();
    return code == QLatin1String("fi") || code == QLatin1String("sv") || code == QLatin1String("en")
               ? code
               : QString();
}

void setLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(languageKey);
    else
        QSettings().setValue(languageKey, code);
}

QLocale chosenLocale()
{
    const QString code = language();
    if (code == QLatin1String("fi"))
        return QLocale(QLocale::Finnish, QLocale::Finland);
    if (code == QLatin1String("sv"))
        return QLocale(QLocale::Swedish, QLocale::Finland);
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::Finland);
    return QLocale::system();
}

void forgetWindowLayout()
{
    QSettings settings;
    settings.remove(QStringLiteral("mainWindow"));
}

} // namespace kartoitus::AppSettings
