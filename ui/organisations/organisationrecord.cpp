#include "organisations/organisationrecord.h"

#include "fields/fieldcatalogue.h"
#include "repositories/organisationrepository.h"

#include <algorithm>
#include <type_traits>

namespace kartoitus {

using fields::Entity;
using fields::FieldCatalogue;
using fields::FieldKind;

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
        return sortedJoined(o.municipalitiesServed);
    if (key == QLatin1String("sectors"))
        return sortedJoined(o.sectorIds);
    if (key == QLatin1String("primary_sector"))
        return optionalText(o.primarySectorId);
    if (key == QLatin1String("target_groups"))
        return sortedJoined(o.targetGroupIds);
    if (key == QLatin1String("contact_person"))
        return o.contactPersonId ? QString::number(*o.contactPersonId) : QString();
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
