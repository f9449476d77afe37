#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace kartoitus::storage {

// The native handle behind a QSQLITE connection. Used where Qt's driver has no
// equivalent: multi-statement scripts and the bulk paths of import.
sqlite3 *nativeHandle(const QSqlDatabase &db);

// Runs a script of several statements (sqlite3_exec); false and *error on failure, and
// SQLite's extended result code in *code when asked.
bool execScript(const QSqlDatabase &db, const QString &sql, QString *error, int *code = nullptr);

// What a failed SQLite call says about the register file itself rather than about the
// data written to it: a message can then name the file at fault.
enum class Fault
{
    None,     // not the file's fault (a constraint, a bad statement) or no error
    InUse,    // another connection holds a lock (SQLITE_BUSY / SQLITE_LOCKED)
    Full,     // the disk (or the file's size limit) is full
    Damaged,  // SQLITE_CORRUPT, SQLITE_NOTADB
    ReadOnly, // the file, its folder or the connection cannot be written
    Io,       // the operating system refused a read or write
};
Fault faultOf(int extendedCode);
// The file of the connection's main database (absolute), or empty.
QString databasePath(const QSqlDatabase &db);
// The extended result code of the connection's most recent failed call.
int lastErrorCode(const QSqlDatabase &db);

} // namespace kartoitus::storage
