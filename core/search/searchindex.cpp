#include "search/searchindex.h"

#include "common/finnishtext.h"
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

// The activities' own indexes follow every write of an activity: activity_search (names
// and descriptions, external content) and activity_name_search (the sort keys of the
// activity's and its organisation's names, trigrams, its own copy). These stay while a bulk
// write suspends the organisation index: the import reindexes organisations, not activities.
constexpr const char *activityTriggers[] = {
    "CREATE TEMP TRIGGER IF NOT EXISTS search_actdesc_insert AFTER INSERT ON main.activities "
    "BEGIN INSERT INTO activity_search (rowid, name, description) VALUES (NEW.id, NEW.name, "
    "NEW.description); END;",
    "CREATE TEMP TRIGGER IF NOT EXISTS search_actdesc_delete AFTER DELETE ON main.activities "
    "BEGIN INSERT INTO activity_search (activity_search, rowid, name, description) VALUES "
    "('delete', OLD.id, OLD.name, OLD.description); END;",
    "CREATE TEMP TRIGGER IF NOT EXISTS search_actdesc_update AFTER UPDATE OF id, name, "
    "description ON main.activities BEGIN INSERT INTO activity_search (activity_search, rowid, "
    "name, description) VALUES ('delete', OLD.id, OLD.name, OLD.description); INSERT INTO "
    "activity_search (rowid, name, description) VALUES (NEW.id, NEW.name, NEW.description); "
    "END;",
    "CREATE TEMP TRIGGER IF NOT EXISTS search_actname_insert AFTER INSERT ON main.activities "
    "BEGIN INSERT INTO activity_name_search (rowid, name, organisation) SELECT NEW.id, "
    "NEW.name_sort, o.name_sort FROM main.organisations o WHERE o.id = NEW.organisation_id; "
    "END;",
    "CREATE TEMP TRIGGER IF NOT EXISTS search_actname_delete AFTER DELETE ON main.activities "
    "BEGIN DELETE FROM activity_name_search WHERE rowid = OLD.id; END;",
    "CREATE TEMP TRIGGER IF NOT EXISTS search_actname_update AFTER UPDATE OF id, name_sort, "
    "organisation_id ON main.activities BEGIN DELETE FROM activity_name_search WHERE rowid = "
    "OLD.id; INSERT INTO activity_name_search (rowid, name, organisation) SELECT NEW.id, "
    "NEW.name_sort, o.name_sort FROM main.organisations o WHERE o.id = NEW.organisation_id; "
    "END;",
    "CREATE TEMP TRIGGER IF NOT EXISTS search_actname_org AFTER UPDATE OF name_sort ON "
    "main.organisations WHEN OLD.name_sort IS NOT NEW.name_sort BEGIN UPDATE "
    "activity_name_search SET organisation = NEW.name_sort WHERE rowid IN (SELECT id FROM "
    "main.activities WHERE organisation_id = NEW.id); END;",
    // person_name_search: the person's and organisation's name sort keys and the email. An
    // organisation's delete sets its persons' organisation_id to NULL, an update that fires
    // search_person_update.
    "CREATE TEMP TRIGGER IF NOT EXISTS search_person_insert AFTER INSERT ON main.persons "
    "BEGIN INSERT INTO person_name_search (rowid, name, organisation, email) VALUES (NEW.id, "
    "NEW.name_sort, coalesce((SELECT name_sort FROM main.organisations WHERE id = "
    "NEW.organisation_id), ''), lower(coalesce(NEW.email, ''))); END;",
    "CREATE TEMP TRIGGER IF NOT EXISTS search_person_delete AFTER DELETE ON main.persons "
    "BEGIN DELETE FROM person_name_search WHERE rowid = OLD.id; END;",
    "CREATE TEMP TRIGGER IF NOT EXISTS search_person_update AFTER UPDATE OF id, name_sort, "
    "organisation_id, email ON main.persons BEGIN DELETE FROM person_name_search WHERE rowid = "
    "OLD.id; INSERT INTO person_name_search (rowid, name, organisation, email) VALUES (NEW.id, "
    "NEW.name_sort, coalesce((SELECT name_sort FROM main.organisations WHERE id = "
    "NEW.organisation_id), ''), lower(coalesce(NEW.email, ''))); END;",
    "CREATE TEMP TRIGGER IF NOT EXISTS search_person_org AFTER UPDATE OF name_sort ON "
    "main.organisations WHEN OLD.name_sort IS NOT NEW.name_sort BEGIN UPDATE "
    "person_name_search SET organisation = NEW.name_sort WHERE rowid IN (SELECT id FROM "
    "main.persons WHERE organisation_id = NEW.id); END;",
};

const QString NameRows =
    QStringLiteral("INSERT INTO activity_name_search (rowid, name, organisation) SELECT a.id,"
                   " a.name_sort, o.name_sort FROM activities a JOIN organisations o"
                   " ON o.id = a.organisation_id;"
                   "INSERT INTO person_name_search (rowid, name, organisation, email) SELECT"
                   " p.id, p.name_sort, coalesce(o.name_sort, ''), lower(coalesce(p.email, ''))"
                   " FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id;");

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
    const QString list = idList(organisationIds);
    return storage::execScript(
        db,
        QStringLiteral("DELETE FROM organisation_search WHERE rowid IN (%1);"
                       "INSERT INTO organisation_search (rowid, name, short_name, ids, places,"
                       " sectors, activities, text) %2;")
            .arg(list, indexRowsSelect(QStringLiteral("o.id IN (%1)").arg(list))),
        error);
}

QString SearchIndex::idList(const QList<qint64> &ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list.append(QString::number(id));
    return list.join(QLatin1Char(','));
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
                       "INSERT INTO activity_search (activity_search) VALUES ('rebuild');"
                       "DELETE FROM activity_name_search; DELETE FROM person_name_search;%2")
            .arg(indexRowsSelect(QStringLiteral("1")), NameRows),
        error);
}

bool SearchIndex::optimize(const QSqlDatabase &db, QString *error)
{
    return storage::execScript(
        db,
        QStringLiteral("INSERT INTO organisation_search (organisation_search) VALUES ('optimize');"
                       "INSERT INTO activity_search (activity_search) VALUES ('optimize');"
                       "INSERT INTO activity_name_search (activity_name_search)"
                       " VALUES ('optimize');"
                       "INSERT INTO person_name_search (person_name_search) VALUES ('optimize');"),
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

QString SearchIndex::containsExpression(const QString &text)
{
    if (text.size() < TrigramLength)
        return QString();
    QString phrase = text;
    phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

QString SearchIndex::containsPattern(const QString &key)
{
    QString pattern = key;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
    pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

QString SearchIndex::personMatches(const QString &word, QVariantList *binds)
{
    const QString phrase = containsExpression(FinnishText::sortKey(word));
    if (phrase.isEmpty())
        return QString();
    *binds << phrase;
    return QStringLiteral("SELECT rowid AS id FROM person_name_search WHERE "
                          "person_name_search MATCH ?");
}

QString SearchIndex::activityMatches(const QString &word, QVariantList *binds)
{
    const QString key = FinnishText::sortKey(word);
    const QString prefixes = matchExpression(word);
    if (key.size() >= TrigramLength) {
        QString sql = QStringLiteral("SELECT rowid AS id FROM activity_name_search WHERE "
                                     "activity_name_search MATCH ?");
        *binds << containsExpression(key);
        if (!prefixes.isEmpty()) {
            sql += QStringLiteral(" UNION SELECT rowid FROM activity_search WHERE "
                                  "activity_search MATCH ?");
            *binds << QStringLiteral("description : (%1)").arg(prefixes);
        }
        return sql;
    }
    if (prefixes.isEmpty()) {
        // Only a character or two such as % or -: rare enough to read the index's copy of
        // the names, which is far smaller than the activities and their organisations.
        const QString pattern = containsPattern(key);
        *binds << pattern << pattern;
        return QStringLiteral("SELECT rowid AS id FROM activity_name_search WHERE name LIKE ? "
                              "ESCAPE '\\' OR organisation LIKE ? ESCAPE '\\'");
    }
    *binds << prefixes << QStringLiteral("name : (%1)").arg(prefixes);
    return QStringLiteral("SELECT rowid AS id FROM activity_search WHERE activity_search MATCH ?"
                          " UNION SELECT id FROM activities WHERE organisation_id IN (SELECT "
                          "rowid FROM organisation_search WHERE organisation_search MATCH ?)");
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
