#pragma once

#include "importing/importer.h"
#include "storage/undojournal.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

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

class Register;

// Runs a preview or the import itself on a worker thread with its own connection, and
// reports progress and the end through signals on the GUI thread. Cancel is honoured
// between rows; a cancelled or failed run leaves the register exactly as it was.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override; // cancels and waits: the worker reports to this object

    // A dry run (nothing written) or the write with the undo journal capturing.
    void start(const ImportSession &session, const importing::ImportOptions &options, bool write);
    void cancel();
    bool isRunning() const { return m_running; }
    // Blocks until the current run, if any, has reported finished().
    void wait();

signals:
    void progress(qint64 bytesRead, qint64 totalBytes);
    void finished(const kartoitus::ImportOutcome &outcome);

private:
    static ImportOutcome runImport(Register &reg, const QString &file,
                                   const importing::ImportOptions &options, bool write,
                                   const importing::ImportControl &control);

    void done();

    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    QFutureWatcher<ImportOutcome> m_watcher;
};

} // namespace kartoitus

Q_DECLARE_METATYPE(kartoitus::ImportOutcome)
