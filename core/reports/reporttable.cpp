#include "reports/reporttable.h"

#include "exporting/csvsink.h"
#include "exporting/tablefile.h"

namespace kartoitus::reports {

using exporting::CellKind;
using exporting::Format;
using exporting::HeaderStyle;
using exporting::TableSink;

namespace {

// Excel set up for Finland reads `45,8` as a number and `45.8` as text (or a date).
QString excelNumber(const QString &cell)
{
    bool ok = false;
    cell.toDouble(&ok);
    return ok ? QString(cell).replace(QLatin1Char('.'), QLatin1Char(',')) : cell;
}

bool writeRows(const Report &report, Format format, HeaderStyle style, TableSink &sink)
{
    const bool grouped = !report.groupColumn.key.isEmpty();
    QStringList headers;
    QList<CellKind> kinds;
    QList<ReportColumn> columns = report.columns;
    if (grouped)
        columns.prepend(report.groupColumn);
    for (const ReportColumn &column : columns) {
        headers.append(style == HeaderStyle::Keys ? column.key : column.label);
        kinds.append(column.number ? CellKind::Number : CellKind::Text);
    }
    if (!sink.writeHeader(headers, kinds))
        return false;
    const bool excel = format == Format::CsvExcel;
    QList<QStringView> cells;
    QStringList excelCells; // keeps the rewritten numbers alive while the row is written
    for (const ReportGroup &group : report.groups) {
        for (const ReportEntry &entry : group.entries) {
            cells.clear();
            excelCells.clear();
            if (grouped)
                cells.append(group.heading);
            for (int i = 0; i < report.columns.size(); ++i) {
                const QString *cell = i < entry.cells.size() ? &entry.cells.at(i) : nullptr;
                if (cell && excel && report.columns.at(i).number)
                    excelCells.append(excelNumber(*cell));
            }
            qsizetype next = 0;
            for (int i = 0; i < report.columns.size(); ++i) {
                if (i >= entry.cells.size())
                    cells.append(QStringView());
                else if (excel && report.columns.at(i).number)
                    cells.append(excelCells.at(next++));
                else
                    cells.append(entry.cells.at(i));
            }
            if (!sink.writeRow(cells))
                return false;
        }
    }
    return sink.finish();
}

} // namespace

bool ReportTable::writeCsv(const Report &report, Format format, HeaderStyle headers,
                           QIODevice *device, QString *error)
{
    exporting::CsvSink sink(device, format);
    if (writeRows(report, format, headers, sink))
        return true;
    if (error)
        *error = sink.errorString();
    return false;
}

bool ReportTable::write(const Report &report, Format format, HeaderStyle headers,
                        const QString &path, QString *error)
{
    QString rowsError;
    QString fileError;
    const auto rows = [&](TableSink &sink) {
        if (writeRows(report, format, headers, sink))
            return true;
        rowsError = sink.errorString();
        return false;
    };
    if (exporting::TableFile::write(path, format, report.title.left(31), rows, &fileError))
        return true;
    if (error)
        *error =
            fileError.isEmpty() ? tr("%1 cannot be written: %2").arg(path, rowsError) : fileError;
    return false;
}

} // namespace kartoitus::reports
