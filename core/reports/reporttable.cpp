#include "reports/reporttable.h"

#include "exporting/csvsink.h"
#include "exporting/xlsxsink.h"

#include <QDir>
#include <QSaveFile>
#include <QTemporaryFile>

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

bool copyInto(QIODevice *from, QIODevice *to)
{
    if (!from->open(QIODevice::ReadOnly))
        return false;
    while (!from->atEnd()) {
        const QByteArray chunk = from->read(1 << 16);
        if (chunk.isEmpty() || to->write(chunk) != chunk.size())
            return false;
    }
    return true;
}

} // namespace

bool ReportTable::writeCsv(const Report &report, Format format, HeaderStyle headers,
                           QIODevice *device, QString *error)
{
    exporting::CsvSink sink(device,
                            format == Format::CsvExcel ? csv::Dialect::excelFinnish()
                                                       : csv::Dialect::standard(),
                            format == Format::CsvExcel ? csv::Writer::FormulaGuard::Neutralise
                                                       : csv::Writer::FormulaGuard::EscapeOnly);
    if (writeRows(report, headers, sink))
        return true;
    if (error)
        *error = sink.errorString();
    return false;
}

bool ReportTable::write(const Report &report, Format format, HeaderStyle headers,
                        const QString &path, QString *error)
{
    QSaveFile file(path);
    QString reason;
    bool ok = file.open(QIODevice::WriteOnly);
    if (!ok) {
        reason = file.errorString();
    } else if (format != Format::Xlsx) {
        ok = writeCsv(report, format, headers, &file, &reason);
    } else {
        // libxlsxwriter writes to a path of its own; the finished workbook is then copied
        // through the QSaveFile.
        QTemporaryFile workbook(QDir::tempPath() + QStringLiteral("/kartoitus-XXXXXX.xlsx"));
        ok = workbook.open();
        reason = workbook.errorString();
        workbook.close();
        if (ok) {
            exporting::XlsxSink sink(workbook.fileName(), report.title.left(31));
            ok = writeRows(report, headers, sink);
            reason = sink.errorString();
        }
        QFile written(workbook.fileName());
        if (ok && !copyInto(&written, &file)) {
            ok = false;
            reason = file.errorString();
        }
    }
    if (ok && file.commit())
        return true;
    file.cancelWriting();
    if (error)
        *error = tr("%1 cannot be written: %2")
                     .arg(path, reason.isEmpty() ? file.errorString() : reason);
    return false;
}

} // namespace kartoitus::reports
