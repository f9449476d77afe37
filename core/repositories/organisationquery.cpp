#include "repositories/organisationquery.h"

#include <algorithm>

#include <QSqlError>
#include <QSqlQuery>

namespace kartoitus {

namespace {

// The labels of the list's own columns; a catalogue field's column has the field's list
// label (FieldCatalogue: Field::listLabel).
struct ColumnLabel
{
    OrganisationColumn column;
    const char *label;
    bool numeric;
};

constexpr ColumnLabel ownColumnLabels[] = {
    {OrganisationColumn::UpdatedAt, QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Updated"),
     false},
    {OrganisationColumn::Id, QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "ID"), true},
};

const ColumnLabel *ownLabelOf(OrganisationColumn column)
{
    for (const ColumnLabel &l : ownColumnLabels) {
        if (l.column == column)
            return &l;
    }
    return nullptr;
}

// Key and SQL expression of every column: the catalogue's field, or the list's own
// columns (the last change, shown by default; the integer id, for scripts).
struct ColumnSource
{
    OrganisationColumn column;
    QString key;
    QString expression;
    bool shown;
};

const QList<ColumnSource> &columnSources()
{
    static const QList<ColumnSource> sources = [] {
        QList<ColumnSource> list;
        for (const auto &[column, shown] : fields::FieldCatalogue::listColumns()) {
            const auto field = fields::FieldCatalogue::listField(column);
            list.append({column, field->key, field->expression, shown});
        }
        list.append({OrganisationColumn::UpdatedAt, QStringLiteral("updated_at"),
                     QStringLiteral("o.updated_at"), true});
        list.append({OrganisationColumn::Id, QStringLiteral("id"), QStringLiteral("o.id"), false});
        // In the enum's order: the list's default column order.
        std::sort(list.begin(), list.end(),
                  [](const ColumnSource &a, const ColumnSource &b) { return a.column < b.column; });
        return list;
    }();
    return sources;
}

const ColumnSource &spec(OrganisationColumn column)
{
    for (const ColumnSource &s : columnSources()) {
        if (s.column == column)
            return s;
    }
    return columnSources().constFirst();
}

} // namespace

QList<OrganisationColumn> OrganisationColumns::all()
{
    QList<OrganisationColumn> columns;
    for (const ColumnSource &s : columnSources())
        columns.append(s.column);
    return columns;
}

QList<OrganisationColumn> OrganisationColumns::defaultVisible()
{
    QList<OrganisationColumn> columns;
    for (const ColumnSource &s : columnSources()) {
        if (s.shown)
            columns.append(s.column);
    }
    return columns;
}

QString OrganisationColumns::key(OrganisationColumn column)
{
    return spec(column).key;
}

std::optional<OrganisationColumn> OrganisationColumns::fromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (const ColumnSource &s : columnSources()) {
        if (wanted == s.key)
            return s.column;
    }
    return std::nullopt;
}

QString OrganisationColumns::label(OrganisationColumn column)
{
    if (const ColumnLabel *own = ownLabelOf(column))
        return tr(own->label);
    const auto field = fields::FieldCatalogue::listField(column);
    return field ? field->listLabel : QString();
}

// A catalogue field's column is a number when the field exports as one (a count).
bool OrganisationColumns::isNumeric(OrganisationColumn column)
{
    if (const ColumnLabel *own = ownLabelOf(column))
        return own->numeric;
    const auto field = fields::FieldCatalogue::listField(column);
    return field && field->format == fields::ValueFormat::Integer;
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
    return spec(column).expression;
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
