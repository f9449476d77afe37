#include "common/openregister.h"

#include "commands/journaledcommand.h"
#include "commands/stepreplayer.h"
#include "common/registerbeacon.h"
#include "storage/register.h"
#include "storage/undojournal.h"
#include "storage/undostorefolder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QUndoStack>

namespace kartoitus {

ChangeSet changesOfTables(const QStringList &tables)
{
    ChangeSet changes;
    for (const QString &table : tables) {
        if (table.startsWith(QLatin1String("organisation")))
            changes |= RecordKind::Organisations;
        else if (table.startsWith(QLatin1String("activit")))
            changes |= RecordKind::Activities;
        else if (table == QLatin1String("persons"))
            changes |= RecordKind::Persons;
        else if (table.startsWith(QLatin1String("network")))
            changes |= RecordKind::Networks;
        else if (table.startsWith(QLatin1String("survey")))
            changes |= RecordKind::Surveys;
        else
            changes |= RecordKind::ReferenceData;
    }
    return changes;
}

OpenRegister::OpenRegister(std::unique_ptr<Register> reg, QObject *parent)
    : QObject(parent)
    , m_register(std::move(reg))
    , m_undoStack(new QUndoStack(this))
    , m_replayer(new StepReplayer(this))
    , m_largeStep(JournaledCommand::LargeStep)
{
    m_undoStack->setUndoLimit(UndoLimit);
    connect(m_replayer, &StepReplayer::progress, this, &OpenRegister::replayProgress);
    connect(m_replayer, &StepReplayer::finished, this, &OpenRegister::replayed);
    if (isReadOnly())
        return; // nothing will be written, so nothing needs undoing
    m_beacon = new RegisterBeacon(path(), this);
    connect(m_beacon, &RegisterBeacon::raiseRequested, this, &OpenRegister::raiseRequested);
    // A store an earlier run of this register left behind (a crash) may hold what Forget
    // This Person erased: it goes first. Only the window that writes the register may do
    // this: no other window of it is using a store then.
    if (m_beacon->isListening())
        UndoStoreFolder::removeLeftovers(path(), QDir::tempPath());
    // A private folder (only this user can read it): the statements hold register data.
    m_storeDir = std::make_unique<QTemporaryDir>(
        QDir::temp().filePath(UndoStoreFolder::prefix() + QStringLiteral("XXXXXX")));
    const QString store = m_storeDir->filePath(QStringLiteral("undo.sqlite"));
    QString error;
    if (m_storeDir->isValid() && UndoStoreFolder::mark(m_storeDir->path(), path(), &error) &&
        UndoJournal::attachStore(database(), store, &error))
        m_storePath = store;
    else
        qWarning("Kartoitus: no undo store, edits cannot be undone: %s", qPrintable(error));
}

OpenRegister::~OpenRegister()
{
    m_closing = true;
    // The worker reports to the replayer; the steps name the connection; the store goes
    // after the connection that has it attached.
    delete m_replayer;
    m_replayer = nullptr;
    delete m_beacon; // the register is no longer open here
    m_beacon = nullptr;
    delete m_undoStack;
    m_undoStack = nullptr;
    m_register.reset();
    m_storeDir.reset();
}

QString OpenRegister::path() const
{
    return m_register->path();
}

QSqlDatabase OpenRegister::database() const
{
    return m_register->database();
}

bool OpenRegister::isReadOnly() const
{
    return m_register->isReadOnly();
}

ReadOnlyCause OpenRegister::readOnlyCause() const
{
    return m_register->readOnlyCause();
}

OpenMode OpenRegister::openMode() const
{
    return isReadOnly() ? OpenMode::ReadOnly : OpenMode::ReadWrite;
}

void OpenRegister::pushWrittenStep(const QString &text, const UndoRange &undo,
                                   const QStringList &tables)
{
    if (undo.isEmpty())
        return;
    auto *command = new JournaledCommand(this, text, undo, changesOfTables(tables));
    m_undoStack->push(command);
    notifyChanged(command->changes());
}

void OpenRegister::undo()
{
    step(true);
}

void OpenRegister::redo()
{
    step(false);
}

bool OpenRegister::isReplaying() const
{
    return m_replayer->isRunning();
}

void OpenRegister::step(bool back)
{
    if (isReplaying())
        return;
    const int index = back ? m_undoStack->index() - 1 : m_undoStack->index();
    if (index < 0 || index >= m_undoStack->count())
        return;
    // The stack hands out its commands as const; this one is ours to prepare.
    auto *command =
        dynamic_cast<JournaledCommand *>(const_cast<QUndoCommand *>(m_undoStack->command(index)));
    if (!command || command->pendingRange().size() <= m_largeStep) {
        back ? m_undoStack->undo() : m_undoStack->redo();
        return;
    }
    m_replaying = command;
    m_replayingBack = back;
    const QString label =
        back ? tr("Undoing “%1”…").arg(command->text()) : tr("Redoing “%1”…").arg(command->text());
    emit replayStarted(label, command->pendingRange().size());
    m_replayer->start(path(), m_storePath, command->pendingRange());
}

void OpenRegister::replayed(const ReplayOutcome &outcome)
{
    JournaledCommand *command = m_replaying;
    m_replaying = nullptr;
    if (outcome.ok) {
        // The stack's own undo()/redo() now only records what the worker did.
        command->setReplayed(outcome.recorded);
        m_replayingBack ? m_undoStack->undo() : m_undoStack->redo();
    } else if (!outcome.cancelled) {
        emit stepFailed(
            tr("The step “%1” could not be replayed: %2").arg(command->text(), outcome.error));
    }
    emit replayFinished(outcome.ok);
}

void OpenRegister::cancelReplay()
{
    m_replayer->cancel();
}

void OpenRegister::waitForReplay()
{
    m_replayer->wait();
}

void OpenRegister::notifyChanged(ChangeSet what)
{
    if (what)
        emit changed(what);
}

} // namespace kartoitus
