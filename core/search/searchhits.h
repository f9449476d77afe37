#pragma once

#include "repositories/recordfilter.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kartoitus {

// Where a filtered organisation list found a row: the fields of the search index that hold
// the words typed, and the municipalities of the filter that it serves besides its home.
// The list shows it when no column on screen explains why a row is there (an organisation
// found by one of its activities, or listed under Laukaa while its home is Jyväskylä).
struct SearchHit
{
    enum class Field
    {
        Name,
        ShortName,
        Ids,    // business ID and register number
        Places, // home municipality and municipalities served
        Sectors,
        Activities, // the names of its activities
        Details,    // description, contact details, address and tags
        Served,     // a municipality of the filter it serves (not its home)
    };

    Field field;
    QStringList words; // the words found, as the record writes them
    QString excerpt;   // the found words with a few words around them ("… walks for …")
};

class SearchHits
{
public:
    // The hits of each of `ids` (rows of a list that `filter` selects), in Field order;
    // nothing for an id with none. Two statements at the most, over those ids alone.
    static QHash<qint64, QList<SearchHit>> of(const QSqlDatabase &db, const RecordFilter &filter,
                                              const QList<qint64> &ids, QString *error);

    // The words between the markers `open` and `close` of a highlighted text, and an
    // excerpt from the word before the first of them to `context` words after it.
    static SearchHit fromHighlight(SearchHit::Field field, const QString &highlighted, QChar open,
                                   QChar close, int context = 4);
};

} // namespace kartoitus
