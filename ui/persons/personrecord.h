#pragma once

#include "common/recordtexts.h"
#include "repositories/person.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kartoitus {

// A person seen through the field catalogue's keys: what an edit changed, and
// the texts of the undo steps that write persons ("Edit: Maija Meikäläinen,
// email"). No widgets, no SQL.
class PersonRecord : public RecordTextsOf<PersonRecord, Person>
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::PersonRecord)

public:
    static QStringList keys();
    static QString value(const Person &person, const QString &key);
    static RecordStepTexts stepTexts(int count);
    // Forgetting one erases it everywhere: "Forget: Maija Meikäläinen".
    static QString forgetText(const QString &name);
};

} // namespace kartoitus
