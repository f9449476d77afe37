#include "organisations/organisationrecord.h"

#include "common/recordtexts.h"
#include "fields/fieldcatalogue.h"
#include "repositories/organisationrepository.h"

namespace kartoitus {

using fields::Entity;
using fields::FieldCatalogue;
using fields::FieldKind;

bool OrganisationRecord::isTextKind(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::BusinessId:
    case FieldKind::RegisterNumber:
    case FieldKind::PostalCode:
    case FieldKind::Email:
    case FieldKind::Phone:
    case FieldKind::Website:
        return true;
    default:
        return false;
    }
}

// The fields the form edits as a line of text or a number; the others (municipality,
// legal form, status, the day of the last check) have editors of their own.
QString *OrganisationRecord::textMember(Organisation *o, const QString &key)
{
    const auto field = FieldCatalogue::find(Entity::Organisations, key);
    return field && isTextKind(field->kind) ? OrganisationRepository::textMember(o, key) : nullptr;
}

std::optional<int> *OrganisationRecord::numberMember(Organisation *o, const QString &key)
{
    const auto field = FieldCatalogue::find(Entity::Organisations, key);
    return field && (field->isWholeNumber() || field->kind == FieldKind::Year)
               ? OrganisationRepository::numberMember(o, key)
               : nullptr;
}

// Comparable text of a field: a link's ids or codes sorted and joined, so that the same
// choice in another order is no change.
QString OrganisationRecord::value(const Organisation &organisation, const QString &key)
{
    const QVariant value = OrganisationRepository::value(organisation, key);
    if (value.typeId() != QMetaType::QVariantList)
        return value.toString();
    QStringList texts;
    for (const QVariant &item : value.toList())
        texts.append(item.toString());
    return RecordTexts::sortedJoined(texts);
}

QStringList OrganisationRecord::keys()
{
    return FieldCatalogue::keys(Entity::Organisations);
}

RecordStepTexts OrganisationRecord::stepTexts(int count)
{
    return {tr("New organisation: %1"), tr("Delete %n organisations", nullptr, count),
            tr("Mark %n organisations as verified", nullptr, count)};
}

} // namespace kartoitus
