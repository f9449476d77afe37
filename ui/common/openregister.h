#pragma once

#include "storage/register.h"

#include <QFlags>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;
class QUndoStack;

namespace kartoitus {

class JournaledCommand;
class RegisterBeacon;
class StepReplayer;
struct ReplayOutcome;
struct UndoRange;

// The kinds of record a change can touch; a feature that shows one kind reads it again
// only when that kind changed.
enum class RecordKind
{
    Organisations = 0x01,
    Activities = 0x02,
    Persons = 0x04,
    Networks = 0x08,
    Surveys = 0x10,
    ReferenceData = 0x20, // municipalities, sectors, themes, mappings, settings
};
Q_DECLARE_FLAGS(ChangeSet, RecordKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeSet)

// What writing to the register's tables changes, in kinds of record.
ChangeSet changesOfTables(const QStringList &tables);

// One register open in the window: the file's connection, its undo stack and a signal
// saying what changed. This is what the window gives its features (import, export, the
// list): they never see the window itself. The object belongs to the GUI thread; work on
// a worker thread opens its own connection to path() (see registertask.h).
//
// The statements that undo and redo the steps live in an undo store: a scratch SQLite file
// in a private temporary folder, attached to every connection that writes or replays a
// step and removed when the register closes. Large steps are undone and redone on a
// worker, with progress and cancel (undo(), redo()).
//
// While a register is open for writing, a RegisterBeacon answers for it: a second window
// (in this process or another) that tries to open it learns that it is open already.
class OpenRegister : public QObject
{
    Q_OBJECT

public:
    // How many steps the stack keeps; older ones are dropped (and their statements with them).
    static constexpr int UndoLimit = 50;

    explicit OpenRegister(std::unique_ptr<Register> reg, QObject *parent = nullptr);
    ~OpenRegister() override;

    Register &reg() const { return *m_register; }
    QString path() const;
    // The GUI thread's connection.
    QSqlDatabase database() const;
    // Every edit of this register is a step here; the window's modified marker follows it.
    QUndoStack *undoStack() const { return m_undoStack; }
    // Whether the file opened read-only: nothing may be written to it (readOnlyCause() says
    // why). Workers then open it read-only too (openMode()).
    bool isReadOnly() const;
    ReadOnlyCause readOnlyCause() const;
    OpenMode openMode() const;
    // The scratch file that holds the undo statements (workers attach it), or empty.
    QString undoStorePath() const { return m_storePath; }
    bool isClosing() const { return m_closing; }

    // Makes a write that already happened (on any connection, with the store attached) one
    // undo step named `text`: `undo` is what UndoJournal::takeRange() gave, `tables` the
    // tables it wrote. Says what changed.
    void pushWrittenStep(const QString &text, const UndoRange &undo, const QStringList &tables);

    // Edit › Undo and Redo: a small step at once, a large one on a worker (replayStarted,
    // replayProgress, replayFinished); the stack moves only when the replay succeeded.
    void undo();
    void redo();
    bool isReplaying() const;
    // Steps with more statements than this replay on a worker (JournaledCommand::LargeStep
    // unless set otherwise).
    void setLargeStepSize(qint64 statements) { m_largeStep = statements; }
    // Stops a running replay: the register stays as it was and the step where it was.
    void cancelReplay();
    // Blocks until a running replay has finished and been taken over (for tests).
    void waitForReplay();

    // Says that `what` changed in the register (after a write, an undo or a redo).
    void notifyChanged(kartoitus::ChangeSet what);

signals:
    void changed(kartoitus::ChangeSet what);
    // An undo or redo could not be carried out; the register is as it was before it.
    void stepFailed(const QString &message);
    // A large undo or redo runs on a worker: `label` says which, `total` how many rows.
    void replayStarted(const QString &label, qint64 total);
    void replayProgress(qint64 done, qint64 total);
    // It ended: done, cancelled (nothing changed) or failed (stepFailed said why).
    void replayFinished(bool done);
    // Another window tried to open this register: the window that has it should come to
    // the front.
    void raiseRequested();

private:
    void step(bool back);
    void replayed(const ReplayOutcome &outcome);

    std::unique_ptr<Register> m_register;
    std::unique_ptr<QTemporaryDir> m_storeDir;
    RegisterBeacon *m_beacon = nullptr; // while open for writing
    QString m_storePath;
    QUndoStack *m_undoStack;
    StepReplayer *m_replayer;
    JournaledCommand *m_replaying = nullptr; // the step the worker replays
    bool m_replayingBack = false;
    qint64 m_largeStep;
    bool m_closing = false;
};

} // namespace kartoitus

Q_DECLARE_METATYPE(kartoitus::ChangeSet)
