#pragma once

#include "common/workertask.h"
#include "importing/importer.h"
#include "storage/undojournal.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kartoitus {

// What an import run on the worker hands back: the core's result and, when it wrote,
// where the statements that undo it are (recorded by the worker connection's UndoJournal
// into the open register's undo store) and which tables they write.
struct ImportOutcome
{
    importing::ImportResult result;
    UndoRange undoRange;
    QStringList undoTables;
};

// The state the import wizard's pages share: the file, what it holds and how it is read,
// the mapping, the policy, and the plan. Pages write their part; later pages read it.
struct ImportSession
{
    QString registerPath;  // the worker opens its own connection to this file
    QString undoStorePath; // and attaches the register's undo store
    // The window's connection (file inspection, saved mappings, undo), looked up by name
    // so that nothing here keeps it open after the window has closed its register.
    QString connectionName;
    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    QString filePath;
    importing::ImportOptions options;       // entity, dialect as chosen, mapping, policy
    importing::ImportInspection inspection; // the file as last read (dialect as detected)
    importing::ImportResult preview;        // the last plan
};

// Runs a preview or the import itself on a worker thread with its own connection, and
// reports progress and the end through signals on the GUI thread. Cancel is honoured
// between rows; a cancelled or failed run leaves the register exactly as it was.
class ImportRunner : public WorkerTask<ImportOutcome>
{
    Q_OBJECT

public:
    using WorkerTask::WorkerTask;

    // A dry run (nothing written) or the write with the undo journal capturing.
    void start(const ImportSession &session, const importing::ImportOptions &options, bool write);

signals:
    void finished(const kartoitus::ImportOutcome &outcome);

private:
    static ImportOutcome runImport(Register &reg, const QString &file,
                                   const importing::ImportOptions &options, bool write,
                                   const importing::ImportControl &control);
    void finish(const ImportOutcome &outcome) override { emit finished(outcome); }
};

// Reads the whole file on a worker thread for the values of list fields (sectors, themes,
// municipalities, …) that the register's lists do not know: a large file takes seconds.
class UnknownValuesReader : public WorkerTask<importing::UnknownValues>
{
    Q_OBJECT

public:
    using WorkerTask::WorkerTask;

    void start(const ImportSession &session);

signals:
    void finished(const kartoitus::importing::UnknownValues &values);

private:
    void finish(const importing::UnknownValues &values) override { emit finished(values); }
};

} // namespace kartoitus

Q_DECLARE_METATYPE(kartoitus::ImportOutcome)
