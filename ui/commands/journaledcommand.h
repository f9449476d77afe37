#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace kartoitus {

// An edit of the register that is already written, made undoable by the statements the
// UndoJournal recorded while it was written. The first redo() (QUndoStack::push calls it)
// does nothing; undo() replays the inverse statements on the window's connection, which
// records the statements that redo it, and redo() replays those in turn. Any write — an
// import of thousands of rows as much as one field — becomes one step this way.
class JournaledCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::JournaledCommand)

public:
    using ErrorHandler = std::function<void(const QString &message)>;

    // `db` is the GUI thread's connection; `undoStatements` what UndoJournal::take() gave.
    JournaledCommand(const QSqlDatabase &db, const QString &text, const QStringList &undoStatements,
                     QUndoCommand *parent = nullptr);

    // Called (on the GUI thread) when a replay fails; the register is then left as it was
    // before the replay, and the command becomes obsolete so the stack drops it.
    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }

    void undo() override;
    void redo() override;

    // Whether the rows the command wrote are in the register now.
    bool isApplied() const { return m_applied; }
    QString lastError() const { return m_lastError; }

private:
    bool replay(QStringList *from, QStringList *to);

    // By name: a command on the stack must not keep the register's connection open.
    QString m_connectionName;
    QStringList m_undoStatements;
    QStringList m_redoStatements;
    bool m_applied = true; // pushed after the write was committed
    QString m_lastError;
    ErrorHandler m_onError;
};

// Runs `write` on `db` (the GUI thread's connection) with the undo journal capturing, and
// pushes one JournaledCommand named `text` onto `stack` when it succeeded and changed
// something. `write` commits its own transaction; false and *error leave nothing pushed.
bool runJournaled(QUndoStack *stack, const QSqlDatabase &db, const QString &text,
                  const std::function<bool(QString *error)> &write, QString *error);

} // namespace kartoitus
