#include "exporting/csvsink.h"

namespace kartoitus::exporting {

CsvSink::CsvSink(QIODevice *device, const csv::Dialect &dialect, csv::Writer::FormulaGuard guard)
    : m_writer(device, dialect)
{
    m_writer.setFormulaGuard(guard);
}

CsvSink::CsvSink(QIODevice *device, Format format)
    : CsvSink(device,
              format == Format::CsvExcel ? csv::Dialect::excelFinnish() : csv::Dialect::standard(),
              format == Format::CsvExcel ? csv::Writer::FormulaGuard::Neutralise
                                         : csv::Writer::FormulaGuard::EscapeOnly)
{}

bool CsvSink::writeHeader(const QStringList &headers, const QList<CellKind> &)
{
    return m_writer.writeRow(headers);
}

bool CsvSink::writeRow(const QList<QStringView> &cells)
{
    for (const QStringView cell : cells)
        m_writer.writeField(cell);
    return m_writer.endRow();
}

bool CsvSink::finish()
{
    return m_writer.flush();
}

} // namespace kartoitus::exporting
