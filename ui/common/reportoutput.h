#pragma once

#include "reports/report.h"

#include <QObject>
#include <QString>

#include <QList>

#include <functional>
#include <memory>

class QPrinter;
class QPushButton;
class QPrintPreviewDialog;
class QWidget;

namespace kartoitus {

// Print preview, print and Save as PDF/CSV/XLSX of a report, for every feature that
// prints one (the health-station list, the networks' rosters, the survey summary): the
// file is written on a worker thread (the report is a copy), so the window stays live.
// statusChanged() says "Saving x.pdf…" and then "Saved …" or why not.
class ReportOutput : public QObject
{
    Q_OBJECT

public:
    explicit ReportOutput(QWidget *parent);
    ~ReportOutput() override;

    // Opens the print preview of `report` (which prints from there), titled after `title`
    // (the report's title when empty); it deletes itself on close.
    QPrintPreviewDialog *printPreview(const reports::Report &report,
                                      const QString &title = QString());
    // Asks where, under `base`.suffix in the folder of `besideFile` (the register; the
    // documents folder when that cannot be written), then saveTo(). `format`: pdf,
    // csv-excel or xlsx. `caption` is the file dialog's ("Save the List" when empty).
    void askAndSave(const reports::Report &report, const QString &format, const QString &besideFile,
                    const QString &base, const QString &caption = QString());
    void saveTo(const reports::Report &report, const QString &path, const QString &format);
    bool isSaving() const { return m_saving > 0; }

    // The buttons every report offers, for the feature's own row: Print Preview… (runs
    // `preview`), Save as PDF…, Save as CSV… and Save as XLSX… (run `save` with pdf,
    // csv-excel or xlsx), named preview, savePdf, saveCsv and saveXlsx.
    static QList<QPushButton *> makeButtons(QWidget *parent, const std::function<void()> &preview,
                                            const std::function<void(const QString &)> &save);

signals:
    void savingStarted(const QString &path);
    void savingFinished(bool ok, const QString &path, const QString &error);
    // What the feature shows under its buttons: saving, saved, or the error.
    void statusChanged(const QString &text);

private:
    QWidget *m_parent;
    std::unique_ptr<QPrinter> m_printer; // the previews' printer, kept between them
    int m_saving = 0;
};

} // namespace kartoitus
