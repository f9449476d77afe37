#include "commands/journaledcommand.h"

#include "storage/undojournal.h"

#include <QUndoStack>

namespace kartoitus {

JournaledCommand::JournaledCommand(const QSqlDatabase &db, const QString &text,
                                   const QStringList &undoStatements, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_connectionName(db.connectionName())
    , m_undoStatements(undoStatements)
{}

void JournaledCommand::undo()
{
    if (m_applied && replay(&m_undoStatements, &m_redoStatements))
        m_applied = false;
}

void JournaledCommand::redo()
{
    // The first redo comes from QUndoStack::push, after the write already happened.
    if (!m_applied && replay(&m_redoStatements, &m_undoStatements))
        m_applied = true;
}

bool JournaledCommand::replay(QStringList *from, QStringList *to)
{
    QStringList recorded;
    QString error;
    UndoJournal journal(QSqlDatabase::database(m_connectionName, false));
    if (!journal.replay(*from, &recorded, &error)) {
        m_lastError = tr("The step “%1” could not be replayed: %2").arg(text(), error);
        // A step that cannot be replayed now would fail again; the stack forgets it.
        setObsolete(true);
        if (m_onError)
            m_onError(m_lastError);
        return false;
    }
    from->clear();
    *to = recorded;
    m_lastError.clear();
    return true;
}

bool runJournaled(QUndoStack *stack, const QSqlDatabase &db, const QString &text,
                  const std::function<bool(QString *error)> &write, QString *error)
{
    UndoJournal journal(db);
    if (!journal.begin(error))
        return false;
    if (!write(error)) {
        journal.take(nullptr); // whatever a failed write recorded was rolled back
        return false;
    }
    const QStringList statements = journal.take(error);
    if (!statements.isEmpty())
        stack->push(new JournaledCommand(db, text, statements));
    return true;
}

} // namespace kartoitus
