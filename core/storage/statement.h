#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringView>
#include <QVariant>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace kartoitus::storage {

// A prepared SQLite statement on the connection's native handle, bound and stepped once
// per row without Qt's per-call overhead: the bulk paths (import, the demo register) and
// the streaming reads (export) go through it. The only wrapper of SQLite's statement API.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Q_DISABLE_COPY(Statement)

    bool prepare(sqlite3 *db, const QString &sql, QString *error);
    bool prepare(const QSqlDatabase &db, const QString &sql, QString *error);
    bool isPrepared() const { return m_stmt != nullptr; }
    // Releases the statement now (before a table it reads is dropped, for one).
    void finalize();

    // Ready for the next row: bindings cleared.
    void reset();
    // Blank text binds NULL: the register stores "no value" as NULL, never ''.
    void bindText(int index, const QString &value);
    void bindInt(int index, qint64 value);
    void bindNull(int index);
    // As the value's type says: an invalid QVariant binds NULL, whole numbers and booleans
    // bind integers, doubles reals and anything else its text (kept as it is, even empty).
    void bindValue(int index, const QVariant &value);

    // Runs the statement: true for a row (SQLITE_ROW) or completion, false on an error.
    bool step(bool *hasRow = nullptr);
    // Steps a statement that writes; false (and *error) on failure. Resets it afterwards.
    bool exec(QString *error);
    // Binds `values` in order (bindValue()) and runs the statement once.
    bool exec(const QVariantList &values, QString *error);

    qint64 columnInt(int column) const;
    QString columnText(int column) const;
    // SQLite's own UTF-16 text of a column, valid until the next step() or reset().
    QStringView columnView(int column) const;
    bool columnIsNull(int column) const;
    QString errorMessage() const;
    // Of the connection's last completed write.
    qint64 lastInsertId() const;
    int changes() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace kartoitus::storage
