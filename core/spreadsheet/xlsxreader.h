#pragma once

#include "spreadsheet/cellformat.h"
#include "spreadsheet/sharedstrings.h"
#include "spreadsheet/sheetxmlscanner.h"
#include "spreadsheet/zippedsheetreader.h"

#include <QList>
#include <QXmlStreamReader>

namespace kartoitus::spreadsheet {

// The parts of an .xlsx workbook a sheet's cells refer to: the sheets and where they are,
// the 1904 date system, the number format of each cell style, and the shared strings.
struct XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::spreadsheet::XlsxWorkbook)

public:
    struct Sheet
    {
        QString name;
        QString part; // "xl/worksheets/sheet1.xml"
        bool hidden = false;
    };

    // Reads workbook.xml and its relationships (not the styles and strings). False and
    // *error when the archive is no workbook.
    bool readStructure(ZipArchive &zip, QString *error);
    // Reads the styles and the shared strings (kept: cells refer to them by index anywhere
    // in the sheet; see SharedStrings for where).
    bool readContents(ZipArchive &zip, qsizetype maxCellLength, QString *error);

    QList<Sheet> sheets;
    bool date1904 = false;
    QList<NumberFormat> styles; // by cell style index (the s attribute)
    SharedStrings sharedStrings;

private:
    bool readRelationships(ZipArchive &zip, const QString &part, QString *error);
    bool readWorkbook(ZipArchive &zip, QString *error);
    bool readStyles(ZipArchive &zip, QString *error);
    bool readSharedStrings(ZipArchive &zip, qsizetype maxCellLength, QString *error);

    QString m_workbookPart;
    QString m_stylesPart;
    QString m_sharedStringsPart;
    QHash<QString, QString> m_targets; // relationship id -> part
};

// Rows of one sheet of an .xlsx (or .xlsm) workbook, streamed from the zip: the sheet with
// SheetXmlScanner, the workbook's other parts with QXmlStreamReader. Only the current row,
// the shared strings and the styles are in memory.
// A cell's text is what the sheet shows (docs/import.md): strings as written, numbers in
// their format's decimals without grouping, dates as ISO dates, booleans TRUE/FALSE.
// Cells and rows left out of the XML are empty; line() is the sheet's row number.
class XlsxReader : public ZippedSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::spreadsheet::XlsxReader)

public:
    // Null and *error when the file cannot be read as a workbook or the sheet is unknown.
    static std::unique_ptr<XlsxReader> open(const QString &path, const SourceOptions &options,
                                            OpenError *error);
    static QStringList sheetNames(const QString &path);

    bool readRow(QStringList *cells) override;
    qint64 bytesRead() const override { return m_scanner ? m_scanner->bytesRead() : 0; }

private:
    explicit XlsxReader(const SourceOptions &options)
        : ZippedSheetReader(Format::Xlsx, options)
    {}
    bool convertRow(QStringList *cells);
    bool cellText(const SheetXmlScanner::Cell &cell, QByteArrayView value, QString *text);
    bool numberText(int style, QByteArrayView value, QString *text);
    bool failCell(qint64 column, const QString &problem);
    bool failScan();

    XlsxWorkbook m_book;
    std::unique_ptr<SheetXmlScanner> m_scanner;
};

// 4 -> "D".
QString columnName(qint64 column);

} // namespace kartoitus::spreadsheet
