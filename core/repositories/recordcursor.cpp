#include "repositories/recordcursor.h"

#include "repositories/activityquery.h"
#include "repositories/personquery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kartoitus {

using fields::Entity;

namespace {

constexpr const char *OrderTable = "temp.kartoitus_record_order";

} // namespace

RecordCursor::RecordCursor(const QSqlDatabase &db, Entity what, const RecordFilter &filter,
                           OrganisationColumn sortColumn, Qt::SortOrder sortOrder,
                           const QList<fields::Field> &fields)
    : m_db(db)
    , m_what(what)
    , m_filter(filter)
    , m_sortColumn(sortColumn)
    , m_sortOrder(sortOrder)
    , m_fields(fields)
{}

RecordCursor::~RecordCursor()
{
    m_statement.finalize();
    if (m_orderTable) {
        QSqlQuery drop(m_db);
        drop.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(OrderTable)));
    }
}

bool RecordCursor::fail(const QSqlQuery &query)
{
    m_error = query.lastError().text();
    return false;
}

// The organisation list's own statement decides which organisations and in which order;
// its ids land in a temporary table whose rowid is the list's order, so the export
// follows the window even when sorted by a column the export leaves out.
bool RecordCursor::prepareOrganisationOrder()
{
    const OrganisationQuery list(m_filter, m_sortColumn, m_sortOrder);
    return createOrderTable(list.selectSql({}), list.bindValues());
}

// The same for the activity and person lists: their own statement, sorted as the list is.
bool RecordCursor::prepareListOrder()
{
    const bool activities = m_what == Entity::Activities;
    const QList<ListColumn> &columns =
        activities ? ActivityQuery::columns() : PersonQuery::columns();
    const ListColumn *sortColumn = &columns.constFirst();
    for (const ListColumn &column : columns) {
        if (column.key == m_listSortKey)
            sortColumn = &column;
    }
    const QString order =
        (sortColumn->sortExpression.isEmpty() ? sortColumn->expression
                                              : sortColumn->sortExpression) +
        (m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    const ListQuery list = activities ? ActivityQuery::filtered(m_filter, order)
                                      : PersonQuery::filtered(m_filter, order);
    return createOrderTable(list.selectSql({}, 0, 0), list.bindValues());
}

bool RecordCursor::createOrderTable(const QString &select, const QVariantList &binds)
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(OrderTable)));
    if (!query.prepare(
            QStringLiteral("CREATE TABLE %1 AS %2").arg(QLatin1String(OrderTable), select)))
        return fail(query);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return fail(query);
    m_orderTable = true;
    return true;
}

QString RecordCursor::filterConditions(QVariantList *binds) const
{
    // Organisations: the order table holds exactly the filtered ones. The search is the
    // organisation list's: the activities and persons of an export are not searched.
    QString conditions;
    if (followsList())
        return conditions; // the order table holds exactly the list's rows
    switch (m_what) {
    case Entity::Organisations:
        break;
    case Entity::Activities:
        conditions = m_filter.activityConditions(binds);
        break;
    case Entity::Persons:
        conditions = m_filter.personConditions(binds);
        break;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions;
}

QString RecordCursor::fromClause() const
{
    if (followsList()) {
        return m_what == Entity::Activities
                   ? QStringLiteral(" FROM %1 e JOIN activities a ON a.id = e.id")
                         .arg(QLatin1String(OrderTable))
                   : QStringLiteral(" FROM %1 e JOIN persons p ON p.id = e.id")
                         .arg(QLatin1String(OrderTable));
    }
    switch (m_what) {
    case Entity::Organisations:
        return QStringLiteral(" FROM %1 e JOIN organisations o ON o.id = e.id")
            .arg(QLatin1String(OrderTable));
    case Entity::Activities:
        // Grouped by organisation, as a reader of a printed list expects.
        return QStringLiteral(" FROM activities a JOIN organisations ao ON ao.id = "
                              "a.organisation_id");
    case Entity::Persons:
        return QStringLiteral(" FROM persons p");
    }
    return {};
}

bool RecordCursor::exec()
{
    if (m_what == Entity::Organisations && !prepareOrganisationOrder())
        return false;
    if (followsList() && !prepareListOrder())
        return false;
    QVariantList binds;
    const QString from = fromClause() + filterConditions(&binds);

    QSqlQuery count(m_db);
    count.setForwardOnly(true);
    if (!count.prepare(QStringLiteral("SELECT count(*)") + from))
        return fail(count);
    for (const QVariant &value : binds)
        count.addBindValue(value);
    if (!count.exec() || !count.next())
        return fail(count);
    m_total = count.value(0).toLongLong();
    count.finish();

    QStringList expressions;
    for (const fields::Field &field : m_fields)
        expressions.append(field.expression);
    if (expressions.isEmpty())
        expressions.append(QStringLiteral("NULL"));
    // With an order table, its rowid is the list's order.
    const bool ordered = m_what == Entity::Organisations || followsList();
    QString order = QStringLiteral(" ORDER BY e.rowid");
    switch (ordered ? Entity::Organisations : m_what) {
    case Entity::Organisations:
        break;
    case Entity::Activities:
        order = QStringLiteral(" ORDER BY ao.name_sort, ao.id, a.name_sort, a.id");
        break;
    case Entity::Persons:
        order = QStringLiteral(" ORDER BY p.name_sort, p.id");
        break;
    }
    return prepareRows(QStringLiteral("SELECT ") + expressions.join(u", ") + from + order, binds);
}

bool RecordCursor::prepareRows(const QString &sql, const QVariantList &binds)
{
    if (!m_statement.prepare(m_db, sql, &m_error))
        return false;
    for (int i = 0; i < binds.size(); ++i)
        m_statement.bindValue(i + 1, binds.at(i));
    return true;
}

bool RecordCursor::next()
{
    bool hasRow = false;
    if (!m_statement.step(&hasRow))
        m_error = m_statement.errorMessage();
    return hasRow;
}

} // namespace kartoitus
