#include "importing/importfilepage.h"

#include "common/filechooser.h"
#include "common/pagelayout.h"
#include "importing/importlabels.h"
#include "importing/importwizard.h"
#include "importing/mappingpreviewmodel.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kartoitus {

using csv::Encoding;

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : ImportStep(wizard, tr("Choose the file"),
                 tr("A CSV file or a spreadsheet (.xlsx, .ods) with a header row. How it is "
                    "read is detected; change it below if the table does not look right."))
    , m_file(new FileChooser(FileChooser::Mode::Open, this))
    , m_sampleModel(new MappingPreviewModel(this))
    , m_typingPause(new QTimer(this))
{

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_file->setDialogTitle(tr("Import CSV"));
    m_file->setNameFilter(
        tr("CSV files and spreadsheets (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls)") +
        QStringLiteral(";;") + tr("All files (*)"));
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file->lineEdit());
    form->addRow(fileLabel, m_file);

    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entity"));
    for (const auto &[entity, words] : ImportLabels::entities())
        m_entity->addItem(words, int(entity));
    auto *entityLabel = new QLabel(tr("Each &row is:"), this);
    entityLabel->setBuddy(m_entity);
    form->addRow(entityLabel, m_entity);
    form->addRow(tr("Read as:"), buildReadingChoices());

    m_detected = wrappedLabel(QStringLiteral("detected"));
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sampleView = previewTable(m_sampleModel, this);
    m_sampleView->setObjectName(QStringLiteral("sampleTable"));
    m_sampleModel->setObjectName(QStringLiteral("sample"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(m_sampleView, 1);

    // A typed or pasted path is read once it names a file and the typing pauses.
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(300);
    connect(m_typingPause, &QTimer::timeout, this, &ImportFilePage::reread);
    connect(m_file->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        if (QFileInfo(QDir::fromNativeSeparators(text.trimmed())).isFile())
            m_typingPause->start();
    });
    connect(m_file->lineEdit(), &QLineEdit::editingFinished, this, &ImportFilePage::reread);
    connect(m_file, &FileChooser::chosen, this, &ImportFilePage::setFilePath);
    for (QComboBox *combo : {m_entity, m_encoding, m_delimiter, m_sheet})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportFilePage::reread);
    connect(m_skipLines, &QSpinBox::valueChanged, this, [this] {
        m_skipLinesChosen = true;
        reread();
    });
    connect(&m_check, &QFutureWatcher<importing::FileCheck>::finished, this,
            &ImportFilePage::fileChecked);
}

ImportFilePage::~ImportFilePage()
{
    stopFileCheck();
}

void ImportFilePage::stopFileCheck()
{
    if (m_cancelCheck)
        m_cancelCheck->store(true);
    m_check.waitForFinished();
}

void ImportFilePage::waitForFileCheck()
{
    m_check.waitForFinished();
    QCoreApplication::sendPostedEvents(&m_check);
}

// The first rows show how the file is read; what stops an import may sit anywhere after
// them (a quote never closed on line 9,000). The whole file is read through on a worker,
// the way the import reads it, so that this page says so, not the last one.
void ImportFilePage::checkWholeFile()
{
    const ImportSession &s = session();
    importing::ImportOptions options = s.options;
    options.dialect.skipLines = s.inspection.dialect.skipLines;
    if (s.inspection.format == spreadsheet::Format::Csv) {
        options.dialect.encoding = s.inspection.dialect.encoding;
        options.dialect.delimiter = s.inspection.dialect.delimiter;
    }
    m_cancelCheck = std::make_shared<std::atomic_bool>(false);
    importing::ImportControl control;
    control.cancel = m_cancelCheck.get();
    const auto cancel = m_cancelCheck; // lives as long as the worker
    const QString path = s.filePath;
    m_check.setFuture(QtConcurrent::run([path, options, control, cancel] {
        return importing::Importer::checkFile(path, options, control);
    }));
}

void ImportFilePage::fileChecked()
{
    if (m_check.isCanceled() || !m_check.future().isValid() || m_check.future().resultCount() == 0)
        return;
    const importing::FileCheck check = m_check.result();
    if (check.cancelled)
        return;
    m_fileError = check.ok ? QString() : check.error;
    showDetected();
    emit completeChanged();
}

QWidget *ImportFilePage::buildReadingChoices()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);

    // The first item of each combo is "detect"; its text says what was found.
    m_encoding = new QComboBox(box);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->setToolTip(tr("Excel in a Finnish locale saves CSV as Windows-1252; its “CSV "
                              "UTF-8” adds a BOM; its “Unicode text” is UTF-16 LE."));
    for (const auto &[encoding, words] : ImportLabels::encodings())
        m_encoding->addItem(words, int(encoding));
    m_delimiter = new QComboBox(box);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    for (const auto &[delimiter, words] : ImportLabels::delimiters())
        m_delimiter->addItem(words, delimiter.isNull() ? QString() : QString(delimiter));
    // "Detected: …" replaces the first item after the combos are shown: let them grow with it,
    // or a longer translation is cut off.
    for (QComboBox *combo : {m_encoding, m_delimiter})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_skipLines = new QSpinBox(box);
    m_skipLines->setObjectName(QStringLiteral("skipLines"));
    m_skipLines->setRange(0, 99);
    m_skipLines->setToolTip(tr("Title lines above the header row, which are not data."));
    m_sheet = new QComboBox(box);
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheet->setEnabled(false);

    auto addLabelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, box);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
        row->addSpacing(12);
    };
    addLabelled(tr("&Encoding:"), m_encoding);
    addLabelled(tr("&Delimiter:"), m_delimiter);
    addLabelled(tr("&Lines before the header:"), m_skipLines);
    addLabelled(tr("S&heet:"), m_sheet);
    row->addStretch(1);
    return box;
}

void ImportFilePage::initializePage()
{
    if (!session().filePath.isEmpty() && m_file->path().isEmpty())
        setFilePath(session().filePath);
}

QLineEdit *ImportFilePage::fileEdit() const
{
    return m_file->lineEdit();
}

void ImportFilePage::setFilePath(const QString &path)
{
    m_file->setPath(path);
    m_skipLinesChosen = false;
    reread();
}

void ImportFilePage::reread()
{
    m_typingPause->stop();
    stopFileCheck();
    m_fileError.clear();
    ImportSession &s = session();
    s.filePath = m_file->path();
    s.options.entity = fields::Entity(m_entity->currentData().toInt());
    s.options.dialect = csv::Dialect::autoDetect();
    s.options.dialect.encoding = Encoding(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    s.options.dialect.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    s.options.dialect.skipLines = m_skipLines->value();
    s.options.detectTitleLines = !m_skipLinesChosen;
    s.options.sheet = s.filePath == m_sheetsOf ? m_sheet->currentData().toString() : QString();
    s.inspection = {};
    if (!s.filePath.isEmpty()) {
        // Only the first rows are read: quick enough for the GUI thread on any file.
        s.inspection = importing::Importer(s.db()).inspect(s.filePath, s.options, 20);
    }
    if (s.inspection.titleLinesSkipped) {
        // The title found above the header is shown as lines skipped, and kept for the run.
        s.options.dialect.skipLines = s.inspection.dialect.skipLines;
        const QSignalBlocker blocker(m_skipLines);
        m_skipLines->setValue(s.inspection.dialect.skipLines);
    }
    if (s.inspection.ok)
        checkWholeFile();
    showSheets();
    showDetected();
    emit completeChanged();
}

// The sheet combo lists a workbook's sheets (the one read selected); for CSV it is empty.
void ImportFilePage::showSheets()
{
    const ImportSession &s = session();
    const bool workbook = s.inspection.ok && !s.inspection.sheets.isEmpty();
    const QSignalBlocker blocker(m_sheet);
    if (!workbook || m_sheetsOf != s.filePath) {
        m_sheet->clear();
        for (qsizetype i = 0; workbook && i < s.inspection.sheets.size(); ++i)
            m_sheet->addItem(s.inspection.sheets.at(i), QString::number(i + 1));
        m_sheetsOf = workbook ? s.filePath : QString();
    }
    if (workbook)
        m_sheet->setCurrentIndex(int(s.inspection.sheets.indexOf(s.inspection.sheet)));
    m_sheet->setEnabled(workbook);
    const bool csv = s.inspection.format == spreadsheet::Format::Csv;
    m_encoding->setEnabled(csv);
    m_delimiter->setEnabled(csv);
}

QString ImportFilePage::readingText() const
{
    const importing::ImportInspection &look = session().inspection;
    const csv::Dialect &found = look.dialect;
    QString text = look.format == spreadsheet::Format::Csv
                       ? tr("Read as %1 with %2 between fields.")
                             .arg(ImportLabels::encoding(found.encoding),
                                  ImportLabels::delimiter(found.delimiter).toLower())
                       : tr("Sheet “%1” of the workbook.").arg(look.sheet);
    if (look.titleLinesSkipped)
        text += u' ' + (found.skipLines == 1
                            ? tr("The header is on line %1: the line above it is skipped as a "
                                 "title.")
                                  .arg(look.headerLine)
                            : tr("The header is on line %1: the %2 lines above it are skipped "
                                 "as a title.")
                                  .arg(look.headerLine)
                                  .arg(found.skipLines));
    return text + u' ' +
           tr("Columns (%1): %2.")
               .arg(look.headers.size())
               .arg(look.headers.join(QStringLiteral(", ")));
}

void ImportFilePage::showDetected()
{
    const ImportSession &s = session();
    const importing::ImportInspection &look = s.inspection;
    const csv::Dialect &found = look.dialect;
    if (look.ok) {
        m_encoding->setItemText(0, tr("Detected: %1").arg(ImportLabels::encoding(found.encoding)));
        m_delimiter->setItemText(0,
                                 tr("Detected: %1").arg(ImportLabels::delimiter(found.delimiter)));
        if (!m_fileError.isEmpty()) {
            m_detected->setText(readingText() + u' ' +
                                tr("The file cannot be imported: %1").arg(m_fileError));
            m_detected->setStyleSheet(QStringLiteral("color: #a40000"));
        } else {
            m_detected->setText(readingText());
            m_detected->setStyleSheet(QString());
        }
        m_sampleModel->setSample(look.headers, look.sample, look.sampleLines);
        fitColumnsToContents(m_sampleView);
    } else {
        m_encoding->setItemText(0, ImportLabels::encoding(Encoding::Auto));
        m_delimiter->setItemText(0, ImportLabels::delimiter(QChar()));
        m_detected->setText(s.filePath.isEmpty() ? tr("Choose a file to import.") : look.error);
        m_detected->setStyleSheet(s.filePath.isEmpty() ? QString()
                                                       : QStringLiteral("color: #a40000"));
        m_sampleModel->setSample({}, {}, {});
    }
}

bool ImportFilePage::isComplete() const
{
    return session().inspection.ok && !m_check.isRunning() && m_fileError.isEmpty();
}

bool ImportFilePage::validatePage()
{
    // The mapping step starts from what was found (a saved mapping, else automatic).
    ImportSession &s = session();
    s.options.mapping = s.inspection.suggested;
    return true;
}

} // namespace kartoitus
