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

QStringList PersonRecord::changedKeys(const Person &before, const Person &after)
{
    return RecordTexts::changedKeys(keys(), before, after, &PersonRecord::value);
}

QString PersonRecord::createText(const QString &name)
{
    return tr("New person: %1").arg(name);
}

QString PersonRecord::deleteText(int count, const QString &name)
{
    return count == 1 ? RecordTexts::deleteText(name) : tr("Delete %n persons", nullptr, count);
}

QString PersonRecord::verifyText(int count, const QString &name)
{
    return count == 1 ? RecordTexts::verifyText(name)
                      : tr("Mark %n persons as verified", nullptr, count);
}

QString PersonRecord::forgetText(const QString &name)
{
    return tr("Forget: %1").arg(name);
}

} // namespace kartoitus
