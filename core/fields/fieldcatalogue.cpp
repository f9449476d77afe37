#include "fields/fieldcatalogue.h"

#include "fields/fieldspecs.h"

#include <QHash>

#include <algorithm>

namespace kartoitus::fields {

namespace {

// The export format follows from the kind: what the importer reads back.
ValueFormat formatOf(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Count:
    case FieldKind::Number:
    case FieldKind::Year:
        return ValueFormat::Integer;
    case FieldKind::RegisterNumber:
        return ValueFormat::RegisterNumber;
    case FieldKind::YesNo:
        return ValueFormat::YesNo;
    case FieldKind::Status:
        return ValueFormat::Status;
    case FieldKind::PlaceType:
        return ValueFormat::PlaceType;
    case FieldKind::Cost:
        return ValueFormat::Cost;
    default:
        return ValueFormat::Text;
    }
}

QLatin1String tableAlias(Entity entity)
{
    switch (entity) {
    case Entity::Activities:
        return QLatin1String("a.");
    case Entity::Persons:
        return QLatin1String("p.");
    case Entity::Organisations:
        break;
    }
    return QLatin1String("o.");
}

Field toField(Entity entity, const detail::FieldSpec &spec)
{
    Field field;
    field.entity = entity;
    field.key = QLatin1String(spec.key);
    field.kind = spec.kind;
    field.referenceTable = QLatin1String(spec.referenceTable);
    field.label = FieldCatalogue::tr(spec.label);
    field.headers = QString::fromUtf8(spec.headers).split(QLatin1Char('|'));
    if (spec.column)
        field.column = QLatin1String(*spec.column ? spec.column : spec.key);
    field.expression =
        spec.expression ? QString::fromUtf8(spec.expression) : tableAlias(entity) + field.column;
    field.format = formatOf(spec.kind);
    field.privacy = spec.privacyClass;
    field.defaultValue = QLatin1String(spec.defaultValue);
    field.dayOnly = spec.day;
    field.identifies = spec.identifierOrder;
    field.multiline = spec.severalLines;
    field.linkTable = QLatin1String(spec.link.table);
    field.linkOwner = QLatin1String(spec.link.ownerColumn);
    field.linkValue = QLatin1String(spec.link.valueColumn);
    field.listLabel = spec.listName.source
                          ? FieldCatalogue::tr(spec.listName.source, spec.listName.comment)
                          : field.label;
    return field;
}

// Normalised header → key for the fixed spellings (key, English label, variants). Built
// once per entity; the translated label is checked separately because the UI language
// can change while the program runs.
QHash<QString, QString> buildHeaderIndex(Entity entity)
{
    QHash<QString, QString> index;
    const detail::SpecTable table = detail::specs(entity);
    for (auto spec = table.begin; spec != table.end; ++spec) {
        const QString key = QLatin1String(spec->key);
        index.insert(FieldCatalogue::normaliseHeader(key), key);
        index.insert(FieldCatalogue::normaliseHeader(QLatin1String(spec->label)), key);
        const QStringList variants = QString::fromUtf8(spec->headers).split(QLatin1Char('|'));
        for (const QString &variant : variants)
            index.insert(FieldCatalogue::normaliseHeader(variant), key);
    }
    return index;
}

const QHash<QString, QString> &headerIndex(Entity entity)
{
    static const QHash<QString, QString> organisations = buildHeaderIndex(Entity::Organisations);
    static const QHash<QString, QString> activities = buildHeaderIndex(Entity::Activities);
    static const QHash<QString, QString> persons = buildHeaderIndex(Entity::Persons);
    switch (entity) {
    case Entity::Activities:
        return activities;
    case Entity::Persons:
        return persons;
    case Entity::Organisations:
        break;
    }
    return organisations;
}

} // namespace

QList<Field> FieldCatalogue::fields(Entity entity)
{
    QList<Field> result;
    const detail::SpecTable table = detail::specs(entity);
    for (auto spec = table.begin; spec != table.end; ++spec)
        result.append(toField(entity, *spec));
    return result;
}

QStringList FieldCatalogue::keys(Entity entity)
{
    QStringList result;
    const detail::SpecTable table = detail::specs(entity);
    for (auto spec = table.begin; spec != table.end; ++spec)
        result.append(QLatin1String(spec->key));
    return result;
}

std::optional<Field> FieldCatalogue::find(Entity entity, const QString &key)
{
    const detail::SpecTable table = detail::specs(entity);
    for (auto spec = table.begin; spec != table.end; ++spec) {
        if (key == QLatin1String(spec->key))
            return toField(entity, *spec);
    }
    return std::nullopt;
}

QString FieldCatalogue::label(Entity entity, const QString &key)
{
    const detail::SpecTable table = detail::specs(entity);
    for (auto spec = table.begin; spec != table.end; ++spec) {
        if (key == QLatin1String(spec->key))
            return tr(spec->label);
    }
    return key;
}

QList<Field> FieldCatalogue::identifiers(Entity entity)
{
    QList<Field> result;
    const detail::SpecTable table = detail::specs(entity);
    for (auto spec = table.begin; spec != table.end; ++spec) {
        if (spec->identifierOrder > 0)
            result.append(toField(entity, *spec));
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Field &a, const Field &b) { return a.identifies < b.identifies; });
    return result;
}

std::optional<Field> FieldCatalogue::firstOfKind(Entity entity, FieldKind kind)
{
    const detail::SpecTable table = detail::specs(entity);
    for (auto spec = table.begin; spec != table.end; ++spec) {
        if (spec->kind == kind)
            return toField(entity, *spec);
    }
    return std::nullopt;
}

QStringList FieldCatalogue::personalKeys(Entity entity)
{
    QStringList result;
    const detail::SpecTable table = detail::specs(entity);
    for (auto spec = table.begin; spec != table.end; ++spec) {
        if (spec->privacyClass == Privacy::Personal)
            result.append(QLatin1String(spec->key));
    }
    return result;
}

std::optional<Field> FieldCatalogue::listField(OrganisationColumn column)
{
    const detail::SpecTable table = detail::specs(Entity::Organisations);
    for (auto spec = table.begin; spec != table.end; ++spec) {
        if (spec->listColumn == int(column))
            return toField(Entity::Organisations, *spec);
    }
    return std::nullopt;
}

QList<std::pair<OrganisationColumn, bool>> FieldCatalogue::listColumns()
{
    QList<std::pair<OrganisationColumn, bool>> result;
    const detail::SpecTable table = detail::specs(Entity::Organisations);
    for (auto spec = table.begin; spec != table.end; ++spec) {
        if (spec->listColumn >= 0)
            result.append({OrganisationColumn(spec->listColumn), spec->listShown});
    }
    return result;
}

QString FieldCatalogue::matchHeader(Entity entity, const QString &header)
{
    const QString normalised = normaliseHeader(header);
    if (normalised.isEmpty())
        return {};
    const QString fixed = headerIndex(entity).value(normalised);
    if (!fixed.isEmpty())
        return fixed;
    const detail::SpecTable table = detail::specs(entity);
    for (auto spec = table.begin; spec != table.end; ++spec) {
        if (normaliseHeader(tr(spec->label)) == normalised)
            return QLatin1String(spec->key);
    }
    return {};
}

QString FieldCatalogue::normaliseHeader(const QString &header)
{
    const QString folded = header.toCaseFolded();
    QString result;
    result.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            result.append(c);
    }
    return result;
}

QString FieldCatalogue::entityKey(Entity entity)
{
    switch (entity) {
    case Entity::Organisations:
        return QStringLiteral("organisations");
    case Entity::Activities:
        return QStringLiteral("activities");
    case Entity::Persons:
        return QStringLiteral("persons");
    }
    return {};
}

std::optional<Entity> FieldCatalogue::entityFromKey(const QString &key)
{
    for (Entity entity : {Entity::Organisations, Entity::Activities, Entity::Persons}) {
        if (entityKey(entity) == key)
            return entity;
    }
    return std::nullopt;
}

QString FieldCatalogue::entityLabel(Entity entity)
{
    switch (entity) {
    case Entity::Organisations:
        return tr("Organisations");
    case Entity::Activities:
        return tr("Activities");
    case Entity::Persons:
        return tr("Persons");
    }
    return {};
}

} // namespace kartoitus::fields
