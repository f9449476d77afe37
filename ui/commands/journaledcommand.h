#pragma once

#include "common/openregister.h"
#include "storage/undojournal.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace kartoitus {

// An edit of the register that is already written, made undoable by the statements the
// UndoJournal recorded into the register's undo store while it was written. The first
// redo() (QUndoStack::push calls it) does nothing; undo() replays the inverse statements,
// which records the statements that redo it, and redo() replays those in turn. Any write —
// an import of thousands of rows as much as one field — becomes one step this way, and
// the step holds only where its statements are in the store.
//
// A small step replays on the GUI thread's connection inside undo() and redo(). A large
// one is replayed first on a worker (OpenRegister::undo and redo do that) and handed over
// with setReplayed(); the undo()/redo() the stack then calls only records the result.
class JournaledCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::JournaledCommand)

public:
    // Steps with more statements than this replay on a worker with progress.
    static constexpr qint64 LargeStep = 2000;

    // `undo` is what UndoJournal::takeRange() gave for the write, `changes` what it wrote.
    JournaledCommand(OpenRegister *reg, const QString &text, const UndoRange &undo,
                     ChangeSet changes, QUndoCommand *parent = nullptr);
    // Removes the step's statements from the store (the stack dropped the step).
    ~JournaledCommand() override;

    void undo() override;
    void redo() override;

    // Whether the rows the command wrote are in the register now.
    bool isApplied() const { return m_applied; }
    // The kinds of record the step writes (either way).
    ChangeSet changes() const { return m_changes; }
    // The statements the next undo() or redo() replays.
    UndoRange pendingRange() const { return m_range; }
    // The next undo() or redo() has been replayed already (on a worker), which recorded
    // `recorded`: it only takes that over.
    void setReplayed(const UndoRange &recorded) { m_replayed = recorded; }
    QString lastError() const { return m_lastError; }

private:
    bool replay();

    OpenRegister *m_register; // owns the stack that owns this command
    UndoRange m_range;        // undo statements while applied, redo statements while not
    std::optional<UndoRange> m_replayed;
    ChangeSet m_changes;
    bool m_applied = true; // pushed after the write was committed
    QString m_lastError;
};

// Runs `write` on the register's GUI connection with the undo journal capturing, and
// pushes one JournaledCommand named `text` when it succeeded and changed something.
// `write` commits its own transaction; false and *error leave nothing pushed.
bool runJournaled(OpenRegister *reg, const QString &text,
                  const std::function<bool(QString *error)> &write, QString *error);

// For the `write` of a step over a selection: runs `each` for every id in one
// transaction on `db`; the first failure rolls all of them back.
bool inOneTransaction(const QSqlDatabase &db, const QList<qint64> &ids,
                      const std::function<bool(qint64 id, QString *error)> &each, QString *error);

// runJournaled() with `write` inside one transaction on the register's connection: one
// undo step named `text`; a failure rolls everything back and pushes nothing.
bool runJournaledTransaction(
    OpenRegister *reg, const QString &text,
    const std::function<bool(const QSqlDatabase &db, QString *error)> &write, QString *error);

} // namespace kartoitus
