#include "repositories/personquery.h"

#include "common/finnishtext.h"
#include "repositories/personrepository.h"
#include "repositories/repositoryutil.h"
#include "search/searchindex.h"

#include <QSqlQuery>

namespace kartoitus {

namespace {

const QString LiaisonCondition =
    QStringLiteral("(p.organisation_id IS NULL AND p.municipality_code IS NOT NULL)");

// The column of the person's row that holds `key`, as the list names it.
QString own(const char *key)
{
    return QStringLiteral("p.") + PersonRepository::columnOf(QLatin1String(key));
}

const QString From =
    QStringLiteral(" FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id");

} // namespace

const QList<ListColumn> &PersonQuery::columns()
{
    static const QList<ListColumn> list = {
        listColumn(QStringLiteral("name"), QT_TR_NOOP("Name"), own("name"), own("name_sort")),
        listColumn(QStringLiteral("role"), QT_TR_NOOP("Role"), own("role")),
        listColumn(QStringLiteral("organisation"), QT_TR_NOOP("Organisation"),
                   QStringLiteral("o.name"), QStringLiteral("o.name_sort")),
        listColumn(
            QStringLiteral("kind"), QT_TR_NOOP("Contact or liaison"),
            QStringLiteral("CASE WHEN %1 THEN 'liaison' ELSE 'contact' END").arg(LiaisonCondition)),
        listColumn(QStringLiteral("municipality"), QT_TR_NOOP("Municipality"),
                   QStringLiteral(
                       "(SELECT name_fi FROM municipalities WHERE code = p.municipality_code)")),
        listColumn(QStringLiteral("email"), QT_TR_NOOP("Email"), own("email")),
        listColumn(QStringLiteral("phone"), QT_TR_NOOP("Phone"), own("phone")),
        listColumn(
            QStringLiteral("publish_consent"), QT_TR_NOOP("Publish consent"),
            QStringLiteral("CASE WHEN p.publish_consent = 1 THEN coalesce(p.consent_date, 'yes')"
                           " END")),
        listColumn(QStringLiteral("updated_at"), QT_TR_NOOP("Updated"), own("updated_at")),
        listColumn(QStringLiteral("verified_at"), QT_TR_NOOP("Verified"), own("verified_at"), {},
                   false, false),
        listColumn(QStringLiteral("id"), QT_TR_NOOP("ID"), QStringLiteral("p.id"), {}, true, false),
    };
    return list;
}

QString PersonQuery::label(const ListColumn &column)
{
    return tr(column.label);
}

ListQuery PersonQuery::filtered(const RecordFilter &filter, const QString &order)
{
    // Each word selects the persons it finds from their full-text index alone
    // (SearchIndex::personMatches): a keystroke does not read the persons table.
    NamedListBuilder list(QStringLiteral("p"), From,
                          QStringLiteral(" FROM persons p INDEXED BY persons_name_sort"
                                         " LEFT JOIN organisations o ON o.id = p.organisation_id"));
    for (const QString &word : searchWords(filter.search)) {
        QVariantList binds;
        const QString match = SearchIndex::personMatches(word, &binds);
        if (!match.isEmpty()) {
            list.addMatch(match, binds);
            continue;
        }
        // One or two characters: in the names or the email as before (most persons match,
        // so a page along the name index stops early). Emails are ASCII: SQLite's lower()
        // is enough for them.
        const QString pattern = SearchIndex::containsPattern(FinnishText::sortKey(word));
        list.addCondition(QStringLiteral("(p.name_sort LIKE ? ESCAPE '\\' OR o.name_sort LIKE ? "
                                         "ESCAPE '\\' OR lower(coalesce(p.email, '')) LIKE ? "
                                         "ESCAPE '\\')"),
                          {pattern, pattern, pattern});
    }
    const QString own = filter.personConditions(list.binds());
    return list.query(own, order);
}

ListQuery PersonQuery::all()
{
    return ListQuery(QStringLiteral("p.id"), QStringLiteral(" FROM persons p"), {}, {},
                     QStringLiteral("p.id"));
}

QList<std::pair<qint64, QString>> PersonQuery::organisationsWithPersons(const QSqlDatabase &db,
                                                                        QString *error)
{
    QList<std::pair<qint64, QString>> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!repository::run(query,
                         QStringLiteral("SELECT o.id, o.name FROM organisations o WHERE o.id IN"
                                        " (SELECT organisation_id FROM persons) ORDER BY"
                                        " o.name_sort, o.id"),
                         {}, error))
        return result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString()});
    return result;
}

} // namespace kartoitus
