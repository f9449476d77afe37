#include "search/searchhits.h"

#include "search/searchindex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kartoitus {

namespace {

constexpr QChar Open(0x1);
constexpr QChar Close(0x2);

// organisation_search's columns, in its order.
constexpr SearchHit::Field indexFields[] = {
    SearchHit::Field::Name,    SearchHit::Field::ShortName, SearchHit::Field::Ids,
    SearchHit::Field::Places,  SearchHit::Field::Sectors,   SearchHit::Field::Activities,
    SearchHit::Field::Details,
};

bool fail(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

bool addTextHits(const QSqlDatabase &db, const QString &match, const QString &ids,
                 QHash<qint64, QList<SearchHit>> *hits, QString *error)
{
    QStringList columns;
    for (int i = 0; i < int(std::size(indexFields)); ++i)
        columns.append(
            QStringLiteral("highlight(organisation_search, %1, char(1), char(2))").arg(i));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT rowid, %1 FROM organisation_search WHERE "
                                      "organisation_search MATCH ? AND rowid IN (%2)")
                           .arg(columns.join(QLatin1String(", ")), ids)))
        return fail(query, error);
    query.addBindValue(match);
    if (!query.exec())
        return fail(query, error);
    while (query.next()) {
        QList<SearchHit> &row = (*hits)[query.value(0).toLongLong()];
        for (int i = 0; i < int(std::size(indexFields)); ++i) {
            const QString text = query.value(i + 1).toString();
            if (text.contains(Open))
                row.append(SearchHits::fromHighlight(indexFields[i], text, Open, Close));
        }
    }
    return true;
}

bool addServedHits(const QSqlDatabase &db, const QStringList &municipalities, const QString &ids,
                   QHash<qint64, QList<SearchHit>> *hits, QString *error)
{
    const QStringList marks(municipalities.size(), QStringLiteral("?"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT om.organisation_id, m.name_fi FROM organisation_municipalities "
                           "om JOIN municipalities m ON m.code = om.municipality_code JOIN "
                           "organisations o ON o.id = om.organisation_id WHERE "
                           "om.organisation_id IN (%1) AND om.municipality_code IN (%2) AND "
                           "o.home_municipality IS NOT om.municipality_code ORDER BY m.name_fi")
                .arg(ids, marks.join(QLatin1Char(',')))))
        return fail(query, error);
    for (const QString &code : municipalities)
        query.addBindValue(code);
    if (!query.exec())
        return fail(query, error);
    while (query.next()) {
        QList<SearchHit> &row = (*hits)[query.value(0).toLongLong()];
        const QString name = query.value(1).toString();
        if (!row.isEmpty() && row.last().field == SearchHit::Field::Served) {
            row.last().words.append(name);
            row.last().excerpt += QStringLiteral(", ") + name;
        } else {
            row.append({SearchHit::Field::Served, {name}, name});
        }
    }
    return true;
}

} // namespace

QHash<qint64, QList<SearchHit>> SearchHits::of(const QSqlDatabase &db, const RecordFilter &filter,
                                               const QList<qint64> &ids, QString *error)
{
    QHash<qint64, QList<SearchHit>> hits;
    if (ids.isEmpty())
        return hits;
    const QString list = SearchIndex::idList(ids);
    const QString match = filter.matchExpression();
    if (!match.isEmpty() && !addTextHits(db, match, list, &hits, error))
        return {};
    if (!filter.municipalities.isEmpty() &&
        !addServedHits(db, filter.municipalities, list, &hits, error))
        return {};
    return hits;
}

SearchHit SearchHits::fromHighlight(SearchHit::Field field, const QString &highlighted, QChar open,
                                    QChar close, int context)
{
    SearchHit hit{field, {}, {}};
    // Split into words, each marked or not; a marker always wraps whole tokens.
    struct Word
    {
        QString text;
        bool marked;
    };
    QList<Word> words;
    bool inside = false;
    QString current;
    bool marked = false;
    for (const QChar c : highlighted) {
        if (c == open || c == close) {
            inside = c == open;
            marked = marked || inside;
        } else if (c.isSpace()) {
            if (!current.isEmpty())
                words.append({current, marked});
            current.clear();
            marked = inside;
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        words.append({current, marked});
    int first = -1;
    for (int i = 0; i < words.size(); ++i) {
        if (!words.at(i).marked)
            continue;
        if (first < 0)
            first = i;
        // A word such as "Liikunta," keeps its punctuation in the excerpt, not in the word.
        QString word = words.at(i).text;
        while (!word.isEmpty() && !word.back().isLetterOrNumber())
            word.chop(1);
        while (!word.isEmpty() && !word.front().isLetterOrNumber())
            word.remove(0, 1);
        if (!word.isEmpty() && !hit.words.contains(word, Qt::CaseInsensitive))
            hit.words.append(word);
    }
    if (first < 0)
        return hit;
    const int from = qMax(0, first - 1); // one word before: the find stays in sight
    // The words around the first find; the later ones are in `words`.
    const int to = qMin(int(words.size()) - 1, first + context);
    QStringList excerpt;
    for (int i = from; i <= to; ++i)
        excerpt.append(words.at(i).text);
    hit.excerpt = excerpt.join(QLatin1Char(' '));
    if (from > 0)
        hit.excerpt.prepend(QStringLiteral("… "));
    if (to < words.size() - 1)
        hit.excerpt.append(QStringLiteral(" …"));
    return hit;
}

} // namespace kartoitus
