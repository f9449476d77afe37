#pragma once

#include "exporting/exportrequest.h"
#include "reports/report.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace kartoitus::reports {

// A report's entries as a table: the group column (when the report has one), then the
// report's columns, one row per printed entry, in print order. The same rows the PDF shows,
// for CSV (both presets) and XLSX, through the export's sinks.
class ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::reports::ReportTable)

public:
    // Writes through a QSaveFile: the file appears complete or not at all.
    static bool write(const Report &report, exporting::Format format,
                      exporting::HeaderStyle headers, const QString &path, QString *error);
    // CSV formats into any device.
    static bool writeCsv(const Report &report, exporting::Format format,
                         exporting::HeaderStyle headers, QIODevice *device, QString *error);
};

} // namespace kartoitus::reports
