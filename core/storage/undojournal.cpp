#include "storage/undojournal.h"

#include "storage/register.h"
#include "storage/sqlitehandle.h"

#include <QSqlError>
#include <QSqlQuery>

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

// `'col=' || quote(OLD.col)` pieces joined with `sep`.
QString quotedAssignments(const QStringList &columns, const QString &row, const QString &sep)
{
    QStringList parts;
    for (const QString &c : columns)
        parts.append(QStringLiteral("'%1=' || quote(%2.%1)").arg(c, row));
    return parts.join(QStringLiteral(" || '%1' || ").arg(sep));
}

constexpr int ReplayBatch = 512;      // statements read from the store at a time
constexpr int ProgressInterval = 256; // statements between progress reports

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
    return storage::execScript(
        db,
        QStringLiteral("ATTACH DATABASE '%1' AS undostore;"
                       "PRAGMA undostore.journal_mode = TRUNCATE;"
                       "PRAGMA undostore.synchronous = OFF;"
                       "CREATE TABLE IF NOT EXISTS undostore.undo_log (seq INTEGER PRIMARY KEY "
                       "AUTOINCREMENT, tbl TEXT NOT NULL, statement TEXT NOT NULL);")
            .arg(quoted),
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
        !storage::execScript(m_db,
                             QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER "
                                            "PRIMARY KEY, tbl TEXT NOT NULL, statement TEXT NOT "
                                            "NULL)"),
                             error))
        return false;
    QSqlQuery query(m_db);
    // Every table of the register except the search index, which its own triggers rebuild.
    if (!query.exec(
            QStringLiteral("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND "
                           "name NOT LIKE 'sqlite_%' AND name NOT LIKE 'organisation_search%'"
                           " ORDER BY name"))) {
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
    const QString newKey =
        quotedAssignments(t.keys, QStringLiteral("NEW"), QStringLiteral(" AND "));
    const QString oldKey =
        quotedAssignments(t.keys, QStringLiteral("OLD"), QStringLiteral(" AND "));
    QStringList oldValues;
    for (const QString &c : t.columns)
        oldValues.append(QStringLiteral("quote(OLD.%1)").arg(c));
    // TEMP triggers may write into an attached database, but only by an unqualified name:
    // undo_log is the temporary table, or the store's when there is one (and then no
    // temporary one, as the store is attached before the first journal).
    const QString script =
        QStringLiteral(
            "CREATE TEMP TRIGGER IF NOT EXISTS undo_%1_insert AFTER INSERT ON main.%1 BEGIN "
            "INSERT INTO undo_log (tbl, statement) VALUES ('%1', 'DELETE FROM %1 WHERE ' || %2); "
            "END;"
            "CREATE TEMP TRIGGER IF NOT EXISTS undo_%1_update AFTER UPDATE ON main.%1 BEGIN "
            "INSERT INTO undo_log (tbl, statement) VALUES ('%1', 'UPDATE %1 SET ' || %3 || ' WHERE "
            "' "
            "|| %4); END;"
            "CREATE TEMP TRIGGER IF NOT EXISTS undo_%1_delete AFTER DELETE ON main.%1 BEGIN "
            "INSERT INTO undo_log (tbl, statement) VALUES ('%1', 'INSERT INTO %1 (%5) VALUES (' || "
            "%6 "
            "|| ')'); END;")
            .arg(table, newKey,
                 quotedAssignments(t.columns, QStringLiteral("OLD"), QStringLiteral(", ")), oldKey,
                 t.columns.join(QStringLiteral(", ")),
                 oldValues.join(QStringLiteral(" || ', ' || ")));
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
    if (m_store) {
        m_mark = lastSequence();
        return true;
    }
    m_mark = 0;
    return storage::execScript(m_db, QStringLiteral("DELETE FROM temp.undo_log"), error);
}

QStringList UndoJournal::take(QString *error)
{
    QStringList statements;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT statement FROM %1 WHERE seq > %2 ORDER BY seq")
                        .arg(logTable())
                        .arg(m_mark))) {
        if (error)
            *error = query.lastError().text();
        return statements;
    }
    while (query.next())
        statements.append(query.value(0).toString());
    query.finish();
    storage::execScript(
        m_db, QStringLiteral("DELETE FROM %1 WHERE seq > %2").arg(logTable()).arg(m_mark), nullptr);
    return statements;
}

UndoRange UndoJournal::takeRange(QString *error)
{
    UndoRange range;
    if (!m_store) {
        if (error)
            *error = QStringLiteral("no undo store attached");
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

bool UndoJournal::replay(const QStringList &inverse, QStringList *redo, QString *error)
{
    if (!begin(error))
        return false;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    // Deferred so that rows may be restored parent-after-child within the step.
    storage::execScript(m_db, QStringLiteral("PRAGMA defer_foreign_keys = ON"), nullptr);
    for (auto it = inverse.crbegin(); it != inverse.crend(); ++it) {
        if (!storage::execScript(m_db, *it, error)) {
            transaction.rollback();
            return false;
        }
    }
    const QStringList recorded = take(error);
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    if (redo)
        *redo = recorded;
    return true;
}

bool UndoJournal::replay(const UndoRange &inverse, UndoRange *redo, const ReplayControl &control,
                         QString *error, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    if (!m_store) {
        *error = QStringLiteral("no undo store attached");
        return false;
    }
    if (!install(error))
        return false;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    m_mark = lastSequence(); // inside the transaction: every later entry is this replay's
    storage::execScript(m_db, QStringLiteral("PRAGMA defer_foreign_keys = ON"), nullptr);
    const qint64 total = inverse.size();
    qint64 done = 0;
    qint64 upper = inverse.last;
    // Read a batch, then run it: memory stays flat however large the step is.
    while (upper >= inverse.first) {
        QList<QPair<qint64, QString>> batch;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT seq, statement FROM %1 WHERE seq BETWEEN %2 AND %3 "
                                       "ORDER BY seq DESC LIMIT %4")
                            .arg(logTable())
                            .arg(inverse.first)
                            .arg(upper)
                            .arg(ReplayBatch))) {
            *error = query.lastError().text();
            transaction.rollback();
            return false;
        }
        while (query.next())
            batch.append({query.value(0).toLongLong(), query.value(1).toString()});
        query.finish();
        if (batch.isEmpty())
            break;
        for (const auto &[seq, statement] : batch) {
            if (control.cancel && control.cancel->load()) {
                transaction.rollback();
                if (cancelled)
                    *cancelled = true;
                return false;
            }
            if (!storage::execScript(m_db, statement, error)) {
                transaction.rollback();
                return false;
            }
            if (control.progress && ++done % ProgressInterval == 0)
                control.progress(done, total);
        }
        upper = batch.constLast().first - 1;
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
        control.progress(total, total);
    if (redo)
        *redo = recorded;
    return true;
}

} // namespace kartoitus
