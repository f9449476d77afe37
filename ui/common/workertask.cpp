#include "common/workertask.h"

#include <QProgressBar>

namespace kartoitus {

void WorkerTaskBase::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

WorkerControl WorkerTaskBase::begin()
{
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    WorkerControl control;
    control.cancel = m_cancel.get();
    // Queued to the GUI thread; the task outlives its worker (see ~WorkerTask).
    control.progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
    };
    return control;
}

void followProgress(WorkerTaskBase *task, QProgressBar *bar)
{
    QObject::connect(task, &WorkerTaskBase::progress, bar, [bar](qint64 done, qint64 total) {
        bar->setRange(0, 1000);
        bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
}

} // namespace kartoitus
