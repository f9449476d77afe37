#include "models/organisationquery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kartoitus {

namespace {

struct ColumnSpec
{
    OrganisationColumn column;
    const char *key;
    const char *label; // translated in OrganisationColumns' context
    const char *expression;
    bool numeric;
    bool visibleByDefault;
};

// group_concat over an ordered subquery keeps the joined names in a stable order.
constexpr ColumnSpec columnSpecs[] = {
    {OrganisationColumn::Name, "name", QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Name"),
     "o.name", false, true},
    {OrganisationColumn::ShortName, "short_name",
     QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Short name"), "o.short_name", false,
     false},
    {OrganisationColumn::BusinessId, "business_id",
     QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Business ID"), "o.business_id", false,
     true},
    {OrganisationColumn::RegisterNumber, "register_number",
     QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Register number"), "o.register_number",
     false, false},
    {OrganisationColumn::Municipality, "municipality",
     QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Municipality"),
     "(SELECT m.name_fi FROM municipalities m WHERE m.code = o.home_municipality)", false, true},
    {OrganisationColumn::MunicipalitiesServed, "municipalities_served",
     QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Municipalities served"),
     "(SELECT group_concat(n, ', ') FROM (SELECT m.name_fi AS n FROM organisation_municipalities "
     "om JOIN municipalities m ON m.code = om.municipality_code WHERE om.organisation_id = o.id "
     "ORDER BY m.name_fi))",
     false, false},
    {OrganisationColumn::Sectors, "sectors",
     QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Sectors"),
     "(SELECT group_concat(n, ', ') FROM (SELECT s.name_fi AS n FROM organisation_sectors os "
     "JOIN sectors s ON s.id = os.sector_id WHERE os.organisation_id = o.id "
     "ORDER BY os.is_primary DESC, s.sort_order, s.name_fi))",
     false, true},
    {OrganisationColumn::Email, "email",
     QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Email"), "o.email", false, true},
    {OrganisationColumn::Phone, "phone",
     QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Phone"), "o.phone", false, true},
    {OrganisationColumn::Website, "website",
     QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Website"), "o.website", false, false},
    {OrganisationColumn::StreetAddress, "street_address",
     QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Street address"), "o.street_address",
     false, false},
    {OrganisationColumn::PostalCode, "postal_code",
     QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Postal code"), "o.postal_code", false,
     false},
    {OrganisationColumn::City, "city", QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "City"),
     "o.post_office", false, false},
    {OrganisationColumn::Members, "members",
     QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Members"), "o.members", true, true},
    {OrganisationColumn::Volunteers, "volunteers",
     QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Volunteers"), "o.volunteers", true,
     false},
    {OrganisationColumn::Status, "status",
     QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Status"), "o.status", false, true},
    {OrganisationColumn::UpdatedAt, "updated_at",
     QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Updated"), "o.updated_at", false, true},
    {OrganisationColumn::Id, "id", QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "ID"),
     "o.id", true, false},
};

const ColumnSpec &spec(OrganisationColumn column)
{
    for (const ColumnSpec &s : columnSpecs) {
        if (s.column == column)
            return s;
    }
    return columnSpecs[0];
}

} // namespace

QList<OrganisationColumn> OrganisationColumns::all()
{
    QList<OrganisationColumn> columns;
    for (const ColumnSpec &s : columnSpecs)
        columns.append(s.column);
    return columns;
}

QList<OrganisationColumn> OrganisationColumns::defaultVisible()
{
    QList<OrganisationColumn> columns;
    for (const ColumnSpec &s : columnSpecs) {
        if (s.visibleByDefault)
            columns.append(s.column);
    }
    return columns;
}

QString OrganisationColumns::key(OrganisationColumn column)
{
    return QLatin1String(spec(column).key);
}

std::optional<OrganisationColumn> OrganisationColumns::fromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (const ColumnSpec &s : columnSpecs) {
        if (wanted == QLatin1String(s.key))
            return s.column;
    }
    return std::nullopt;
}

QString OrganisationColumns::label(OrganisationColumn column)
{
    return tr(spec(column).label);
}

bool OrganisationColumns::isNumeric(OrganisationColumn column)
{
    return spec(column).numeric;
}

QString OrganisationColumns::statusLabel(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("dormant"))
        return tr("Dormant");
    if (status == QLatin1String("dissolved"))
        return tr("Dissolved");
    return status;
}

QString OrganisationColumns::formatRegisterNumber(const QString &digits)
{
    if (digits.size() <= 3)
        return digits;
    return digits.left(digits.size() - 3) + QLatin1Char('.') + digits.right(3);
}

OrganisationQuery::OrganisationQuery(const RecordFilter &filter, OrganisationColumn sortColumn,
                                     Qt::SortOrder order)
    : m_filter(filter)
    , m_sortColumn(sortColumn)
    , m_order(order)
{}

QString OrganisationQuery::columnExpression(OrganisationColumn column)
{
    return QLatin1String(spec(column).expression);
}

QString OrganisationQuery::whereClause() const
{
    QVariantList binds;
    const QString conditions = m_filter.organisationConditions(&binds);
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions;
}

QVariantList OrganisationQuery::bindValues() const
{
    // The same values, in the same order, as the placeholders of whereClause().
    QVariantList values;
    m_filter.organisationConditions(&values);
    return values;
}

QString OrganisationQuery::orderClause() const
{
    const QString direction =
        m_order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString key;
    switch (m_sortColumn) {
    case OrganisationColumn::Name:
        return QStringLiteral(" ORDER BY o.name_sort%1, o.id%1").arg(direction);
    case OrganisationColumn::Id:
        return QStringLiteral(" ORDER BY o.id") + direction;
    case OrganisationColumn::Status:
    case OrganisationColumn::UpdatedAt:
        // Never empty (NOT NULL in the schema): the whole order follows the direction, so
        // one index (column, name_sort, id) reads a page either way, even when an import
        // gave 100,000 rows the same time.
        return QStringLiteral(" ORDER BY %1%2, o.name_sort%2, o.id%2")
            .arg(columnExpression(m_sortColumn), direction);
    case OrganisationColumn::Municipality:
    case OrganisationColumn::MunicipalitiesServed:
    case OrganisationColumn::Sectors:
        key = columnExpression(m_sortColumn);
        break;
    default:
        // Empty text sorts with missing values, after everything else when ascending.
        key = OrganisationColumns::isNumeric(m_sortColumn)
                  ? columnExpression(m_sortColumn)
                  : QStringLiteral("nullif(%1, '')").arg(columnExpression(m_sortColumn));
        break;
    }
    // Missing values go last in either direction.
    const QString nullsLast = QStringLiteral("(%1) IS NULL, ");
    return QStringLiteral(" ORDER BY ") + nullsLast.arg(key) + key + direction +
           QStringLiteral(", o.name_sort, o.id");
}

void OrganisationQuery::setRowEstimate(int filtered, int total)
{
    // Walking costs about PageSize * total / filtered index entries, fetching costs
    // `filtered` row reads that are some ten times dearer: equal near sqrt(25 * total).
    m_walkNameIndex = m_sortColumn == OrganisationColumn::Name && filtered > 0 &&
                      qint64(filtered) * filtered * 10 >= qint64(256) * total;
}

QString OrganisationQuery::countSql() const
{
    // The index has exactly one row per organisation, so a search alone is counted there
    // without reading the (large) organisation rows.
    if (m_filter.isSearchOnly())
        return QStringLiteral(
            "SELECT count(*) FROM organisation_search WHERE organisation_search MATCH ?");
    return QStringLiteral("SELECT count(*) FROM organisations o") + whereClause();
}

QString OrganisationQuery::selectSql(const QList<OrganisationColumn> &columns, int limit,
                                     int offset) const
{
    QStringList expressions{QStringLiteral("o.id")};
    for (OrganisationColumn column : columns)
        expressions.append(columnExpression(column));
    QString sql =
        QStringLiteral("SELECT ") + expressions.join(QLatin1String(", ")) +
        QStringLiteral(" FROM organisations o") +
        (m_walkNameIndex ? QStringLiteral(" INDEXED BY organisations_name_sort") : QString()) +
        whereClause() + orderClause();
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(qMax(0, offset));
    return sql;
}

int OrganisationQuery::count(const QSqlDatabase &db, QString *error) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(countSql());
    for (const QVariant &value : bindValues())
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    const int n = query.value(0).toInt();
    query.finish();
    return n;
}

bool OrganisationQuery::fetch(const QSqlDatabase &db, const QList<OrganisationColumn> &columns,
                              int limit, int offset, QList<OrganisationRow> *rows,
                              QString *error) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(selectSql(columns, limit, offset));
    for (const QVariant &value : bindValues())
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    const int width = int(columns.size());
    while (query.next()) {
        OrganisationRow row;
        row.id = query.value(0).toLongLong();
        row.values.reserve(width);
        for (int i = 1; i <= width; ++i)
            row.values.append(query.value(i));
        rows->append(std::move(row));
    }
    query.finish();
    return true;
}

} // namespace kartoitus
