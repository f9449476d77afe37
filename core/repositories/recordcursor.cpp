#include "repositories/recordcursor.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kartoitus {

using fields::Entity;

namespace {

constexpr const char *OrderTable = "temp.kartoitus_record_order";

QString marks(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return s;
}

template<typename T> QString bound(QVariantList *binds, const QList<T> &values)
{
    for (const T &value : values)
        binds->append(value);
    return marks(values.size());
}

// The ids of the organisations that one part of the filter leaves, as SQL.
template<typename T>
QString organisationsWhere(QList<T> RecordFilter::*part, const QList<T> &values,
                           QVariantList *binds)
{
    RecordFilter filter;
    filter.*part = values;
    return QStringLiteral("SELECT o.id FROM organisations o WHERE ") +
           filter.organisationConditions(binds);
}

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
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(OrderTable)));
    if (!query.prepare(QStringLiteral("CREATE TABLE %1 AS %2")
                           .arg(QLatin1String(OrderTable), list.selectSql({}))))
        return fail(query);
    for (const QVariant &value : list.bindValues())
        query.addBindValue(value);
    if (!query.exec())
        return fail(query);
    m_orderTable = true;
    return true;
}

QString RecordCursor::filterConditions(QVariantList *binds) const
{
    // Organisations: the order table holds exactly the filtered ones.
    const RecordFilter &f = m_filter;
    QStringList parts;
    switch (m_what) {
    case Entity::Organisations:
        break;
    case Entity::Activities:
        if (!f.municipalities.isEmpty())
            parts.append(QStringLiteral("a.id IN (SELECT activity_id FROM activity_municipalities "
                                        "WHERE municipality_code IN (%1))")
                             .arg(bound(binds, f.municipalities)));
        if (!f.sectors.isEmpty())
            parts.append(QStringLiteral("a.organisation_id IN (%1)")
                             .arg(organisationsWhere(&RecordFilter::sectors, f.sectors, binds)));
        if (!f.themes.isEmpty())
            parts.append(QStringLiteral("a.id IN (SELECT activity_id FROM activity_themes WHERE "
                                        "theme_id IN (%1))")
                             .arg(bound(binds, f.themes)));
        if (!f.targetGroups.isEmpty())
            parts.append(QStringLiteral("a.id IN (SELECT activity_id FROM activity_target_groups "
                                        "WHERE target_group_id IN (%1))")
                             .arg(bound(binds, f.targetGroups)));
        break;
    case Entity::Persons:
        if (!f.municipalities.isEmpty()) {
            const QString own = bound(binds, f.municipalities);
            parts.append(
                QStringLiteral("(p.municipality_code IN (%1) OR p.organisation_id IN (%2))")
                    .arg(own, organisationsWhere(&RecordFilter::municipalities, f.municipalities,
                                                 binds)));
        }
        if (!f.sectors.isEmpty())
            parts.append(QStringLiteral("p.organisation_id IN (%1)")
                             .arg(organisationsWhere(&RecordFilter::sectors, f.sectors, binds)));
        if (!f.themes.isEmpty()) {
            const QString organisations =
                organisationsWhere(&RecordFilter::themes, f.themes, binds);
            parts.append(QStringLiteral("(p.organisation_id IN (%1) OR p.id IN (SELECT "
                                        "x.contact_person_id FROM activities x JOIN "
                                        "activity_themes xt ON xt.activity_id = x.id WHERE "
                                        "xt.theme_id IN (%2)))")
                             .arg(organisations, bound(binds, f.themes)));
        }
        if (!f.targetGroups.isEmpty())
            parts.append(
                QStringLiteral("p.organisation_id IN (%1)")
                    .arg(organisationsWhere(&RecordFilter::targetGroups, f.targetGroups, binds)));
        break;
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(u" AND ");
}

QString RecordCursor::fromClause() const
{
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
    QString order;
    switch (m_what) {
    case Entity::Organisations:
        order = QStringLiteral(" ORDER BY e.rowid");
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
