// The export dialog's widgets: what is exported, in which format, and where.
#include "exporting/exportdialog.h"

#include "common/filechooser.h"
#include "common/pagelayout.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace kartoitus {

void ExportDialog::buildForm()
{
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("exportNote"));
    m_note->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_format = new QComboBox(this);
    m_format->addItem(tr("Excel (Finnish) — CSV with semicolons, UTF-8 with BOM"),
                      int(exporting::Format::CsvExcel));
    m_format->addItem(tr("Standard CSV — commas, UTF-8 (RFC 4180)"), int(exporting::Format::Csv));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(exporting::Format::Xlsx));

    m_headers = new QComboBox(this);
    m_headers->addItem(tr("Column names, as the list shows them"),
                       int(exporting::HeaderStyle::Labels));
    m_headers->addItem(tr("Field keys (name, business_id, …) for scripts and re-import"),
                       int(exporting::HeaderStyle::Keys));

    m_personal = new QCheckBox(tr("Include contact persons' &personal data"), this);
    m_personalNote = new QLabel(
        tr("Off by default: contact persons' names, emails and phone numbers are personal "
           "data. Include them only when whoever receives the file may handle them."),
        this);
    m_personalNote->setWordWrap(true);
    // A note, smaller than the controls, but readable even while the box is disabled.
    QFont noteFont = m_personalNote->font();
    noteFont.setPointSizeF(noteFont.pointSizeF() * 0.9);
    m_personalNote->setFont(noteFont);
    m_personalNote->setIndent(m_personal->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 4);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    form->addRow(tr("Columns:"), buildColumnsChoice());
    auto *headersLabel = new QLabel(tr("&Header row:"), this);
    headersLabel->setBuddy(m_headers);
    form->addRow(headersLabel, m_headers);
    form->addRow(QString(), m_personal);
    form->addRow(QString(), m_personalNote);
    auto *fileLabel = new QLabel(tr("&Save as:"), this);
    m_file = new FileChooser(FileChooser::Mode::Save, this);
    m_file->setDialogTitle(windowTitle());
    fileLabel->setBuddy(m_file->lineEdit());
    form->addRow(fileLabel, m_file);

    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
}

QWidget *ExportDialog::buildColumnsChoice()
{
    m_visibleColumns = new QRadioButton(this);
    m_allColumns = new QRadioButton(this);
    auto *group = new QButtonGroup(this);
    group->addButton(m_visibleColumns);
    group->addButton(m_allColumns);
    m_visibleColumns->setChecked(true);
    return partsBox(Qt::Vertical, {{m_visibleColumns}, {m_allColumns}}, this);
}

} // namespace kartoitus
