#pragma once

#include "importing/importer.h"

#include <QStringList>

#include <memory>

// How the importer opens a file and finds its header, shared by the import run
// (importer.cpp) and the passes that only read the file (importfile.cpp: inspect,
// checkFile, unknownValues). Internal to importing/.
namespace kartoitus::importing::detail {

// Progress is reported every this many rows.
constexpr qint64 ProgressStep = 512;

bool isCsv(const spreadsheet::RowSource &source);
// Nothing but whitespace in every cell.
bool isBlankRecord(const QStringList &cells);

// The file opened and read up to its header.
struct OpenedFile
{
    std::unique_ptr<spreadsheet::RowSource> source;
    QStringList header;
    qint64 headerLine = 0;
    spreadsheet::OpenError error;
};

// Opens the file and reads its header row (the first that is not blank), or false with
// opened->error.
bool openFile(const QString &path, const ImportOptions &options, OpenedFile *opened);
// Opens the file and finds its header, skipping title lines when they are detected
// (options->dialect.skipLines then says how many).
bool openWithHeader(const QSqlDatabase &db, const QString &path, ImportOptions *options,
                    OpenedFile *opened);
// The file's format, sheet, encoding and delimiter, as the result reports them.
void describeSource(const spreadsheet::RowSource &source, ImportResult *result);
// options.mapping (applied to this header), else the newest saved mapping of these headers
// (its name in *savedName), else the automatic one.
ColumnMapping chooseMapping(const QSqlDatabase &db, const ImportOptions &options,
                            const QStringList &header, QString *savedName);

} // namespace kartoitus::importing::detail
