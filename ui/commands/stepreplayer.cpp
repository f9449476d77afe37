#include "commands/stepreplayer.h"

namespace kartoitus {

void StepReplayer::start(const QString &registerPath, const QString &undoStorePath,
                         const UndoRange &range)
{
    auto work = [range](Register &reg, const WorkerControl &worker) {
        ReplayControl control;
        control.cancel = worker.cancel;
        control.progress = worker.progress;
        ReplayOutcome outcome;
        UndoJournal journal(reg.database());
        outcome.ok =
            journal.replay(range, &outcome.recorded, control, &outcome.error, &outcome.cancelled);
        return outcome;
    };
    auto failed = [](const QString &message) {
        ReplayOutcome outcome;
        outcome.error = message;
        return outcome;
    };
    run(registerPath, undoStorePath, work, failed);
}

} // namespace kartoitus
