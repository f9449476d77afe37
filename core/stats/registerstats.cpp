#include "stats/registerstats.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kartoitus {

namespace {

struct CountSpec
{
    const char *key;
    const char *sql;
    const char *label;
};

// Order is the order of a printed report.
constexpr CountSpec countSpecs[] = {
    {"organisations", "SELECT count(*) FROM organisations",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Organisations")},
    {"organisations_active", "SELECT count(*) FROM organisations WHERE status = 'active'",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Active organisations")},
    {"activities", "SELECT count(*) FROM activities",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Activities")},
    {"hyte_activities", "SELECT count(*) FROM activities WHERE hyte = 1",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Health and wellbeing activities")},
    {"activities_open_for_referral", "SELECT count(*) FROM activities WHERE open_for_referral = 1",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Activities open for referral")},
    {"persons", "SELECT count(*) FROM persons",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Persons")},
    {"persons_with_consent", "SELECT count(*) FROM persons WHERE publish_consent = 1",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Persons who may be published")},
    {"liaison_persons",
     "SELECT count(*) FROM persons WHERE organisation_id IS NULL AND municipality_code IS NOT "
     "NULL",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Municipal liaison persons")},
    {"sectors", "SELECT count(*) FROM sectors",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Sectors")},
    {"networks", "SELECT count(*) FROM networks",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Sector networks")},
    {"network_members", "SELECT count(*) FROM network_members",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Network memberships")},
    {"network_representatives", "SELECT count(*) FROM network_representatives",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Network representatives")},
    {"municipalities", "SELECT count(*) FROM municipalities",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Municipalities")},
    {"home_region_municipalities", "SELECT count(*) FROM municipalities WHERE home_region = 1",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Municipalities of the home region")},
    {"surveys", "SELECT count(*) FROM surveys",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Surveys")},
    {"survey_questions", "SELECT count(*) FROM survey_questions",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Survey questions")},
    {"survey_responses", "SELECT count(*) FROM survey_responses",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Survey responses")},
    {"survey_responses_unmatched",
     "SELECT count(*) FROM survey_responses WHERE organisation_id IS NULL",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats",
                       "Survey responses not linked to an organisation")},
    {"survey_answers", "SELECT count(*) FROM survey_answers",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Survey answers")},
    {"themes", "SELECT count(*) FROM themes",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Activity themes")},
    {"target_groups", "SELECT count(*) FROM target_groups",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Target groups")},
    {"legal_forms", "SELECT count(*) FROM legal_forms",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Legal forms")},
    {"import_mappings", "SELECT count(*) FROM import_mappings",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Saved import mappings")},
};

bool readBreakdown(const QSqlDatabase &db, const QString &sql, QMap<QString, qint64> *into,
                   QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        into->insert(query.value(0).toString(), query.value(1).toLongLong());
    return true;
}

QJsonObject toObject(const QMap<QString, qint64> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

bool RegisterStats::collect(const QSqlDatabase &db, QString *error)
{
    QString message;
    counts.clear();
    QSqlQuery query(db);
    for (const CountSpec &spec : countSpecs) {
        if (!query.exec(QLatin1String(spec.sql)) || !query.next()) {
            message = query.lastError().text();
            break;
        }
        counts.insert(QLatin1String(spec.key), query.value(0).toLongLong());
    }
    organisationsByStatus.clear();
    organisationsByMunicipality.clear();
    organisationsBySector.clear();
    const bool ok =
        message.isEmpty() &&
        readBreakdown(db, QStringLiteral("SELECT status, count(*) FROM organisations GROUP BY 1"),
                      &organisationsByStatus, &message) &&
        readBreakdown(db,
                      QStringLiteral("SELECT coalesce(m.name_fi, ''), count(*) FROM"
                                     " organisations o LEFT JOIN municipalities m ON m.code ="
                                     " o.home_municipality GROUP BY 1"),
                      &organisationsByMunicipality, &message) &&
        readBreakdown(db,
                      QStringLiteral("SELECT s.name_fi, count(*) FROM organisation_sectors os"
                                     " JOIN sectors s ON s.id = os.sector_id WHERE"
                                     " os.is_primary = 1 GROUP BY 1"),
                      &organisationsBySector, &message);
    if (!ok && error)
        *error = tr("Could not read the register's statistics: %1").arg(message);
    return ok;
}

QJsonObject RegisterStats::toJson() const
{
    return {
        {QStringLiteral("counts"), toObject(counts)},
        {QStringLiteral("organisations_by_status"), toObject(organisationsByStatus)},
        {QStringLiteral("organisations_by_municipality"), toObject(organisationsByMunicipality)},
        {QStringLiteral("organisations_by_sector"), toObject(organisationsBySector)}};
}

QString RegisterStats::label(const QString &key)
{
    for (const CountSpec &spec : countSpecs) {
        if (key == QLatin1String(spec.key))
            return tr(spec.label);
    }
    return key;
}

QStringList RegisterStats::keys()
{
    QStringList list;
    for (const CountSpec &spec : countSpecs)
        list.append(QLatin1String(spec.key));
    return list;
}

} // namespace kartoitus
