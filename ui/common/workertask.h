#pragma once

#include "common/registertask.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QProgressBar;

namespace kartoitus {

// What work on a worker thread gets besides its register: the flag that asks it to stop
// (read between rows or statements) and where it says how far it has come.
struct WorkerControl
{
    const std::atomic_bool *cancel = nullptr;
    std::function<void(qint64 done, qint64 total)> progress;
};

// The part of WorkerTask that is the same whatever the work hands back: one run at a time,
// cancel, and the worker's progress as a signal on the GUI thread.
class WorkerTaskBase : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isRunning() const { return m_running; }
    // Asks the worker to stop; a stopped run leaves the register exactly as it was and
    // reports its end as any other.
    void cancel();

signals:
    void progress(qint64 done, qint64 total);

protected:
    // Starts a run: the control for its worker, with a fresh cancel flag.
    WorkerControl begin();
    std::shared_ptr<std::atomic_bool> cancelFlag() const { return m_cancel; }

    bool m_running = false;

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
};

// Runs work on the register on a worker thread with a connection of its own (see
// runOnRegister), one run at a time, and hands its `Outcome` to finish() on the GUI thread.
// Destroying the task cancels the run and waits for it: the worker reports to the task.
template<typename Outcome> class WorkerTask : public WorkerTaskBase
{
public:
    explicit WorkerTask(QObject *parent = nullptr)
        : WorkerTaskBase(parent)
    {
        connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &WorkerTask::done);
    }
    ~WorkerTask() override { abandon(); }

    // Blocks until the current run, if any, has been handed to finish().
    void wait()
    {
        m_watcher.waitForFinished();
        // The watcher's finished signal is queued; deliver it now.
        done();
    }
    // Stops the current run and waits for it; its outcome is not handed on.
    void abandon()
    {
        cancel();
        m_watcher.waitForFinished();
        m_running = false;
    }

protected:
    // Runs `work(Register &, const WorkerControl &)` on the register file at `path`, with the
    // undo store at `undoStorePath` attached when one is given, unless a run is going. When
    // the file cannot be opened, `failed(message)` is the outcome.
    template<typename Work, typename Failed>
    void run(const QString &path, const QString &undoStorePath, Work work, Failed failed)
    {
        if (m_running)
            return;
        const WorkerControl control = begin();
        auto onWorker = [work = std::move(work), control, keep = cancelFlag()](Register &reg) {
            return work(reg, control);
        };
        m_watcher.setFuture(runOnRegister(path, undoStorePath, onWorker, std::move(failed)));
    }

    // The run's outcome, on the GUI thread: the subclass says it on.
    virtual void finish(const Outcome &outcome) = 0;

private:
    void done()
    {
        if (!m_running)
            return;
        m_running = false;
        finish(m_watcher.result());
    }

    QFutureWatcher<Outcome> m_watcher;
};

// Shows a worker's progress in `bar` as a share of a thousand.
void followProgress(WorkerTaskBase *task, QProgressBar *bar);

} // namespace kartoitus
