#include "common/reportoutput.h"

#include "reports/reportfile.h"
#include "reports/reportrenderer.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace kartoitus {

namespace {

struct Written
{
    bool ok = false;
    QString error;
};

Written writeReport(const reports::Report &report, const QString &path, const QString &format)
{
    Written written;
    written.ok = reports::ReportFile::write(report, format, exporting::HeaderStyle::Labels, path,
                                            &written.error);
    return written;
}

} // namespace

ReportOutput::ReportOutput(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{}

ReportOutput::~ReportOutput() = default;

QList<QPushButton *> ReportOutput::makeButtons(QWidget *parent,
                                               const std::function<void()> &preview,
                                               const std::function<void(const QString &)> &save)
{
    const auto button = [parent](const QString &text, const QString &name,
                                 const std::function<void()> &run) {
        auto *b = new QPushButton(text, parent);
        b->setObjectName(name);
        QObject::connect(b, &QPushButton::clicked, parent, run);
        return b;
    };
    return {button(tr("Print Pre&view…"), QStringLiteral("preview"), preview),
            button(tr("Save as &PDF…"), QStringLiteral("savePdf"),
                   [save] { save(QStringLiteral("pdf")); }),
            button(tr("Save as &CSV…"), QStringLiteral("saveCsv"),
                   [save] { save(QStringLiteral("csv-excel")); }),
            button(tr("Save as &XLSX…"), QStringLiteral("saveXlsx"),
                   [save] { save(QStringLiteral("xlsx")); })};
}

QPrintPreviewDialog *ReportOutput::printPreview(const reports::Report &report, const QString &title)
{
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setDocName(report.title);
    auto *preview = new QPrintPreviewDialog(m_printer.get(), m_parent);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Print Preview – %1").arg(title.isEmpty() ? report.title : title));
    connect(preview, &QPrintPreviewDialog::paintRequested, preview,
            [report](QPrinter *target) { reports::ReportRenderer::print(report, target); });
    if (report.landscape)
        preview->resize(1100, 800);
    else
        preview->resize(900, 1000);
    preview->open();
    return preview;
}

void ReportOutput::askAndSave(const reports::Report &report, const QString &format,
                              const QString &besideFile, const QString &base,
                              const QString &caption)
{
    const QString suffix = format == QLatin1String("csv-excel") ? QStringLiteral("csv") : format;
    const QString filter = format == QLatin1String("pdf")    ? tr("PDF documents (*.pdf)")
                           : format == QLatin1String("xlsx") ? tr("Excel workbooks (*.xlsx)")
                                                             : tr("CSV files (*.csv)");
    // Beside the register, unless its folder cannot be written (a read-only share).
    QString where = besideFile.isEmpty() ? QString() : QFileInfo(besideFile).absolutePath();
    if (where.isEmpty() || !QFileInfo(where).isWritable())
        where = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        m_parent, caption.isEmpty() ? tr("Save the List") : caption,
        where + QLatin1Char('/') + base + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    saveTo(report, path, format);
}

void ReportOutput::saveTo(const reports::Report &report, const QString &path, const QString &format)
{
    ++m_saving;
    emit savingStarted(path);
    emit statusChanged(tr("Saving %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<Written>(this);
    connect(watcher, &QFutureWatcher<Written>::finished, this, [this, watcher, path] {
        const Written written = watcher->result();
        watcher->deleteLater();
        --m_saving;
        emit statusChanged(written.ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                                      : written.error);
        emit savingFinished(written.ok, path, written.error);
    });
    watcher->setFuture(QtConcurrent::run(&writeReport, report, path, format));
}

} // namespace kartoitus
