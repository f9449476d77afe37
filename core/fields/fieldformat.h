#pragma once

#include "fields/fieldcatalogue.h"
#include "validation/validators.h"

#include <QStringView>

#include <optional>

namespace kartoitus::fields {

// The one mapping of a field's kind to the validator of its format, shared by the import's
// cells, the editors' typed values and the register check's stored values: business ID,
// register number, postal code, email, phone, website, year, count and number.
// std::nullopt for a kind without a format (its text is taken as written or read another
// way). `currentYear` 0 is this year (the latest founded year accepted).
std::optional<Validation> checkFormat(const Field &field, QStringView text, int currentYear = 0);

// Whether checkFormat() has a validator for values of `kind`.
bool hasFormat(FieldKind kind);

// Whether a kind's value is a whole number (count, number, year): stored as an integer.
bool isWholeNumber(FieldKind kind);

} // namespace kartoitus::fields
