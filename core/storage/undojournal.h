#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace kartoitus {

// The entries one step recorded in an undo store: sequence numbers first..last.
struct UndoRange
{
    qint64 first = 1;
    qint64 last = 0;
    qint64 size() const { return last >= first ? last - first + 1 : 0; }
    bool isEmpty() const { return size() == 0; }
};

// How a long replay reports and is stopped (both optional; called on the replaying thread).
struct ReplayControl
{
    const std::atomic_bool *cancel = nullptr;
    std::function<void(qint64 done, qint64 total)> progress;
};

// Records, for every row a connection inserts, updates or deletes, what reverses it
// (temporary triggers writing into a log table): the table, the operation that undoes the
// change (delete the row, put its old values back, insert it again), the row's key and its
// old values, as SQLite values. A user edit is captured between begin() and takeRange();
// undoing it replays the entries backwards in one transaction, which records the entries
// of the redo. This makes any write undoable — a field edit as much as an import of
// thousands of rows — without each command knowing how to reverse itself.
//
// Replaying runs one prepared statement per table and operation, bound to each entry in
// turn: a step of 100,000 rows compiles a handful of statements, not 100,000.
//
// The log is a temporary table of the connection unless an undo store is attached
// (attachStore): then it is a table in a scratch file of its own, shared by every
// connection that attaches the same file, and a step is only a range of its entries —
// however many rows a step wrote, it costs no memory, and a worker thread can replay a
// step that the GUI thread's connection recorded, or the other way round.
class UndoJournal
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::UndoJournal)

public:
    explicit UndoJournal(const QSqlDatabase &db);

    // Attaches the undo store at `storePath` (created when missing; never the register
    // itself) to `db`. Must precede the first journal on that connection.
    static bool attachStore(const QSqlDatabase &db, const QString &storePath, QString *error);
    static bool hasStore(const QSqlDatabase &db);

    // Creates the log table and triggers on this connection (idempotent).
    bool install(QString *error);
    bool isInstalled() const { return m_installed; }

    // Starts capturing: entries recorded from here on belong to the step.
    bool begin(QString *error);
    // The entries recorded since begin(), left in the log.
    UndoRange takeRange(QString *error);
    // The register tables the entries of `range` write.
    QStringList tables(const UndoRange &range, QString *error) const;
    // Removes a step's entries from the log (a step the undo stack dropped).
    bool discard(const UndoRange &range, QString *error);

    // Replays the entries of `inverse` backwards in one transaction, records the reverse
    // in *redo and removes `inverse`'s entries. Nothing changes if an entry fails or
    // control.cancel is set (then *cancelled, when given, is true).
    bool replay(const UndoRange &inverse, UndoRange *redo, const ReplayControl &control,
                QString *error, bool *cancelled = nullptr);

    // The most columns (and key columns) a table may have to be journaled.
    static constexpr int MaxColumns = 64;
    static constexpr int MaxKeys = 4;

private:
    bool createTriggers(const QString &table, QString *error);
    bool replayEntries(const UndoRange &inverse, const ReplayControl &control, QString *error,
                       bool *cancelled);
    qint64 lastSequence() const;
    QString logTable() const;

    QSqlDatabase m_db;
    bool m_installed = false;
    bool m_store = false;
    qint64 m_mark = 0; // the last entry before begin()
};

} // namespace kartoitus
