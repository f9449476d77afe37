#include "organisations/organisationactions.h"

#include "common/openregister.h"
#include "organisations/organisationeditor.h"
#include "organisations/organisationlistwidget.h"
#include "organisations/organisationrecord.h"
#include "repositories/activityrepository.h"
#include "repositories/networkrepository.h"
#include "repositories/organisationrepository.h"
#include "repositories/personrepository.h"
#include "storage/register.h"

#include <QAction>
#include <QKeySequence>
#include <QTableView>

namespace kartoitus {

OrganisationActions::OrganisationActions(OrganisationListWidget *list, QWidget *window)
    : OrganisationActionsBase(list, window,
                              {QStringLiteral("Organisation"), tr("&Organisation"),
                               tr("&New Organisation…"), tr("Delete Organisations")})
{
    // Ctrl+N makes a new register.
    newAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    verifyAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    updateEnabled();
}

OrganisationEditor *OrganisationActions::openEditor(qint64 id)
{
    if (!openRegister())
        return nullptr;
    auto *editor = new OrganisationEditor(openRegister(), id, window());
    emit editorOpened(editor);
    showEditor(editor);
    return editor;
}

QString OrganisationActions::deleteHeadline(int count, const QString &name) const
{
    return count == 1 ? tr("Delete %1?").arg(name) : tr("Delete %n organisations?", nullptr, count);
}

// "Its 4 activities and 2 network memberships go with it." and what stays. A large
// selection is not counted on the GUI thread: the question says what goes in words.
QString OrganisationActions::deleteConsequences(const QList<qint64> &ids) const
{
    if (ids.size() > largeSelection())
        return tr("Their activities and network memberships are deleted with them; their "
                  "contact persons stay in the register without an organisation. Edit › Undo "
                  "brings everything back.");
    const QSqlDatabase db = openRegister()->database();
    qint64 activities = 0;
    qint64 persons = 0;
    for (qint64 id : ids) {
        RecordFilter ofOrganisation;
        ofOrganisation.organisationId = id;
        activities += ActivityRepository(db).count(ofOrganisation);
        persons += PersonRepository(db).count(ofOrganisation);
    }
    qint64 memberships = 0;
    const NetworkRepository networks(db);
    for (const Network &network : networks.list()) {
        for (const NetworkMember &member : networks.members(network.id))
            memberships += ids.contains(member.organisationId) ? 1 : 0;
    }
    const bool one = ids.size() == 1;
    QStringList goes;
    if (activities > 0)
        goes.append(tr("%n activities", nullptr, int(activities)));
    if (memberships > 0)
        goes.append(tr("%n network memberships", nullptr, int(memberships)));
    QString text;
    if (goes.isEmpty())
        text = one ? tr("It has no activities or network memberships.")
                   : tr("They have no activities or network memberships.");
    else {
        const QString what =
            goes.size() == 1 ? goes.first() : tr("%1 and %2").arg(goes[0], goes[1]);
        text = one ? tr("Its %1 are deleted with it.").arg(what)
                   : tr("Their %1 are deleted with them.").arg(what);
    }
    if (persons > 0)
        text += QLatin1Char(' ') +
                (one ? tr("Its %n contact persons stay in the register without an organisation.",
                          nullptr, int(persons))
                     : tr("Their %n contact persons stay in the register without an "
                          "organisation.",
                          nullptr, int(persons)));
    return text + QLatin1Char(' ') + tr("Edit › Undo brings everything back.");
}

} // namespace kartoitus
