#pragma once

#include <QFlags>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QUndoStack;

namespace kartoitus {

class Register;

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
class OpenRegister : public QObject
{
    Q_OBJECT

public:
    explicit OpenRegister(std::unique_ptr<Register> reg, QObject *parent = nullptr);
    ~OpenRegister() override;

    Register &reg() const { return *m_register; }
    QString path() const;
    // The GUI thread's connection.
    QSqlDatabase database() const;
    // Every edit of this register is a step here; the window's modified marker follows it.
    QUndoStack *undoStack() const { return m_undoStack; }
    // Whether the file opened read-only: nothing may be written to it.
    bool isReadOnly() const;

    // Makes a write that already happened (on any connection) one undo step named `text`:
    // `undoStatements` are what the UndoJournal recorded while it was written. Says what
    // changed.
    void pushWrittenStep(const QString &text, const QStringList &undoStatements);

    // Says that `what` changed in the register (after a write, an undo or a redo).
    void notifyChanged(kartoitus::ChangeSet what);

signals:
    void changed(kartoitus::ChangeSet what);
    // An undo or redo could not be carried out; the register is as it was before it.
    void stepFailed(const QString &message);

private:
    std::unique_ptr<Register> m_register;
    QUndoStack *m_undoStack;
};

} // namespace kartoitus

Q_DECLARE_METATYPE(kartoitus::ChangeSet)
