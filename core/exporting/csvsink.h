#pragma once

#include "csv/csvwriter.h"
#include "exporting/exportrequest.h"
#include "exporting/tablesink.h"

class QIODevice;

namespace kartoitus::exporting {

// Writes exported rows as CSV in a given dialect and formula guard.
class CsvSink final : public TableSink
{
public:
    CsvSink(QIODevice *device, const csv::Dialect &dialect, csv::Writer::FormulaGuard guard);
    // The dialect and formula guard of one of the CSV formats: Excel (Finnish) neutralises
    // formulas, since Excel runs them; the standard preset only escapes the apostrophes the
    // importer strips, so that a file the program re-imports round-trips.
    CsvSink(QIODevice *device, Format format);

    bool writeHeader(const QStringList &headers, const QList<CellKind> &kinds) override;
    bool writeRow(const QList<QStringView> &cells) override;
    bool finish() override;
    QString errorString() const override { return m_writer.errorString(); }

private:
    csv::Writer m_writer;
};

} // namespace kartoitus::exporting
