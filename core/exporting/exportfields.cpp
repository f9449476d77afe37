#include "exporting/exportfields.h"

#include "models/organisationquery.h"

namespace kartoitus::exporting {

namespace {

struct FieldSpec
{
    const char *key;
    const char *label; // translated in ExportFields' context
    const char *expression;
    ValueFormat format;
    bool personal;
};

// Names joined by ", " in a fixed order: group_concat over an ordered subquery, so that
// an export, re-imported and exported again, gives the same bytes.
#define JOINED(select) "(SELECT group_concat(n, ', ') FROM (" select "))"

// Organisation columns that the list shows come from OrganisationQuery (what you see is
// what you export); an empty expression here means "the list's expression".
constexpr FieldSpec organisationSpecs[] = {
    {"id", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "ID"), "o.uuid",
     ValueFormat::Text, false},
    {"name", nullptr, "", ValueFormat::Text, false},
    {"short_name", nullptr, "", ValueFormat::Text, false},
    {"business_id", nullptr, "", ValueFormat::Text, false},
    {"register_number", nullptr, "", ValueFormat::RegisterNumber, false},
    {"legal_form", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Legal form"),
     "(SELECT lf.name_fi FROM legal_forms lf WHERE lf.id = o.legal_form_id)", ValueFormat::Text,
     false},
    {"municipality", nullptr, "", ValueFormat::Text, false},
    {"municipalities_served", nullptr, "", ValueFormat::Text, false},
    {"sectors", nullptr, "", ValueFormat::Text, false},
    {"primary_sector", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Primary sector"),
     "(SELECT s.name_fi FROM organisation_sectors os JOIN sectors s ON s.id = os.sector_id "
     "WHERE os.organisation_id = o.id AND os.is_primary = 1)",
     ValueFormat::Text, false},
    {"target_groups", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Target groups"),
     JOINED("SELECT t.name_fi AS n FROM organisation_target_groups ot JOIN target_groups t ON "
            "t.id = ot.target_group_id WHERE ot.organisation_id = o.id ORDER BY t.sort_order, "
            "t.name_fi"),
     ValueFormat::Text, false},
    {"languages", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Languages"),
     "o.languages", ValueFormat::Text, false},
    {"description", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Description"),
     "o.description", ValueFormat::Text, false},
    {"street_address", nullptr, "", ValueFormat::Text, false},
    {"postal_code", nullptr, "", ValueFormat::Text, false},
    {"city", nullptr, "", ValueFormat::Text, false},
    {"email", nullptr, "", ValueFormat::Text, false},
    {"phone", nullptr, "", ValueFormat::Text, false},
    {"website", nullptr, "", ValueFormat::Text, false},
    {"founded_year", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Founded"),
     "o.founded_year", ValueFormat::Integer, false},
    {"members", nullptr, "", ValueFormat::Integer, false},
    {"volunteers", nullptr, "", ValueFormat::Integer, false},
    {"paid_staff", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Paid staff"),
     "o.paid_staff", ValueFormat::Integer, false},
    {"status", nullptr, "", ValueFormat::Status, false},
    {"contact_person", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Contact person"),
     "(SELECT cp.name FROM persons cp WHERE cp.id = o.contact_person_id)", ValueFormat::Text, true},
    {"tags", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Tags"), "o.tags",
     ValueFormat::Text, false},
    {"notes", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Notes"), "o.notes",
     ValueFormat::Text, false},
    // The day of the last check; the importer reads a date, so the time is left out.
    {"verified_at", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Last checked"),
     "substr(o.verified_at, 1, 10)", ValueFormat::Text, false},
};

constexpr FieldSpec activitySpecs[] = {
    {"id", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "ID"), "a.uuid",
     ValueFormat::Text, false},
    {"organisation", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Organisation"),
     "(SELECT o.name FROM organisations o WHERE o.id = a.organisation_id)", ValueFormat::Text,
     false},
    {"name", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Name"), "a.name",
     ValueFormat::Text, false},
    {"description", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Description"),
     "a.description", ValueFormat::Text, false},
    {"hyte", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Health promotion (hyte)"),
     "a.hyte", ValueFormat::YesNo, false},
    {"themes", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Themes"),
     JOINED("SELECT t.name_fi AS n FROM activity_themes at JOIN themes t ON t.id = at.theme_id "
            "WHERE at.activity_id = a.id ORDER BY t.sort_order, t.name_fi"),
     ValueFormat::Text, false},
    {"target_groups", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Target groups"),
     JOINED("SELECT t.name_fi AS n FROM activity_target_groups ag JOIN target_groups t ON t.id "
            "= ag.target_group_id WHERE ag.activity_id = a.id ORDER BY t.sort_order, t.name_fi"),
     ValueFormat::Text, false},
    {"municipalities", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Municipalities"),
     JOINED("SELECT m.name_fi AS n FROM activity_municipalities am JOIN municipalities m ON "
            "m.code = am.municipality_code WHERE am.activity_id = a.id ORDER BY m.name_fi"),
     ValueFormat::Text, false},
    {"place", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Place"), "a.place_type",
     ValueFormat::PlaceType, false},
    {"address", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Address"), "a.address",
     ValueFormat::Text, false},
    {"schedule", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Schedule"), "a.schedule",
     ValueFormat::Text, false},
    {"cost", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Cost"), "a.cost",
     ValueFormat::Cost, false},
    {"cost_text", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Cost details"),
     "a.cost_text", ValueFormat::Text, false},
    {"accessibility", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Accessibility"),
     "a.accessibility", ValueFormat::Text, false},
    {"languages", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Languages"),
     "a.languages", ValueFormat::Text, false},
    {"how_to_join", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "How to join"),
     "a.how_to_join", ValueFormat::Text, false},
    {"open_for_referral",
     QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Open for referral"),
     "a.open_for_referral", ValueFormat::YesNo, false},
    {"contact_person", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Contact person"),
     "(SELECT cp.name FROM persons cp WHERE cp.id = a.contact_person_id)", ValueFormat::Text, true},
    {"contact_email", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Contact email"),
     "(SELECT cp.email FROM persons cp WHERE cp.id = a.contact_person_id)", ValueFormat::Text,
     true},
    {"contact_phone", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Contact phone"),
     "(SELECT cp.phone FROM persons cp WHERE cp.id = a.contact_person_id)", ValueFormat::Text,
     true},
};

constexpr FieldSpec personSpecs[] = {
    {"id", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "ID"), "p.uuid",
     ValueFormat::Text, false},
    {"name", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Name"), "p.name",
     ValueFormat::Text, true},
    {"organisation", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Organisation"),
     "(SELECT o.name FROM organisations o WHERE o.id = p.organisation_id)", ValueFormat::Text,
     false},
    {"municipality", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Municipality"),
     "(SELECT m.name_fi FROM municipalities m WHERE m.code = p.municipality_code)",
     ValueFormat::Text, false},
    {"role", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Role"), "p.role",
     ValueFormat::Text, false},
    {"email", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Email"), "p.email",
     ValueFormat::Text, true},
    {"phone", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Phone"), "p.phone",
     ValueFormat::Text, true},
    {"publish_consent", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Publish consent"),
     "p.publish_consent", ValueFormat::YesNo, false},
    {"consent_date", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Consent date"),
     "p.consent_date", ValueFormat::Text, false},
    {"notes", QT_TRANSLATE_NOOP("kartoitus::exporting::ExportFields", "Notes"), "p.notes",
     ValueFormat::Text, false},
};

#undef JOINED

template<qsizetype N> QList<ExportField> toFields(const FieldSpec (&specs)[N], bool organisations)
{
    QList<ExportField> fields;
    fields.reserve(N);
    for (const FieldSpec &s : specs) {
        ExportField f{QLatin1String(s.key), QLatin1String(s.expression), s.format, s.personal};
        if (organisations && f.expression.isEmpty()) {
            if (const auto column = OrganisationColumns::fromKey(f.key))
                f.expression = OrganisationQuery::columnExpression(*column);
        }
        fields.append(f);
    }
    return fields;
}

const FieldSpec *findSpec(Entity entity, const QString &key)
{
    auto search = [&key](const auto &specs) -> const FieldSpec * {
        for (const FieldSpec &s : specs) {
            if (key == QLatin1String(s.key))
                return &s;
        }
        return nullptr;
    };
    switch (entity) {
    case Entity::Organisations:
        return search(organisationSpecs);
    case Entity::Activities:
        return search(activitySpecs);
    case Entity::Persons:
        return search(personSpecs);
    }
    return nullptr;
}

} // namespace

QList<ExportField> ExportFields::all(Entity entity)
{
    switch (entity) {
    case Entity::Organisations:
        return toFields(organisationSpecs, true);
    case Entity::Activities:
        return toFields(activitySpecs, false);
    case Entity::Persons:
        return toFields(personSpecs, false);
    }
    return {};
}

QStringList ExportFields::keys(Entity entity)
{
    QStringList keys;
    for (const ExportField &f : all(entity))
        keys.append(f.key);
    return keys;
}

std::optional<ExportField> ExportFields::find(Entity entity, const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (const ExportField &f : all(entity)) {
        if (f.key == wanted)
            return f;
    }
    return std::nullopt;
}

QString ExportFields::label(Entity entity, const QString &key)
{
    const FieldSpec *spec = findSpec(entity, key);
    if (spec && spec->label)
        return tr(spec->label);
    if (entity == Entity::Organisations) {
        if (const auto column = OrganisationColumns::fromKey(key))
            return OrganisationColumns::label(*column);
    }
    return key;
}

QStringList ExportFields::personalKeys(Entity entity)
{
    QStringList keys;
    for (const ExportField &f : all(entity)) {
        if (f.personal)
            keys.append(f.key);
    }
    return keys;
}

QString ExportFields::entityKey(Entity entity)
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

std::optional<Entity> ExportFields::entityFromKey(const QString &key)
{
    for (Entity e : {Entity::Organisations, Entity::Activities, Entity::Persons}) {
        if (entityKey(e) == key)
            return e;
    }
    return std::nullopt;
}

QString ExportFields::entityLabel(Entity entity)
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

} // namespace kartoitus::exporting
