#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kartoitus::fields {

// What a file's row describes.
enum class Entity
{
    Organisations,
    Activities,
    Persons
};

// How a cell of a field is read on import and written on export.
enum class FieldKind
{
    Text,
    Uuid,           // the record's stable id
    Count,          // a whole number from 0: `1 240`, `1.240`
    Year,           // founded year
    YesNo,          // yes/no words in Finnish, Swedish and English
    Date,           // 2024-05-31 or 31.5.2024
    BusinessId,     // Y-tunnus with its check digit
    RegisterNumber, // association register number, `192.130`
    PostalCode,     // five digits, leading zeros restored
    Email,
    Phone,
    Website,
    Municipality,     // a name in any case or a code, merged-away codes too
    MunicipalityList, // several municipalities in one cell
    Reference,        // one entry of a reference list (legal form, primary sector)
    ReferenceList,    // several entries of a reference list (sectors, themes, ...)
    Status,           // active | dormant | dissolved
    PlaceType,        // place | online | hybrid
    Cost,             // free | paid
    Organisation,     // an organisation by id, business ID or name
    PersonName        // a contact person, who becomes a Person of the register
};

// One importable and exportable field.
struct Field
{
    Entity entity = Entity::Organisations;
    QString key; // canonical English key, the CSV header of `--headers keys`
    FieldKind kind = FieldKind::Text;
    QString referenceTable; // sectors, themes, target_groups or legal_forms, for references
    QString label;          // translated, for headers and the mapping dialog
    QStringList headers;    // literal headers files carry (Finnish, Swedish, English)
};

// The fields of organisations, activities and persons: their canonical keys (design §7),
// kinds, labels and the header names files use for them. Shared by import and export, so
// that what one writes the other reads.
class FieldCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::fields::FieldCatalogue)

public:
    // Every field of an entity, in the default column order.
    static QList<Field> fields(Entity entity);
    static QStringList keys(Entity entity);
    static std::optional<Field> find(Entity entity, const QString &key);
    // The translated column label of a field (the key itself when unknown).
    static QString label(Entity entity, const QString &key);

    // The field a column header names, or empty. Accepts the canonical key, the English
    // label, the label in the current UI language and every listed variant, compared
    // after normaliseHeader().
    static QString matchHeader(Entity entity, const QString &header);
    // Case folded (Finnish letters too), with spaces, punctuation, `_` and `-` removed:
    // "Y-tunnus", "y tunnus" and "YTUNNUS" all become "ytunnus".
    static QString normaliseHeader(const QString &header);

    // "organisations" | "activities" | "persons", and back.
    static QString entityKey(Entity entity);
    static std::optional<Entity> entityFromKey(const QString &key);
    // Translated plural ("Organisations").
    static QString entityLabel(Entity entity);
};

} // namespace kartoitus::fields
