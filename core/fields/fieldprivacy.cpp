#include "fields/fieldcatalogue.h"

namespace kartoitus::fields {

bool FieldCatalogue::mayPublish(Entity entity, const QString &key, bool personConsents)
{
    const std::optional<Field> field = find(entity, key);
    return field && (personConsents || !field->isPersonal());
}

} // namespace kartoitus::fields
