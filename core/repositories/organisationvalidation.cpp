// What OrganisationRepository accepts: the same rules as the editors and import.
#include "repositories/organisationrepository.h"

#include "common/finnishtext.h"
#include "repositories/repositoryutil.h"

namespace kartoitus {

using namespace repository;

namespace {

bool validateIdentifiers(Organisation *o, QString *error)
{
    return applyValidation(&o->businessId, Validators::businessId(o->businessId), error) &&
           applyValidation(&o->registerNumber, Validators::registerNumber(o->registerNumber),
                           error) &&
           applyValidation(&o->postalCode, Validators::postalCode(o->postalCode), error) &&
           applyValidation(&o->email, Validators::email(o->email), error) &&
           applyValidation(&o->phone, Validators::phone(o->phone), error) &&
           applyValidation(&o->website, Validators::website(o->website), error);
}

bool validateNumbers(const Organisation &o, QString *error)
{
    if (o.foundedYear) {
        if (const Validation year = Validators::foundedYear(QString::number(*o.foundedYear));
            !year.ok)
            return fail(error, year.error);
    }
    const std::pair<const std::optional<int> *, QString> counts[] = {
        {&o.members, OrganisationRepository::tr("Members")},
        {&o.volunteers, OrganisationRepository::tr("Volunteers")},
        {&o.paidStaff, OrganisationRepository::tr("Paid staff")}};
    for (const auto &[value, field] : counts) {
        if (*value && **value < 0)
            return fail(error, OrganisationRepository::tr("%1 \"%2\": cannot be negative.")
                                   .arg(field)
                                   .arg(**value));
    }
    return true;
}

} // namespace

bool OrganisationRepository::validate(Organisation *o, QString *error) const
{
    o->name = o->name.simplified();
    if (o->name.isEmpty())
        return fail(error, tr("Name: an organisation needs a name."));
    o->nameSort = FinnishText::sortKey(o->name);
    static const QStringList statuses = {QStringLiteral("active"), QStringLiteral("dormant"),
                                         QStringLiteral("dissolved")};
    if (!statuses.contains(o->status))
        return fail(error, tr("Status \"%1\": use active, dormant or dissolved.").arg(o->status));
    if (!validateIdentifiers(o, error) || !validateNumbers(*o, error))
        return false;
    if (!o->homeMunicipality.isEmpty() && !rowExists(m_db, QStringLiteral("municipalities"),
                                                     QStringLiteral("code"), o->homeMunicipality))
        return fail(error, tr("Home municipality \"%1\": no municipality has this code.")
                               .arg(o->homeMunicipality));
    for (const QString &code : std::as_const(o->municipalitiesServed)) {
        if (!rowExists(m_db, QStringLiteral("municipalities"), QStringLiteral("code"), code))
            return fail(
                error, tr("Municipalities served: no municipality has the code \"%1\".").arg(code));
    }
    if (o->legalFormId &&
        !rowExists(m_db, QStringLiteral("legal_forms"), QStringLiteral("id"), *o->legalFormId))
        return fail(error, tr("Legal form: no legal form has the id %1.").arg(*o->legalFormId));
    // The primary sector is one of the sectors, whichever way the caller said it.
    if (o->primarySectorId && !o->sectorIds.contains(*o->primarySectorId))
        o->sectorIds.prepend(*o->primarySectorId);
    for (int sector : std::as_const(o->sectorIds)) {
        if (!rowExists(m_db, QStringLiteral("sectors"), QStringLiteral("id"), sector))
            return fail(error, tr("Sectors: no sector has the id %1.").arg(sector));
    }
    return true;
}

} // namespace kartoitus
