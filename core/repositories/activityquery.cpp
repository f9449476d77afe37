#include "repositories/activityquery.h"

namespace kartoitus {

namespace {

QString marks(qsizetype n)
{
    QStringList parts;
    for (qsizetype i = 0; i < n; ++i)
        parts.append(QStringLiteral("?"));
    return parts.join(QLatin1Char(','));
}

// The names of a link table's rows for activity `a`, joined in their own order.
QString namesOf(const char *link, const char *linkColumn, const char *table, const char *key,
                const char *order)
{
    return QStringLiteral("(SELECT group_concat(n, ', ') FROM (SELECT r.name_fi AS n FROM %1 l"
                          " JOIN %3 r ON r.%4 = l.%2 WHERE l.activity_id = a.id ORDER BY %5))")
        .arg(QLatin1String(link), QLatin1String(linkColumn), QLatin1String(table),
             QLatin1String(key), QLatin1String(order));
}

const QString From =
    QStringLiteral(" FROM activities a JOIN organisations o ON o.id = a.organisation_id");

} // namespace

bool ActivityQueryFilter::isEmpty() const
{
    return records.search.trimmed().isEmpty() && records.municipalities.isEmpty() &&
           records.themes.isEmpty() && records.targetGroups.isEmpty() && !organisationId &&
           !freeOnly && !hyteOnly && !openForReferralOnly;
}

bool ActivityQueryFilter::operator==(const ActivityQueryFilter &other) const
{
    return records == other.records && organisationId == other.organisationId &&
           freeOnly == other.freeOnly && hyteOnly == other.hyteOnly &&
           openForReferralOnly == other.openForReferralOnly;
}

const QList<ListColumn> &ActivityQuery::columns()
{
    static const QList<ListColumn> list = {
        listColumn(QStringLiteral("name"), QT_TR_NOOP("Name"), QStringLiteral("a.name"),
                   QStringLiteral("a.name_sort")),
        listColumn(QStringLiteral("organisation"), QT_TR_NOOP("Organisation"),
                   QStringLiteral("o.name"), QStringLiteral("o.name_sort")),
        listColumn(QStringLiteral("municipalities"), QT_TR_NOOP("Municipalities"),
                   namesOf("activity_municipalities", "municipality_code", "municipalities", "code",
                           "r.name_fi")),
        listColumn(QStringLiteral("themes"), QT_TR_NOOP("Themes"),
                   namesOf("activity_themes", "theme_id", "themes", "id", "r.sort_order, r.id")),
        listColumn(QStringLiteral("target_groups"), QT_TR_NOOP("Target groups"),
                   namesOf("activity_target_groups", "target_group_id", "target_groups", "id",
                           "r.sort_order, r.id")),
        listColumn(QStringLiteral("schedule"), QT_TR_NOOP("Schedule"),
                   QStringLiteral("a.schedule")),
        listColumn(QStringLiteral("place_type"), QT_TR_NOOP("Place"),
                   QStringLiteral("a.place_type"), {}, false, false),
        listColumn(QStringLiteral("address"), QT_TR_NOOP("Address"), QStringLiteral("a.address"),
                   {}, false, false),
        listColumn(QStringLiteral("cost"), QT_TR_NOOP("Cost"), QStringLiteral("a.cost")),
        listColumn(QStringLiteral("hyte"), QT_TR_NOOP("HYTE"), QStringLiteral("a.hyte"), {}, false,
                   false),
        listColumn(QStringLiteral("open_for_referral"), QT_TR_NOOP("Open for referral"),
                   QStringLiteral("a.open_for_referral")),
        listColumn(QStringLiteral("languages"), QT_TR_NOOP("Languages"),
                   QStringLiteral("a.languages"), {}, false, false),
        listColumn(QStringLiteral("updated_at"), QT_TR_NOOP("Updated"),
                   QStringLiteral("a.updated_at")),
        listColumn(QStringLiteral("verified_at"), QT_TR_NOOP("Verified"),
                   QStringLiteral("a.verified_at"), {}, false, false),
        listColumn(QStringLiteral("id"), QT_TR_NOOP("ID"), QStringLiteral("a.id"), {}, true, false),
    };
    return list;
}

QString ActivityQuery::label(const ListColumn &column)
{
    return tr(column.label);
}

ListQuery ActivityQuery::filtered(const ActivityQueryFilter &filter, const QString &order)
{
    QStringList conditions;
    QVariantList binds;
    const RecordFilter &r = filter.records;
    for (const QString &word : searchWords(r.search)) {
        conditions.append(QStringLiteral("(%1 OR %2)")
                              .arg(sortKeyContains(QStringLiteral("a.name_sort")),
                                   sortKeyContains(QStringLiteral("o.name_sort"))));
        binds << sortKeyPattern(word) << sortKeyPattern(word);
    }
    if (!r.municipalities.isEmpty()) {
        conditions.append(QStringLiteral("a.id IN (SELECT activity_id FROM activity_municipalities"
                                         " WHERE municipality_code IN (%1))")
                              .arg(marks(r.municipalities.size())));
        for (const QString &code : r.municipalities)
            binds.append(code);
    }
    if (!r.themes.isEmpty()) {
        conditions.append(QStringLiteral("a.id IN (SELECT activity_id FROM activity_themes"
                                         " WHERE theme_id IN (%1))")
                              .arg(marks(r.themes.size())));
        for (int id : r.themes)
            binds.append(id);
    }
    if (!r.targetGroups.isEmpty()) {
        conditions.append(QStringLiteral("a.id IN (SELECT activity_id FROM activity_target_groups"
                                         " WHERE target_group_id IN (%1))")
                              .arg(marks(r.targetGroups.size())));
        for (int id : r.targetGroups)
            binds.append(id);
    }
    if (filter.organisationId) {
        conditions.append(QStringLiteral("a.organisation_id = ?"));
        binds.append(*filter.organisationId);
    }
    if (filter.freeOnly)
        conditions.append(QStringLiteral("a.cost = 'free'"));
    if (filter.hyteOnly)
        conditions.append(QStringLiteral("a.hyte = 1"));
    if (filter.openForReferralOnly)
        conditions.append(QStringLiteral("a.open_for_referral = 1"));
    const QString direction =
        order.endsWith(QLatin1String(" DESC")) ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return ListQuery(QStringLiteral("a.id"), From, conditions, binds,
                     order + QStringLiteral(", a.name_sort%1, a.id%1").arg(direction));
}

ListQuery ActivityQuery::all()
{
    return ListQuery(QStringLiteral("a.id"), QStringLiteral(" FROM activities a"), {}, {},
                     QStringLiteral("a.id"));
}

} // namespace kartoitus
