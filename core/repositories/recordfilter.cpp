#include "repositories/recordfilter.h"

#include "search/searchindex.h"

namespace kartoitus {

namespace {

QString marks(qsizetype n)
{
    QStringList parts;
    parts.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        parts.append(QStringLiteral("?"));
    return parts.join(QLatin1Char(','));
}

template<typename T> void bindAll(QVariantList *binds, const QList<T> &values)
{
    for (const T &value : values)
        binds->append(value);
}

} // namespace

bool RecordFilter::isEmpty() const
{
    return matchExpression().isEmpty() && municipalities.isEmpty() && sectors.isEmpty() &&
           statuses.isEmpty() && themes.isEmpty() && targetGroups.isEmpty();
}

bool RecordFilter::isSearchOnly() const
{
    return municipalities.isEmpty() && sectors.isEmpty() && statuses.isEmpty() &&
           themes.isEmpty() && targetGroups.isEmpty() && !matchExpression().isEmpty();
}

bool RecordFilter::operator==(const RecordFilter &other) const
{
    return search == other.search && municipalities == other.municipalities &&
           sectors == other.sectors && statuses == other.statuses && themes == other.themes &&
           targetGroups == other.targetGroups;
}

QString RecordFilter::matchExpression() const
{
    return SearchIndex::matchExpression(search);
}

QString RecordFilter::organisationConditions(QVariantList *binds) const
{
    QStringList parts;
    const QString match = matchExpression();
    if (!match.isEmpty()) {
        parts.append(QStringLiteral("o.id IN (SELECT rowid FROM organisation_search WHERE "
                                    "organisation_search MATCH ?)"));
        binds->append(match);
    }
    if (!municipalities.isEmpty()) {
        parts.append(QStringLiteral("(o.home_municipality IN (%1) OR o.id IN (SELECT "
                                    "organisation_id FROM organisation_municipalities WHERE "
                                    "municipality_code IN (%1)))")
                         .arg(marks(municipalities.size())));
        bindAll(binds, municipalities);
        bindAll(binds, municipalities);
    }
    if (!sectors.isEmpty()) {
        parts.append(QStringLiteral("o.id IN (SELECT organisation_id FROM organisation_sectors "
                                    "WHERE sector_id IN (%1))")
                         .arg(marks(sectors.size())));
        bindAll(binds, sectors);
    }
    if (!statuses.isEmpty()) {
        parts.append(QStringLiteral("o.status IN (%1)").arg(marks(statuses.size())));
        bindAll(binds, statuses);
    }
    if (!themes.isEmpty()) {
        parts.append(QStringLiteral("o.id IN (SELECT x.organisation_id FROM activities x JOIN "
                                    "activity_themes xt ON xt.activity_id = x.id WHERE "
                                    "xt.theme_id IN (%1))")
                         .arg(marks(themes.size())));
        bindAll(binds, themes);
    }
    if (!targetGroups.isEmpty()) {
        parts.append(QStringLiteral("o.id IN (SELECT organisation_id FROM "
                                    "organisation_target_groups WHERE target_group_id IN (%1) "
                                    "UNION SELECT x.organisation_id FROM activities x JOIN "
                                    "activity_target_groups xg ON xg.activity_id = x.id WHERE "
                                    "xg.target_group_id IN (%1))")
                         .arg(marks(targetGroups.size())));
        bindAll(binds, targetGroups);
        bindAll(binds, targetGroups);
    }
    return parts.join(QLatin1String(" AND "));
}

} // namespace kartoitus
