#pragma once

#include "repositories/person.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kartoitus {

// A person seen through the field catalogue's keys: what an edit changed, and
// the texts of the undo steps that write persons ("Edit: Maija Meikäläinen,
// email"). No widgets, no SQL.
class PersonRecord
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::PersonRecord)

public:
    static QStringList keys();
    static QString value(const Person &person, const QString &key);
    static QStringList changedKeys(const Person &before, const Person &after);

    static QString createText(const QString &name);
    static QString deleteText(int count, const QString &name);
    static QString verifyText(int count, const QString &name);
    static QString forgetText(const QString &name);
};

} // namespace kartoitus
