#include "search/searchindex.h"

#include "storage/sqlitehandle.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace kartoitus {

namespace {

// The indexed text of the organisations selected by `where` (an expression on o).
QString indexRowsSelect(const QString &where)
{
    return QStringLiteral(
               "SELECT o.id, o.name, coalesce(o.short_name, ''),"
               " trim(coalesce(o.business_id, '') || ' ' || coalesce(o.register_number, '') || ' '"
               "  || CASE WHEN length(o.register_number) > 3 THEN substr(o.register_number, 1,"
               "  length(o.register_number) - 3) || '.' || substr(o.register_number, -3) ELSE '' "
               "END),"
               " coalesce((SELECT group_concat(m.name_fi || ' ' || coalesce(m.name_sv, ''), ' ')"
               "  FROM municipalities m WHERE m.code = o.home_municipality OR m.code IN"
               "  (SELECT municipality_code FROM organisation_municipalities"
               "   WHERE organisation_id = o.id)), ''),"
               " coalesce((SELECT group_concat(s.name_fi, ' ') FROM organisation_sectors os"
               "  JOIN sectors s ON s.id = os.sector_id WHERE os.organisation_id = o.id), ''),"
               " coalesce((SELECT group_concat(a.name, ' ') FROM activities a"
               "  WHERE a.organisation_id = o.id), ''),"
               " coalesce(o.description, '') || ' ' || coalesce(o.email, '') || ' ' ||"
               " coalesce(o.website, '') || ' ' || coalesce(o.tags, '') || ' ' ||"
               " coalesce(o.street_address, '') || ' ' || coalesce(o.postal_code, '') || ' ' ||"
               " coalesce(o.post_office, '')"
               " FROM organisations o WHERE %1")
        .arg(where);
}

QString reindexStatements(const QString &idExpression)
{
    return QStringLiteral("DELETE FROM organisation_search WHERE rowid = %1;"
                          "INSERT INTO organisation_search (rowid, name, short_name, ids, places,"
                          " sectors, activities, text) %2;")
        .arg(idExpression, indexRowsSelect(QStringLiteral("o.id = ") + idExpression));
}

struct TriggerSpec
{
    const char *name;
    const char *event; // e.g. "AFTER INSERT ON organisations"
    const char *idExpression;
};

constexpr TriggerSpec triggerSpecs[] = {
    {"search_org_insert", "AFTER INSERT ON main.organisations", "NEW.id"},
    {"search_org_update", "AFTER UPDATE ON main.organisations", "NEW.id"},
    {"search_orgmun_insert", "AFTER INSERT ON main.organisation_municipalities",
     "NEW.organisation_id"},
    {"search_orgmun_delete", "AFTER DELETE ON main.organisation_municipalities",
     "OLD.organisation_id"},
    {"search_orgsec_insert", "AFTER INSERT ON main.organisation_sectors", "NEW.organisation_id"},
    {"search_orgsec_delete", "AFTER DELETE ON main.organisation_sectors", "OLD.organisation_id"},
    {"search_act_insert", "AFTER INSERT ON main.activities", "NEW.organisation_id"},
    {"search_act_update", "AFTER UPDATE OF name, organisation_id ON main.activities",
     "NEW.organisation_id"},
    {"search_act_move", "AFTER UPDATE OF organisation_id ON main.activities",
     "OLD.organisation_id"},
    {"search_act_delete", "AFTER DELETE ON main.activities", "OLD.organisation_id"},
};

// The activities' description index (activity_search, external content) follows every
// write of a description. These stay while a bulk write suspends the organisation index:
// the import reindexes organisations, not activities.
constexpr const char *activityTriggers[] = {
    "CREATE TEMP TRIGGER IF NOT EXISTS search_actdesc_insert AFTER INSERT ON main.activities "
    "BEGIN INSERT INTO activity_search (rowid, description) VALUES (NEW.id, NEW.description); "
    "END;",
    "CREATE TEMP TRIGGER IF NOT EXISTS search_actdesc_delete AFTER DELETE ON main.activities "
    "BEGIN INSERT INTO activity_search (activity_search, rowid, description) VALUES "
    "('delete', OLD.id, OLD.description); END;",
    "CREATE TEMP TRIGGER IF NOT EXISTS search_actdesc_update AFTER UPDATE OF id, description "
    "ON main.activities BEGIN INSERT INTO activity_search (activity_search, rowid, "
    "description) VALUES ('delete', OLD.id, OLD.description); INSERT INTO activity_search "
    "(rowid, description) VALUES (NEW.id, NEW.description); END;",
};

} // namespace

bool SearchIndex::installTriggers(const QSqlDatabase &db, QString *error)
{
    QString script;
    for (const TriggerSpec &spec : triggerSpecs) {
        script += QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1 %2 BEGIN %3 END;")
                      .arg(QLatin1String(spec.name), QLatin1String(spec.event),
                           reindexStatements(QLatin1String(spec.idExpression)));
    }
    script += QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS search_org_delete AFTER DELETE ON "
                             "main.organisations BEGIN DELETE FROM organisation_search WHERE rowid "
                             "= OLD.id; END;");
    for (const char *trigger : activityTriggers)
        script += QLatin1String(trigger);
    return storage::execScript(db, script, error);
}

bool SearchIndex::removeTriggers(const QSqlDatabase &db, QString *error)
{
    QString script;
    for (const TriggerSpec &spec : triggerSpecs)
        script += QStringLiteral("DROP TRIGGER IF EXISTS temp.%1;").arg(QLatin1String(spec.name));
    script += QStringLiteral("DROP TRIGGER IF EXISTS temp.search_org_delete;");
    return storage::execScript(db, script, error);
}

bool SearchIndex::reindex(const QSqlDatabase &db, const QList<qint64> &organisationIds,
                          QString *error)
{
    if (organisationIds.isEmpty())
        return true;
    QStringList ids;
    ids.reserve(organisationIds.size());
    for (qint64 id : organisationIds)
        ids.append(QString::number(id));
    const QString list = ids.join(QLatin1Char(','));
    return storage::execScript(
        db,
        QStringLiteral("DELETE FROM organisation_search WHERE rowid IN (%1);"
                       "INSERT INTO organisation_search (rowid, name, short_name, ids, places,"
                       " sectors, activities, text) %2;")
            .arg(list, indexRowsSelect(QStringLiteral("o.id IN (%1)").arg(list))),
        error);
}

bool SearchIndex::rebuild(const QSqlDatabase &db, QString *error)
{
    // FTS5 gathers new terms in memory and writes them out as a segment whenever they
    // take more than `hashsize` bytes (1 MB by default). Writing all organisations at
    // once, 8 MB means fewer, larger segments to merge: for 100,000 organisations the
    // index took 2.3 s of CPU instead of 2.9 s, for about 8 MB more peak memory. The
    // setting is kept in the index's own configuration, so later bulk writes have it too.
    return storage::execScript(
        db,
        QStringLiteral("INSERT INTO organisation_search (organisation_search, rank)"
                       " VALUES ('hashsize', 8388608);"
                       "DELETE FROM organisation_search;"
                       "INSERT INTO organisation_search (rowid, name, short_name, ids, places,"
                       " sectors, activities, text) %1;"
                       "INSERT INTO activity_search (activity_search) VALUES ('rebuild');")
            .arg(indexRowsSelect(QStringLiteral("1"))),
        error);
}

bool SearchIndex::optimize(const QSqlDatabase &db, QString *error)
{
    return storage::execScript(
        db,
        QStringLiteral("INSERT INTO organisation_search (organisation_search) VALUES ('optimize');"
                       "INSERT INTO activity_search (activity_search) VALUES ('optimize');"),
        error);
}

QStringList SearchIndex::terms(const QString &userText)
{
    // Every term must match as a prefix, so a term that is a prefix of another (after the
    // index's case folding) matches every organisation the longer one does: it is redundant.
    QStringList kept;
    QStringList folded;
    const auto add = [&](const QString &word) {
        const QString key = word.toLower();
        for (const QString &other : std::as_const(folded)) {
            if (other.startsWith(key))
                return;
        }
        for (qsizetype i = folded.size() - 1; i >= 0; --i) {
            if (key.startsWith(folded.at(i))) {
                folded.removeAt(i);
                kept.removeAt(i);
            }
        }
        if (kept.size() < MaxTerms) {
            kept.append(word);
            folded.append(key);
        }
    };
    QString word;
    for (const QChar c : userText) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            add(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        add(word);
    return kept;
}

QString SearchIndex::matchExpression(const QString &userText)
{
    QStringList terms = SearchIndex::terms(userText);
    for (QString &term : terms)
        term = QLatin1Char('"') + term + QStringLiteral("\"*");
    return terms.join(QLatin1String(" AND "));
}

int SearchIndex::staleRows(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    // Compare column by column through a CTE so every value has a name.
    const QString cte =
        QStringLiteral("WITH expected(id, name, short_name, ids, places, sectors, activities,"
                       " text) AS (%1) SELECT (SELECT count(*) FROM expected e LEFT JOIN "
                       "organisation_search s ON s.rowid = e.id WHERE s.rowid IS NULL OR s.name"
                       " IS NOT e.name OR s.places IS NOT e.places OR s.sectors IS NOT "
                       "e.sectors OR s.activities IS NOT e.activities OR s.text IS NOT e.text)"
                       " + (SELECT count(*) FROM organisation_search WHERE rowid NOT IN "
                       "(SELECT id FROM organisations))")
            .arg(indexRowsSelect(QStringLiteral("1")));
    if (!query.exec(cte) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

SearchIndexSuspension::SearchIndexSuspension(const QSqlDatabase &db)
    : m_db(db)
{
    SearchIndex::removeTriggers(m_db, nullptr);
}

SearchIndexSuspension::~SearchIndexSuspension()
{
    SearchIndex::installTriggers(m_db, nullptr);
}

} // namespace kartoitus
