#include "common/openregister.h"

#include "commands/journaledcommand.h"
#include "storage/register.h"

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
{}

OpenRegister::~OpenRegister()
{
    // The steps name the connection; they go before the register closes it.
    delete m_undoStack;
    m_undoStack = nullptr;
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
    return false;
}

void OpenRegister::pushWrittenStep(const QString &text, const QStringList &undoStatements)
{
    if (undoStatements.isEmpty())
        return;
    auto *command = new JournaledCommand(this, text, undoStatements);
    m_undoStack->push(command);
    notifyChanged(command->changes());
}

void OpenRegister::notifyChanged(ChangeSet what)
{
    if (what)
        emit changed(what);
}

} // namespace kartoitus
