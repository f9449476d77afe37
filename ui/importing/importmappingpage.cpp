#include "importing/importmappingpage.h"

#include "common/pagelayout.h"
#include "importing/importwizard.h"
#include "importing/mappingpreviewmodel.h"
#include "repositories/mappingstore.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kartoitus {

using fields::FieldCatalogue;
using importing::MappingStore;

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : ImportStep(wizard, tr("Match the columns to fields"),
                 tr("Choose the field each column of the file fills. Columns set to "
                    "“Ignore” are not imported."))
    , m_preview(new MappingPreviewModel(this))
{

    m_rows = new QWidget;
    m_grid = new QGridLayout(m_rows);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    QScrollArea *scroll = scrollingPanel(m_rows, this);

    m_previewView = previewTable(m_preview, this);
    m_previewView->setObjectName(QStringLiteral("previewTable"));
    m_preview->setObjectName(QStringLiteral("preview"));
    auto *previewLabel = new QLabel(tr("The first &rows as they will be imported:"), this);
    previewLabel->setBuddy(m_previewView);
    QWidget *previewBox = partsBox(Qt::Vertical, {{previewLabel}, {m_previewView}}, this);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(previewBox);
    m_splitter->setChildrenCollapsible(false);

    m_problem = wrappedLabel(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #a40000"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildSavedRow());
    layout->addWidget(m_savedNote);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_problem);
}

QWidget *ImportMappingPage::buildSavedRow()
{
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedMappings"));
    m_saved->setMinimumContentsLength(24);
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *label = new QLabel(tr("Sa&ved mappings:"), this);
    label->setBuddy(m_saved);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_save = new QPushButton(tr("&Save Mapping As…"), this);
    m_savedNote = wrappedLabel(QStringLiteral("savedNote"));

    connect(m_apply, &QPushButton::clicked, this,
            [this] { applySavedMapping(m_saved->currentText()); });
    connect(m_save, &QPushButton::clicked, this, &ImportMappingPage::askAndSave);
    return partsBox(Qt::Horizontal, {{label}, {m_saved}, {m_apply}, {nullptr, 1}, {m_save}}, this);
}

void ImportMappingPage::initializePage()
{
    ImportSession &s = session();
    m_savedNote->setText(s.inspection.saved.isEmpty()
                             ? tr("The columns were matched to fields by their headers.")
                             : tr("Using the mapping “%1”, saved for files with these columns.")
                                   .arg(s.inspection.saved.first().name));
    loadSavedNames();
    m_inUse.clear();
    if (!s.inspection.saved.isEmpty()) {
        m_saved->setCurrentText(s.inspection.saved.first().name);
        if (s.options.mapping == s.inspection.saved.first().mapping)
            m_inUse = s.inspection.saved.first().name;
    }
    m_preview->setSample(s.inspection.headers, s.inspection.sample, s.inspection.sampleLines);
    buildColumnRows();
    showMapping();
    // Room for every column's combo where it fits; the preview keeps at least a few rows.
    const int total = qMax(m_splitter->height(), 400);
    const int rows = qMin(m_rows->sizeHint().height() + 4, total * 3 / 5);
    m_splitter->setSizes({rows, total - rows});
}

void ImportMappingPage::buildColumnRows()
{
    qDeleteAll(m_combos);
    m_combos.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const ImportSession &s = session();
    const QStringList required = importing::requiredKeys(s.options.entity);
    auto *headerColumn = new QLabel(tr("<b>Column in the file</b>"), m_rows);
    auto *headerField = new QLabel(tr("<b>Field</b>"), m_rows);
    auto *headerExample = new QLabel(tr("<b>First value</b>"), m_rows);
    m_grid->addWidget(headerColumn, 0, 0);
    m_grid->addWidget(headerField, 0, 1);
    m_grid->addWidget(headerExample, 0, 2);
    for (int c = 0; c < s.inspection.headers.size(); ++c) {
        auto *combo = new QComboBox(m_rows);
        combo->addItem(tr("— Ignore —"), QString());
        for (const fields::Field &f : FieldCatalogue::fields(s.options.entity)) {
            const QString text =
                required.contains(f.key) ? tr("%1 (required)").arg(f.label) : f.label;
            combo->addItem(text, f.key);
        }
        auto *label = new QLabel(s.inspection.headers.at(c), m_rows);
        label->setBuddy(combo);
        QString example;
        for (const QStringList &row : s.inspection.sample) {
            if (!(example = row.value(c).simplified()).isEmpty())
                break;
        }
        auto *exampleLabel = new QLabel(m_rows);
        exampleLabel->setText(exampleLabel->fontMetrics().elidedText(example, Qt::ElideRight, 220));
        exampleLabel->setToolTip(example);
        exampleLabel->setEnabled(false); // an example, greyed like a hint
        m_grid->addWidget(label, c + 1, 0);
        m_grid->addWidget(combo, c + 1, 1);
        m_grid->addWidget(exampleLabel, c + 1, 2);
        m_combos.append(combo);
        connect(combo, &QComboBox::activated, this, [this, c] { columnChosen(c); });
    }
    m_grid->setRowStretch(int(s.inspection.headers.size()) + 1, 1);
}

void ImportMappingPage::columnChosen(int column)
{
    m_inUse.clear();
    setColumnKey(column, m_combos.at(column)->currentData().toString());
}

void ImportMappingPage::setColumnKey(int column, const QString &key)
{
    session().options.mapping.setKey(column, key);
    showMapping();
}

void ImportMappingPage::showMapping()
{
    ImportSession &s = session();
    const importing::ColumnMapping &mapping = s.options.mapping;
    // setKey() may have unmapped another column: every combo shows the mapping as it is.
    for (int c = 0; c < m_combos.size(); ++c) {
        QComboBox *combo = m_combos.at(c);
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(qMax(0, combo->findData(mapping.key(c))));
    }
    m_preview->setMapping(s.options.entity, mapping);
    fitColumnsToContents(m_previewView);
    m_problem->setText(mapping.problem(s.options.entity));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    const ImportSession &s = session();
    return !s.options.mapping.isEmpty() && s.options.mapping.problem(s.options.entity).isEmpty();
}

int ImportMappingPage::nextId() const
{
    // Only a column of sectors, themes, target groups, legal forms or municipalities can hold
    // values to ask about.
    const ImportSession &s = session();
    return importing::mapsListField(s.options.mapping, s.options.entity)
               ? ImportWizard::ValuesPage
               : ImportWizard::PreviewPage;
}

void ImportMappingPage::loadSavedNames()
{
    // The mappings saved for files with exactly these headers: a mapping is tied to the
    // columns it was made for.
    const ImportSession &s = session();
    m_saved->clear();
    for (const importing::SavedMapping &saved : s.inspection.saved)
        m_saved->addItem(saved.name);
    m_saved->setEnabled(m_saved->count() > 0);
    m_apply->setEnabled(m_saved->count() > 0);
    m_saved->setToolTip(m_saved->count() > 0
                            ? QString()
                            : tr("No mapping has been saved for files with these columns."));
}

void ImportMappingPage::applySavedMapping(const QString &name)
{
    ImportSession &s = session();
    for (const importing::SavedMapping &saved : s.inspection.saved) {
        if (saved.name == name) {
            s.options.mapping = saved.mapping;
            m_inUse = name;
            m_savedNote->setText(tr("Using the mapping “%1”.").arg(name));
            showMapping();
            return;
        }
    }
}

bool ImportMappingPage::saveMapping(const QString &name, QString *error)
{
    ImportSession &s = session();
    MappingStore store(s.db());
    if (!store.save(name, s.options.entity, s.options.mapping, error))
        return false;
    s.inspection.saved = store.forHeaders(s.options.entity, s.inspection.headers);
    loadSavedNames();
    m_saved->setCurrentText(name);
    m_inUse = name;
    m_savedNote->setText(tr("Saved as “%1”: files with these columns will use it.").arg(name));
    return true;
}

void ImportMappingPage::askAndSave()
{
    const QString suggested = m_saved->currentText().isEmpty()
                                  ? QFileInfo(session().filePath).completeBaseName()
                                  : m_saved->currentText();
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save Mapping"), tr("&Name of the mapping:"),
                              QLineEdit::Normal, suggested, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    QString error;
    if (!saveMapping(name, &error))
        QMessageBox::warning(this, tr("Save Mapping"),
                             tr("The mapping could not be saved: %1").arg(error));
}

} // namespace kartoitus
