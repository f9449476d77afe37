#include "importing/importsession.h"

#include "storage/undojournal.h"

namespace kartoitus {

namespace {

importing::ImportControl importControl(const WorkerControl &worker)
{
    importing::ImportControl control;
    control.cancel = worker.cancel;
    control.progress = worker.progress;
    return control;
}

} // namespace

void ImportRunner::start(const ImportSession &session, const importing::ImportOptions &options,
                         bool write)
{
    const QString file = session.filePath;
    // Only the write journals: a preview leaves the undo store alone.
    const QString store = write ? session.undoStorePath : QString();
    auto work = [file, options, write](Register &reg, const WorkerControl &worker) {
        return runImport(reg, file, options, write, importControl(worker));
    };
    auto failed = [](const QString &message) {
        ImportOutcome outcome;
        outcome.result.error = message;
        return outcome;
    };
    run(session.registerPath, store, work, failed);
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

void UnknownValuesReader::start(const ImportSession &session)
{
    const QString file = session.filePath;
    const importing::ImportOptions options = session.options;
    auto work = [file, options](Register &reg, const WorkerControl &worker) {
        return importing::Importer(reg.database())
            .unknownValues(file, options, importControl(worker));
    };
    auto failed = [](const QString &message) {
        importing::UnknownValues values;
        values.error = message;
        return values;
    };
    run(session.registerPath, QString(), work, failed);
}

} // namespace kartoitus
