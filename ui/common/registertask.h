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
// off the GUI thread. `mode` is the open register's (OpenRegister::openMode()): a register
// the window has read-only is read-only on the worker too. With `undoStorePath`, the
// worker's connection attaches the open register's undo store, so that what it writes can
// be undone (and it can replay steps). When the file cannot be opened, `failed(message)`
// makes the result.
template<typename Work, typename Failed>
auto runOnRegister(const QString &path, OpenMode mode, const QString &undoStorePath, Work work,
                   Failed failed)
{
    return QtConcurrent::run(
        [path, mode, undoStorePath, work = std::move(work), failed = std::move(failed)]() {
            Register worker;
            const OpenResult opened = worker.open(path, mode);
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
auto runOnRegister(const QString &path, const QString &undoStorePath, Work work, Failed failed)
{
    return runOnRegister(path, OpenMode::ReadWrite, undoStorePath, std::move(work),
                         std::move(failed));
}

template<typename Work, typename Failed>
auto runOnRegister(const QString &path, OpenMode mode, Work work, Failed failed)
{
    return runOnRegister(path, mode, QString(), std::move(work), std::move(failed));
}

template<typename Work, typename Failed>
auto runOnRegister(const QString &path, Work work, Failed failed)
{
    return runOnRegister(path, OpenMode::ReadWrite, QString(), std::move(work), std::move(failed));
}

} // namespace kartoitus
