#include "commands/journaledcommand.h"

#include "storage/register.h"

#include <QUndoStack>

namespace kartoitus {

JournaledCommand::JournaledCommand(OpenRegister *reg, const QString &text, const UndoRange &undo,
                                   ChangeSet changes, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_register(reg)
    , m_range(undo)
    , m_changes(changes)
{}

JournaledCommand::~JournaledCommand()
{
    // A register that closes takes its whole store with it.
    if (!m_register->isClosing())
        UndoJournal(m_register->database()).discard(m_range, nullptr);
}

void JournaledCommand::undo()
{
    if (m_applied && replay())
        m_applied = false;
}

void JournaledCommand::redo()
{
    // The first redo comes from QUndoStack::push, after the write already happened.
    if (!m_applied && replay())
        m_applied = true;
}

bool JournaledCommand::replay()
{
    UndoRange recorded;
    if (m_replayed) {
        recorded = *m_replayed;
        m_replayed.reset();
    } else {
        QString error;
        UndoJournal journal(m_register->database());
        if (!journal.replay(m_range, &recorded, ReplayControl(), &error)) {
            m_lastError = tr("The step “%1” could not be replayed: %2").arg(text(), error);
            // A step that cannot be replayed now would fail again; the stack forgets it.
            setObsolete(true);
            emit m_register->stepFailed(m_lastError);
            return false;
        }
    }
    m_range = recorded;
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
        // What a failed write recorded was rolled back with it; anything left goes too.
        journal.discard(journal.takeRange(nullptr), nullptr);
        return false;
    }
    const UndoRange range = journal.takeRange(error);
    reg->pushWrittenStep(text, range, journal.tables(range, error));
    return true;
}

bool inOneTransaction(const QSqlDatabase &db, const QList<qint64> &ids,
                      const std::function<bool(qint64 id, QString *error)> &each, QString *error)
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    for (qint64 id : ids) {
        if (!each(id, error))
            return false; // the destructor rolls back
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

bool runJournaledTransaction(
    OpenRegister *reg, const QString &text,
    const std::function<bool(const QSqlDatabase &db, QString *error)> &write, QString *error)
{
    return runJournaled(
        reg, text,
        [&](QString *e) {
            Transaction transaction(reg->database());
            if (!transaction.isActive()) {
                *e = transaction.error();
                return false;
            }
            if (!write(reg->database(), e))
                return false; // the destructor rolls back
            if (!transaction.commit()) {
                *e = transaction.error();
                return false;
            }
            return true;
        },
        error);
}

} // namespace kartoitus
