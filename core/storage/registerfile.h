#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

// Whole-file work on an open register, always through SQLite: nothing else may open the
// file while a connection to it is open (closing another descriptor would drop SQLite's
// locks on it in this process).
namespace kartoitus::storage {

// Copies the file's bytes exactly, through the connection's own file handle, to the new
// file `target`. The caller holds the write lock, so the bytes are the committed ones.
bool copyRegisterFile(const QSqlDatabase &db, const QString &target, QString *error);

// Writes a consistent snapshot of the register (VACUUM INTO a new file beside `target`,
// then renamed over it). `sourcePath` is the register's own file. *error is for the user.
bool saveSnapshot(const QSqlDatabase &db, const QString &sourcePath, const QString &target,
                  QString *error);

// Called before a writable connection closes: when this process wrote to the register and
// much of the file is free pages (an import undone, many records deleted), `compact` runs
// first (the search index drops what deleted rows left in it), then VACUUM gives the free
// pages back to the disk. Each is one transaction: a crash in it leaves the file as it
// was. Skipped (and tried again at the next close) while another connection is reading.
using CompactStep = std::function<bool(const QSqlDatabase &db, QString *error)>;
void reclaimFreePages(const QSqlDatabase &db, const QString &path, const CompactStep &compact);

// A file with at least this much free space, and at least a quarter of it free, is
// compacted by reclaimFreePages().
constexpr qint64 ReclaimMinimumBytes = 1024 * 1024;

} // namespace kartoitus::storage
