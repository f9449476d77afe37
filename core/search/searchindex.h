#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

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

    // Number of organisations whose index row is missing or stale (for `check`).
    static int staleRows(const QSqlDatabase &db, QString *error);
};

// Suspends the triggers for a bulk write on this connection; restores them on scope exit.
class SearchIndexSuspension
{
public:
    explicit SearchIndexSuspension(const QSqlDatabase &db);
    ~SearchIndexSuspension();
    SearchIndexSuspension(const SearchIndexSuspension &) = delete;
    SearchIndexSuspension &operator=(const SearchIndexSuspension &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace kartoitus
