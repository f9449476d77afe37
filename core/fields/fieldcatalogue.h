#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

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
    Count,          // a number of people from 0: `1 240`, `1.240`
    Number,         // any other whole number from 0 (a fee in euros, square metres)
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

// How a stored value becomes the text of an exported cell. Each is written the way the
// importer reads it, so that an exported file imports back to the same register.
enum class ValueFormat
{
    Text,
    Integer,        // a number cell in XLSX
    RegisterNumber, // digits shown with the thousands dot: 192.130
    YesNo,          // 0/1 as yes/no words
    Status,         // active | dormant | dissolved
    PlaceType,      // place | online | hybrid
    Cost            // free | paid
};

// Who may see a field's value (design §6). Personal data (a person's name, email and phone)
// leaves the program only when explicitly asked for.
enum class Privacy
{
    Public,
    OrganisationContact, // an organisation's own address, email, phone, website
    Personal
};

// The columns of the organisation list, in their default order. The same definitions
// serve the window's table, the exports ("what you see") and the command line; the
// catalogue says which field each one shows (UpdatedAt and Id are the list's own).
enum class OrganisationColumn
{
    Name,
    ShortName,
    BusinessId,
    RegisterNumber,
    Municipality,         // home municipality's name
    MunicipalitiesServed, // names joined by ", "
    Sectors,              // names joined by ", ", primary first
    Email,
    Phone,
    Website,
    StreetAddress,
    PostalCode,
    City, // post office
    Members,
    Volunteers,
    Status, // raw value "active" | "dormant" | "dissolved"; display values in fields/fieldvalues.h
    UpdatedAt, // ISO 8601 UTC
    Id,
};

// One field of a record: how files name it, how it is stored, read, shown and exported.
struct Field
{
    Entity entity = Entity::Organisations;
    QString key; // canonical English key, the CSV header of `--headers keys`
    FieldKind kind = FieldKind::Text;
    QString referenceTable; // sectors, themes, target_groups or legal_forms, for references
    QString label;          // translated, for headers and the mapping dialog
    QStringList headers;    // literal headers files carry (Finnish, Swedish, English)
    // The SQL expression of its value over the record's table: o (organisations),
    // a (activities) or p (persons). Names of referenced rows are in Finnish.
    QString expression;
    ValueFormat format = ValueFormat::Text;
    Privacy privacy = Privacy::Public;
    // The column an import writes ("" when the field is not one column of the record's
    // table), the SQL literal a new record takes when a NOT NULL column's cell is blank,
    // and whether the column is a timestamp that files carry as a day.
    QString column;
    QString defaultValue;
    bool dayOnly = false;
    // Where the field stands among those that identify a record on import (1 first), 0
    // when it identifies none; an identifier shared by two records is a likely duplicate.
    int identifies = 0;
    // A field stored as rows of a link table (municipalities served, sectors, themes, target
    // groups): the table and its owner and value columns; empty for any other field.
    QString linkTable;
    QString linkOwner;
    QString linkValue;
    // Free text of several lines (a description, notes): a box, not a line, in editors.
    bool multiline = false;
    // The label of its column in the organisation list: the label, unless the catalogue
    // gives the list one of its own.
    QString listLabel;

    bool isPersonal() const { return privacy == Privacy::Personal; }
    // A whole number from 0 (Count or Number): parsed, checked, exported and shown alike.
    bool isWholeNumber() const { return kind == FieldKind::Count || kind == FieldKind::Number; }
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
    // The fields that identify a record on import, first one first (Field::identifies).
    static QList<Field> identifiers(Entity entity);
    // The first field of a kind (the business ID of organisations), or empty.
    static std::optional<Field> firstOfKind(Entity entity, FieldKind kind);
    // The keys of the personal-data fields (Privacy::Personal).
    static QStringList personalKeys(Entity entity);
    // The organisation field a list column shows; empty for the list's own columns.
    static std::optional<Field> listField(OrganisationColumn column);
    // The list's columns that show a catalogue field, in catalogue order, and whether a new
    // window shows each.
    static QList<std::pair<OrganisationColumn, bool>> listColumns();
    // The consent rule of public outputs such as the health-station list (design §6): a
    // personal field (a person's name, email, phone) is published only with that person's
    // consent, whatever else is asked; an unknown key never without it.
    static bool mayPublish(Entity entity, const QString &key, bool personConsents);

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
