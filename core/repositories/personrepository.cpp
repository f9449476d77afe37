#include "repositories/personrepository.h"

#include "common/finnishtext.h"
#include "repositories/recordcolumns.h"
#include "repositories/repositoryutil.h"
#include "storage/register.h"

#include <QDate>
#include <QSqlQuery>

namespace kartoitus {

using namespace repository;

namespace {

// The person's row: each column once, by catalogue key (a column that is no field of the
// catalogue by its own name), in the table's order.
constexpr RecordColumn<Person> personTable[] = {
    {"uuid", "uuid", &Person::uuid},
    {"name", "name", &Person::name},
    {"name_sort", "name_sort", &Person::nameSort},
    {"role", "role", &Person::role},
    {"email", "email", &Person::email},
    {"phone", "phone", &Person::phone},
    {"organisation", "organisation_id", &Person::organisationId},
    {"municipality", "municipality_code", &Person::municipalityCode},
    {"publish_consent", "publish_consent", &Person::publishConsent},
    {"consent_date", "consent_date", &Person::consentDate},
    {"notes", "notes", &Person::notes},
    {"created_at", "created_at", &Person::createdAt},
    {"updated_at", "updated_at", &Person::updatedAt},
    {"verified_at", "verified_at", &Person::verifiedAt},
};
constexpr RecordColumns personColumns(personTable);

} // namespace

bool PersonRepository::validate(Person *p, QString *error) const
{
    if (!requireName(&p->name, tr("Name: a person needs a name."), error))
        return false;
    p->nameSort = FinnishText::sortKey(p->name);
    if (!applyValidation(&p->email, Validators::email(p->email), error) ||
        !applyValidation(&p->phone, Validators::phone(p->phone), error))
        return false;
    if (!p->consentDate.isEmpty() && !QDate::fromString(p->consentDate, Qt::ISODate).isValid())
        return fail(error,
                    tr("Consent date \"%1\": write the date as 2025-05-31.").arg(p->consentDate));
    // A liaison person's "last checked": a day (2025-05-31) or the timestamp of a check.
    if (!p->verifiedAt.isEmpty() &&
        !QDate::fromString(p->verifiedAt.left(10), Qt::ISODate).isValid())
        return fail(error,
                    tr("Last checked \"%1\": write the date as 2025-05-31.").arg(p->verifiedAt));
    if (p->organisationId &&
        !rowExists(m_db, QStringLiteral("organisations"), QStringLiteral("id"), *p->organisationId))
        return fail(error,
                    tr("Organisation: no organisation has the id %1.").arg(*p->organisationId));
    if (!p->municipalityCode.isEmpty() && !rowExists(m_db, QStringLiteral("municipalities"),
                                                     QStringLiteral("code"), p->municipalityCode))
        return fail(
            error,
            tr("Municipality \"%1\": no municipality has this code.").arg(p->municipalityCode));
    return true;
}

const RecordColumns<Person> &PersonRepository::recordColumns()
{
    return personColumns;
}

} // namespace kartoitus
