#pragma once

#include "importing/importtypes.h"
#include "importing/unknownvalues.h"
#include "repositories/mappingstore.h"
#include "spreadsheet/rowsource.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace kartoitus::importing {

// What a file looks like before importing it: for the mapping step of the import wizard.
struct ImportInspection
{
    bool ok = false;
    QString error;
    spreadsheet::Format format = spreadsheet::Format::Csv;
    csv::Dialect dialect;           // as detected (or as asked for); skipLines as used
    bool titleLinesSkipped = false; // skipLines was detected, not asked for
    bool sepLine = false;
    QString sheet;      // the sheet read, for a workbook
    QStringList sheets; // every sheet of a workbook
    qint64 headerLine = 0;
    QStringList headers;
    ColumnMapping automatic;   // by the field catalogue
    QList<SavedMapping> saved; // saved for files with these headers, most recent first
    ColumnMapping suggested;   // the first saved one, else the automatic one
    QList<QStringList> sample; // the first rows after the header, as read
    QList<qint64> sampleLines; // the line (or sheet row) of each, as the plan numbers rows
};

// A file read through to its end, as an import would read it, before any row is looked
// at: what stops an import whatever the mapping (a quoted field never closed, bytes the
// encoding cannot read, a cell past any real length).
struct FileCheck
{
    bool ok = false;
    bool cancelled = false;
    QString error; // names the line and column
    qint64 errorLine = 0;
    qint64 errorColumn = 0;
    qint64 rows = 0; // rows after the header, blank ones aside
};

// Imports a CSV file or a spreadsheet's sheet (.xlsx, .ods, .xls) of organisations, activities or
// persons into a register (design §4 and §7). A plain class: a worker thread gives it its own
// connection (Register::openAnother) and watches the progress callback; another thread may set the
// cancel flag.
//
//   Importer importer(db);
//   ImportInspection look = importer.inspect(path, options);   // headers, mapping
//   options.mapping = look.suggested;  options.mapping.setKey(3, "email");
//   ImportResult plan = importer.preview(path, options, control);  // nothing written
//   ImportResult done = importer.run(path, options, control);      // one transaction
//
// The file is read as a stream in one pass: memory stays flat whatever its size. The
// import is one transaction; an error, a cancel or a preview rolls it back, leaving the
// register's file exactly as it was. Rows the register cannot take are rejected with
// their line and reason, and the rest imports.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::importing::Importer)

public:
    explicit Importer(const QSqlDatabase &db);

    ImportInspection inspect(const QString &path, const ImportOptions &options,
                             int sampleRows = 20) const;
    // Everything the import would do, computed by doing it and rolling it back: the
    // counts, each row's action and the rejects are exactly what run() will give.
    ImportResult preview(const QString &path, const ImportOptions &options,
                         const ImportControl &control = {});
    ImportResult run(const QString &path, const ImportOptions &options,
                     const ImportControl &control = {});

    // Every value of the file's reference columns that the import would reject as
    // unknown with options.mapping (its value map included), in the order first met. Reads
    // the whole file: progress and cancel through `control` (its row callback is not used).
    UnknownValues unknownValues(const QString &path, const ImportOptions &options,
                                const ImportControl &control = {}) const;

    // Reads the file through with the dialect and title lines an inspection found
    // (options.dialect.skipLines as used); touches no register, so any thread may call it.
    // Progress and cancel through `control`.
    static FileCheck checkFile(const QString &path, const ImportOptions &options,
                               const ImportControl &control = {});

    // Rows per organisation above which the search index is rebuilt whole rather than
    // row by row at the end of an import.
    static constexpr int ReindexLimit = 2000;

private:
    ImportResult execute(const QString &path, const ImportOptions &options,
                         const ImportControl &control, bool dryRun);

    QSqlDatabase m_db;
};

} // namespace kartoitus::importing
