#include "exporting/csvsink.h"

namespace kartoitus::exporting {

CsvSink::CsvSink(QIODevice *device, const csv::Dialect &dialect, csv::Writer::FormulaGuard guard)
    : m_writer(device, dialect)
{
    m_writer.setFormulaGuard(guard);
}

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
