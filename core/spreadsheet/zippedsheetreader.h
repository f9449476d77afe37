#pragma once

#include "spreadsheet/rowsource.h"
#include "spreadsheet/ziparchive.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <memory>

namespace kartoitus::spreadsheet {

// What the two zipped XML workbooks (.xlsx, .ods) read alike: the zip, the one part the rows
// are streamed from (ODS with QXmlStreamReader, whose progress is how far into it the reader
// is; XLSX with SheetXmlScanner), the sheet's row number, the title rows to skip and the
// longest cell allowed.
class ZippedSheetReader : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::spreadsheet::ZippedSheetReader)

public:
    qint64 line() const override { return m_rowNumber; }
    qint64 bytesRead() const override { return m_xml.characterOffset(); }
    qint64 totalBytes() const override { return m_partSize; }

protected:
    ZippedSheetReader(Format format, const SourceOptions &options);

    // Opens the zip at `path`; false and zipError() when it is none.
    bool openZip(const QString &path) { return m_zip.open(path); }
    // Starts streaming `part` of the zip; false and zipError() when it cannot be read.
    bool openPart(const QString &part);
    QString zipError() const { return m_zip.errorString(); }
    // The part openPart() streams (also given to m_xml).
    QIODevice *partDevice() const { return m_device.get(); }

    // The sheet's XML is damaged at or after `row`: sets the error (the cause the zip
    // stream gives, else the XML reader's). Always false.
    bool failXml(qint64 row);

    ZipArchive m_zip;
    QXmlStreamReader m_xml;
    qint64 m_rowNumber = 0;
    int m_skipRows = 0;
    qsizetype m_maxCellLength = 0;
    bool m_done = false;

private:
    std::unique_ptr<QIODevice> m_device;
    qint64 m_partSize = 0;
};

} // namespace kartoitus::spreadsheet
