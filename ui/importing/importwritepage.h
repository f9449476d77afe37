#pragma once

#include "importing/importsession.h"
#include "importing/importstep.h"

class QLabel;
class QProgressBar;

namespace kartoitus {

class ImportWizard;

// Step 4: the import itself, on a worker thread with its own connection, in one
// transaction. Cancel stops it and leaves the register exactly as it was. When it has
// written, the import becomes one step of the window's undo stack and a summary says
// what changed.
class ImportWritePage : public ImportStep
{
    Q_OBJECT

public:
    explicit ImportWritePage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_runner->isRunning(); }
    void cancel();
    // Blocks until the import has ended and its result is shown (for tests).
    void waitForImport() { m_runner->wait(); }
    const importing::ImportResult &result() const { return m_result; }

private:
    void written(const ImportOutcome &outcome);
    void pushUndoStep(const ImportOutcome &outcome);
    QString summary(const importing::ImportResult &result) const;

    ImportRunner *m_runner;
    QLabel *m_heading;
    QProgressBar *m_progress;
    QLabel *m_summary;
    importing::ImportResult m_result;
    bool m_done = false;
};

} // namespace kartoitus
