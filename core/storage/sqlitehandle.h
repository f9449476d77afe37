#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace kartoitus::storage {

// The native handle behind a QSQLITE connection. Used where Qt's driver has no
// equivalent: multi-statement scripts and the bulk paths of import.
sqlite3 *nativeHandle(const QSqlDatabase &db);

// Runs a script of several statements (sqlite3_exec); false and *error on failure.
bool execScript(const QSqlDatabase &db, const QString &sql, QString *error);

} // namespace kartoitus::storage
