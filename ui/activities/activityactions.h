#pragma once

#include "activities/activityrecord.h"
#include "common/recordactions.h"
#include "repositories/activityrepository.h"

namespace kartoitus {

class ActivityEditor;
class ActivityListWidget;

using ActivityActionsBase =
    RepositoryActions<ActivityRepository, ActivityRecord, ActivityListWidget>;

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

    // Opens the editor on activity `id` (0: a new one of `organisationId`, 0 for
    // none), as a window-modal dialog over `parent` (the window when null). Null
    // when no register is open.
    ActivityEditor *openEditor(qint64 id, qint64 organisationId = 0, QWidget *parent = nullptr);

protected:
    void openRecord(qint64 id) override { openEditor(id); }
    QString deleteHeadline(int count, const QString &name) const override;
    QString deleteConsequences(const QList<qint64> &ids) const override;
};

} // namespace kartoitus
