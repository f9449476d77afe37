#include "repositories/activityquery.h"

#include "repositories/activityrepository.h"
#include "search/searchindex.h"

namespace kartoitus {

namespace {

// The names of a link table's rows for activity `a`, joined in their own order.
QString namesOf(const char *link, const char *linkColumn, const char *table, const char *key,
                const char *order)
{
    return QStringLiteral("(SELECT group_concat(n, ', ') FROM (SELECT r.name_fi AS n FROM %1 l"
                          " JOIN %3 r ON r.%4 = l.%2 WHERE l.activity_id = a.id ORDER BY %5))")
        .arg(QLatin1String(link), QLatin1String(linkColumn), QLatin1String(table),
             QLatin1String(key), QLatin1String(order));
}

// The column of the activity's own row that holds `key`, as the list names it.
QString own(const char *key)
{
    return QStringLiteral("a.") + ActivityRepository::columnOf(QLatin1String(key));
}

const QString From =
    QStringLiteral(" FROM activities a JOIN organisations o ON o.id = a.organisation_id");

} // namespace

const QList<ListColumn> &ActivityQuery::columns()
{
    static const QList<ListColumn> list = {
        listColumn(QStringLiteral("name"), QT_TR_NOOP("Name"), own("name"), own("name_sort")),
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
        listColumn(QStringLiteral("schedule"), QT_TR_NOOP("Schedule"), own("schedule")),
        listColumn(QStringLiteral("place_type"), QT_TR_NOOP("Place"), own("place"), {}, false,
                   false),
        listColumn(QStringLiteral("address"), QT_TR_NOOP("Address"), own("address"), {}, false,
                   false),
        listColumn(QStringLiteral("cost"), QT_TR_NOOP("Cost"), own("cost")),
        listColumn(QStringLiteral("hyte"), QT_TR_NOOP("HYTE"), own("hyte"), {}, false, false),
        listColumn(QStringLiteral("open_for_referral"), QT_TR_NOOP("Open for referral"),
                   own("open_for_referral")),
        listColumn(QStringLiteral("languages"), QT_TR_NOOP("Languages"), own("languages"), {},
                   false, false),
        listColumn(QStringLiteral("updated_at"), QT_TR_NOOP("Updated"), own("updated_at")),
        listColumn(QStringLiteral("verified_at"), QT_TR_NOOP("Verified"), own("verified_at"), {},
                   false, false),
        listColumn(QStringLiteral("id"), QT_TR_NOOP("ID"), QStringLiteral("a.id"), {}, true, false),
    };
    return list;
}

QString ActivityQuery::label(const ListColumn &column)
{
    return tr(column.label);
}

ListQuery ActivityQuery::filtered(const RecordFilter &filter, const QString &order)
{
    // Each word selects the activities it finds from the activities' full-text indexes
    // alone (SearchIndex::activityMatches): no keystroke reads the activities table (every
    // activity has its organisation, so the index counts a search alone).
    NamedListBuilder list(QStringLiteral("a"), From,
                          QStringLiteral(" FROM activities a INDEXED BY activities_name_sort"
                                         " JOIN organisations o ON o.id = a.organisation_id"));
    for (const QString &word : searchWords(filter.search)) {
        QVariantList binds;
        const QString match = SearchIndex::activityMatches(word, &binds);
        list.addMatch(match, binds);
    }
    const QString own = filter.activityConditions(list.binds());
    return list.query(own, order);
}

ListQuery ActivityQuery::all()
{
    return ListQuery(QStringLiteral("a.id"), QStringLiteral(" FROM activities a"), {}, {},
                     QStringLiteral("a.id"));
}

} // namespace kartoitus
