#pragma once

#include "common/openregister.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <functional>

namespace kartoitus {

// An edit of the register that is already written, made undoable by the statements the
// UndoJournal recorded while it was written. The first redo() (QUndoStack::push calls it)
// does nothing; undo() replays the inverse statements on the register's GUI connection,
// which records the statements that redo it, and redo() replays those in turn. Any write —
// an import of thousands of rows as much as one field — becomes one step this way.
class JournaledCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::JournaledCommand)

public:
    // `undoStatements` is what UndoJournal::take() gave for the write.
    JournaledCommand(OpenRegister *reg, const QString &text, const QStringList &undoStatements,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    // Whether the rows the command wrote are in the register now.
    bool isApplied() const { return m_applied; }
    // The kinds of record the step writes (either way).
    ChangeSet changes() const { return m_changes; }
    QString lastError() const { return m_lastError; }

private:
    bool replay(QStringList *from, QStringList *to);

    OpenRegister *m_register; // owns the stack that owns this command
    QStringList m_undoStatements;
    QStringList m_redoStatements;
    ChangeSet m_changes;
    bool m_applied = true; // pushed after the write was committed
    QString m_lastError;
};

// Runs `write` on the register's GUI connection with the undo journal capturing, and
// pushes one JournaledCommand named `text` when it succeeded and changed something.
// `write` commits its own transaction; false and *error leave nothing pushed.
bool runJournaled(OpenRegister *reg, const QString &text,
                  const std::function<bool(QString *error)> &write, QString *error);

} // namespace kartoitus
