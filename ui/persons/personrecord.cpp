#include "persons/personrecord.h"

#include "fields/fieldcatalogue.h"

namespace kartoitus {

using fields::Entity;
using fields::FieldCatalogue;

namespace {

constexpr int MaxNamedFields = 3;

} // namespace

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
    if (key == QLatin1String("name"))
        return p.name;
    if (key == QLatin1String("organisation"))
        return p.organisationId ? QString::number(*p.organisationId) : QString();
    if (key == QLatin1String("municipality"))
        return p.municipalityCode;
    if (key == QLatin1String("role"))
        return p.role;
    if (key == QLatin1String("email"))
        return p.email;
    if (key == QLatin1String("phone"))
        return p.phone;
    if (key == QLatin1String("publish_consent"))
        return p.publishConsent ? QStringLiteral("1") : QStringLiteral("0");
    if (key == QLatin1String("consent_date"))
        return p.consentDate;
    if (key == QLatin1String("notes"))
        return p.notes;
    if (key == QLatin1String("verified_at"))
        return p.verifiedAt;
    return {};
}

QStringList PersonRecord::changedKeys(const Person &before, const Person &after)
{
    QStringList changed;
    for (const QString &key : keys()) {
        if (value(before, key) != value(after, key))
            changed.append(key);
    }
    return changed;
}

QString PersonRecord::fieldWord(const QString &key)
{
    QString label = key == QLatin1String("verified_at")
                        ? tr("Verified")
                        : FieldCatalogue::label(Entity::Persons, key);
    if (label.size() > 1 && label.at(1).isLower())
        label[0] = label.at(0).toLower();
    return label;
}

QString PersonRecord::editText(const QString &name, const QStringList &keys)
{
    if (keys.size() > MaxNamedFields)
        return tr("Edit: %1, %n fields", nullptr, int(keys.size())).arg(name);
    QStringList words;
    for (const QString &key : keys)
        words.append(fieldWord(key));
    return tr("Edit: %1, %2").arg(name, words.join(QStringLiteral(", ")));
}

QString PersonRecord::createText(const QString &name)
{
    return tr("New person: %1").arg(name);
}

QString PersonRecord::deleteText(const QStringList &names)
{
    if (names.size() == 1)
        return tr("Delete: %1").arg(names.first());
    return tr("Delete %n persons", nullptr, int(names.size()));
}

QString PersonRecord::verifyText(const QStringList &names)
{
    if (names.size() == 1)
        return tr("Mark as verified: %1").arg(names.first());
    return tr("Mark %n persons as verified", nullptr, int(names.size()));
}

QString PersonRecord::forgetText(const QString &name)
{
    return tr("Forget: %1").arg(name);
}

} // namespace kartoitus
