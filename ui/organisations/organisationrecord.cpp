#include "organisations/organisationrecord.h"

#include "common/recordtexts.h"
#include "fields/fieldcatalogue.h"
#include "repositories/organisationrepository.h"

namespace kartoitus {

using fields::Entity;
using fields::FieldCatalogue;
using fields::FieldKind;

namespace {

QString optionalText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

// The fields the form edits as a line of text or a number; the others (municipality,
// legal form, status, the day of the last check) have editors of their own.
QString *OrganisationRecord::textMember(Organisation *o, const QString &key)
{
    const auto field = FieldCatalogue::find(Entity::Organisations, key);
    if (!field)
        return nullptr;
    switch (field->kind) {
    case FieldKind::Text:
    case FieldKind::BusinessId:
    case FieldKind::RegisterNumber:
    case FieldKind::PostalCode:
    case FieldKind::Email:
    case FieldKind::Phone:
    case FieldKind::Website:
        return OrganisationRepository::textMember(o, key);
    default:
        return nullptr;
    }
}

std::optional<int> *OrganisationRecord::numberMember(Organisation *o, const QString &key)
{
    const auto field = FieldCatalogue::find(Entity::Organisations, key);
    return field && (field->kind == FieldKind::Count || field->kind == FieldKind::Year)
               ? OrganisationRepository::numberMember(o, key)
               : nullptr;
}

QString OrganisationRecord::value(const Organisation &organisation, const QString &key)
{
    Organisation o = organisation;
    if (const QString *text = OrganisationRepository::textMember(&o, key))
        return *text;
    if (const std::optional<int> *number = OrganisationRepository::numberMember(&o, key))
        return optionalText(*number);
    if (key == QLatin1String("id"))
        return o.uuid;
    if (key == QLatin1String("municipalities_served"))
        return RecordTexts::sortedJoined(o.municipalitiesServed);
    if (key == QLatin1String("sectors"))
        return RecordTexts::sortedJoined(o.sectorIds);
    if (key == QLatin1String("primary_sector"))
        return optionalText(o.primarySectorId);
    if (key == QLatin1String("target_groups"))
        return RecordTexts::sortedJoined(o.targetGroupIds);
    if (key == QLatin1String("contact_person"))
        return o.contactPersonId ? QString::number(*o.contactPersonId) : QString();
    return {};
}

QStringList OrganisationRecord::changedKeys(const Organisation &before, const Organisation &after)
{
    return RecordTexts::changedKeys(FieldCatalogue::keys(Entity::Organisations), before, after,
                                    &OrganisationRecord::value);
}

QString OrganisationRecord::createText(const QString &name)
{
    return tr("New organisation: %1").arg(name);
}

QString OrganisationRecord::deleteText(int count, const QString &name)
{
    return count == 1 ? RecordTexts::deleteText(name)
                      : tr("Delete %n organisations", nullptr, count);
}

QString OrganisationRecord::verifyText(int count, const QString &name)
{
    return count == 1 ? RecordTexts::verifyText(name)
                      : tr("Mark %n organisations as verified", nullptr, count);
}

} // namespace kartoitus
