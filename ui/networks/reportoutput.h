#pragma once

#include "reports/report.h"

#include <QObject>
#include <QString>

#include <memory>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace kartoitus {

// Print preview, print and Save as PDF/CSV/XLSX of a report for the networks' views; the
// file is written on a worker thread (the report is a copy), so the window stays live.
class ReportOutput : public QObject
{
    Q_OBJECT

public:
    explicit ReportOutput(QWidget *parent);
    ~ReportOutput() override;

    // Opens the print preview of `report` (which prints from there); it deletes itself on
    // close.
    QPrintPreviewDialog *printPreview(const reports::Report &report);
    // Asks where, beside `folder` under `base`.suffix, then saveTo(). `format`: pdf,
    // csv-excel or xlsx.
    void askAndSave(const reports::Report &report, const QString &format, const QString &folder,
                    const QString &base);
    void saveTo(const reports::Report &report, const QString &path, const QString &format);
    bool isSaving() const { return m_saving > 0; }

signals:
    void savingStarted(const QString &path);
    void savingFinished(bool ok, const QString &path, const QString &error);

private:
    QWidget *m_parent;
    std::unique_ptr<QPrinter> m_printer;
    int m_saving = 0;
};

} // namespace kartoitus
