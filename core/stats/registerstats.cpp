#include "stats/registerstats.h"

#include "repositories/statsrepository.h"

namespace kartoitus {

namespace {

struct CountSpec
{
    const char *key; // StatsRepository::count() knows how to count it
    const char *label;
};

// Order is the order of a printed report.
constexpr CountSpec countSpecs[] = {
    {"organisations", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Organisations")},
    {"organisations_active", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Active organisations")},
    {"activities", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Activities")},
    {"hyte_activities",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Health and wellbeing activities")},
    {"activities_open_for_referral",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Activities open for referral")},
    {"persons", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Persons")},
    {"persons_with_consent",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Persons who may be published")},
    {"liaison_persons", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Municipal liaison persons")},
    {"sectors", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Sectors")},
    {"networks", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Sector networks")},
    {"network_members", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Network memberships")},
    {"network_representatives",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Network representatives")},
    {"municipalities", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Municipalities")},
    {"home_region_municipalities",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Municipalities of the home region")},
    {"surveys", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Surveys")},
    {"survey_questions", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Survey questions")},
    {"survey_responses", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Survey responses")},
    {"survey_responses_unmatched",
     QT_TRANSLATE_NOOP("kartoitus::RegisterStats",
                       "Survey responses not linked to an organisation")},
    {"survey_answers", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Survey answers")},
    {"themes", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Activity themes")},
    {"target_groups", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Target groups")},
    {"legal_forms", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Legal forms")},
    {"import_mappings", QT_TRANSLATE_NOOP("kartoitus::RegisterStats", "Saved import mappings")},
};

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
    const StatsRepository repository(db);
    QString message;
    counts.clear();
    for (const CountSpec &spec : countSpecs) {
        qint64 n = 0;
        if (!repository.count(QLatin1String(spec.key), &n, &message))
            break;
        counts.insert(QLatin1String(spec.key), n);
    }
    organisationsByStatus.clear();
    organisationsByMunicipality.clear();
    organisationsBySector.clear();
    const bool ok =
        message.isEmpty() && repository.organisationsByStatus(&organisationsByStatus, &message) &&
        repository.organisationsByMunicipality(&organisationsByMunicipality, &message) &&
        repository.organisationsBySector(&organisationsBySector, &message);
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
