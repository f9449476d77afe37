// What File › Export… writes in each view of the window.
#include "mainwindow/mainwindow.h"

#include "activities/activitylistwidget.h"
#include "common/viewswitcher.h"
#include "exporting/exportdialog.h"
#include "models/organisationtablemodel.h"
#include "models/recordlistmodel.h"
#include "organisations/organisationlistwidget.h"
#include "persons/personlistwidget.h"

namespace kartoitus {

namespace {

// An activity or person list as it is shown: its filter, order and visible columns.
ExportScope recordListScope(exporting::Entity what, const RecordListPage *list)
{
    const RecordListModel *model = list->listModel();
    ExportScope scope;
    scope.what = what;
    scope.filter = model->filter();
    scope.listSortKey =
        model->sortKey().isEmpty() ? model->availableColumns().constFirst().key : model->sortKey();
    scope.sortOrder = model->sortOrder();
    scope.columnKeys = list->visibleKeys();
    for (const QString &key : std::as_const(scope.columnKeys))
        scope.columnHeaders.append(model->columnLabel(key));
    scope.shownCount = list->shownCount();
    return scope;
}

} // namespace

// The Activities and Persons views export their own lists. The Networks, Municipalities and
// Surveys views show lists that are reports with Save buttons of their own; there File ›
// Export… still writes the organisation list, and the dialog says so and where the view's
// own lists are saved.
ExportScope MainWindow::exportScope() const
{
    const QString view = m_views->currentId();
    if (view == QLatin1String("activities")) {
        ExportScope scope = recordListScope(exporting::Entity::Activities, m_activities);
        scope.note = tr("For a printable list for health stations, with contact details only "
                        "where the person has consented, use File › Health-Station List….");
        return scope;
    }
    if (view == QLatin1String("persons"))
        return recordListScope(exporting::Entity::Persons, m_persons);

    const OrganisationQuery &query = m_list->model()->query();
    ExportScope scope;
    scope.filter = query.filter();
    scope.sortColumn = query.sortColumn();
    scope.sortOrder = query.sortOrder();
    for (OrganisationColumn column : m_list->visibleColumns()) {
        scope.columnKeys.append(OrganisationColumns::key(column));
        scope.columnHeaders.append(OrganisationColumns::label(column));
    }
    scope.shownCount = m_list->shownCount();
    const QString organisations =
        tr("This exports the organisation list as it is, with its search and filters.");
    if (view == QLatin1String("networks"))
        scope.note = tr("A network's roster and the partnership table are saved with Save As "
                        "under them in the Networks view.") +
                     QLatin1Char(' ') + organisations;
    else if (view == QLatin1String("municipalities"))
        scope.note = tr("The liaison persons' list is saved with Save as CSV or XLSX in the "
                        "Municipalities view.") +
                     QLatin1Char(' ') + organisations;
    else if (view == QLatin1String("surveys"))
        scope.note = tr("A survey's results are saved with the buttons of the Surveys view.") +
                     QLatin1Char(' ') + organisations;
    return scope;
}

} // namespace kartoitus
