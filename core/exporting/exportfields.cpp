#include "exporting/exportfields.h"

#include "models/organisationquery.h"

namespace kartoitus::exporting {

namespace {

struct FieldSpec
{
    const char *key;
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
    {"id", "o.uuid", ValueFormat::Text, false},
    {"name", "", ValueFormat::Text, false},
    {"short_name", "", ValueFormat::Text, false},
    {"business_id", "", ValueFormat::Text, false},
    {"register_number", "", ValueFormat::RegisterNumber, false},
    {"legal_form", "(SELECT lf.name_fi FROM legal_forms lf WHERE lf.id = o.legal_form_id)",
     ValueFormat::Text, false},
    {"municipality", "", ValueFormat::Text, false},
    {"municipalities_served", "", ValueFormat::Text, false},
    {"sectors", "", ValueFormat::Text, false},
    {"primary_sector",
     "(SELECT s.name_fi FROM organisation_sectors os JOIN sectors s ON s.id = os.sector_id "
     "WHERE os.organisation_id = o.id AND os.is_primary = 1)",
     ValueFormat::Text, false},
    {"target_groups",
     JOINED("SELECT t.name_fi AS n FROM organisation_target_groups ot JOIN target_groups t ON "
            "t.id = ot.target_group_id WHERE ot.organisation_id = o.id ORDER BY t.sort_order, "
            "t.name_fi"),
     ValueFormat::Text, false},
    {"languages", "o.languages", ValueFormat::Text, false},
    {"description", "o.description", ValueFormat::Text, false},
    {"street_address", "", ValueFormat::Text, false},
    {"postal_code", "", ValueFormat::Text, false},
    {"city", "", ValueFormat::Text, false},
    {"email", "", ValueFormat::Text, false},
    {"phone", "", ValueFormat::Text, false},
    {"website", "", ValueFormat::Text, false},
    {"founded_year", "o.founded_year", ValueFormat::Integer, false},
    {"members", "", ValueFormat::Integer, false},
    {"volunteers", "", ValueFormat::Integer, false},
    {"paid_staff", "o.paid_staff", ValueFormat::Integer, false},
    {"status", "", ValueFormat::Status, false},
    {"contact_person", "(SELECT cp.name FROM persons cp WHERE cp.id = o.contact_person_id)",
     ValueFormat::Text, true},
    {"tags", "o.tags", ValueFormat::Text, false},
    {"notes", "o.notes", ValueFormat::Text, false},
    // The day of the last check; the importer reads a date, so the time is left out.
    {"verified_at", "substr(o.verified_at, 1, 10)", ValueFormat::Text, false},
};

constexpr FieldSpec activitySpecs[] = {
    {"id", "a.uuid", ValueFormat::Text, false},
    {"organisation", "(SELECT o.name FROM organisations o WHERE o.id = a.organisation_id)",
     ValueFormat::Text, false},
    {"name", "a.name", ValueFormat::Text, false},
    {"description", "a.description", ValueFormat::Text, false},
    {"hyte", "a.hyte", ValueFormat::YesNo, false},
    {"themes",
     JOINED("SELECT t.name_fi AS n FROM activity_themes at JOIN themes t ON t.id = at.theme_id "
            "WHERE at.activity_id = a.id ORDER BY t.sort_order, t.name_fi"),
     ValueFormat::Text, false},
    {"target_groups",
     JOINED("SELECT t.name_fi AS n FROM activity_target_groups ag JOIN target_groups t ON t.id "
            "= ag.target_group_id WHERE ag.activity_id = a.id ORDER BY t.sort_order, t.name_fi"),
     ValueFormat::Text, false},
    {"municipalities",
     JOINED("SELECT m.name_fi AS n FROM activity_municipalities am JOIN municipalities m ON "
            "m.code = am.municipality_code WHERE am.activity_id = a.id ORDER BY m.name_fi"),
     ValueFormat::Text, false},
    {"place", "a.place_type", ValueFormat::PlaceType, false},
    {"address", "a.address", ValueFormat::Text, false},
    {"schedule", "a.schedule", ValueFormat::Text, false},
    {"cost", "a.cost", ValueFormat::Cost, false},
    {"cost_text", "a.cost_text", ValueFormat::Text, false},
    {"accessibility", "a.accessibility", ValueFormat::Text, false},
    {"languages", "a.languages", ValueFormat::Text, false},
    {"how_to_join", "a.how_to_join", ValueFormat::Text, false},
    {"open_for_referral", "a.open_for_referral", ValueFormat::YesNo, false},
    {"contact_person", "(SELECT cp.name FROM persons cp WHERE cp.id = a.contact_person_id)",
     ValueFormat::Text, true},
    {"contact_email", "(SELECT cp.email FROM persons cp WHERE cp.id = a.contact_person_id)",
     ValueFormat::Text, true},
    {"contact_phone", "(SELECT cp.phone FROM persons cp WHERE cp.id = a.contact_person_id)",
     ValueFormat::Text, true},
};

constexpr FieldSpec personSpecs[] = {
    {"id", "p.uuid", ValueFormat::Text, false},
    {"name", "p.name", ValueFormat::Text, true},
    {"organisation", "(SELECT o.name FROM organisations o WHERE o.id = p.organisation_id)",
     ValueFormat::Text, false},
    {"municipality", "(SELECT m.name_fi FROM municipalities m WHERE m.code = p.municipality_code)",
     ValueFormat::Text, false},
    {"role", "p.role", ValueFormat::Text, false},
    {"email", "p.email", ValueFormat::Text, true},
    {"phone", "p.phone", ValueFormat::Text, true},
    {"publish_consent", "p.publish_consent", ValueFormat::YesNo, false},
    {"consent_date", "p.consent_date", ValueFormat::Text, false},
    {"notes", "p.notes", ValueFormat::Text, false},
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

QStringList ExportFields::personalKeys(Entity entity)
{
    QStringList keys;
    for (const ExportField &f : all(entity)) {
        if (f.personal)
            keys.append(f.key);
    }
    return keys;
}

} // namespace kartoitus::exporting
