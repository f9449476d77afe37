// The form's drop-downs and check lists, filled from the register's reference lists.
#include "organisations/organisationform.h"

#include "common/finnishtext.h"
#include "common/openregister.h"
#include "common/referencenames.h"
#include "fields/fieldvalues.h"
#include "reference/referencedata.h"

#include <QComboBox>
#include <QListWidget>

#include <algorithm>

namespace kartoitus {

using fields::Field;
using fields::FieldKind;

QSqlDatabase OrganisationForm::database() const
{
    return m_register ? m_register->database() : QSqlDatabase();
}

void OrganisationForm::setRegister(OpenRegister *reg)
{
    m_register = reg;
    const QSignalBlocker block(this);
    m_loading = true;
    for (const Field &field : std::as_const(m_fields)) {
        QWidget *editor = m_editors.value(field.key);
        if (field.kind == FieldKind::Reference && !m_chooserOf.values().contains(field.key))
            fillReference(qobject_cast<QComboBox *>(editor), field.referenceTable);
        else if (field.kind == FieldKind::ReferenceList)
            fillChecklist(qobject_cast<QListWidget *>(editor), field.referenceTable);
        else if (const QList<fields::FieldValue> values = fields::FieldValues::of(field.kind);
                 !values.isEmpty()) {
            // An enumerated field (the status): the catalogue's values and display values.
            auto *box = qobject_cast<QComboBox *>(editor);
            box->clear();
            for (const fields::FieldValue &value : values)
                box->addItem(fields::FieldValues::label(field.kind, QLatin1String(value.key)),
                             QLatin1String(value.key));
        }
    }
    fillMunicipalities();
    m_loading = false;
}

void OrganisationForm::fillReference(QComboBox *box, const QString &table)
{
    box->clear();
    box->addItem(tr("(none)"), 0);
    if (!m_register)
        return;
    // Named in the window's language.
    for (const auto &[id, name] : referenceNames(database(), table))
        box->addItem(name, id);
}

void OrganisationForm::fillChecklist(QListWidget *list, const QString &table)
{
    list->clear();
    if (!m_register)
        return;
    for (const auto &[id, name] : referenceNames(database(), table)) {
        auto *item = new QListWidgetItem(name, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

// The home region's municipalities first (the register is about them), then the rest of
// Finland, each in Finnish alphabetical order: in every drop-down of a municipality and
// every list of them.
void OrganisationForm::fillMunicipalities()
{
    QList<QComboBox *> boxes;
    QList<QListWidget *> lists;
    for (const Field &field : std::as_const(m_fields)) {
        if (field.kind == FieldKind::Municipality)
            boxes.append(qobject_cast<QComboBox *>(m_editors.value(field.key)));
        else if (field.kind == FieldKind::MunicipalityList)
            lists.append(qobject_cast<QListWidget *>(m_editors.value(field.key)));
    }
    for (QComboBox *box : std::as_const(boxes)) {
        box->clear();
        box->addItem(tr("(none)"), QString());
    }
    for (QListWidget *list : std::as_const(lists))
        list->clear();
    MunicipalityDirectory directory;
    if (!m_register || !directory.load(database()))
        return;
    QList<Municipality> all = directory.all();
    std::sort(all.begin(), all.end(), [](const Municipality &a, const Municipality &b) {
        if (a.homeRegion != b.homeRegion)
            return a.homeRegion;
        return FinnishText::sortKey(a.nameFi) < FinnishText::sortKey(b.nameFi);
    });
    bool homeRegion = true;
    for (const Municipality &m : std::as_const(all)) {
        for (QComboBox *box : std::as_const(boxes)) {
            if (homeRegion && !m.homeRegion && box->count() > 1)
                box->insertSeparator(box->count());
            box->addItem(m.nameFi, m.code);
        }
        homeRegion = m.homeRegion;
        for (QListWidget *list : std::as_const(lists)) {
            auto *item = new QListWidgetItem(m.nameFi, list);
            item->setData(Qt::UserRole, m.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
}

// The drop-down that chooses one of the checked entries of the list `key` (the primary
// sector among the sectors).
void OrganisationForm::fillChooser(const QString &key)
{
    auto *box = qobject_cast<QComboBox *>(m_editors.value(m_chooserOf.value(key)));
    auto *list = qobject_cast<QListWidget *>(m_editors.value(key));
    const QVariant current = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(tr("(none)"), 0);
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked)
            box->addItem(item->text(), item->data(Qt::UserRole));
    }
    // An entry left alone is the chosen one: nothing else could be.
    selectData(box, box->count() == 2 ? box->itemData(1) : current);
}

} // namespace kartoitus
