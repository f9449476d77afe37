#include "reports/reportfile.h"

#include "exporting/exporter.h"
#include "reports/reportrenderer.h"
#include "reports/reporttable.h"

namespace kartoitus::reports {

bool ReportFile::write(const Report &report, const QString &format, exporting::HeaderStyle headers,
                       const QString &path, QString *error, int *pages)
{
    if (format == QLatin1String("pdf"))
        return ReportRenderer::writePdf(report, path, error, pages);
    exporting::Format table = exporting::Format::Csv;
    if (!exporting::Exporter::formatFromKey(format, &table)) {
        *error = tr("Unknown format \"%1\": use pdf, csv, csv-excel or xlsx.").arg(format);
        return false;
    }
    return ReportTable::write(report, table, headers, path, error);
}

} // namespace kartoitus::reports
