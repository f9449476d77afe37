#include "activities/activityactions.h"

#include "activities/activityeditor.h"
#include "activities/activitylistwidget.h"
#include "activities/activityrecord.h"
#include "common/openregister.h"
#include "repositories/activityrepository.h"
#include "storage/register.h"

#include <QTableView>

namespace kartoitus {

ActivityActions::ActivityActions(ActivityListWidget *list, QWidget *window)
    : ActivityActionsBase(list, window,
                          {QStringLiteral("Activity"), tr("&Activity"), tr("&New Activity…"),
                           tr("Delete Activities")})
{
    updateEnabled();
}

QString ActivityActions::deleteHeadline(int count, const QString &name) const
{
    return count == 1 ? tr("Delete the activity %1?").arg(name)
                      : tr("Delete %n activities?", nullptr, count);
}

QString ActivityActions::deleteConsequences(const QList<qint64> &) const
{
    return tr("Their themes, target groups and municipalities go with them. "
              "Edit › Undo brings everything back.");
}

} // namespace kartoitus
