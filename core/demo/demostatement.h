#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace kartoitus::demo {

// A prepared statement on the connection's native handle, reused for every row. The demo
// writes millions of rows for a national-scale register; binding directly skips the
// per-row cost of QSqlQuery, which dominated the run.
class DemoStatement
{
public:
    DemoStatement() = default;
    ~DemoStatement();
    DemoStatement(const DemoStatement &) = delete;
    DemoStatement &operator=(const DemoStatement &) = delete;

    bool prepare(const QSqlDatabase &db, const QString &sql, QString *error);
    // Binds values in order (an invalid QVariant binds NULL) and runs the statement once.
    bool exec(const QVariantList &values, QString *error);
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace kartoitus::demo
