#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace kartoitus::importing {

// A prepared SQLite statement on the native handle: the import's bulk path binds and
// steps it once per row without Qt's per-call overhead (design §8's import budget).
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(sqlite3 *db, const QString &sql, QString *error);
    bool isPrepared() const { return m_stmt != nullptr; }

    // Ready for the next row: bindings cleared.
    void reset();
    // Blank text binds NULL: the register stores "no value" as NULL, never ''.
    void bindText(int index, const QString &value);
    void bindInt(int index, qint64 value);
    void bindNull(int index);

    // Runs the statement: true for a row (SQLITE_ROW) or completion, false on an error.
    bool step(bool *hasRow = nullptr);
    // Steps a statement that writes; false (and *error) on failure. Resets it afterwards.
    bool exec(QString *error);

    qint64 columnInt(int column) const;
    QString columnText(int column) const;
    bool columnIsNull(int column) const;
    QString errorMessage() const;
    // Of the connection's last completed write.
    qint64 lastInsertId() const;
    int changes() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace kartoitus::importing
