#include "repositories/listquery.h"

#include "common/finnishtext.h"
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

int ListQuery::count(const QSqlDatabase &db, QString *error) const
{
    return int(
        countRows(db, QStringLiteral("SELECT count(*)") + m_from + whereClause(), m_binds, error));
}

QString ListQuery::selectSql(const QStringList &expressions, int limit, int offset) const
{
    QString sql = QStringLiteral("SELECT ") + m_id;
    for (const QString &expression : expressions)
        sql += QStringLiteral(", ") + expression;
    sql += m_from + whereClause() + QStringLiteral(" ORDER BY ") + m_order;
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

QString sortKeyContains(const QString &column)
{
    return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
}

QString sortKeyPattern(const QString &word)
{
    QString key = FinnishText::sortKey(word);
    key.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    key.replace(QLatin1Char('%'), QLatin1String("\\%"));
    key.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + key + QLatin1Char('%');
}

QStringList searchWords(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

} // namespace kartoitus
