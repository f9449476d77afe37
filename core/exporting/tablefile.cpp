#include "exporting/tablefile.h"

#include "exporting/csvsink.h"
#include "exporting/exporter.h"
#include "exporting/xlsxsink.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTemporaryFile>

namespace kartoitus::exporting {

namespace {

// Less free space than this on the disk a write failed on: the disk is full.
constexpr qint64 FullDiskBytes = 1024 * 1024;

bool diskIsFull(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() < FullDiskBytes;
}

// A failed write, named by the file that could not be written. A full disk often gives
// no words of its own ("Unknown error" once part of a buffer was written): the free space
// on the file's disk tells.
QString writeFailure(const QString &path, const QString &systemError)
{
    if (diskIsFull(QFileInfo(path).absolutePath()))
        return Exporter::tr("The disk holding %1 is full. Free some space on it, or export to "
                            "another disk, and try again.")
            .arg(path);
    return Exporter::tr("%1 cannot be written: %2").arg(path, systemError);
}

// Copies in pieces: a workbook of 100,000 rows is tens of megabytes.
bool copyFile(QFile *from, QIODevice *to)
{
    if (!from->open(QIODevice::ReadOnly))
        return false;
    QByteArray chunk;
    while (!(chunk = from->read(1 << 20)).isEmpty()) {
        if (to->write(chunk) != chunk.size())
            return false;
    }
    return from->error() == QFileDevice::NoError;
}

bool writeWorkbook(const QString &path, const QString &sheetName, const TableFile::RowWriter &rows,
                   QSaveFile *file, QString *fileError)
{
    QTemporaryFile workbook(QDir::tempPath() + QStringLiteral("/kartoitus-XXXXXX.xlsx"));
    if (!workbook.open()) {
        *fileError =
            Exporter::tr("No temporary file for the spreadsheet: %1").arg(workbook.errorString());
        return false;
    }
    workbook.close();
    bool ok = false;
    {
        XlsxSink sink(workbook.fileName(), sheetName);
        ok = rows(sink);
    }
    if (!ok) {
        if (diskIsFull(QDir::tempPath()))
            *fileError = Exporter::tr("The disk holding the temporary folder %1 is full. Free "
                                      "some space on it and try again.")
                             .arg(QDir::toNativeSeparators(QDir::tempPath()));
        return false;
    }
    QFile written(workbook.fileName()); // libxlsxwriter replaced the file on disk
    if (!copyFile(&written, file)) {
        *fileError = writeFailure(path, file->errorString());
        return false;
    }
    return true;
}

} // namespace

bool TableFile::write(const QString &path, Format format, const QString &sheetName,
                      const RowWriter &rows, QString *fileError)
{
    fileError->clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *fileError = Exporter::tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    bool ok = false;
    if (format != Format::Xlsx) {
        CsvSink sink(&file, format);
        ok = rows(sink);
        // QSaveFile keeps a failed write's error to itself until commit(): the free space
        // of the target's disk tells a full disk.
        if (!ok &&
            (file.error() != QFileDevice::NoError || diskIsFull(QFileInfo(path).absolutePath())))
            *fileError = writeFailure(path, file.errorString());
    } else {
        ok = writeWorkbook(path, sheetName, rows, &file, fileError);
    }
    // Flushed first: a failure then still finds the disk full (commit() removes the
    // partial file before it returns).
    if (ok && !file.flush()) {
        ok = false;
        *fileError = writeFailure(path, file.errorString());
    }
    if (!ok) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *fileError = writeFailure(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace kartoitus::exporting
