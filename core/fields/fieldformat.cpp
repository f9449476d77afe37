#include "fields/fieldformat.h"

#include <algorithm>
#include <iterator>

namespace kartoitus::fields {

namespace {

// The kinds whose text has a format of its own, and its validator.
struct TextFormat
{
    FieldKind kind;
    Validation (*check)(QStringView text);
};

constexpr TextFormat textFormats[] = {
    {FieldKind::BusinessId, &Validators::businessId},
    {FieldKind::RegisterNumber, &Validators::registerNumber},
    {FieldKind::PostalCode, &Validators::postalCode},
    {FieldKind::Email, &Validators::email},
    {FieldKind::Phone, &Validators::phone},
    {FieldKind::Website, &Validators::website},
};

} // namespace

std::optional<Validation> checkFormat(const Field &field, QStringView text, int currentYear)
{
    if (field.kind == FieldKind::Year)
        return Validators::foundedYear(text, currentYear);
    if (field.kind == FieldKind::Count)
        return Validators::count(text, field.label);
    if (field.kind == FieldKind::Number)
        return Validators::number(text, field.label);
    for (const TextFormat &format : textFormats) {
        if (format.kind == field.kind)
            return format.check(text);
    }
    return std::nullopt;
}

bool hasFormat(FieldKind kind)
{
    if (isWholeNumber(kind))
        return true;
    return std::any_of(std::begin(textFormats), std::end(textFormats),
                       [kind](const TextFormat &format) { return format.kind == kind; });
}

bool isWholeNumber(FieldKind kind)
{
    return kind == FieldKind::Count || kind == FieldKind::Number || kind == FieldKind::Year;
}

} // namespace kartoitus::fields
