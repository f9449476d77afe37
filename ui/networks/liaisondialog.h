#pragma once

#include "networks/entrydialog.h"
#include "repositories/person.h"

class QLineEdit;

namespace kartoitus {

// A municipality's liaison person for organisations: name, role, email, phone and the day
// the details were last checked. OK is refused, with the field named, while the name is
// empty or the email or phone is not one (the validators the register uses).
class LiaisonDialog : public EntryDialog
{
    Q_OBJECT

public:
    // `person` is the liaison person edited, or a new one with its municipality code set.
    LiaisonDialog(const Person &person, const QString &municipality, QWidget *parent = nullptr);

    // `person` with what was entered; email and phone as the validators normalise them.
    Person person() const;
    bool validate(QString *error) const override;

private:
    Person m_person;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    OptionalDay m_checked; // when the details were last checked
};

} // namespace kartoitus
