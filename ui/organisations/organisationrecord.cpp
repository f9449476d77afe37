#include "organisations/organisationrecord.h"

#include "fields/fieldcatalogue.h"

#include <QHash>

#include <algorithm>
#include <type_traits>

namespace kartoitus {

using fields::Entity;
using fields::FieldCatalogue;

namespace {

QString optionalText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

template<typename T> QString sortedJoined(QList<T> values)
{
    std::sort(values.begin(), values.end());
    QStringList texts;
    for (const T &value : values) {
        if constexpr (std::is_same_v<T, QString>)
            texts.append(value);
        else
            texts.append(QString::number(value));
    }
    return texts.join(QLatin1Char(','));
}

// A step text names at most this many fields; more are counted.
constexpr int MaxNamedFields = 3;

} // namespace

QString *OrganisationRecord::textMember(Organisation *o, const QString &key)
{
    static const QHash<QString, QString Organisation::*> members = {
        {QStringLiteral("name"), &Organisation::name},
        {QStringLiteral("short_name"), &Organisation::shortName},
        {QStringLiteral("business_id"), &Organisation::businessId},
        {QStringLiteral("register_number"), &Organisation::registerNumber},
        {QStringLiteral("languages"), &Organisation::languages},
        {QStringLiteral("description"), &Organisation::description},
        {QStringLiteral("street_address"), &Organisation::streetAddress},
        {QStringLiteral("postal_code"), &Organisation::postalCode},
        {QStringLiteral("city"), &Organisation::postOffice},
        {QStringLiteral("email"), &Organisation::email},
        {QStringLiteral("phone"), &Organisation::phone},
        {QStringLiteral("website"), &Organisation::website},
        {QStringLiteral("tags"), &Organisation::tags},
        {QStringLiteral("notes"), &Organisation::notes},
    };
    const auto member = members.constFind(key);
    return member == members.constEnd() ? nullptr : &(o->*(*member));
}

std::optional<int> *OrganisationRecord::numberMember(Organisation *o, const QString &key)
{
    static const QHash<QString, std::optional<int> Organisation::*> members = {
        {QStringLiteral("founded_year"), &Organisation::foundedYear},
        {QStringLiteral("members"), &Organisation::members},
        {QStringLiteral("volunteers"), &Organisation::volunteers},
        {QStringLiteral("paid_staff"), &Organisation::paidStaff},
    };
    const auto member = members.constFind(key);
    return member == members.constEnd() ? nullptr : &(o->*(*member));
}

QString OrganisationRecord::value(const Organisation &organisation, const QString &key)
{
    Organisation o = organisation;
    if (const QString *text = textMember(&o, key))
        return *text;
    if (const std::optional<int> *number = numberMember(&o, key))
        return optionalText(*number);
    if (key == QLatin1String("id"))
        return o.uuid;
    if (key == QLatin1String("legal_form"))
        return optionalText(o.legalFormId);
    if (key == QLatin1String("municipality"))
        return o.homeMunicipality;
    if (key == QLatin1String("municipalities_served"))
        return sortedJoined(o.municipalitiesServed);
    if (key == QLatin1String("sectors"))
        return sortedJoined(o.sectorIds);
    if (key == QLatin1String("primary_sector"))
        return optionalText(o.primarySectorId);
    if (key == QLatin1String("target_groups"))
        return sortedJoined(o.targetGroupIds);
    if (key == QLatin1String("status"))
        return o.status;
    if (key == QLatin1String("contact_person"))
        return o.contactPersonId ? QString::number(*o.contactPersonId) : QString();
    if (key == QLatin1String("verified_at"))
        return o.verifiedAt;
    return {};
}

QStringList OrganisationRecord::changedKeys(const Organisation &before, const Organisation &after)
{
    QStringList keys;
    for (const QString &key : FieldCatalogue::keys(Entity::Organisations)) {
        if (value(before, key) != value(after, key))
            keys.append(key);
    }
    return keys;
}

QString OrganisationRecord::fieldWord(const QString &key)
{
    QString label = FieldCatalogue::label(Entity::Organisations, key);
    // "Email" reads "email" inside a sentence; "Y-tunnus" and "ID" keep their capitals.
    if (label.size() > 1 && label.at(1).isLower())
        label[0] = label.at(0).toLower();
    return label;
}

QString OrganisationRecord::editText(const QString &name, const QStringList &keys)
{
    if (keys.size() > MaxNamedFields)
        return tr("Edit: %1, %n fields", nullptr, int(keys.size())).arg(name);
    QStringList words;
    for (const QString &key : keys)
        words.append(fieldWord(key));
    return tr("Edit: %1, %2").arg(name, words.join(QStringLiteral(", ")));
}

QString OrganisationRecord::createText(const QString &name)
{
    return tr("New organisation: %1").arg(name);
}

QString OrganisationRecord::deleteText(const QStringList &names)
{
    if (names.size() == 1)
        return tr("Delete: %1").arg(names.first());
    return tr("Delete %n organisations", nullptr, int(names.size()));
}

QString OrganisationRecord::verifyText(const QStringList &names)
{
    if (names.size() == 1)
        return tr("Mark as verified: %1").arg(names.first());
    return tr("Mark %n organisations as verified", nullptr, int(names.size()));
}

} // namespace kartoitus
