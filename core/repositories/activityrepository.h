#pragma once

#include "repositories/activity.h"
#include "repositories/recordfilter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace kartoitus {

// Reads and writes activities with their themes, target groups and municipalities.
// Writes validate first (the message names the field), fill uuid, timestamps and the
// Finnish sort key, are atomic, and return false with *error, never throw.
class ActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::ActivityRepository)

public:
    explicit ActivityRepository(const QSqlDatabase &db);

    bool validate(Activity *activity, QString *error) const;
    bool create(Activity *activity, QString *error);
    bool update(Activity *activity, QString *error);
    bool remove(qint64 id, QString *error);

    std::optional<Activity> get(qint64 id, QString *error = nullptr) const;
    std::optional<Activity> getByUuid(const QString &uuid, QString *error = nullptr) const;
    // The activities `filter` selects (RecordFilter::activityConditions: its search and
    // statuses are not read), in Finnish alphabetical order of the activity's name; a page
    // of `limit` rows from `offset` when limit > 0.
    QList<Activity> list(const RecordFilter &filter = {}, int limit = 0, int offset = 0,
                         QString *error = nullptr) const;
    qint64 count(const RecordFilter &filter = {}, QString *error = nullptr) const;

    // The activity table's columns, "id" first, in the order fromRow() reads them, each
    // prefixed with `alias` ("a." in a join); a query's own columns follow at
    // selectedColumnCount().
    static QString selectedColumns(const QString &alias = QString());
    static int selectedColumnCount();
    // The activity in the current row of a query that selected selectedColumns() first;
    // its themes, target groups and municipalities are not in the row.
    static Activity fromRow(const QSqlQuery &row);
    // The column of the activity's own row that holds the catalogue field `key` ("place":
    // "place_type"; "contact_person": "contact_person_id"), empty when none does.
    static QString columnOf(const QString &key);
    // The value of `key` as comparable text ("1"/"0", ids as numbers) when the activity's own
    // row holds it; a null string otherwise.
    static QString valueText(const Activity &activity, const QString &key);
    // The columns a write gives (all but id) and an activity's values in that order: create(),
    // update() and the demo register's bulk insert (BulkInserts) write through them.
    static QStringList writtenColumns();
    static QVariantList writtenValues(const Activity &activity);

private:
    std::optional<Activity> getWhere(const QString &where, const QVariant &key,
                                     QString *error) const;
    bool writeFacets(const Activity &activity, QString *error);
    bool readFacets(Activity *activity, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace kartoitus
