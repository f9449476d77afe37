#pragma once

#include "repositories/activity.h"
#include "repositories/recordcolumns.h"
#include "repositories/recordfilter.h"
#include "repositories/recordstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace kartoitus {

// Reads and writes activities with their themes, target groups and municipalities
// (RecordStore: create, update, remove, get, list, count). A list's filter is read as
// RecordFilter::activityConditions (its search and statuses are not read).
class ActivityRepository : public repository::RecordTable<Activity, ActivityRepository>,
                           public repository::RecordStore<Activity, ActivityRepository>
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::ActivityRepository)

public:
    explicit ActivityRepository(const QSqlDatabase &db)
        : RecordStore(db)
    {}

    bool validate(Activity *activity, QString *error) const;

    // Its table of columns (RecordTable: selectedColumns(), fromRow(), columnOf(), ...).
    static const repository::RecordColumns<Activity> &recordColumns();

private:
    friend class repository::RecordStore<Activity, ActivityRepository>;
    static constexpr const char *table = "activities";
    static constexpr const char *alias = "a";
    static constexpr repository::RecordWords words = {
        QT_TRANSLATE_NOOP("kartoitus::ActivityRepository", "The activity has not been saved yet."),
        QT_TRANSLATE_NOOP("kartoitus::ActivityRepository", "No such activity."),
        QT_TRANSLATE_NOOP("kartoitus::ActivityRepository", "No activity has the id %1.")};
    static constexpr auto conditions = &RecordFilter::activityConditions;
    static constexpr bool hasLinks = true;
    bool writeLinks(const Activity &activity, QString *error);
    bool readLinks(Activity *activity, QString *error) const;
};

} // namespace kartoitus
