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

NamedListBuilder::NamedListBuilder(QString alias, QString from, QString walkFrom)
    : m_alias(std::move(alias))
    , m_from(std::move(from))
    , m_walkFrom(std::move(walkFrom))
{}

void NamedListBuilder::addMatch(const QString &match, const QVariantList &binds)
{
    m_conditions.append(QStringLiteral("%1.id IN (%2)").arg(m_alias, match));
    m_matches.append(QStringLiteral("SELECT id FROM (%1)").arg(match));
    m_binds << binds;
    m_matchBinds << binds;
}

void NamedListBuilder::addCondition(const QString &condition, const QVariantList &binds)
{
    m_conditions.append(condition);
    m_binds << binds;
    m_indexed = false;
}

ListQuery NamedListBuilder::query(const QString &own, const QString &order) const
{
    QStringList conditions = m_conditions;
    if (!own.isEmpty())
        conditions.append(own);
    const QString direction =
        order.endsWith(QLatin1String(" DESC")) ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Ordered by name, the name's own index holds the id too: (name_sort, id) is its order.
    const QString byName = QStringLiteral("%1.name_sort%2, %1.id%2").arg(m_alias, direction);
    const bool walks = order.startsWith(m_alias + QLatin1String(".name_sort "));
    ListQuery query(m_alias + QLatin1String(".id"), m_from, conditions, m_binds,
                    walks ? byName : order + QStringLiteral(", ") + byName);
    if (m_matches.isEmpty())
        return query;
    if (own.isEmpty() && m_indexed) {
        query.setCountSql(QStringLiteral("SELECT count(*) FROM (%1)")
                              .arg(m_matches.join(QLatin1String(" INTERSECT "))),
                          m_matchBinds);
    }
    if (walks)
        query.setWalkFrom(m_walkFrom);
    return query;
}

QStringList searchWords(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

} // namespace kartoitus
