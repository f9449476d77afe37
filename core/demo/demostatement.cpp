#include "demo/demostatement.h"

#include "storage/sqlitehandle.h"

#include <sqlite3.h>

namespace kartoitus::demo {

DemoStatement::~DemoStatement()
{
    sqlite3_finalize(m_statement);
}

bool DemoStatement::prepare(const QSqlDatabase &db, const QString &sql, QString *error)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = storage::nativeHandle(db);
    if (!m_db) {
        *error = QStringLiteral("no SQLite connection");
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) ==
        SQLITE_OK)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool DemoStatement::exec(const QVariantList &values, QString *error)
{
    sqlite3_reset(m_statement);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const int column = i + 1;
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            sqlite3_bind_null(m_statement, column);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            sqlite3_bind_int64(m_statement, column, value.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(m_statement, column, value.toDouble());
            break;
        default: {
            const QString text = value.toString();
            sqlite3_bind_text16(m_statement, column, text.utf16(), int(text.size() * 2),
                                SQLITE_TRANSIENT);
        }
        }
    }
    if (sqlite3_step(m_statement) == SQLITE_DONE)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    return false;
}

qint64 DemoStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace kartoitus::demo
