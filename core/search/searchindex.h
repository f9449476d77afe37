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

    // An FTS5 MATCH expression for what a user typed: every word must match as a prefix,
    // in any column. Empty when the text holds no word.
    static QString matchExpression(const QString &userText);

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
