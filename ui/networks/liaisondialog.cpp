#include "networks/liaisondialog.h"

#include "validation/validators.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kartoitus {

LiaisonDialog::LiaisonDialog(const Person &person, const QString &municipality, QWidget *parent)
    : EntryDialog(parent)
    , m_person(person)
    , m_name(new QLineEdit(person.name, this))
    , m_role(new QLineEdit(person.role, this))
    , m_email(new QLineEdit(person.email, this))
    , m_phone(new QLineEdit(person.phone, this))
    , m_checked(new QCheckBox(tr("&Last checked:"), this))
    , m_checkedOn(new QDateEdit(QDate::currentDate(), this))
{
    setObjectName(QStringLiteral("liaisonDialog"));
    setWindowTitle(person.id > 0 ? tr("Liaison Person of %1").arg(municipality)
                                 : tr("New Liaison Person of %1").arg(municipality));
    const QDate checked = QDate::fromString(person.verifiedAt.left(10), Qt::ISODate);
    m_checked->setChecked(checked.isValid());
    if (checked.isValid())
        m_checkedOn->setDate(checked);
    m_checkedOn->setEnabled(checked.isValid());
    m_checkedOn->setCalendarPopup(true);
    connect(m_checked, &QCheckBox::toggled, m_checkedOn, &QWidget::setEnabled);
    m_role->setPlaceholderText(tr("e.g. liaison person for organisations"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(m_checked, m_checkedOn);
    form->addRow(message());
    form->addRow(buttons());
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 36);
}

Person LiaisonDialog::person() const
{
    Person p = m_person;
    p.organisationId.reset();
    p.name = m_name->text().simplified();
    p.role = m_role->text().simplified();
    const Validation email = Validators::email(m_email->text());
    p.email = email.ok ? email.value : m_email->text().trimmed();
    const Validation phone = Validators::phone(m_phone->text());
    p.phone = phone.ok ? phone.value : m_phone->text().trimmed();
    const QDate old = QDate::fromString(m_person.verifiedAt.left(10), Qt::ISODate);
    if (!m_checked->isChecked())
        p.verifiedAt.clear();
    else if (m_checkedOn->date() != old) // an unchanged day keeps its stored time
        p.verifiedAt = m_checkedOn->date().toString(Qt::ISODate);
    return p;
}

bool LiaisonDialog::validate(QString *error) const
{
    if (m_name->text().simplified().isEmpty()) {
        *error = tr("Name: a liaison person needs a name.");
        return false;
    }
    for (const Validation &check :
         {Validators::email(m_email->text()), Validators::phone(m_phone->text())}) {
        if (!check.ok) {
            *error = check.error;
            return false;
        }
    }
    return true;
}

} // namespace kartoitus
