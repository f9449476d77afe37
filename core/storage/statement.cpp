#include "storage/statement.h"

#include "storage/sqlitehandle.h"

#include <sqlite3.h>

namespace kartoitus::storage {

Statement::~Statement()
{
    finalize();
}

void Statement::finalize()
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

bool Statement::prepare(sqlite3 *db, const QString &sql, QString *error)
{
    finalize();
    m_db = db;
    const QByteArray utf8 = sql.toUtf8();
    if (!db || sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                  &m_stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error =
                db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no SQLite connection");
        return false;
    }
    return true;
}

bool Statement::prepare(const QSqlDatabase &db, const QString &sql, QString *error)
{
    return prepare(nativeHandle(db), sql, error);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

void Statement::bindText(int index, const QString &value)
{
    if (value.isEmpty()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    sqlite3_bind_text16(m_stmt, index, value.utf16(), int(value.size() * sizeof(char16_t)),
                        SQLITE_TRANSIENT);
}

void Statement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void Statement::bindValue(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        sqlite3_bind_null(m_stmt, index);
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        break;
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * sizeof(char16_t)),
                            SQLITE_TRANSIENT);
    }
    }
}

bool Statement::step(bool *hasRow)
{
    const int rc = sqlite3_step(m_stmt);
    if (hasRow)
        *hasRow = rc == SQLITE_ROW;
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

bool Statement::exec(QString *error)
{
    const bool ok = step();
    if (!ok && error)
        *error = errorMessage();
    reset();
    return ok;
}

bool Statement::exec(const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i)
        bindValue(i + 1, values.at(i));
    return exec(error);
}

qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    return columnView(column).toString();
}

QStringView Statement::columnView(int column) const
{
    const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!text)
        return {};
    return QStringView(text, sqlite3_column_bytes16(m_stmt, column) / 2);
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Statement::changes() const
{
    return sqlite3_changes(m_db);
}

QString Statement::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

} // namespace kartoitus::storage
