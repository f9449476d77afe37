#include "storage/undojournal.h"

#include "storage/register.h"
#include "storage/registerhooks.h"
#include "storage/sqlitehandle.h"
#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace kartoitus {

namespace {

struct TableColumns
{
    QStringList columns;
    QStringList keys;
};

TableColumns tableColumns(const QSqlDatabase &db, const QString &table)
{
    TableColumns result;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(table)))
        return result;
    while (query.next()) {
        const QString name = query.value(1).toString();
        result.columns.append(name);
        if (query.value(5).toInt() > 0)
            result.keys.append(name);
    }
    return result;
}

// "v0, v1, …" for `count` columns named with `prefix`.
QString numbered(QChar prefix, qsizetype count)
{
    QStringList names;
    for (qsizetype i = 0; i < count; ++i)
        names.append(prefix + QString::number(i));
    return names.join(QStringLiteral(", "));
}

// "NEW.a, NEW.b" for columns a, b of row `row`.
QString rowValues(const QString &row, const QStringList &columns)
{
    QStringList values;
    for (const QString &c : columns)
        values.append(row + QLatin1Char('.') + c);
    return values.join(QStringLiteral(", "));
}

// The log's columns. An entry holds the table, what undoes the change (`op`), the key of
// the row as it is after the change (k0…) and the row's values before it (v0…, in the
// table's column order). The k and v columns have no type, so SQLite keeps each value
// exactly as the register had it (integer, real, text, blob or NULL).
QString logColumns()
{
    return QStringLiteral("seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, "
                          "op TEXT NOT NULL, %1, %2")
        .arg(numbered(QLatin1Char('k'), UndoJournal::MaxKeys),
             numbered(QLatin1Char('v'), UndoJournal::MaxColumns));
}

// What an entry asks for: the reverse of the change the triggers saw.
constexpr char DeleteRow = 'd';  // the row was inserted
constexpr char RestoreRow = 'u'; // the row was updated: put the old values back
constexpr char InsertRow = 'i';  // the row was deleted: insert it again

// The statements that carry out a log's entries on the register: one per table and
// operation, prepared when first needed and bound to each entry's sequence number. Each
// reads its values from the log itself, so they never pass through Qt.
class EntryStatements
{
public:
    EntryStatements(const QSqlDatabase &db, const QString &log)
        : m_db(db)
        , m_log(log)
    {}

    storage::Statement *statementFor(const QString &table, QChar op, QString *error)
    {
        const QString key = table + op;
        auto it = m_statements.find(key);
        if (it != m_statements.end())
            return it->second.get();
        const QString sql = sqlFor(table, op.toLatin1());
        if (sql.isEmpty()) {
            *error = QStringLiteral("the undo log has an entry it cannot replay (%1, %2)")
                         .arg(table, op);
            return nullptr;
        }
        auto statement = std::make_unique<storage::Statement>();
        if (!statement->prepare(m_db, sql, error))
            return nullptr;
        return m_statements.emplace(key, std::move(statement)).first->second.get();
    }

private:
    QString sqlFor(const QString &table, char op) const
    {
        const TableColumns t = tableColumns(m_db, table);
        if (t.keys.isEmpty())
            return {};
        QStringList keyMatch;
        for (int i = 0; i < t.keys.size(); ++i)
            keyMatch.append(QStringLiteral("%1 = (SELECT k%2 FROM %3 WHERE seq = ?1)")
                                .arg(t.keys.at(i))
                                .arg(i)
                                .arg(m_log));
        const QString where = keyMatch.join(QStringLiteral(" AND "));
        const QString columns = t.columns.join(QStringLiteral(", "));
        const QString values = numbered(QLatin1Char('v'), t.columns.size());
        switch (op) {
        case DeleteRow:
            return QStringLiteral("DELETE FROM main.%1 WHERE %2").arg(table, where);
        case RestoreRow:
            return QStringLiteral("UPDATE main.%1 SET (%2) = (SELECT %3 FROM %4 WHERE seq = ?1) "
                                  "WHERE %5")
                .arg(table, columns, values, m_log, where);
        case InsertRow:
            return QStringLiteral("INSERT INTO main.%1 (%2) SELECT %3 FROM %4 WHERE seq = ?1")
                .arg(table, columns, values, m_log);
        }
        return {};
    }

    QSqlDatabase m_db;
    QString m_log;
    std::map<QString, std::unique_ptr<storage::Statement>> m_statements;
};

struct Entry
{
    qint64 seq;
    QString table;
    QChar op;
};

constexpr int ReplayBatch = 512;      // entries read from the log at a time
constexpr int ProgressInterval = 256; // entries between progress reports

} // namespace

UndoJournal::UndoJournal(const QSqlDatabase &db)
    : m_db(db)
    , m_store(hasStore(db))
{}

bool UndoJournal::attachStore(const QSqlDatabase &db, const QString &storePath, QString *error)
{
    if (hasStore(db))
        return true;
    QString quoted = storePath;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    // A scratch file: its own rollback journal keeps a cancelled write's entries out, but it
    // need not survive a crash, so it is never synced to disk.
    return storage::execScript(db,
                               QStringLiteral("ATTACH DATABASE '%1' AS undostore;"
                                              "PRAGMA undostore.journal_mode = TRUNCATE;"
                                              "PRAGMA undostore.synchronous = OFF;"
                                              "CREATE TABLE IF NOT EXISTS undostore.undo_log (%2);")
                                   .arg(quoted, logColumns()),
                               error);
}

bool UndoJournal::hasStore(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA database_list")))
        return false;
    while (query.next()) {
        if (query.value(1).toString() == QLatin1String("undostore"))
            return true;
    }
    return false;
}

QString UndoJournal::logTable() const
{
    return m_store ? QStringLiteral("undostore.undo_log") : QStringLiteral("temp.undo_log");
}

bool UndoJournal::install(QString *error)
{
    if (m_installed)
        return true;
    if (!m_store &&
        !storage::execScript(
            m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS undo_log (%1)").arg(logColumns()),
            error))
        return false;
    // Every table of the register except those that triggers of their own rebuild (the
    // search index: storage/registerhooks.h).
    QString sql = QStringLiteral("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND "
                                 "name NOT LIKE 'sqlite_%'");
    for (const QString &prefix : storage::registerHooks().derivedTables)
        sql += QStringLiteral(" AND name NOT LIKE '%1%'").arg(prefix);
    QSqlQuery query(m_db);
    if (!query.exec(sql + QStringLiteral(" ORDER BY name"))) {
        *error = query.lastError().text();
        return false;
    }
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    query.finish();
    for (const QString &table : tables) {
        if (!createTriggers(table, error))
            return false;
    }
    m_installed = true;
    return true;
}

bool UndoJournal::createTriggers(const QString &table, QString *error)
{
    const TableColumns t = tableColumns(m_db, table);
    if (t.columns.isEmpty() || t.keys.isEmpty())
        return true;
    if (t.columns.size() > MaxColumns || t.keys.size() > MaxKeys) {
        *error = QStringLiteral("the table %1 has more columns than the undo log holds").arg(table);
        return false;
    }
    const QString keys = numbered(QLatin1Char('k'), t.keys.size());
    const QString values = numbered(QLatin1Char('v'), t.columns.size());
    // TEMP triggers may write into an attached database, but only by an unqualified name:
    // undo_log is the temporary table, or the store's when there is one (and then no
    // temporary one, as the store is attached before the first journal). The key recorded
    // is the row's key after the change, so an update of the key itself is undone too.
    const QString script =
        QStringLiteral(
            "CREATE TEMP TRIGGER IF NOT EXISTS undo_%1_insert AFTER INSERT ON main.%1 BEGIN "
            "INSERT INTO undo_log (tbl, op, %2) VALUES ('%1', 'd', %3); END;"
            "CREATE TEMP TRIGGER IF NOT EXISTS undo_%1_update AFTER UPDATE ON main.%1 BEGIN "
            "INSERT INTO undo_log (tbl, op, %2, %4) VALUES ('%1', 'u', %3, %5); END;"
            "CREATE TEMP TRIGGER IF NOT EXISTS undo_%1_delete AFTER DELETE ON main.%1 BEGIN "
            "INSERT INTO undo_log (tbl, op, %4) VALUES ('%1', 'i', %5); END;")
            .arg(table, keys, rowValues(QStringLiteral("NEW"), t.keys), values,
                 rowValues(QStringLiteral("OLD"), t.columns));
    return storage::execScript(m_db, script, error);
}

qint64 UndoJournal::lastSequence() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM %1").arg(logTable())) ||
        !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool UndoJournal::begin(QString *error)
{
    if (!install(error))
        return false;
    m_mark = lastSequence();
    return true;
}

UndoRange UndoJournal::takeRange(QString *error)
{
    UndoRange range;
    if (!m_installed) {
        if (error)
            *error = QStringLiteral("the undo journal was not started");
        return range;
    }
    range.first = m_mark + 1;
    range.last = lastSequence();
    m_mark = range.last;
    return range;
}

QStringList UndoJournal::tables(const UndoRange &range, QString *error) const
{
    QStringList result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT tbl FROM %1 WHERE seq BETWEEN %2 AND %3")
                        .arg(logTable())
                        .arg(range.first)
                        .arg(range.last))) {
        if (error)
            *error = query.lastError().text();
        return result;
    }
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

bool UndoJournal::discard(const UndoRange &range, QString *error)
{
    if (range.isEmpty())
        return true;
    return storage::execScript(m_db,
                               QStringLiteral("DELETE FROM %1 WHERE seq BETWEEN %2 AND %3")
                                   .arg(logTable())
                                   .arg(range.first)
                                   .arg(range.last),
                               error);
}

bool UndoJournal::replay(const UndoRange &inverse, UndoRange *redo, const ReplayControl &control,
                         QString *error, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    if (!install(error))
        return false;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    m_mark = lastSequence(); // inside the transaction: every later entry is this replay's
    storage::execScript(m_db, QStringLiteral("PRAGMA defer_foreign_keys = ON"), nullptr);
    if (!replayEntries(inverse, control, error, cancelled)) {
        transaction.rollback();
        return false;
    }
    const UndoRange recorded{m_mark + 1, lastSequence()};
    if (!discard(inverse, error)) {
        transaction.rollback();
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    m_mark = recorded.last;
    if (control.progress)
        control.progress(inverse.size(), inverse.size());
    if (redo)
        *redo = recorded;
    return true;
}

bool UndoJournal::replayEntries(const UndoRange &inverse, const ReplayControl &control,
                                QString *error, bool *cancelled)
{
    EntryStatements statements(m_db, logTable());
    storage::Statement reader;
    if (!reader.prepare(m_db,
                        QStringLiteral("SELECT seq, tbl, op FROM %1 WHERE seq BETWEEN ?1 AND ?2 "
                                       "ORDER BY seq DESC LIMIT %2")
                            .arg(logTable())
                            .arg(ReplayBatch),
                        error))
        return false;
    const qint64 total = inverse.size();
    qint64 done = 0;
    qint64 upper = inverse.last;
    QList<Entry> batch;
    // Read a batch, then run it: the log is not read while the replay's own entries are
    // written into it, and memory stays flat however large the step is.
    while (upper >= inverse.first) {
        batch.clear();
        reader.bindInt(1, inverse.first);
        reader.bindInt(2, upper);
        bool row = false;
        bool read = true;
        while ((read = reader.step(&row)) && row)
            batch.append({reader.columnInt(0), reader.columnText(1), reader.columnView(2).at(0)});
        if (!read)
            *error = reader.errorMessage();
        reader.reset();
        if (!read)
            return false;
        if (batch.isEmpty())
            break;
        for (const Entry &entry : std::as_const(batch)) {
            if (control.cancel && control.cancel->load()) {
                if (cancelled)
                    *cancelled = true;
                return false;
            }
            storage::Statement *statement = statements.statementFor(entry.table, entry.op, error);
            if (!statement)
                return false;
            statement->bindInt(1, entry.seq);
            if (!statement->exec(error))
                return false;
            if (control.progress && ++done % ProgressInterval == 0)
                control.progress(done, total);
        }
        upper = batch.constLast().seq - 1;
    }
    return true;
}

} // namespace kartoitus
