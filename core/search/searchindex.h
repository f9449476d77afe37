#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace kartoitus {

// The full-text index over organisations (FTS5 table organisation_search, one row per
// organisation: names, IDs, municipalities, sectors, activity names, contact text).
// Temporary triggers on each connection keep it in step with every write, including
// undo and redo; bulk writers suspend them and reindex once at the end.
class SearchIndex
{
public:
    static bool installTriggers(const QSqlDatabase &db, QString *error);
    static bool removeTriggers(const QSqlDatabase &db, QString *error);

    static bool reindex(const QSqlDatabase &db, const QList<qint64> &organisationIds,
                        QString *error);
    static bool rebuild(const QSqlDatabase &db, QString *error);
    // Merges the index into one segment: what deleted rows left behind in it (FTS5 keeps
    // their terms until a merge) is dropped, and its pages become free.
    static bool optimize(const QSqlDatabase &db, QString *error);

    // An FTS5 MATCH expression for what a user typed: every word must match as a prefix,
    // in any column. Empty when the text holds no word.
    static QString matchExpression(const QString &userText);
    // The words of what a user typed that the search needs, as terms()' prefixes: a word
    // repeated, or one that begins another word typed ("t" beside "talo"), selects nothing
    // more and is left out; after MaxTerms words the rest are ignored. Each term is one
    // more index lookup, so text pasted into the search box costs no more than 16 words.
    static QStringList terms(const QString &userText);
    static constexpr int MaxTerms = 16;

    // The activities one typed word finds, as a SELECT of one column `id` whose values are
    // appended to *binds, read from the activities' indexes alone (migration 7): a word of
    // TrigramLength characters or more anywhere in the activity's or its organisation's name
    // (Finnish sort keys, as FinnishText::sortKey folds them) or as the start of a word of the
    // description; a shorter word, which no trigram holds, as the start of a word of the
    // activity's name, its organisation's name or the description. A short word of no letter
    // or digit (`%`, `-`) is looked for anywhere in the names in the index's own copy of them.
    static QString activityMatches(const QString &word, QVariantList *binds);
    static constexpr int TrigramLength = 3;
    // The persons one typed word of TrigramLength characters or more finds, in the same form:
    // the word anywhere in the person's or their organisation's name (sort keys) or in the
    // email. Empty for a shorter word (see containsPattern()).
    static QString personMatches(const QString &word, QVariantList *binds);
    // An FTS5 phrase that finds `text` anywhere in a trigram index (quotes doubled); empty when
    // the text is shorter than a trigram.
    static QString containsExpression(const QString &text);
    // A LIKE pattern (ESCAPE '\') that finds a sort key anywhere: typed %, _ and \ match
    // themselves. For a word too short for the trigrams where no prefix index serves (persons:
    // a scan of the list's rows, which stops early when most rows match).
    static QString containsPattern(const QString &key);

    // "1,2,3": ids written into a statement (numbers only, so nothing to bind).
    static QString idList(const QList<qint64> &ids);

    // Number of organisations whose index row is missing or stale (for `check`).
    static int staleRows(const QSqlDatabase &db, QString *error);
};

// Suspends the triggers for a bulk write on this connection; restores them on scope exit.
class SearchIndexSuspension
{
public:
    explicit SearchIndexSuspension(const QSqlDatabase &db);
    ~SearchIndexSuspension();
    Q_DISABLE_COPY(SearchIndexSuspension)

private:
    QSqlDatabase m_db;
};

} // namespace kartoitus
