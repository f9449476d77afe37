#pragma once

#include "fields/fieldcatalogue.h"

namespace kartoitus::fields::detail {

// A text to translate with its disambiguation: what QT_TRANSLATE_NOOP3 gives.
struct Translatable
{
    const char *source;
    const char *comment;
};

// A link table's name and its owner and value columns, as written in a spec.
struct LinkTable
{
    const char *table = nullptr;
    const char *ownerColumn = nullptr;
    const char *valueColumn = nullptr;
};

// One row of the catalogue as data: the label is translated in FieldCatalogue's context;
// `headers` lists the header variants, separated by '|', in UTF-8. The rest is added by
// the chained calls after the five basics, so that a row reads as a sentence:
// FieldSpec{"key", kind, ...}.stored().list(OrganisationColumn::..., shown).
struct FieldSpec
{
    constexpr FieldSpec(const char *key, FieldKind kind, const char *referenceTable,
                        const char *label, const char *headers)
        : key(key)
        , kind(kind)
        , referenceTable(referenceTable)
        , label(label)
        , headers(headers)
    {}

    // Stored in a column of the record's own table: the key's name unless given.
    constexpr FieldSpec stored(const char *name = "") const
    {
        FieldSpec s = *this;
        s.column = name;
        return s;
    }
    // Read by this SQL expression instead of the column itself.
    constexpr FieldSpec read(const char *sql) const
    {
        FieldSpec s = *this;
        s.expression = sql;
        return s;
    }
    // A NOT NULL column: a new record without a value takes this SQL literal.
    constexpr FieldSpec orDefault(const char *literal) const
    {
        FieldSpec s = *this;
        s.defaultValue = literal;
        return s;
    }
    // A timestamp that files carry as a day.
    constexpr FieldSpec dayOnly() const
    {
        FieldSpec s = *this;
        s.day = true;
        return s;
    }
    constexpr FieldSpec privacy(Privacy value) const
    {
        FieldSpec s = *this;
        s.privacyClass = value;
        return s;
    }
    // The list column's label when the field's own would mislead there ("Municipality"
    // is the home municipality in the list: "Kotikunta").
    constexpr FieldSpec listLabel(Translatable text) const
    {
        FieldSpec s = *this;
        s.listName = text;
        return s;
    }
    // Identifies a record on import: matched in this order (1 first), after the record's
    // id and before its name; and checked for records that share it.
    constexpr FieldSpec identifies(int order) const
    {
        FieldSpec s = *this;
        s.identifierOrder = order;
        return s;
    }
    // Free text of several lines.
    constexpr FieldSpec multiline() const
    {
        FieldSpec s = *this;
        s.severalLines = true;
        return s;
    }
    // Stored as rows of a link table: (owner id, value) in `table`.
    constexpr FieldSpec linked(const char *table, const char *ownerColumn,
                               const char *valueColumn) const
    {
        FieldSpec s = *this;
        s.link = {table, ownerColumn, valueColumn};
        return s;
    }
    // A column of the organisation list, shown in a new window or not.
    constexpr FieldSpec list(OrganisationColumn column, bool shown) const
    {
        FieldSpec s = *this;
        s.listColumn = int(column);
        s.listShown = shown;
        return s;
    }

    const char *key;
    FieldKind kind;
    const char *referenceTable;
    const char *label;
    const char *headers;
    const char *column = nullptr;     // nullptr: not a column (links, contact persons, the id)
    const char *expression = nullptr; // nullptr: the column
    const char *defaultValue = nullptr;
    bool day = false;
    Privacy privacyClass = Privacy::Public;
    int identifierOrder = 0;
    bool severalLines = false;
    LinkTable link;
    int listColumn = -1;
    Translatable listName = {nullptr, nullptr};
    bool listShown = false;
};

struct SpecTable
{
    const FieldSpec *begin;
    const FieldSpec *end;
};

SpecTable specs(Entity entity);

} // namespace kartoitus::fields::detail
