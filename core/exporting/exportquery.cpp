#include "exporting/exportquery.h"

#include "storage/sqlitehandle.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace kartoitus::exporting {

namespace {

constexpr const char *OrderTable = "temp.kartoitus_export_order";

QString marks(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return s;
}

QString idList(const QList<int> &ids)
{
    QStringList parts;
    for (int id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

// The ids of organisations matching one facet, as SQL yielding organisations.id.
QString organisationsInMunicipalities(qsizetype n)
{
    return QStringLiteral("SELECT id FROM organisations WHERE home_municipality IN (%1) UNION "
                          "SELECT organisation_id FROM organisation_municipalities WHERE "
                          "municipality_code IN (%1)")
        .arg(marks(n));
}

QString organisationsInSectors(const QList<int> &ids)
{
    return QStringLiteral(
               "SELECT organisation_id FROM organisation_sectors WHERE sector_id IN (%1)")
        .arg(idList(ids));
}

// Organisations that run an activity with one of the themes.
QString organisationsWithThemes(const QList<int> &ids)
{
    return QStringLiteral("SELECT x.organisation_id FROM activities x JOIN activity_themes xt ON "
                          "xt.activity_id = x.id WHERE xt.theme_id IN (%1)")
        .arg(idList(ids));
}

// Organisations that name one of the groups, or run an activity for one.
QString organisationsForGroups(const QList<int> &ids)
{
    return QStringLiteral("SELECT organisation_id FROM organisation_target_groups WHERE "
                          "target_group_id IN (%1) UNION SELECT x.organisation_id FROM activities "
                          "x JOIN activity_target_groups xg ON xg.activity_id = x.id WHERE "
                          "xg.target_group_id IN (%1)")
        .arg(idList(ids));
}

void bindCodes(QVariantList *binds, const QStringList &codes, int times)
{
    for (int pass = 0; pass < times; ++pass) {
        for (const QString &code : codes)
            binds->append(code);
    }
}

} // namespace

ExportQuery::ExportQuery(const QSqlDatabase &db, const ExportRequest &request,
                         const QList<ExportField> &fields)
    : m_db(db)
    , m_request(request)
    , m_fields(fields)
{}

ExportQuery::~ExportQuery()
{
    sqlite3_finalize(m_statement);
    if (m_orderTable) {
        QSqlQuery drop(m_db);
        drop.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(OrderTable)));
    }
}

bool ExportQuery::fail(const QSqlQuery &query)
{
    m_error = query.lastError().text();
    return false;
}

// The organisation list's own statement decides which organisations and in which order;
// its ids land in a temporary table whose rowid is the list's order, so the export
// follows the window even when sorted by a column the export leaves out.
bool ExportQuery::prepareOrganisationOrder()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(OrderTable)));
    if (!query.prepare(
            QStringLiteral("CREATE TABLE %1 AS %2")
                .arg(QLatin1String(OrderTable), m_request.organisationQuery.selectSql({}))))
        return fail(query);
    for (const QVariant &value : m_request.organisationQuery.bindValues())
        query.addBindValue(value);
    if (!query.exec())
        return fail(query);
    m_orderTable = true;
    return true;
}

QString ExportQuery::facetConditions(QVariantList *binds) const
{
    const FacetFilter &f = m_request.facets;
    QStringList parts;
    switch (m_request.what) {
    case Entity::Organisations:
        if (!f.municipalities.isEmpty()) {
            parts.append(QStringLiteral("o.id IN (%1)")
                             .arg(organisationsInMunicipalities(f.municipalities.size())));
            bindCodes(binds, f.municipalities, 2);
        }
        if (!f.sectors.isEmpty())
            parts.append(QStringLiteral("o.id IN (%1)").arg(organisationsInSectors(f.sectors)));
        if (!f.themes.isEmpty())
            parts.append(QStringLiteral("o.id IN (%1)").arg(organisationsWithThemes(f.themes)));
        if (!f.targetGroups.isEmpty())
            parts.append(
                QStringLiteral("o.id IN (%1)").arg(organisationsForGroups(f.targetGroups)));
        break;
    case Entity::Activities:
        if (!f.municipalities.isEmpty()) {
            parts.append(QStringLiteral("a.id IN (SELECT activity_id FROM activity_municipalities "
                                        "WHERE municipality_code IN (%1))")
                             .arg(marks(f.municipalities.size())));
            bindCodes(binds, f.municipalities, 1);
        }
        if (!f.sectors.isEmpty())
            parts.append(
                QStringLiteral("a.organisation_id IN (%1)").arg(organisationsInSectors(f.sectors)));
        if (!f.themes.isEmpty())
            parts.append(QStringLiteral("a.id IN (SELECT activity_id FROM activity_themes WHERE "
                                        "theme_id IN (%1))")
                             .arg(idList(f.themes)));
        if (!f.targetGroups.isEmpty())
            parts.append(QStringLiteral("a.id IN (SELECT activity_id FROM activity_target_groups "
                                        "WHERE target_group_id IN (%1))")
                             .arg(idList(f.targetGroups)));
        break;
    case Entity::Persons:
        if (!f.municipalities.isEmpty()) {
            parts.append(
                QStringLiteral("(p.municipality_code IN (%1) OR p.organisation_id IN (%2))")
                    .arg(marks(f.municipalities.size()),
                         organisationsInMunicipalities(f.municipalities.size())));
            bindCodes(binds, f.municipalities, 3);
        }
        if (!f.sectors.isEmpty())
            parts.append(
                QStringLiteral("p.organisation_id IN (%1)").arg(organisationsInSectors(f.sectors)));
        if (!f.themes.isEmpty())
            parts.append(QStringLiteral("(p.organisation_id IN (%1) OR p.id IN (SELECT "
                                        "x.contact_person_id FROM activities x JOIN "
                                        "activity_themes xt ON xt.activity_id = x.id WHERE "
                                        "xt.theme_id IN (%2)))")
                             .arg(organisationsWithThemes(f.themes), idList(f.themes)));
        if (!f.targetGroups.isEmpty())
            parts.append(QStringLiteral("p.organisation_id IN (%1)")
                             .arg(organisationsForGroups(f.targetGroups)));
        break;
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(u" AND ");
}

QString ExportQuery::fromClause() const
{
    switch (m_request.what) {
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

bool ExportQuery::exec()
{
    if (m_request.what == Entity::Organisations && !prepareOrganisationOrder())
        return false;
    QVariantList binds;
    const QString from = fromClause() + facetConditions(&binds);

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
    for (const ExportField &field : m_fields)
        expressions.append(field.expression);
    if (expressions.isEmpty())
        expressions.append(QStringLiteral("NULL"));
    QString order;
    switch (m_request.what) {
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

bool ExportQuery::prepareRows(const QString &sql, const QVariantList &binds)
{
    sqlite3 *handle = storage::nativeHandle(m_db);
    if (!handle) {
        m_error = QStringLiteral("no SQLite connection");
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) !=
        SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &value = binds[i];
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
        } else {
            const QString text = value.toString();
            sqlite3_bind_text16(m_statement, i + 1, text.utf16(), int(text.size() * 2),
                                SQLITE_TRANSIENT);
        }
    }
    return true;
}

bool ExportQuery::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return false;
}

bool ExportQuery::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QStringView ExportQuery::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return data ? QStringView(data, bytes / 2) : QStringView();
}

} // namespace kartoitus::exporting
