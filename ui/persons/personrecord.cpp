#include "persons/personrecord.h"

#include "common/recordtexts.h"
#include "fields/fieldcatalogue.h"
#include "repositories/personrepository.h"

namespace kartoitus {

using fields::Entity;
using fields::FieldCatalogue;

QStringList PersonRecord::keys()
{
    return {QStringLiteral("name"),
            QStringLiteral("organisation"),
            QStringLiteral("municipality"),
            QStringLiteral("role"),
            QStringLiteral("email"),
            QStringLiteral("phone"),
            QStringLiteral("publish_consent"),
            QStringLiteral("consent_date"),
            QStringLiteral("notes"),
            QStringLiteral("verified_at")};
}

QString PersonRecord::value(const Person &p, const QString &key)
{
    return PersonRepository::valueText(p, key);
}

RecordStepTexts PersonRecord::stepTexts(int count)
{
    return {tr("New person: %1"), tr("Delete %n persons", nullptr, count),
            tr("Mark %n persons as verified", nullptr, count)};
}

QString PersonRecord::forgetText(const QString &name)
{
    return tr("Forget: %1").arg(name);
}

} // namespace kartoitus
