#pragma once

#include "common/workertask.h"
#include "storage/undojournal.h"

#include <QString>

namespace kartoitus {

// What replaying a step on the worker gave: the statements it recorded (the reverse), or
// why it did not happen. A cancelled or failed replay leaves the register as it was.
struct ReplayOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    UndoRange recorded;
};

// Replays one undo step on a worker thread with its own connection to the register (and
// the register's undo store attached), in one transaction, reporting progress and
// honouring cancel between statements — as the import runs.
class StepReplayer : public WorkerTask<ReplayOutcome>
{
    Q_OBJECT

public:
    using WorkerTask::WorkerTask;

    void start(const QString &registerPath, const QString &undoStorePath, const UndoRange &range);

signals:
    void finished(const kartoitus::ReplayOutcome &outcome);

private:
    void finish(const ReplayOutcome &outcome) override { emit finished(outcome); }
};

} // namespace kartoitus

Q_DECLARE_METATYPE(kartoitus::ReplayOutcome)
