#include "storage/registerfile.h"

#include "storage/register.h"
#include "storage/sqlitehandle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <cstdio>
#include <unistd.h>

namespace kartoitus::storage {

namespace {

// Registers this process wrote to whose free pages a close could not yet give back.
QMutex writtenMutex;
QSet<QString> writtenRegisters;

// Waits until the bytes are on the disk: a copy is not a copy if a power cut loses it.
bool syncFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && ::fsync(file.handle()) == 0;
}

qint64 pragmaValue(sqlite3 *handle, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

} // namespace

bool copyRegisterFile(const QSqlDatabase &db, const QString &target, QString *error)
{
    sqlite3 *handle = nativeHandle(db);
    sqlite3_file *file = nullptr;
    if (!handle ||
        sqlite3_file_control(handle, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
        !file || !file->pMethods) {
        *error = QStringLiteral("no SQLite file handle");
        return false;
    }
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errstr(SQLITE_IOERR_FSTAT));
        return false;
    }
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = out.errorString();
        return false;
    }
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (sqlite3_int64 offset = 0; offset < size; offset += buffer.size()) {
        const int length = int(qMin<sqlite3_int64>(buffer.size(), size - offset));
        const int rc = file->pMethods->xRead(file, buffer.data(), length, offset);
        if (rc != SQLITE_OK || out.write(buffer.constData(), length) != length) {
            *error = rc != SQLITE_OK ? QString::fromUtf8(sqlite3_errstr(rc)) : out.errorString();
            out.close();
            QFile::remove(target);
            return false;
        }
    }
    if (!out.flush() || ::fsync(out.handle()) != 0) {
        *error = out.errorString();
        out.close();
        QFile::remove(target);
        return false;
    }
    return true;
}

bool saveSnapshot(const QSqlDatabase &db, const QString &sourcePath, const QString &target,
                  QString *error)
{
    const QFileInfo info(target);
    const QString name = info.fileName();
    if (info.absoluteFilePath() == QFileInfo(sourcePath).absoluteFilePath() ||
        (info.exists() && info.canonicalFilePath() == QFileInfo(sourcePath).canonicalFilePath())) {
        *error = Register::tr("A copy cannot be saved over the register itself (%1).").arg(name);
        return false;
    }
    if (info.isDir()) {
        *error = Register::tr("%1 is a folder.").arg(info.absoluteFilePath());
        return false;
    }
    // Written under a temporary name in the same folder and renamed when complete, so that
    // `target` never holds half a copy. VACUUM INTO needs a file that is empty or absent.
    QTemporaryFile temporary(info.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX").arg(name)));
    if (!temporary.open()) {
        *error = Register::tr("%1 cannot be written: %2").arg(name, temporary.errorString());
        return false;
    }
    temporary.close();
    sqlite3 *handle = nativeHandle(db);
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(handle, "VACUUM INTO ?", -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        const QByteArray path = QFile::encodeName(temporary.fileName());
        sqlite3_bind_text(statement, 1, path.constData(), int(path.size()), SQLITE_TRANSIENT);
        rc = sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        const int code = sqlite3_extended_errcode(handle);
        const QString detail = QString::fromUtf8(sqlite3_errmsg(handle));
        // The copy's disk being full is the copy's fault, not the register's.
        *error = faultOf(code) == Fault::Full
                     ? Register::faultMessage(Fault::Full, target, detail)
                     : Register::tr("The copy %1 could not be written: %2").arg(name, detail);
        return false;
    }
    // The copy keeps who may read the register, and its owner may change it.
    QFile::setPermissions(temporary.fileName(),
                          QFile::permissions(sourcePath) | QFileDevice::WriteOwner);
    if (!syncFile(temporary.fileName()) ||
        std::rename(QFile::encodeName(temporary.fileName()).constData(),
                    QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        *error = Register::tr("The copy %1 could not be written: %2")
                     .arg(name, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    temporary.setAutoRemove(false);
    return true;
}

void reclaimFreePages(const QSqlDatabase &db, const QString &path, const CompactStep &compact)
{
    sqlite3 *handle = nativeHandle(db);
    if (!handle)
        return;
    {
        QMutexLocker lock(&writtenMutex);
        if (sqlite3_total_changes(handle) > 0)
            writtenRegisters.insert(path);
        // Only a process that wrote compacts: a read command leaves the file's bytes alone.
        if (!writtenRegisters.contains(path))
            return;
    }
    const qint64 free = pragmaValue(handle, "PRAGMA freelist_count");
    const qint64 pages = pragmaValue(handle, "PRAGMA page_count");
    const qint64 pageSize = pragmaValue(handle, "PRAGMA page_size");
    const bool worthIt = free > 0 && free * pageSize >= ReclaimMinimumBytes && free * 4 >= pages;
    if (worthIt &&
        ((compact && !compact(db, nullptr)) || !execScript(db, QStringLiteral("VACUUM"), nullptr)))
        return; // another connection is reading: the next close tries again
    QMutexLocker lock(&writtenMutex);
    writtenRegisters.remove(path);
}

} // namespace kartoitus::storage
