#pragma once

#include "repositories/activity.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kartoitus {

// An activity seen through the field catalogue's keys: what an edit changed,
// and the texts of the undo steps that write activities ("Edit: Senioritanssi,
// schedule"). No widgets, no SQL.
class ActivityRecord
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::ActivityRecord)

public:
    // The keys the editor edits, in catalogue order.
    static QStringList keys();
    // The value of `key` as comparable text (ids and codes, lists sorted).
    static QString value(const Activity &activity, const QString &key);
    static QStringList changedKeys(const Activity &before, const Activity &after);

    // The undo steps' texts ("Edit: X, schedule" is RecordTexts::editText()).
    static QString createText(const QString &name);
    static QString deleteText(int count, const QString &name);
    static QString verifyText(int count, const QString &name);
};

} // namespace kartoitus
