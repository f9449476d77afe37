#pragma once

// What the window tests set up before their first window: settings and recent files kept
// apart from the user's, and a demo register to open.
#include "demo/demoregister.h"
#include "storage/register.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace windowtest {

// Standard paths in test mode, the application named `testName`; with `settingsDir`, the
// settings are an INI file there.
inline void isolateSettings(const QString &testName, const QString &settingsDir = {})
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KartoitusTest"));
    QCoreApplication::setApplicationName(testName);
    if (!settingsDir.isEmpty()) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    }
}

// Creates a register at `path` and writes the demo register into it; false with *error.
inline bool writeDemoFile(const QString &path, QString *error)
{
    kartoitus::Register reg;
    const auto created = reg.create(path);
    if (!created.ok()) {
        *error = created.message;
        return false;
    }
    return kartoitus::writeDemoRegister(reg.database(), kartoitus::DemoOptions{}, error);
}

} // namespace windowtest
