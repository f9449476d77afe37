#pragma once

#include "repositories/activity.h"

#include <QSqlQuery>
#include <QString>

// How an activity's own columns are selected and read, shared by ActivityRepository and
// ActivityListing so that the two read the same row the same way.
namespace kartoitus::repository {

// The activity table's columns in the order activityFromRow() reads them, each prefixed
// with `alias` ("a." in a join; empty for the table alone).
QString activityColumns(const QString &alias = QString());

// How many columns activityColumns() names: a query's own columns follow at this index.
constexpr int ActivityColumnCount = 20;

// The activity in the current row of a query that selected activityColumns() first. Its
// themes, target groups and municipalities are not in the row.
Activity activityFromRow(const QSqlQuery &row);

} // namespace kartoitus::repository
