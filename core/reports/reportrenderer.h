#pragma once

#include "reports/report.h"

#include <QCoreApplication>
#include <QString>
#include <QTextDocument>

#include <memory>

class QPagedPaintDevice;

namespace kartoitus::reports {

// The document a report is laid out in. It never loads anything: a register text that slipped
// through as markup could not fetch an image or a file.
class ReportDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;
    int resourceRequests() const { return m_requests; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_requests = 0;
};

// Renders a report: to HTML (every register text escaped), laid out in a QTextDocument, and
// printed page by page on A4 with the page number, the source and the date on every page —
// to a PDF file or to any paged device (the GUI's printer and print preview).
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::reports::ReportRenderer)

public:
    static QString html(const Report &report);
    // The report laid out for `device` (null: for the screen).
    static std::unique_ptr<ReportDocument> document(const Report &report,
                                                    QPagedPaintDevice *device = nullptr);
    // Sets A4 and the margins on `device`, then paints every page; the number of pages, or 0
    // when the device could not be painted on.
    static int print(const Report &report, QPagedPaintDevice *device);
    // Writes the report as a PDF; false and *error (naming the file) when it cannot be.
    // The file appears complete or not at all.
    static bool writePdf(const Report &report, const QString &path, QString *error,
                         int *pages = nullptr);
};

} // namespace kartoitus::reports
