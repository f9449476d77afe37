#pragma once

#include "activities/activityeditor.h"
#include "activities/activitylistwidget.h"
#include "activities/activityrecord.h"
#include "common/recordactions.h"
#include "repositories/activityrepository.h"

namespace kartoitus {

using ActivityActionsBase = OrganisationRecordActions<ActivityRepository, ActivityRecord,
                                                      ActivityListWidget, ActivityEditor>;

// What can be done to the activities of the Activities view (RecordActions): open one in
// the editor (Enter, F2, a double click, Enter in the search box on a hit), add one,
// delete the selected ones (after a question that names them) and mark them verified
// today. The window puts the actions in its Activity menu; they are in the list's context
// menu as well.
class ActivityActions : public ActivityActionsBase
{
    Q_OBJECT

public:
    ActivityActions(ActivityListWidget *list, QWidget *window);

protected:
    QString deleteHeadline(int count, const QString &name) const override;
    QString deleteConsequences(const QList<qint64> &ids) const override;
};

} // namespace kartoitus
