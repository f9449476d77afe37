#include "repositories/activitylisting.h"

#include "fields/fieldcatalogue.h"
#include "repositories/activityrepository.h"
#include "repositories/repositoryutil.h"

#include <QSqlError>

namespace kartoitus {

using namespace repository;

namespace {

// The parts of the filter that are about the organisation and read as the organisation
// list reads them: its search words and status.
QString organisationPart(const RecordFilter &records, QVariantList *binds)
{
    RecordFilter own;
    own.search = records.search;
    own.statuses = records.statuses;
    const QString conditions = own.organisationConditions(binds);
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral("a.organisation_id IN (SELECT o.id FROM organisations o WHERE %1)")
                     .arg(conditions);
}

QString whereClause(const RecordFilter &filter, QVariantList *binds)
{
    QStringList parts;
    const QString own = filter.activityConditions(binds);
    if (!own.isEmpty())
        parts.append(own);
    const QString organisations = organisationPart(filter, binds);
    if (!organisations.isEmpty())
        parts.append(organisations);
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}

const QString rowColumns =
    ActivityRepository::selectedColumns(QStringLiteral("a.")) +
    QStringLiteral(", o.name, o.email, o.phone, o.website, p.name, p.email, p.phone,"
                   " coalesce(p.publish_consent, 0),"
                   " (SELECT group_concat(theme_id) FROM activity_themes WHERE activity_id = a.id),"
                   " (SELECT group_concat(target_group_id) FROM activity_target_groups"
                   "  WHERE activity_id = a.id),"
                   " (SELECT group_concat(municipality_code) FROM activity_municipalities"
                   "  WHERE activity_id = a.id)");

const QString fromClause = QStringLiteral(" FROM activities a JOIN organisations o ON o.id ="
                                          " a.organisation_id LEFT JOIN persons p ON p.id ="
                                          " a.contact_person_id");

QList<int> idList(const QVariant &value)
{
    QList<int> ids;
    for (const QString &id : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(id.toInt());
    std::sort(ids.begin(), ids.end());
    return ids;
}

const char *const contactKeys[] = {"contact_person", "contact_email", "contact_phone"};

} // namespace

ActivityListing::ActivityListing(const QSqlDatabase &db)
    : m_db(db)
    , m_query(db)
{
    m_query.setForwardOnly(true);
}

qint64 ActivityListing::count(const RecordFilter &filter, QString *error) const
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    return countRows(m_db, QStringLiteral("SELECT count(*) FROM activities a") + where, binds,
                     error);
}

bool ActivityListing::exec(const RecordFilter &filter, QString *error)
{
    m_error.clear();
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    const QString sql = QStringLiteral("SELECT %1%2%3 ORDER BY a.name_sort, a.id")
                            .arg(rowColumns, fromClause, where);
    if (!run(m_query, sql, binds, &m_error))
        return fail(error, m_error);
    // The consent rule of public outputs (design §6) is the field catalogue's: asked once per
    // listing, for a person who consented and for one who did not.
    for (int i = 0; i < 3; ++i) {
        const QString key = QLatin1String(contactKeys[i]);
        m_publish[i][0] =
            fields::FieldCatalogue::mayPublish(fields::Entity::Activities, key, false);
        m_publish[i][1] = fields::FieldCatalogue::mayPublish(fields::Entity::Activities, key, true);
    }
    return true;
}

bool ActivityListing::next(ActivityListRow *row)
{
    if (!m_query.next()) {
        if (m_query.lastError().isValid())
            m_error = m_query.lastError().text();
        return false;
    }
    const QSqlQuery &q = m_query;
    Activity &a = row->activity;
    a = ActivityRepository::fromRow(q);
    const int c = ActivityRepository::selectedColumnCount(); // the listing's own columns follow
    row->organisationName = q.value(c).toString();
    row->organisationEmail = q.value(c + 1).toString();
    row->organisationPhone = q.value(c + 2).toString();
    row->organisationWebsite = q.value(c + 3).toString();
    const bool consents = q.value(c + 7).toBool();
    QString *contact[] = {&row->contactName, &row->contactEmail, &row->contactPhone};
    for (int i = 0; i < 3; ++i)
        *contact[i] = m_publish[i][consents ? 1 : 0] ? q.value(c + 4 + i).toString() : QString();
    a.themeIds = idList(q.value(c + 8));
    a.targetGroupIds = idList(q.value(c + 9));
    a.municipalityCodes = q.value(c + 10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.municipalityCodes.sort();
    return true;
}

QList<std::pair<int, QString>> ActivityListing::referenceNames(const QSqlDatabase &db,
                                                               const QString &table,
                                                               const QString &language,
                                                               QString *error)
{
    static const QStringList tables = {QStringLiteral("themes"), QStringLiteral("target_groups"),
                                       QStringLiteral("sectors")};
    QList<std::pair<int, QString>> names;
    if (!tables.contains(table)) {
        fail(error, QStringLiteral("unknown reference list %1").arg(table));
        return names;
    }
    const QString column = language == QLatin1String("sv")   ? QStringLiteral("name_sv")
                           : language == QLatin1String("en") ? QStringLiteral("name_en")
                                                             : QStringLiteral("name_fi");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT id, coalesce(nullif(%1, ''), name_fi) FROM %2"
                            " ORDER BY sort_order, id")
                 .arg(column, table),
             {}, error))
        return names;
    while (query.next())
        names.append({query.value(0).toInt(), query.value(1).toString()});
    return names;
}

QHash<QString, QString> ActivityListing::municipalityNames(const QSqlDatabase &db,
                                                           const QString &language, QString *error)
{
    QHash<QString, QString> names;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString name = language == QLatin1String("sv")
                             ? QStringLiteral("coalesce(nullif(name_sv, ''), name_fi)")
                             : QStringLiteral("name_fi");
    if (!run(query, QStringLiteral("SELECT code, %1 FROM municipalities").arg(name), {}, error))
        return names;
    while (query.next())
        names.insert(query.value(0).toString(), query.value(1).toString());
    return names;
}

QStringList ActivityListing::languageCodes(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QHash<QString, int> counts;
    if (!run(query,
             QStringLiteral("SELECT languages, count(*) FROM activities WHERE languages IS NOT"
                            " NULL GROUP BY languages"),
             {}, error))
        return {};
    while (query.next()) {
        const QStringList codes =
            query.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &code : codes)
            counts[code.trimmed().toLower()] += query.value(1).toInt();
    }
    QStringList codes = counts.keys();
    codes.removeAll(QString());
    std::sort(codes.begin(), codes.end(), [&counts](const QString &a, const QString &b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    return codes;
}

} // namespace kartoitus
