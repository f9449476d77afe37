#pragma once

#include "common/recordeditor.h"
#include "persons/personrecord.h"
#include "repositories/personrepository.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kartoitus {

class VerifiedField;

using PersonEditorBase =
    RecordEditorOf<Person, PersonRepository, PersonRecord, fields::Entity::Persons>;

// Edits one contact or liaison person of the open register, or a new one: name,
// role, email, phone, organisation, municipality (for a liaison person), notes
// and the consent to publish with its date — ticking the consent sets the date
// to today, unticking clears it. Email and phone are checked as they are typed
// (the line under the form names the field and the reason). Save writes through
// PersonRepository as one undo step.
class PersonEditor : public PersonEditorBase
{
    Q_OBJECT

public:
    // `id` 0 edits a new person of `organisationId` (0: none).
    PersonEditor(OpenRegister *reg, qint64 id, qint64 organisationId = 0,
                 QWidget *parent = nullptr);

    Person record() const override;

protected:
    QString recordName() const override;

private:
    void load(qint64 id, qint64 organisationId);
    void fillChoices();
    void showConsentDate();

    QString m_consentDay; // ISO date while the consent is ticked
    QLineEdit *m_name;
    QLineEdit *m_role;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QComboBox *m_organisation;
    QComboBox *m_municipality;
    QPlainTextEdit *m_notes;
    QCheckBox *m_consent;
    QLabel *m_consentDate; // "given 30.11.2026", empty without consent
    VerifiedField *m_verified;
};

} // namespace kartoitus
