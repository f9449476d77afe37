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

// `a.id IN (SELECT activity_id FROM table WHERE column IN (?,...))`
template<typename T>
QString activityLinked(const char *table, const char *column, const QList<T> &values,
                       QVariantList *binds)
{
    bindAll(binds, values);
    return QStringLiteral("a.id IN (SELECT activity_id FROM %1 WHERE %2 IN (%3))")
        .arg(QLatin1String(table), QLatin1String(column), marks(values.size()));
}

void flag(QStringList *parts, const char *column, const std::optional<bool> &value,
          QVariantList *binds)
{
    if (!value)
        return;
    parts->append(QStringLiteral("%1 = ?").arg(QLatin1String(column)));
    binds->append(*value ? 1 : 0);
}

// Accessibility is free text: "Esteetön sisäänkäynti ja wc" describes an accessible place,
// "Ei esteetön: portaat" one that is not. A description that starts with a negation
// (Finnish, Swedish or English) does not count as accessible.
QString accessibleCondition()
{
    QStringList negations;
    for (const char *word : {"ei", "inte", "not", "no"}) {
        for (const char *after : {" %", ":%", ",%"})
            negations.append(QStringLiteral("lower(a.accessibility) LIKE '%1%2'")
                                 .arg(QLatin1String(word), QLatin1String(after)));
    }
    return QStringLiteral("trim(coalesce(a.accessibility, '')) <> '' AND NOT (%1)")
        .arg(negations.join(QLatin1String(" OR ")));
}

const QString LiaisonCondition =
    QStringLiteral("(p.organisation_id IS NULL AND p.municipality_code IS NOT NULL)");

} // namespace

bool RecordFilter::isEmpty() const
{
    return search.trimmed().isEmpty() && municipalities.isEmpty() && sectors.isEmpty() &&
           statuses.isEmpty() && themes.isEmpty() && targetGroups.isEmpty() && !organisationId &&
           !hyte && !free && !openForReferral && !accessibleOnly && languages.isEmpty() &&
           !publishConsent && personKind == PersonKind::Any;
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
           targetGroups == other.targetGroups && organisationId == other.organisationId &&
           hyte == other.hyte && free == other.free && openForReferral == other.openForReferral &&
           accessibleOnly == other.accessibleOnly && languages == other.languages &&
           publishConsent == other.publishConsent && personKind == other.personKind;
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

QString RecordFilter::activityConditions(QVariantList *binds) const
{
    QStringList parts;
    if (!municipalities.isEmpty())
        parts.append(
            activityLinked("activity_municipalities", "municipality_code", municipalities, binds));
    if (!sectors.isEmpty())
        parts.append(QStringLiteral("a.organisation_id IN (%1)")
                         .arg(organisationsWhere(&RecordFilter::sectors, sectors, binds)));
    if (!themes.isEmpty())
        parts.append(activityLinked("activity_themes", "theme_id", themes, binds));
    if (!targetGroups.isEmpty())
        parts.append(
            activityLinked("activity_target_groups", "target_group_id", targetGroups, binds));
    if (organisationId) {
        parts.append(QStringLiteral("a.organisation_id = ?"));
        binds->append(*organisationId);
    }
    flag(&parts, "a.hyte", hyte, binds);
    if (free)
        parts.append(*free ? QStringLiteral("a.cost = 'free'")
                           : QStringLiteral("coalesce(a.cost, '') <> 'free'"));
    flag(&parts, "a.open_for_referral", openForReferral, binds);
    if (accessibleOnly)
        parts.append(accessibleCondition());
    if (!languages.isEmpty()) {
        QStringList any;
        for (const QString &language : languages) {
            any.append(QStringLiteral("(',' || replace(lower(coalesce(a.languages, '')), ' ', '')"
                                      " || ',') LIKE ?"));
            binds->append(QStringLiteral("%,%1,%").arg(language.trimmed().toLower()));
        }
        parts.append(QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    return parts.join(QLatin1String(" AND "));
}

QString RecordFilter::personConditions(QVariantList *binds) const
{
    QStringList parts;
    if (!municipalities.isEmpty()) {
        bindAll(binds, municipalities);
        const QString own = marks(municipalities.size());
        parts.append(QStringLiteral("(p.municipality_code IN (%1) OR p.organisation_id IN (%2))")
                         .arg(own, organisationsWhere(&RecordFilter::municipalities, municipalities,
                                                      binds)));
    }
    if (!sectors.isEmpty())
        parts.append(QStringLiteral("p.organisation_id IN (%1)")
                         .arg(organisationsWhere(&RecordFilter::sectors, sectors, binds)));
    if (!themes.isEmpty()) {
        const QString organisations = organisationsWhere(&RecordFilter::themes, themes, binds);
        bindAll(binds, themes);
        parts.append(QStringLiteral("(p.organisation_id IN (%1) OR p.id IN (SELECT "
                                    "x.contact_person_id FROM activities x JOIN "
                                    "activity_themes xt ON xt.activity_id = x.id WHERE "
                                    "xt.theme_id IN (%2)))")
                         .arg(organisations, marks(themes.size())));
    }
    if (!targetGroups.isEmpty())
        parts.append(
            QStringLiteral("p.organisation_id IN (%1)")
                .arg(organisationsWhere(&RecordFilter::targetGroups, targetGroups, binds)));
    if (organisationId) {
        parts.append(QStringLiteral("p.organisation_id = ?"));
        binds->append(*organisationId);
    }
    flag(&parts, "p.publish_consent", publishConsent, binds);
    if (personKind == PersonKind::Liaison)
        parts.append(LiaisonCondition);
    else if (personKind == PersonKind::Contact)
        parts.append(QStringLiteral("NOT ") + LiaisonCondition);
    return parts.join(QLatin1String(" AND "));
}

} // namespace kartoitus
