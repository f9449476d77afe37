#pragma once

#include "spreadsheet/zippedsheetreader.h"

namespace kartoitus::spreadsheet {

// Rows of one table of an OpenDocument spreadsheet (.ods), streamed from content.xml
// with QXmlStreamReader. A cell's text is the text the file shows (its <text:p>
// paragraphs, joined by line breaks), except that a date is read from its value as an
// ISO date and a number shown with grouping as the number itself. Repeated cells and
// rows (table:number-columns-repeated="1000000", as LibreOffice writes to the sheet's
// edge) are never spelled out unless a filled cell follows them.
class OdsReader : public ZippedSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::spreadsheet::OdsReader)

public:
    static std::unique_ptr<OdsReader> open(const QString &path, const SourceOptions &options,
                                           OpenError *error);
    // One pass over content.xml that skips every table's contents.
    static QStringList sheetNames(const QString &path);

    bool readRow(QStringList *cells) override;

private:
    explicit OdsReader(const SourceOptions &options)
        : ZippedSheetReader(Format::Ods, options)
    {}
    bool findTable(const QString &wanted, OpenError *error);
    bool readRowElement(QStringList *cells, qint64 *repeat);
    bool readCell(QStringList *cells, qint64 *pendingEmpty);
    bool readParagraphs(QString *text);
    void readParagraph(QString *text);
    bool failCell(qint64 column, const QString &problem);

    // A row repeated by table:number-rows-repeated, still to be returned this many times.
    QStringList m_repeatedRow;
    qint64 m_repeatLeft = 0;
};

} // namespace kartoitus::spreadsheet
