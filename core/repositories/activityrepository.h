#pragma once

#include "repositories/activity.h"
#include "repositories/recordcolumns.h"
#include "repositories/recordfilter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace kartoitus {

// Reads and writes activities with their themes, target groups and municipalities.
// Writes validate first (the message names the field), fill uuid, timestamps and the
// Finnish sort key, are atomic, and return false with *error, never throw.
class ActivityRepository : public repository::RecordTable<Activity, ActivityRepository>
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

    // Its table of columns (RecordTable: selectedColumns(), fromRow(), columnOf(), ...).
    static const repository::RecordColumns<Activity> &recordColumns();

private:
    std::optional<Activity> getWhere(const QString &where, const QVariant &key,
                                     QString *error) const;
    bool writeFacets(const Activity &activity, QString *error);
    bool readFacets(Activity *activity, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace kartoitus
