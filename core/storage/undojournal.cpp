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

} // namespace

UndoJournal::UndoJournal(const QSqlDatabase &db)
    : m_db(db)
{}

bool UndoJournal::install(QString *error)
{
    if (m_installed)
        return true;
    if (!storage::execScript(m_db,
                             QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS undo_log "
                                            "(seq INTEGER PRIMARY KEY, statement TEXT NOT NULL)"),
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
    const QString script =
        QStringLiteral(
            "CREATE TEMP TRIGGER IF NOT EXISTS undo_%1_insert AFTER INSERT ON main.%1 BEGIN "
            "INSERT INTO undo_log (statement) VALUES ('DELETE FROM %1 WHERE ' || %2); END;"
            "CREATE TEMP TRIGGER IF NOT EXISTS undo_%1_update AFTER UPDATE ON main.%1 BEGIN "
            "INSERT INTO undo_log (statement) VALUES ('UPDATE %1 SET ' || %3 || ' WHERE ' || %4); "
            "END;"
            "CREATE TEMP TRIGGER IF NOT EXISTS undo_%1_delete AFTER DELETE ON main.%1 BEGIN "
            "INSERT INTO undo_log (statement) VALUES ('INSERT INTO %1 (%5) VALUES (' || %6 || "
            "')'); "
            "END;")
            .arg(table, newKey,
                 quotedAssignments(t.columns, QStringLiteral("OLD"), QStringLiteral(", ")), oldKey,
                 t.columns.join(QStringLiteral(", ")),
                 oldValues.join(QStringLiteral(" || ', ' || ")));
    return storage::execScript(m_db, script, error);
}

bool UndoJournal::begin(QString *error)
{
    return install(error) &&
           storage::execScript(m_db, QStringLiteral("DELETE FROM undo_log"), error);
}

QStringList UndoJournal::take(QString *error)
{
    QStringList statements;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT statement FROM undo_log ORDER BY seq"))) {
        if (error)
            *error = query.lastError().text();
        return statements;
    }
    while (query.next())
        statements.append(query.value(0).toString());
    query.finish();
    storage::execScript(m_db, QStringLiteral("DELETE FROM undo_log"), nullptr);
    return statements;
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
            storage::execScript(m_db, QStringLiteral("DELETE FROM undo_log"), nullptr);
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

} // namespace kartoitus
