#include "importing/importsession.h"

#include "common/registertask.h"
#include "storage/undojournal.h"

namespace kartoitus {

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, &ImportRunner::done);
}

ImportRunner::~ImportRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportRunner::start(const ImportSession &session, const importing::ImportOptions &options,
                         bool write)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    const QString file = session.filePath;
    // Only the write journals: a preview leaves the undo store alone.
    const QString store = write ? session.undoStorePath : QString();
    auto work = [this, cancel, file, options, write](Register &reg) {
        importing::ImportControl control;
        control.cancel = cancel.get();
        // Queued to the GUI thread; the runner outlives the worker (see the destructor).
        control.progress = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        };
        return runImport(reg, file, options, write, control);
    };
    auto failed = [](const QString &message) {
        ImportOutcome outcome;
        outcome.result.error = message;
        return outcome;
    };
    m_watcher.setFuture(runOnRegister(session.registerPath, store, work, failed));
}

ImportOutcome ImportRunner::runImport(Register &reg, const QString &file,
                                      const importing::ImportOptions &options, bool write,
                                      const importing::ImportControl &control)
{
    ImportOutcome outcome;
    importing::Importer importer(reg.database());
    if (!write) {
        outcome.result = importer.preview(file, options, control);
        return outcome;
    }
    // The journal records, in the register's undo store, how to reverse every row the
    // import writes, in the import's own transaction: a cancelled import leaves nothing
    // there either. Handed to the GUI thread, the range makes the import one undo step.
    UndoJournal journal(reg.database());
    QString error;
    if (!journal.begin(&error)) {
        outcome.result.error = error;
        return outcome;
    }
    outcome.result = importer.run(file, options, control);
    if (outcome.result.ok) {
        outcome.undoRange = journal.takeRange(&error);
        outcome.undoTables = journal.tables(outcome.undoRange, &error);
    }
    return outcome;
}

void ImportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportRunner::wait()
{
    m_watcher.waitForFinished();
    // The watcher's finished signal is queued; deliver it now.
    if (m_running)
        done();
}

void ImportRunner::done()
{
    if (!m_running)
        return;
    m_running = false;
    emit finished(m_watcher.result());
}

} // namespace kartoitus
