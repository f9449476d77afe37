#pragma once

#include "storage/undojournal.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

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
class StepReplayer : public QObject
{
    Q_OBJECT

public:
    explicit StepReplayer(QObject *parent = nullptr);
    ~StepReplayer() override; // cancels and waits: the worker reports to this object

    void start(const QString &registerPath, const QString &undoStorePath, const UndoRange &range);
    void cancel();
    bool isRunning() const { return m_running; }
    // Blocks until the current replay, if any, has reported finished().
    void wait();

signals:
    void progress(qint64 done, qint64 total);
    void finished(const kartoitus::ReplayOutcome &outcome);

private:
    void done();

    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    QFutureWatcher<ReplayOutcome> m_watcher;
};

} // namespace kartoitus

Q_DECLARE_METATYPE(kartoitus::ReplayOutcome)
