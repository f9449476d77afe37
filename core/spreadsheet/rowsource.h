#pragma once

#include "csv/csvdialect.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace kartoitus::spreadsheet {

// What kind of file rows are read from; decided by the file's first bytes, not its name.
enum class Format
{
    Csv,
    Xlsx,
    Ods,
    Xls
};

// "csv", "xlsx", "ods", "xls": for JSON and messages.
QString formatKey(Format format);

// How to read a file: the CSV dialect (ignored by spreadsheets, except skipLines), and for
// a workbook the sheet by name or by number from 1 (empty: the first sheet).
struct SourceOptions
{
    csv::Dialect dialect = csv::Dialect::autoDetect();
    bool strictDecoding = true;
    qsizetype maxCellLength = 1024 * 1024;
    QString sheet;
};

// What was found when the file was opened.
struct SourceInfo
{
    Format format = Format::Csv;
    csv::Dialect dialect;   // CSV only: as detected or given
    QString sheetName;      // a workbook's sheet being read
    QStringList sheetNames; // every sheet of a workbook, in order
    bool sepLine = false;   // CSV only: Excel's "sep=;" first line was honoured
};

// A source of rows of text cells for the importer: a CSV file or one sheet of a workbook.
// Rows come one at a time, so memory stays flat whatever the file's size. A row's cells
// are what a person sees in the file (a spreadsheet's displayed text, see docs/import.md);
// an empty list is a blank line or row.
class RowSource
{
public:
    virtual ~RowSource() = default;

    // The next row into *cells. False at the end or on an error; then *cells is empty.
    virtual bool readRow(QStringList *cells) = 0;
    // The line (CSV) or row number (sheet), 1-based, of the row last returned.
    virtual qint64 line() const = 0;
    // Progress: how far the reader is, of totalBytes().
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;

    bool hasError() const { return !m_errorString.isEmpty(); }
    // A sentence for the user that names the line (or row) and column when it has them.
    QString errorString() const { return m_errorString; }
    qint64 errorLine() const { return m_errorLine; }
    qint64 errorColumn() const { return m_errorColumn; }

    const SourceInfo &info() const { return m_info; }

protected:
    void setError(const QString &message, qint64 line = 0, qint64 column = 0)
    {
        m_errorString = message;
        m_errorLine = line;
        m_errorColumn = column;
    }

    SourceInfo m_info;

private:
    QString m_errorString;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
};

// Opens `path` as CSV, XLSX, ODS or XLS, by its content. On failure returns null and
// sets *error (a sentence that does not repeat the path: callers name the file) and,
// where known, *line and *column.
struct OpenError
{
    QString message;
    qint64 line = 0;
    qint64 column = 0;
};
std::unique_ptr<RowSource> openRowSource(const QString &path, const SourceOptions &options,
                                         OpenError *error);

// The index of the sheet `wanted` names among `names`: empty for the first, a number from
// 1, or a name (any case). -1 and *error when there is no such sheet.
int sheetIndex(const QStringList &names, const QString &wanted, OpenError *error);
// "There is no sheet “X”: the workbook has A, B."
QString noSuchSheet(const QString &wanted, const QStringList &names);

// The sheets of a workbook at `path` (empty for CSV or on an error).
QStringList sheetNames(const QString &path);

// The format `path` holds, judged by its first bytes (and, for a zip, its entries).
Format detectFormat(const QString &path);

// Whether a file name looks like something import reads (.csv .txt .tsv .xlsx .xlsm .ods
// .xls), for drag and drop and the file dialog.
bool isImportableName(const QString &fileName);

} // namespace kartoitus::spreadsheet
