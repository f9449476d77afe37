#pragma once

#include "exporting/exportrequest.h"
#include "reports/report.h"

#include <QCoreApplication>
#include <QString>

namespace kartoitus::reports {

// A report written to a file in the format a user or a script chose by its key: "pdf"
// (ReportRenderer) or one of the export's table formats, "csv", "csv-excel", "xlsx"
// (ReportTable). The one place the window and the command line choose between them.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::reports::ReportFile)

public:
    // False and *error when the format is unknown or the file cannot be written; *pages (when
    // given) gets the PDF's page count.
    static bool write(const Report &report, const QString &format, exporting::HeaderStyle headers,
                      const QString &path, QString *error, int *pages = nullptr);
};

} // namespace kartoitus::reports
