#include "spreadsheet/zippedsheetreader.h"

namespace kartoitus::spreadsheet {

ZippedSheetReader::ZippedSheetReader(Format format, const SourceOptions &options)
    : m_skipRows(qMax(0, options.dialect.skipLines))
    , m_maxCellLength(options.maxCellLength)
{
    m_info.format = format;
}

bool ZippedSheetReader::openPart(const QString &part)
{
    m_device = m_zip.openEntry(part);
    if (!m_device)
        return false;
    m_partSize = m_zip.entrySize(part);
    m_xml.setDevice(m_device.get());
    return true;
}

bool ZippedSheetReader::failXml(qint64 row)
{
    // libzip's stream says why when the zip is at fault (a CRC error, a cut-off part).
    const QString device = m_device ? m_device->errorString() : QString();
    setError(tr("Sheet “%1”, row %2: the sheet cannot be read; the file is damaged (%3).")
                 .arg(m_info.sheetName)
                 .arg(row)
                 .arg(device.isEmpty() || device == QLatin1String("Unknown error")
                          ? m_xml.errorString()
                          : device),
             row, 0);
    return false;
}

} // namespace kartoitus::spreadsheet
