#pragma once

#include "common/recordtexts.h"
#include "repositories/activity.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kartoitus {

// An activity seen through the field catalogue's keys: what an edit changed,
// and the texts of the undo steps that write activities ("Edit: Senioritanssi,
// schedule"). No widgets, no SQL.
class ActivityRecord : public RecordTextsOf<ActivityRecord, Activity>
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::ActivityRecord)

public:
    // The keys the editor edits, in catalogue order.
    static QStringList keys();
    // The value of `key` as comparable text (ids and codes, lists sorted).
    static QString value(const Activity &activity, const QString &key);
    static RecordStepTexts stepTexts(int count);
};

} // namespace kartoitus
