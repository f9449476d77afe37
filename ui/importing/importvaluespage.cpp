#include "importing/importvaluespage.h"

#include "common/pagelayout.h"
#include "importing/importmappingpage.h"
#include "importing/importwizard.h"
#include "reference/referencedata.h"
#include "repositories/mappingstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace kartoitus {

using fields::FieldCatalogue;

ImportValuesPage::ImportValuesPage(ImportWizard *wizard)
    : ImportStep(wizard, tr("Match the file's values to the register's"),
                 tr("Values of the file that are not in the register's lists are imported as "
                    "the item chosen here, or left empty."))
    , m_reader(new UnknownValuesReader(this))
{
    m_note = wrappedLabel(QStringLiteral("note"));
    m_progress = progressBar(m_reader);
    auto *rows = new QWidget;
    m_grid = new QGridLayout(rows);
    m_grid->setColumnStretch(1, 1);
    QScrollArea *scroll = scrollingPanel(rows, this);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("remember"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_progress);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_remember);
    connect(m_reader, &UnknownValuesReader::finished, this, &ImportValuesPage::found);
}

void ImportValuesPage::initializePage()
{
    clearRows();
    m_unknown.clear();
    m_remember->hide();
    read();
}

// Reads the whole file on a worker with a connection of its own: a large file takes seconds.
void ImportValuesPage::read()
{
    const ImportSession &s = session();
    m_readOk = false;
    m_note->setText(tr("Looking for values that the register's lists do not have in %1…")
                        .arg(QFileInfo(s.filePath).fileName()));
    m_note->setStyleSheet(QString());
    m_progress->setRange(0, 0);
    m_progress->show();
    m_reader->start(s);
    emit completeChanged();
}

void ImportValuesPage::found(const importing::UnknownValues &result)
{
    m_progress->hide();
    m_readOk = result.ok;
    if (!result.ok) {
        // The plan would stop at the same place; say it here, where the user is.
        m_note->setText(tr("The file cannot be read: %1").arg(result.error));
        m_note->setStyleSheet(QStringLiteral("color: #a40000"));
        emit completeChanged();
        return;
    }
    m_unknown = result.values;
    emit completeChanged();
    if (m_unknown.isEmpty()) {
        m_note->setText(tr("Every value of the file is in the register's lists."));
        // Nothing to ask: on to the plan, as if this step were not there.
        if (importWizard()->currentPage() == this)
            importWizard()->next();
        return;
    }
    showValues();
}

void ImportValuesPage::showValues()
{
    m_note->setText(tr("Where a value most likely means an item of the list, that item is "
                       "chosen. Check each choice."));
    auto *inFile = new QLabel(tr("In the file"));
    auto *importedAs = new QLabel(tr("Imported as"));
    for (QLabel *heading : {inFile, importedAs}) {
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
    }
    m_grid->addWidget(inFile, 0, 0);
    m_grid->addWidget(importedAs, 0, 1);
    for (int row = 0; row < m_unknown.size(); ++row) {
        const importing::UnknownValue &value = m_unknown.at(row);
        QComboBox *combo = choicesFor(value);
        // "1 row" apart, since English has no plural form of its own here (no English
        // translation is loaded); the translations give %n its forms.
        const QString text =
            value.rows == 1
                ? tr("%1: “%2” (1 row)").arg(value.header, value.value)
                : tr("%1: “%2” (%n rows)", nullptr, value.rows).arg(value.header, value.value);
        auto *label = new QLabel(text);
        label->setBuddy(combo);
        m_grid->addWidget(label, row + 1, 0);
        m_grid->addWidget(combo, row + 1, 1);
        m_combos.append(combo);
    }
    m_grid->setRowStretch(int(m_unknown.size()) + 1, 1);
    // The choices are part of the column mapping; a file is matched to a saved mapping by its
    // headers, so remembering them means saving the mapping: the one in use, or a new one named
    // after the file (the command line reads only saved mappings).
    const QString saved = importWizard()->mappingPage()->currentSavedName();
    m_newMappingName = saved.isEmpty() ? unusedMappingName() : QString();
    m_remember->setText(
        saved.isEmpty()
            ? tr("&Remember these choices for files with these columns (the column mapping "
                 "is saved as “%1”)")
                  .arg(m_newMappingName)
            : tr("&Remember these choices in the saved mapping “%1”").arg(saved));
    m_remember->show();
    m_remember->setChecked(true);
}

// The file's name, or with " (2)", " (3)" … when a mapping of that name exists: a saved
// mapping is never replaced unasked.
QString ImportValuesPage::unusedMappingName() const
{
    const ImportSession &s = session();
    const importing::MappingStore store(s.db());
    QStringList taken; // names are the register's, whatever a mapping imports
    for (const fields::Entity entity :
         {fields::Entity::Organisations, fields::Entity::Activities, fields::Entity::Persons})
        taken += store.names(entity);
    const QString base = QFileInfo(s.filePath).completeBaseName();
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

void ImportValuesPage::clearRows()
{
    m_combos.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);
}

// "Leave empty" and the items of the field's list, by the name (or, for municipalities, the
// code) the value map stores; the suggestion is chosen.
QComboBox *ImportValuesPage::choicesFor(const importing::UnknownValue &value)
{
    auto *combo = new QComboBox;
    combo->addItem(tr("Leave empty"), QString());
    const ImportSession &s = session();
    const std::optional<fields::Field> field = FieldCatalogue::find(s.options.entity, value.key);
    if (field && (field->kind == fields::FieldKind::Municipality ||
                  field->kind == fields::FieldKind::MunicipalityList)) {
        MunicipalityDirectory municipalities;
        municipalities.load(s.db());
        QList<Municipality> all = municipalities.all();
        std::sort(all.begin(), all.end(), [](const Municipality &a, const Municipality &b) {
            return QString::localeAwareCompare(a.nameFi, b.nameFi) < 0;
        });
        for (const Municipality &municipality : all)
            combo->addItem(municipality.nameFi, municipality.code);
    } else if (field) {
        ReferenceList list;
        list.load(s.db(), field->referenceTable);
        for (int id : list.ids())
            combo->addItem(list.name(id), list.name(id));
    }
    combo->setCurrentIndex(qMax(0, combo->findData(value.suggestion)));
    return combo;
}

bool ImportValuesPage::isComplete() const
{
    return !m_reader->isRunning() && m_readOk;
}

bool ImportValuesPage::validatePage()
{
    ImportSession &s = session();
    for (int row = 0; row < m_unknown.size(); ++row) {
        const importing::UnknownValue &value = m_unknown.at(row);
        s.options.mapping.setValue(value.key, value.value,
                                   m_combos.at(row)->currentData().toString());
    }
    const QString inUse = importWizard()->mappingPage()->currentSavedName();
    const QString saved = inUse.isEmpty() ? m_newMappingName : inUse;
    if (saved.isEmpty() || m_remember->isHidden() || !m_remember->isChecked())
        return true;
    QString error;
    if (!importWizard()->mappingPage()->saveMapping(saved, &error)) {
        QMessageBox::warning(this, tr("Import"),
                             tr("The mapping could not be saved: %1").arg(error));
        return false;
    }
    return true;
}

void ImportValuesPage::cleanupPage()
{
    // Back to the columns: what the reading finds is of no use any more.
    m_reader->abandon();
    ImportSession &s = session();
    for (const importing::UnknownValue &value : m_unknown)
        s.options.mapping.clearValue(value.key, value.value);
    m_unknown.clear();
    clearRows();
}

} // namespace kartoitus
