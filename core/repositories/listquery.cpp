#include "repositories/listquery.h"

#include "repositories/repositoryutil.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <utility>

namespace kartoitus {

using namespace repository;

ListQuery::ListQuery(QString idExpression, QString from, QStringList conditions, QVariantList binds,
                     QString order)
    : m_id(std::move(idExpression))
    , m_from(std::move(from))
    , m_conditions(std::move(conditions))
    , m_binds(std::move(binds))
    , m_order(std::move(order))
{}

QString ListQuery::whereClause() const
{
    return m_conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + m_conditions.join(QLatin1String(" AND "));
}

void ListQuery::setCountSql(QString sql, QVariantList binds)
{
    m_countSql = std::move(sql);
    m_countBinds = std::move(binds);
}

void ListQuery::setWalkFrom(QString from)
{
    m_walkFrom = std::move(from);
}

void ListQuery::setRowEstimate(int filtered, int total)
{
    // Walking the index costs about PageSize * total / filtered entries per page, reading
    // and sorting every match `filtered` row reads that are some ten times dearer: the two
    // are equal near sqrt(25 * total) matches (as for the organisation list).
    m_walk = !m_walkFrom.isEmpty() && filtered > 0 &&
             qint64(filtered) * filtered * 10 >= qint64(256) * total;
}

int ListQuery::count(const QSqlDatabase &db, QString *error) const
{
    if (!m_countSql.isEmpty())
        return int(countRows(db, m_countSql, m_countBinds, error));
    return int(
        countRows(db, QStringLiteral("SELECT count(*)") + m_from + whereClause(), m_binds, error));
}

QString ListQuery::selectSql(const QStringList &expressions, int limit, int offset) const
{
    QString sql = QStringLiteral("SELECT ") + m_id;
    for (const QString &expression : expressions)
        sql += QStringLiteral(", ") + expression;
    sql += (m_walk ? m_walkFrom : m_from) + whereClause() + QStringLiteral(" ORDER BY ") + m_order;
    return withPage(sql, limit, offset);
}

bool ListQuery::fetch(const QSqlDatabase &db, const QStringList &expressions, int limit, int offset,
                      QList<ListRow> *rows, QString *error) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, selectSql(expressions, limit, offset), m_binds, error))
        return false;
    const int columns = int(expressions.size());
    while (query.next()) {
        ListRow row;
        row.id = query.value(0).toLongLong();
        row.values.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.values.append(query.value(i + 1));
        rows->append(std::move(row));
    }
    query.finish();
    return true;
}

QList<qint64> ListQuery::ids(const QSqlDatabase &db, QString *error) const
{
    QList<qint64> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, selectSql({}, 0, 0), m_binds, error))
        return result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

QStringList searchWords(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

} // namespace kartoitus
