#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kartoitus {

// Records, for every row a connection inserts, updates or deletes, the SQL statement that
// reverses it (temporary triggers writing into a temporary table, so nothing reaches the
// file). A user edit is captured between begin() and take(); undoing it replays the
// statements backwards in one transaction, which records the statements of the redo.
// This makes any write undoable — a field edit as much as an import of thousands of rows —
// without each command knowing how to reverse itself.
class UndoJournal
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::UndoJournal)

public:
    explicit UndoJournal(const QSqlDatabase &db);

    // Creates the log table and triggers on this connection (idempotent).
    bool install(QString *error);
    bool isInstalled() const { return m_installed; }

    // Starts capturing: forgets any entries not yet taken.
    bool begin(QString *error);
    // The statements recorded since begin(), in the order the changes happened; clears them.
    QStringList take(QString *error);

    // Executes `inverse` backwards in one transaction and returns, in *redo, the statements
    // that reverse what it did. Nothing changes if any statement fails.
    bool replay(const QStringList &inverse, QStringList *redo, QString *error);

private:
    bool createTriggers(const QString &table, QString *error);

    QSqlDatabase m_db;
    bool m_installed = false;
};

} // namespace kartoitus
