#include "commands/stepreplayer.h"

#include "common/registertask.h"

namespace kartoitus {

StepReplayer::StepReplayer(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ReplayOutcome>::finished, this, &StepReplayer::done);
}

StepReplayer::~StepReplayer()
{
    cancel();
    m_watcher.waitForFinished();
}

void StepReplayer::start(const QString &registerPath, const QString &undoStorePath,
                         const UndoRange &range)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    auto work = [this, cancel, range](Register &reg) {
        ReplayControl control;
        control.cancel = cancel.get();
        // Queued to the GUI thread; the replayer outlives the worker (see the destructor).
        control.progress = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        };
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
    m_watcher.setFuture(runOnRegister(registerPath, undoStorePath, work, failed));
}

void StepReplayer::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void StepReplayer::wait()
{
    m_watcher.waitForFinished();
    // The watcher's finished signal is queued; deliver it now.
    if (m_running)
        done();
}

void StepReplayer::done()
{
    if (!m_running)
        return;
    m_running = false;
    emit finished(m_watcher.result());
}

} // namespace kartoitus
