#pragma once

#include "csv/csvwriter.h"
#include "exporting/tablesink.h"

class QIODevice;

namespace kartoitus::exporting {

// Writes exported rows as CSV in a given dialect and formula guard.
class CsvSink final : public TableSink
{
public:
    CsvSink(QIODevice *device, const csv::Dialect &dialect, csv::Writer::FormulaGuard guard);

    bool writeHeader(const QStringList &headers, const QList<CellKind> &kinds) override;
    bool writeRow(const QList<QStringView> &cells) override;
    bool finish() override;
    QString errorString() const override { return m_writer.errorString(); }

private:
    csv::Writer m_writer;
};

} // namespace kartoitus::exporting
