#include "persons/personeditor.h"

#include "common/formfields.h"
#include "common/openregister.h"
#include "common/recordchoices.h"
#include "common/verifiedfield.h"
#include "fields/fieldcatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace kartoitus {

using fields::Entity;
using fields::FieldCatalogue;

PersonEditor::PersonEditor(OpenRegister *reg, qint64 id, qint64 organisationId, QWidget *parent)
    : PersonEditorBase(reg, parent)
    , m_name(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_organisation(new QComboBox(this))
    , m_municipality(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_consent(new QCheckBox(
          FieldCatalogue::label(Entity::Persons, QStringLiteral("publish_consent")), this))
    , m_consentDate(new QLabel(this))
    , m_verified(new VerifiedField(this))
{
    setObjectName(QStringLiteral("personEditor"));
    m_consent->setObjectName(QStringLiteral("consentBox"));
    m_consentDate->setObjectName(QStringLiteral("consentDate"));
    m_notes->setTabChangesFocus(true);
    m_municipality->setToolTip(tr("A liaison person has a municipality and no organisation."));

    auto *form = new QFormLayout;
    addFieldRows(form, Entity::Persons,
                 {{"name", m_name},
                  {"role", m_role},
                  {"email", m_email},
                  {"phone", m_phone},
                  {"organisation", m_organisation},
                  {"municipality", m_municipality}});
    auto *consent = new QHBoxLayout;
    consent->addWidget(m_consent);
    consent->addWidget(m_consentDate, 1);
    form->addRow(QString(), consent);
    addFieldRows(form, Entity::Persons, {{"notes", m_notes}});
    form->addRow(tr("Verified:"), m_verified);
    formLayout()->addLayout(form);
    resize(560, 480);

    fillChoices();
    load(id, organisationId);
    connect(m_consent, &QCheckBox::toggled, this, [this](bool on) {
        // The consent is dated the day it is given; taken back, it has no date.
        m_consentDay = on ? QDate::currentDate().toString(Qt::ISODate) : QString();
        showConsentDate();
    });
    watchFields({m_name, m_role, m_email, m_phone, m_organisation, m_municipality, m_notes,
                 m_consent, m_verified});
}

void PersonEditor::fillChoices()
{
    const QSqlDatabase db = openRegister()->database();
    fillOrganisationChoice(m_organisation, db, tr("(none)"));
    m_municipality->addItem(tr("(none)"));
    for (const Municipality &m : municipalitiesHomeFirst(db))
        m_municipality->addItem(m.nameFi, m.code);
}

void PersonEditor::load(qint64 id, qint64 organisationId)
{
    readRecord(id);
    if (id <= 0 && organisationId > 0)
        original().organisationId = organisationId;
    const Person &p = original();
    m_name->setText(p.name);
    m_role->setText(p.role);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_organisation->setCurrentIndex(
        qMax(0, m_organisation->findData(p.organisationId.value_or(0))));
    m_municipality->setCurrentIndex(qMax(0, m_municipality->findData(p.municipalityCode)));
    m_notes->setPlainText(p.notes);
    {
        const QSignalBlocker block(m_consent);
        m_consent->setChecked(p.publishConsent);
    }
    m_consentDay = p.consentDate;
    showConsentDate();
    m_verified->setTimestamp(p.verifiedAt);
    setRecordTitle(isNew() ? tr("New Person") : p.name);
}

void PersonEditor::showConsentDate()
{
    const QString day = VerifiedField::shownDay(m_consentDay);
    m_consentDate->setText(m_consent->isChecked() && !day.isEmpty() ? tr("given %1").arg(day)
                                                                    : QString());
}

Person PersonEditor::record() const
{
    Person p = original();
    p.name = m_name->text();
    p.role = m_role->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    const qint64 organisation = m_organisation->currentData().toLongLong();
    p.organisationId = organisation > 0 ? std::optional<qint64>(organisation) : std::nullopt;
    p.municipalityCode = m_municipality->currentData().toString();
    p.notes = m_notes->toPlainText().trimmed();
    p.publishConsent = m_consent->isChecked();
    p.consentDate = p.publishConsent ? m_consentDay : QString();
    p.verifiedAt = m_verified->timestamp();
    return p;
}

QString PersonEditor::recordName() const
{
    return isNew() ? tr("the new person") : original().name;
}

} // namespace kartoitus
