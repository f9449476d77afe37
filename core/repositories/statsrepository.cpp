#include "repositories/statsrepository.h"

#include "repositories/repositoryutil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace kartoitus {

using namespace repository;

namespace {

struct KeyedQuery
{
    const char *key;
    const char *sql;
};

// RegisterStats' counts, by key.
constexpr KeyedQuery countQueries[] = {
    {"organisations", "SELECT count(*) FROM organisations"},
    {"organisations_active", "SELECT count(*) FROM organisations WHERE status = 'active'"},
    {"activities", "SELECT count(*) FROM activities"},
    {"hyte_activities", "SELECT count(*) FROM activities WHERE hyte = 1"},
    {"activities_open_for_referral", "SELECT count(*) FROM activities WHERE open_for_referral = 1"},
    {"persons", "SELECT count(*) FROM persons"},
    {"persons_with_consent", "SELECT count(*) FROM persons WHERE publish_consent = 1"},
    {"liaison_persons", "SELECT count(*) FROM persons WHERE organisation_id IS NULL AND"
                        " municipality_code IS NOT NULL"},
    {"sectors", "SELECT count(*) FROM sectors"},
    {"networks", "SELECT count(*) FROM networks"},
    {"network_members", "SELECT count(*) FROM network_members"},
    {"network_representatives", "SELECT count(*) FROM network_representatives"},
    {"municipalities", "SELECT count(*) FROM municipalities"},
    {"home_region_municipalities", "SELECT count(*) FROM municipalities WHERE home_region = 1"},
    {"surveys", "SELECT count(*) FROM surveys"},
    {"survey_questions", "SELECT count(*) FROM survey_questions"},
    {"survey_responses", "SELECT count(*) FROM survey_responses"},
    {"survey_responses_unmatched",
     "SELECT count(*) FROM survey_responses WHERE organisation_id IS NULL"},
    {"survey_answers", "SELECT count(*) FROM survey_answers"},
    {"themes", "SELECT count(*) FROM themes"},
    {"target_groups", "SELECT count(*) FROM target_groups"},
    {"legal_forms", "SELECT count(*) FROM legal_forms"},
    {"import_mappings", "SELECT count(*) FROM import_mappings"},
};

// RegisterCheck's data-quality rules, by key: each selects the offending rows' ids, then up
// to two values for the message.
constexpr KeyedQuery ruleQueries[] = {
    {"no_home_municipality",
     "SELECT id FROM organisations WHERE coalesce(home_municipality, '') = ''"},
    {"no_sector", "SELECT id FROM organisations o WHERE NOT EXISTS (SELECT 1 FROM"
                  " organisation_sectors s WHERE s.organisation_id = o.id)"},
    {"not_one_primary_sector",
     "SELECT organisation_id FROM organisation_sectors GROUP BY organisation_id"
     " HAVING sum(is_primary) <> 1"},
    {"no_contact", "SELECT id FROM organisations WHERE status = 'active' AND coalesce(email, '')"
                   " = '' AND coalesce(phone, '') = '' AND contact_person_id IS NULL"},
    {"person_no_contact",
     "SELECT id FROM persons WHERE coalesce(email, '') = '' AND coalesce(phone, '')"
     " = ''"},
    {"person_unreachable",
     "SELECT id FROM persons WHERE organisation_id IS NULL AND municipality_code IS"
     " NULL"},
    {"consent_without_date",
     "SELECT id FROM persons WHERE publish_consent = 1 AND coalesce(consent_date,"
     " '') = ''"},
    {"activity_no_municipality", "SELECT id FROM activities a WHERE NOT EXISTS (SELECT 1 FROM"
                                 " activity_municipalities m WHERE m.activity_id = a.id)"},
    {"hyte_activity_no_theme",
     "SELECT id FROM activities a WHERE hyte = 1 AND NOT EXISTS (SELECT 1 FROM"
     " activity_themes t WHERE t.activity_id = a.id)"},
    {"network_no_representative", "SELECT id, name FROM networks n WHERE NOT EXISTS (SELECT 1 FROM"
                                  " network_representatives r WHERE r.network_id = n.id)"},
    {"term_ends_before_start",
     "SELECT id, term_start, term_end FROM network_representatives WHERE term_start"
     " <> '' AND term_end <> '' AND term_end < term_start"},
};

template<std::size_t N> const char *find(const KeyedQuery (&queries)[N], const QString &key)
{
    for (const KeyedQuery &query : queries) {
        if (key == QLatin1String(query.key))
            return query.sql;
    }
    return nullptr;
}

} // namespace

StatsRepository::StatsRepository(const QSqlDatabase &db)
    : m_db(db)
{}

bool StatsRepository::count(const QString &key, qint64 *n, QString *error) const
{
    const char *sql = find(countQueries, key);
    if (!sql)
        return fail(error, QStringLiteral("no count %1").arg(key));
    QSqlQuery query(m_db);
    if (!query.exec(QLatin1String(sql)) || !query.next())
        return fail(error, query.lastError().text());
    *n = query.value(0).toLongLong();
    return true;
}

bool StatsRepository::breakdown(const QString &sql, QMap<QString, qint64> *into,
                                QString *error) const
{
    return visit(
        sql,
        [into](const QVariantList &row) { into->insert(row[0].toString(), row[1].toLongLong()); },
        error);
}

bool StatsRepository::organisationsByStatus(QMap<QString, qint64> *into, QString *error) const
{
    return breakdown(QStringLiteral("SELECT status, count(*) FROM organisations GROUP BY 1"), into,
                     error);
}

bool StatsRepository::organisationsByMunicipality(QMap<QString, qint64> *into, QString *error) const
{
    return breakdown(QStringLiteral("SELECT coalesce(m.name_fi, ''), count(*) FROM"
                                    " organisations o LEFT JOIN municipalities m ON m.code ="
                                    " o.home_municipality GROUP BY 1"),
                     into, error);
}

bool StatsRepository::organisationsBySector(QMap<QString, qint64> *into, QString *error) const
{
    return breakdown(QStringLiteral("SELECT s.name_fi, count(*) FROM organisation_sectors os"
                                    " JOIN sectors s ON s.id = os.sector_id WHERE"
                                    " os.is_primary = 1 GROUP BY 1"),
                     into, error);
}

bool StatsRepository::visitRule(const QString &key, const RowVisitor &visitor, QString *error) const
{
    const char *sql = find(ruleQueries, key);
    return sql ? visit(QLatin1String(sql), visitor, error)
               : fail(error, QStringLiteral("no rule %1").arg(key));
}

bool StatsRepository::visitShared(const QString &table, const QString &column,
                                  const RowVisitor &visitor, QString *error) const
{
    return visit(QStringLiteral("SELECT o.id, o.%2, (SELECT min(p.id) FROM %1 p WHERE p.%2 = "
                                "o.%2 AND p.id <> o.id) AS other FROM %1 o WHERE o.%2 <> '' AND "
                                "other IS NOT NULL")
                     .arg(table, column),
                 visitor, error);
}

bool StatsRepository::visitNegative(const QStringList &columns, const RowVisitor &visitor,
                                    QString *error) const
{
    return visit(QStringLiteral("SELECT id FROM organisations WHERE ") +
                     columns.join(QLatin1String(" < 0 OR ")) + QStringLiteral(" < 0"),
                 visitor, error);
}

bool StatsRepository::visitColumns(const QString &table, const QStringList &columns,
                                   const RowVisitor &visitor, QString *error) const
{
    return visit(
        QStringLiteral("SELECT id, %1 FROM %2").arg(columns.join(QLatin1String(", ")), table),
        visitor, error);
}

bool StatsRepository::visitNames(const QString &table, const RowVisitor &visitor,
                                 QString *error) const
{
    return visit(QStringLiteral("SELECT id, name, name_sort FROM %1").arg(table), visitor, error);
}

bool StatsRepository::visitOrganisationNames(const RowVisitor &visitor, QString *error) const
{
    return visit(QStringLiteral("SELECT id, name, coalesce(home_municipality, '') FROM "
                                "organisations ORDER BY id"),
                 visitor, error);
}

bool StatsRepository::visit(const QString &sql, const RowVisitor &visitor, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return fail(error, query.lastError().text());
    const int columns = query.record().count();
    QVariantList row;
    while (query.next()) {
        row.clear();
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i));
        visitor(row);
    }
    return true;
}

} // namespace kartoitus
