#include "storage/sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace kartoitus::storage {

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

bool execScript(const QSqlDatabase &db, const QString &sql, QString *error, int *code)
{
    sqlite3 *handle = nativeHandle(db);
    if (!handle) {
        if (error)
            *error = QStringLiteral("no SQLite connection");
        if (code)
            *code = SQLITE_MISUSE;
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (code)
        *code = rc == SQLITE_OK ? SQLITE_OK : sqlite3_extended_errcode(handle);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

Fault faultOf(int extendedCode)
{
    switch (extendedCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Fault::InUse;
    case SQLITE_FULL:
        return Fault::Full;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Fault::Damaged;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Fault::ReadOnly;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_NOMEM:
        return Fault::Io;
    default:
        return Fault::None;
    }
}

QString databasePath(const QSqlDatabase &db)
{
    sqlite3 *handle = nativeHandle(db);
    const char *path = handle ? sqlite3_db_filename(handle, "main") : nullptr;
    return path ? QString::fromUtf8(path) : QString();
}

int lastErrorCode(const QSqlDatabase &db)
{
    sqlite3 *handle = nativeHandle(db);
    return handle ? sqlite3_extended_errcode(handle) : SQLITE_MISUSE;
}

} // namespace kartoitus::storage
