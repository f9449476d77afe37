#pragma once

#include "fields/fieldcatalogue.h"

#include <QList>
#include <QString>

namespace kartoitus::fields {

// One value of an enumerated field (an organisation's status, an activity's place type and
// cost): the key the register stores and the export writes, its display value (the label,
// translated in `context`: "active" is "Toimiva" in Finnish) and the words files use for it.
struct FieldValue
{
    const char *key;
    const char *context;
    const char *label;
    const char *words; // '|'-separated, case-folded, UTF-8: Finnish, Swedish, English
};

// The field catalogue's enumerated values: the list, the reports and the CLI show their
// display values, the importer reads their words.
class FieldValues
{
public:
    // The values of an enumerated kind (Status, PlaceType, Cost); empty for other kinds.
    static QList<FieldValue> of(FieldKind kind);
    // The value stored as `key`; nullptr when the kind has no such value.
    static const FieldValue *find(FieldKind kind, const QString &key);
    // The display value of a stored key in the program's language; the key itself when
    // unknown.
    static QString label(FieldKind kind, const QString &key);
    // The stored key a file's word stands for: a key, the display value in the program's
    // language, or one of the value's words (case and spacing do not matter); empty when
    // none.
    static QString keyOf(FieldKind kind, const QString &word);
};

} // namespace kartoitus::fields
