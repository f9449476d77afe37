#include "common/recordchoices.h"

#include "common/finnishtext.h"
#include "repositories/organisationquery.h"

#include <QComboBox>
#include <QCompleter>

#include <algorithm>

namespace kartoitus {

void fillOrganisationChoice(QComboBox *box, const QSqlDatabase &db, const QString &none)
{
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItem(none, qint64(0));
    QList<OrganisationRow> rows;
    OrganisationQuery(RecordFilter(), OrganisationColumn::Name)
        .fetch(db, {OrganisationColumn::Name}, -1, 0, &rows);
    for (const OrganisationRow &row : std::as_const(rows))
        box->addItem(row.values.value(0).toString(), row.id);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
}

QList<Municipality> municipalitiesHomeFirst(const QSqlDatabase &db)
{
    MunicipalityDirectory directory;
    if (!directory.load(db))
        return {};
    QList<Municipality> all = directory.all();
    std::sort(all.begin(), all.end(), [](const Municipality &a, const Municipality &b) {
        if (a.homeRegion != b.homeRegion)
            return a.homeRegion;
        return FinnishText::sortKey(a.nameFi) < FinnishText::sortKey(b.nameFi);
    });
    return all;
}

} // namespace kartoitus
