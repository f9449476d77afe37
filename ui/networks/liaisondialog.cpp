#include "networks/liaisondialog.h"

#include "common/namedpart.h"
#include "validation/validators.h"

#include <QLineEdit>

namespace kartoitus {

LiaisonDialog::LiaisonDialog(const Person &person, const QString &municipality, QWidget *parent)
    : EntryDialog(parent)
    , m_person(person)
    , m_name(namedPart<QLineEdit>("name", person.name, this))
    , m_role(namedPart<QLineEdit>("role", person.role, this))
    , m_email(namedPart<QLineEdit>("email", person.email, this))
    , m_phone(namedPart<QLineEdit>("phone", person.phone, this))
    , m_checked(tr("&Last checked:"), "checked", this)
{
    setObjectName(QStringLiteral("liaisonDialog"));
    setWindowTitle(person.id > 0 ? tr("Liaison Person of %1").arg(municipality)
                                 : tr("New Liaison Person of %1").arg(municipality));
    const QDate checked = QDate::fromString(person.verifiedAt.left(10), Qt::ISODate);
    m_checked.setDay(checked.isValid() ? std::optional<QDate>(checked) : std::nullopt);
    m_role->setPlaceholderText(tr("e.g. liaison person for organisations"));

    layOut({{tr("&Name:"), m_name},
            {tr("&Role:"), m_role},
            {tr("&Email:"), m_email},
            {tr("&Phone:"), m_phone}},
           m_checked);
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
    const std::optional<QDate> checked = m_checked.day();
    if (!checked)
        p.verifiedAt.clear();
    else if (*checked != old) // an unchanged day keeps its stored time
        p.verifiedAt = checked->toString(Qt::ISODate);
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
