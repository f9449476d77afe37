#pragma once

#include "storage/register.h"
#include "storage/undojournal.h"

#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace kartoitus {

// Runs `work(Register &)` on a pool thread with a connection of its own to the register
// file at `path`: a Qt SQL connection belongs to the thread that opened it, so the worker
// opens its own there (and closes it when done) and the GUI's connection is never touched
// off the GUI thread. With `undoStorePath`, the worker's connection attaches the open
// register's undo store, so that what it writes can be undone (and it can replay steps).
// When the file cannot be opened, `failed(message)` makes the result.
template<typename Work, typename Failed>
auto runOnRegister(const QString &path, const QString &undoStorePath, Work work, Failed failed)
{
    return QtConcurrent::run(
        [path, undoStorePath, work = std::move(work), failed = std::move(failed)]() {
            Register worker;
            const OpenResult opened = worker.open(path);
            if (!opened.ok())
                return failed(opened.message);
            QString error;
            if (!undoStorePath.isEmpty() &&
                !UndoJournal::attachStore(worker.database(), undoStorePath, &error))
                return failed(error);
            return work(worker);
        });
}

template<typename Work, typename Failed>
auto runOnRegister(const QString &path, Work work, Failed failed)
{
    return runOnRegister(path, QString(), std::move(work), std::move(failed));
}

} // namespace kartoitus
