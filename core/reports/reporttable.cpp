#include "reports/reporttable.h"

#include "exporting/csvsink.h"
#include "exporting/tablefile.h"

namespace kartoitus::reports {

using exporting::CellKind;
using exporting::Format;
using exporting::HeaderStyle;
using exporting::TableSink;

namespace {

bool writeRows(const Report &report, HeaderStyle style, TableSink &sink)
{
    const bool grouped = !report.groupColumn.key.isEmpty();
    QStringList headers;
    QList<ReportColumn> columns = report.columns;
    if (grouped)
        columns.prepend(report.groupColumn);
    for (const ReportColumn &column : columns)
        headers.append(style == HeaderStyle::Keys ? column.key : column.label);
    if (!sink.writeHeader(headers, QList<CellKind>(columns.size(), CellKind::Text)))
        return false;
    QList<QStringView> cells;
    for (const ReportGroup &group : report.groups) {
        for (const ReportEntry &entry : group.entries) {
            cells.clear();
            if (grouped)
                cells.append(group.heading);
            for (int i = 0; i < report.columns.size(); ++i)
                cells.append(i < entry.cells.size() ? QStringView(entry.cells.at(i))
                                                    : QStringView());
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
    if (writeRows(report, headers, sink))
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
        if (writeRows(report, headers, sink))
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
