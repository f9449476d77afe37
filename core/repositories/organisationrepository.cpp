#include "repositories/organisationrepository.h"

#include "common/finnishtext.h"
#include "fields/fieldcatalogue.h"
#include "repositories/repositoryutil.h"
#include "storage/register.h"
#include "validation/validators.h"

#include <QSqlQuery>

namespace kartoitus {

using namespace repository;

namespace {

// The members of Organisation that hold the catalogue's fields stored in a column of
// `organisations`, by the field's key, in the catalogue's order; the column's name is the
// catalogue's. Adding a field to organisations: CONTRIBUTING.md.
struct Member
{
    const char *key;
    QString Organisation::*text;
    std::optional<int> Organisation::*number;
};
constexpr Member members[] = {
    {"name", &Organisation::name, nullptr},
    {"short_name", &Organisation::shortName, nullptr},
    {"business_id", &Organisation::businessId, nullptr},
    {"register_number", &Organisation::registerNumber, nullptr},
    {"legal_form", nullptr, &Organisation::legalFormId},
    {"municipality", &Organisation::homeMunicipality, nullptr},
    {"languages", &Organisation::languages, nullptr},
    {"description", &Organisation::description, nullptr},
    {"street_address", &Organisation::streetAddress, nullptr},
    {"postal_code", &Organisation::postalCode, nullptr},
    {"city", &Organisation::postOffice, nullptr},
    {"email", &Organisation::email, nullptr},
    {"phone", &Organisation::phone, nullptr},
    {"website", &Organisation::website, nullptr},
    {"founded_year", nullptr, &Organisation::foundedYear},
    {"members", nullptr, &Organisation::members},
    {"volunteers", nullptr, &Organisation::volunteers},
    {"paid_staff", nullptr, &Organisation::paidStaff},
    {"status", &Organisation::status, nullptr},
    {"tags", &Organisation::tags, nullptr},
    {"notes", &Organisation::notes, nullptr},
    {"verified_at", &Organisation::verifiedAt, nullptr},
};

template<typename T> QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

template<typename T> std::optional<T> optionalOf(const QVariant &value)
{
    return value.isValid() ? std::optional<T>(value.value<T>()) : std::nullopt;
}

template<typename T> QVariantList listOf(const QList<T> &values)
{
    QVariantList result;
    for (const T &value : values)
        result.append(QVariant::fromValue(value));
    return result;
}

template<typename T> QList<T> valuesOf(const QVariant &list)
{
    QList<T> result;
    for (const QVariant &value : list.toList())
        result.append(value.value<T>());
    return result;
}

// The catalogue's fields of organisations that are no column of `organisations`: the
// record's id, its links and the contact person, as editors read and set them.
struct Link
{
    const char *key;
    QVariant (*get)(const Organisation &);
    void (*set)(Organisation *, const QVariant &);
};
const Link linkMembers[] = {
    {"id", [](const Organisation &o) { return QVariant(o.uuid); },
     [](Organisation *o, const QVariant &v) { o->uuid = v.toString(); }},
    {"municipalities_served",
     [](const Organisation &o) { return QVariant(listOf(o.municipalitiesServed)); },
     [](Organisation *o, const QVariant &v) { o->municipalitiesServed = valuesOf<QString>(v); }},
    {"sectors", [](const Organisation &o) { return QVariant(listOf(o.sectorIds)); },
     [](Organisation *o, const QVariant &v) { o->sectorIds = valuesOf<int>(v); }},
    {"primary_sector", [](const Organisation &o) { return optional(o.primarySectorId); },
     [](Organisation *o, const QVariant &v) { o->primarySectorId = optionalOf<int>(v); }},
    {"target_groups", [](const Organisation &o) { return QVariant(listOf(o.targetGroupIds)); },
     [](Organisation *o, const QVariant &v) { o->targetGroupIds = valuesOf<int>(v); }},
    {"contact_person", [](const Organisation &o) { return optional(o.contactPersonId); },
     [](Organisation *o, const QVariant &v) { o->contactPersonId = optionalOf<qint64>(v); }},
};

const Link *linkOf(const QString &key)
{
    for (const Link &link : linkMembers) {
        if (key == QLatin1String(link.key))
            return &link;
    }
    return nullptr;
}

const Member *memberOf(const QString &key)
{
    for (const Member &member : members) {
        if (key == QLatin1String(member.key))
            return &member;
    }
    return nullptr;
}

// The columns that are not a catalogue field's, then the members' columns.
const QStringList &writtenColumnList()
{
    static const QStringList list = [] {
        QStringList names{QStringLiteral("uuid"), QStringLiteral("name_sort"),
                          QStringLiteral("contact_person_id"), QStringLiteral("created_at"),
                          QStringLiteral("updated_at")};
        for (const Member &member : members) {
            const auto field =
                fields::FieldCatalogue::find(fields::Entity::Organisations, member.key);
            Q_ASSERT(field && !field->column.isEmpty());
            names.append(field->column);
        }
        return names;
    }();
    return list;
}

const QString &selectedColumnList()
{
    static const QString columns =
        QStringLiteral("id, ") + writtenColumnList().join(QLatin1String(", "));
    return columns;
}

Organisation fromQuery(const QSqlQuery &q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.uuid = q.value(1).toString();
    o.nameSort = q.value(2).toString();
    o.contactPersonId = toOptionalId(q.value(3));
    o.createdAt = q.value(4).toString();
    o.updatedAt = q.value(5).toString();
    int i = 6;
    for (const Member &member : members) {
        if (member.text)
            o.*member.text = q.value(i++).toString();
        else
            o.*member.number = toOptionalInt(q.value(i++));
    }
    return o;
}

// What the repository accepts: the same rules as the editors and import.
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
    // Whole numbers (members, volunteers, ...): the catalogue's fields of those kinds.
    for (const Member &member : members) {
        const std::optional<int> *value = member.number ? &(o.*member.number) : nullptr;
        if (!value || !*value || **value >= 0)
            continue;
        const auto field = fields::FieldCatalogue::find(fields::Entity::Organisations, member.key);
        if (field && field->isWholeNumber())
            return fail(error, OrganisationRepository::tr("%1 \"%2\": cannot be negative.")
                                   .arg(fields::FieldCatalogue::label(fields::Entity::Organisations,
                                                                      field->key))
                                   .arg(**value));
    }
    return true;
}

} // namespace

bool OrganisationRepository::validate(Organisation *o, QString *error) const
{
    if (!requireName(&o->name, tr("Name: an organisation needs a name."), error))
        return false;
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

QString *OrganisationRepository::textMember(Organisation *o, const QString &key)
{
    const Member *member = memberOf(key);
    return member && member->text ? &(o->*member->text) : nullptr;
}

std::optional<int> *OrganisationRepository::numberMember(Organisation *o, const QString &key)
{
    const Member *member = memberOf(key);
    return member && member->number ? &(o->*member->number) : nullptr;
}

QVariant OrganisationRepository::value(const Organisation &o, const QString &key)
{
    if (const Member *member = memberOf(key))
        return member->text ? QVariant(o.*member->text) : optional(o.*member->number);
    const Link *link = linkOf(key);
    return link ? link->get(o) : QVariant();
}

bool OrganisationRepository::setValue(Organisation *o, const QString &key, const QVariant &value)
{
    if (const Member *member = memberOf(key)) {
        if (member->text)
            o->*member->text = value.toString();
        else
            o->*member->number = optionalOf<int>(value);
        return true;
    }
    const Link *link = linkOf(key);
    if (link)
        link->set(o, value);
    return link != nullptr;
}

QString OrganisationRepository::selectedColumns()
{
    return selectedColumnList();
}

Organisation OrganisationRepository::fromRow(const QSqlQuery &row)
{
    return fromQuery(row);
}

QStringList OrganisationRepository::writtenColumns()
{
    return writtenColumnList();
}

QVariantList OrganisationRepository::writtenValues(const Organisation &o)
{
    QVariantList values{o.uuid, o.nameSort, optionalValue(o.contactPersonId), o.createdAt,
                        o.updatedAt};
    for (const Member &member : members)
        values.append(member.text ? textOrNull(o.*member.text) : optionalValue(o.*member.number));
    return values;
}

bool OrganisationRepository::writeLinks(const Organisation &o, QString *error)
{
    QVariantList served;
    for (const QString &code : o.municipalitiesServed)
        served.append(code);
    QVariantList groups;
    for (int id : o.targetGroupIds)
        groups.append(id);
    if (!replaceLinks(m_db, QStringLiteral("organisation_municipalities"),
                      QStringLiteral("organisation_id"), o.id, QStringLiteral("municipality_code"),
                      served, error) ||
        !replaceLinks(m_db, QStringLiteral("organisation_target_groups"),
                      QStringLiteral("organisation_id"), o.id, QStringLiteral("target_group_id"),
                      groups, error))
        return false;
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("DELETE FROM organisation_sectors WHERE organisation_id = ?"),
             {o.id}, error))
        return false;
    for (int sector : o.sectorIds) {
        if (!run(query,
                 QStringLiteral("INSERT OR IGNORE INTO organisation_sectors (organisation_id,"
                                " sector_id, is_primary) VALUES (?, ?, ?)"),
                 {o.id, sector, o.primarySectorId == sector ? 1 : 0}, error))
            return false;
    }
    return true;
}

bool OrganisationRepository::readLinks(Organisation *o, QString *error) const
{
    QString message;
    const QString owner = QStringLiteral("organisation_id");
    for (const QVariant &code : links(m_db, QStringLiteral("organisation_municipalities"), owner,
                                      o->id, QStringLiteral("municipality_code"), &message))
        o->municipalitiesServed.append(code.toString());
    for (const QVariant &id : links(m_db, QStringLiteral("organisation_target_groups"), owner,
                                    o->id, QStringLiteral("target_group_id"), &message))
        o->targetGroupIds.append(id.toInt());
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT sector_id, is_primary FROM organisation_sectors WHERE"
                            " organisation_id = ? ORDER BY is_primary DESC, sector_id"),
             {o->id}, &message))
        return fail(error, message);
    while (query.next()) {
        o->sectorIds.append(query.value(0).toInt());
        if (query.value(1).toBool())
            o->primarySectorId = query.value(0).toInt();
    }
    return message.isEmpty() || fail(error, message);
}

} // namespace kartoitus
