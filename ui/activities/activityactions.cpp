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

ActivityEditor *ActivityActions::openEditor(qint64 id, qint64 organisationId, QWidget *parent)
{
    if (!openRegister())
        return nullptr;
    auto *editor =
        new ActivityEditor(openRegister(), id, organisationId, parent ? parent : window());
    showEditor(editor, list());
    return editor;
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
