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
        if (field.kind == FieldKind::Reference && field.key != QLatin1String("primary_sector"))
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
// Finland, each in Finnish alphabetical order.
void OrganisationForm::fillMunicipalities()
{
    auto *home = qobject_cast<QComboBox *>(m_editors.value(QStringLiteral("municipality")));
    auto *served =
        qobject_cast<QListWidget *>(m_editors.value(QStringLiteral("municipalities_served")));
    home->clear();
    served->clear();
    home->addItem(tr("(none)"), QString());
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
        if (homeRegion && !m.homeRegion && home->count() > 1)
            home->insertSeparator(home->count());
        homeRegion = m.homeRegion;
        home->addItem(m.nameFi, m.code);
        auto *item = new QListWidgetItem(m.nameFi, served);
        item->setData(Qt::UserRole, m.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void OrganisationForm::fillPrimarySectors()
{
    auto *box = qobject_cast<QComboBox *>(m_editors.value(QStringLiteral("primary_sector")));
    auto *sectors = qobject_cast<QListWidget *>(m_editors.value(QStringLiteral("sectors")));
    const QVariant current = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(tr("(none)"), 0);
    for (int row = 0; row < sectors->count(); ++row) {
        const QListWidgetItem *item = sectors->item(row);
        if (item->checkState() == Qt::Checked)
            box->addItem(item->text(), item->data(Qt::UserRole));
    }
    // A sector left alone is the primary one: nothing else could be.
    selectData(box, box->count() == 2 ? box->itemData(1) : current);
}

} // namespace kartoitus
