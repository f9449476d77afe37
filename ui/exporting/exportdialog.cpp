#include "exporting/exportdialog.h"

#include "common/filechooser.h"
#include "common/registertask.h"
#include "fields/fieldcatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>

#include <climits>

namespace kartoitus {

using exporting::ExportRequest;
using exporting::ExportResult;
using exporting::Format;

namespace {

QString suffixFor(Format format)
{
    return format == Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

// The dialog's remembered choices: the folder of the last export and its format.
const QString FolderKey = QStringLiteral("export/folder");
const QString FormatKey = QStringLiteral("export/format");

// Where a new export goes: the folder of the last one while it exists, else the user's
// Documents folder, made when it is missing (a fresh account may not have it yet), else
// home.
QString proposedFolder()
{
    const QString last = QSettings().value(FolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents))
        return documents;
    return QDir::homePath();
}

} // namespace

ExportDialog::ExportDialog(const QString &registerPath, const ExportScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_registerPath(registerPath)
    , m_scope(scope)
{
    buildForm();
    setMinimumWidth(600);

    Format remembered = Format::CsvExcel;
    if (exporting::Exporter::formatFromKey(QSettings().value(FormatKey).toString(), &remembered))
        m_format->setCurrentIndex(m_format->findData(int(remembered)));
    setTexts(); // the file's suffix follows the format

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_visibleColumns, &QRadioButton::toggled, this, &ExportDialog::updateSummary);
    connect(m_file->lineEdit(), &QLineEdit::textChanged, this, &ExportDialog::updateSummary);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<ExportResult>::finished, this, &ExportDialog::workerDone);

    setRunning(false);
    updateSummary();
    m_format->setFocus();
}

ExportDialog::~ExportDialog()
{
    // The worker posts progress to this dialog: it must be done before the dialog goes.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

// The title, the choices' texts and the file's name say what is exported. Whole sentences
// per kind of record, so that a translation can word each of them.
void ExportDialog::setTexts()
{
    const int allFields = int(fields::FieldCatalogue::keys(m_scope.what).size());
    QString base;
    switch (m_scope.what) {
    case exporting::Entity::Organisations:
        setWindowTitle(tr("Export Organisations"));
        m_allColumns->setText(tr("&All fields of an organisation (%1)").arg(allFields));
        base = tr("organisations-%1");
        break;
    case exporting::Entity::Activities:
        setWindowTitle(tr("Export Activities"));
        m_allColumns->setText(tr("&All fields of an activity (%1)").arg(allFields));
        base = tr("activities-%1");
        break;
    case exporting::Entity::Persons:
        setWindowTitle(tr("Export Persons"));
        m_allColumns->setText(tr("&All fields of a person (%1)").arg(allFields));
        base = tr("persons-%1");
        m_personal->setText(tr("Include persons' names, emails and phone numbers "
                               "(&personal data)"));
        m_personalNote->setText(
            tr("Off by default: a person's name, email and phone number are personal data, "
               "and without them the file holds only roles, organisations, municipalities and "
               "consents. Include them only when whoever receives the file may handle them."));
        break;
    }
    m_visibleColumns->setText(tr("&Columns the list shows (%1)").arg(m_scope.columnKeys.size()));
    m_visibleColumns->setToolTip(tr("Every column the list shows, in its order, under the "
                                    "list's header names"));
    m_note->setText(m_scope.note);
    m_note->setVisible(!m_scope.note.isEmpty());

    const QString name = base.arg(QDate::currentDate().toString(Qt::ISODate));
    setFilePath(
        QDir(proposedFolder()).filePath(name + QLatin1Char('.') + suffixFor(currentFormat())));
    m_file->setDialogTitle(windowTitle());
    chooserFollowsFormat();
}

// Browse offers the format's files and gives a name typed without a suffix the format's.
void ExportDialog::chooserFollowsFormat()
{
    const Format format = currentFormat();
    m_file->setNameFilter(format == Format::Xlsx ? tr("Excel workbooks (*.xlsx)")
                                                 : tr("CSV files (*.csv)"));
    m_file->setDefaultSuffix(suffixFor(format));
}

Format ExportDialog::currentFormat() const
{
    return Format(m_format->currentData().toInt());
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.what = m_scope.what;
    request.format = currentFormat();
    request.headers = exporting::HeaderStyle(m_headers->currentData().toInt());
    if (m_allColumns->isChecked()) {
        request.columns = fields::FieldCatalogue::keys(m_scope.what);
    } else if (m_scope.what == exporting::Entity::Organisations) {
        // As in the list: every column it shows, under its header names.
        request.columns = m_scope.columnKeys;
        request.columnHeaders = m_scope.columnHeaders;
    } else {
        exporting::Exporter::listColumns(m_scope.what, m_scope.columnKeys, m_scope.columnHeaders,
                                         &request.columns, &request.columnHeaders);
    }
    request.includePersonalData = m_personal->isEnabled() && m_personal->isChecked();
    request.filter = m_scope.filter;
    request.sortColumn = m_scope.sortColumn;
    request.sortOrder = m_scope.sortOrder;
    if (m_scope.what != exporting::Entity::Organisations)
        request.listSortKey = m_scope.listSortKey;
    return request;
}

QLineEdit *ExportDialog::fileEdit() const
{
    return m_file->lineEdit();
}

QString ExportDialog::filePath() const
{
    return m_file->path();
}

void ExportDialog::setFilePath(const QString &path)
{
    m_file->setPath(path);
}

void ExportDialog::formatChanged()
{
    // The file keeps its name and takes the format's suffix.
    const QString path = filePath();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        setFilePath(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') +
                                        suffixFor(currentFormat())));
    }
    chooserFollowsFormat();
    updateSummary();
}

QString ExportDialog::summaryText() const
{
    const QString count = QLocale().toString(m_scope.shownCount);
    const bool all = m_scope.filter.isEmpty();
    switch (m_scope.what) {
    case exporting::Entity::Organisations:
        return all ? tr("Exports all %1 organisations of the register, in the list's order.")
                         .arg(count)
                   : tr("Exports the %1 organisations the list shows now: its search and "
                        "filters, in its order.")
                         .arg(count);
    case exporting::Entity::Activities:
        return all ? tr("Exports all %1 activities of the register, in the list's order.")
                         .arg(count)
                   : tr("Exports the %1 activities the list shows now: its search and filters, "
                        "in its order.")
                         .arg(count);
    case exporting::Entity::Persons:
        return all ? tr("Exports all %1 persons of the register, in the list's order.").arg(count)
                   : tr("Exports the %1 persons the list shows now: its search and filters, in "
                        "its order.")
                         .arg(count);
    }
    return {};
}

void ExportDialog::updateSummary()
{
    m_summary->setText(summaryText());

    // The checkbox only matters when the chosen columns hold personal data.
    const ExportRequest r = request();
    bool hasPersonal = false;
    const QStringList personal = fields::FieldCatalogue::personalKeys(m_scope.what);
    for (const QString &key : r.columns)
        hasPersonal = hasPersonal || personal.contains(key);
    m_personal->setEnabled(hasPersonal && !isRunning());
    m_personal->setToolTip(hasPersonal ? QString()
                                       : tr("The chosen columns hold no personal data."));
    m_exportButton->setEnabled(!filePath().isEmpty() && !isRunning());
}

bool ExportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget *w : {static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_headers),
                       static_cast<QWidget *>(m_visibleColumns),
                       static_cast<QWidget *>(m_allColumns), static_cast<QWidget *>(m_file)})
        w->setEnabled(!running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0); // busy until the first report says how many rows
        m_status->setText(tr("Exporting…"));
    }
    updateSummary();
}

void ExportDialog::startExport()
{
    const QString path = QDir::fromNativeSeparators(filePath());
    if (path.isEmpty() || isRunning())
        return;
    if (QFileInfo::exists(path) &&
        QMessageBox::question(
            this, windowTitle(),
            tr("%1 already exists. Replace it?").arg(QFileInfo(path).fileName())) !=
            QMessageBox::Yes)
        return;

    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_runningPath = path;
    const ExportRequest request = this->request();
    auto cancel = m_cancel;
    QProgressBar *bar = m_progress; // lives until the worker is done (see the destructor)
    auto work = [request, path, cancel, bar](Register &reg) {
        exporting::Exporter exporter(reg.database());
        exporter.setCancelFlag(cancel.get());
        exporter.setProgressHandler([bar](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                bar,
                [bar, done, total] {
                    bar->setRange(0, int(qMin<qint64>(total, INT_MAX)));
                    bar->setValue(int(qMin(done, total)));
                },
                Qt::QueuedConnection);
        });
        return exporter.exportToFile(request, path);
    };
    auto failed = [](const QString &message) {
        ExportResult result;
        result.error = message;
        return result;
    };
    m_watcher.setFuture(runOnRegister(m_registerPath, m_registerMode, work, failed));
    setRunning(true);
}

void ExportDialog::workerDone()
{
    m_result = m_watcher.result();
    setRunning(false);
    if (m_result.ok) {
        QSettings settings;
        settings.setValue(FolderKey, QFileInfo(m_runningPath).absolutePath());
        settings.setValue(FormatKey, exporting::Exporter::formatKey(currentFormat()));
    }
    emit exportFinished(m_result, m_runningPath);
    if (m_result.ok) {
        accept();
        return;
    }
    m_status->setText(m_result.cancelled ? tr("Export cancelled; no file was written.")
                                         : tr("Export failed: %1").arg(m_result.error));
}

void ExportDialog::reject()
{
    // Cancel stops a running export first; the dialog stays to say so.
    if (isRunning()) {
        m_cancel->store(true);
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace kartoitus
