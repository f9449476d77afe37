#pragma once

#include "storage/register.h"

#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace kartoitus {

// Runs `work(Register &)` on a pool thread with a connection of its own to the register
// file at `path`: a Qt SQL connection belongs to the thread that opened it, so the worker
// opens its own there (and closes it when done) and the GUI's connection is never touched
// off the GUI thread. When the file cannot be opened, `failed(message)` makes the result.
template<typename Work, typename Failed>
auto runOnRegister(const QString &path, Work work, Failed failed)
{
    return QtConcurrent::run([path, work = std::move(work), failed = std::move(failed)]() {
        Register worker;
        const OpenResult opened = worker.open(path);
        if (!opened.ok())
            return failed(opened.message);
        return work(worker);
    });
}

} // namespace kartoitus
