#pragma once

#include "repositories/listquery.h"
#include "repositories/recordfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <utility>

namespace kartoitus {

// The person list's columns and its statements: the one place where the window's list of
// contact and liaison persons becomes SQL. The "kind" column holds "liaison" or "contact";
// "publish_consent" the consent's date, "yes" when consent has no date, or NULL.
class PersonQuery
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::PersonQuery)

public:
    static const QList<ListColumn> &columns();
    static QString label(const ListColumn &column);

    // The persons `filter` selects (its search: every word in the name, the organisation's
    // name or the email; the rest as RecordFilter::personConditions).
    static ListQuery filtered(const RecordFilter &filter, const QString &order);
    static ListQuery all();

    // The organisations that have persons, as (id, name) in Finnish alphabetical order (the
    // list's organisation drop-down).
    static QList<std::pair<qint64, QString>> organisationsWithPersons(const QSqlDatabase &db,
                                                                      QString *error = nullptr);
};

} // namespace kartoitus
