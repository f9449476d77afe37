#include "commands/journaledcommand.h"

#include "storage/undojournal.h"

#include <QSet>
#include <QUndoStack>

namespace kartoitus {

namespace {

// The table a recorded statement writes: DELETE FROM t …, UPDATE t SET …, INSERT INTO t (…
QString tableOf(const QString &statement)
{
    const int from = statement.startsWith(QLatin1String("UPDATE ")) ? 1 : 2;
    return statement.section(QLatin1Char(' '), from, from);
}

ChangeSet changesOf(const QStringList &statements)
{
    QSet<QString> tables;
    for (const QString &statement : statements)
        tables.insert(tableOf(statement));
    return changesOfTables(tables.values());
}

} // namespace

JournaledCommand::JournaledCommand(OpenRegister *reg, const QString &text,
                                   const QStringList &undoStatements, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_register(reg)
    , m_undoStatements(undoStatements)
    , m_changes(changesOf(undoStatements))
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
    UndoJournal journal(m_register->database());
    if (!journal.replay(*from, &recorded, &error)) {
        m_lastError = tr("The step “%1” could not be replayed: %2").arg(text(), error);
        // A step that cannot be replayed now would fail again; the stack forgets it.
        setObsolete(true);
        emit m_register->stepFailed(m_lastError);
        return false;
    }
    from->clear();
    *to = recorded;
    m_lastError.clear();
    m_register->notifyChanged(m_changes);
    return true;
}

bool runJournaled(OpenRegister *reg, const QString &text,
                  const std::function<bool(QString *error)> &write, QString *error)
{
    UndoJournal journal(reg->database());
    if (!journal.begin(error))
        return false;
    if (!write(error)) {
        journal.take(nullptr); // whatever a failed write recorded was rolled back
        return false;
    }
    const QStringList statements = journal.take(error);
    reg->pushWrittenStep(text, statements);
    return true;
}

} // namespace kartoitus
