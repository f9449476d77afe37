#include "repositories/repositoryutil.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace kartoitus::repository {

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql))
        return fail(error, query.lastError().text());
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query.exec() || fail(error, query.lastError().text());
}

QVariantList column(const QSqlDatabase &db, const QString &sql, const QVariant &key, QString *error)
{
    QVariantList values;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, sql, {key}, error))
        return values;
    while (query.next())
        values.append(query.value(0));
    return values;
}

bool rowExists(const QSqlDatabase &db, const QString &table, const QString &column,
               const QVariant &value)
{
    QSqlQuery query(db);
    return run(query, QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? LIMIT 1").arg(table, column),
               {value}, nullptr) &&
           query.next();
}

QVariantList links(const QSqlDatabase &db, const QString &table, const QString &ownerColumn,
                   qint64 ownerId, const QString &valueColumn, QString *error)
{
    return column(db,
                  QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY 1")
                      .arg(valueColumn, table, ownerColumn),
                  ownerId, error);
}

bool removeRow(const QSqlDatabase &db, const QString &table, qint64 id, const QString &notFound,
               QString *error)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}, error))
        return false;
    return query.numRowsAffected() == 1 || fail(error, notFound);
}

namespace {

// insertRecord() when newId is given, updateRecord() otherwise.
bool writeRecord(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                 qint64 *newId, const QString &notFound, QString *error, const WriteLinks &links)
{
    // A single row needs no savepoint of its own.
    std::optional<Savepoint> savepoint;
    if (links)
        savepoint.emplace(db);
    QSqlQuery query(db);
    if (!run(query, sql, values, error))
        return false;
    if (newId)
        *newId = query.lastInsertId().toLongLong();
    else if (query.numRowsAffected() != 1)
        return fail(error, notFound);
    if (!links || (links(error) && savepoint->release(error)))
        return true;
    if (newId)
        *newId = 0;
    return false;
}

} // namespace

bool insertRecord(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                  qint64 *id, QString *error, const WriteLinks &links)
{
    return writeRecord(db, sql, values, id, QString(), error, links);
}

bool updateRecord(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                  const QString &notFound, QString *error, const WriteLinks &links)
{
    return writeRecord(db, sql, values, nullptr, notFound, error, links);
}

bool replaceLinks(const QSqlDatabase &db, const QString &table, const QString &ownerColumn,
                  qint64 ownerId, const QString &valueColumn, const QVariantList &values,
                  QString *error)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn),
             {ownerId}, error))
        return false;
    if (!query.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2, %3) VALUES (?, ?)")
                           .arg(table, ownerColumn, valueColumn)))
        return fail(error, query.lastError().text());
    for (const QVariant &value : values) {
        query.bindValue(0, ownerId);
        query.bindValue(1, value);
        if (!query.exec())
            return fail(error, query.lastError().text());
    }
    return true;
}

Savepoint::Savepoint(const QSqlDatabase &db)
    : m_db(db)
{
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("repository_%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("SAVEPOINT ") + m_name);
}

Savepoint::~Savepoint()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK TO ") + m_name);
    query.exec(QStringLiteral("RELEASE ") + m_name);
}

bool Savepoint::release(QString *error)
{
    if (!m_active)
        return fail(error, QStringLiteral("no savepoint"));
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("RELEASE ") + m_name))
        return fail(error, query.lastError().text());
    m_active = false;
    return true;
}

QString insertSql(const QString &table, const QStringList &columns)
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QLatin1String(", ")),
             QStringLiteral("?, ").repeated(columns.size() - 1) + QLatin1Char('?'));
}

QString updateSql(const QString &table, const QStringList &columns)
{
    return QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
        .arg(table, columns.join(QLatin1String(" = ?, ")));
}

QString where(const QString &conditions)
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions;
}

QString withPage(const QString &sql, int limit, int offset)
{
    if (limit <= 0)
        return sql;
    return sql + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
}

qint64 countRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                 QString *error)
{
    QSqlQuery query(db);
    if (!run(query, sql, values, error) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace kartoitus::repository
