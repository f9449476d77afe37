#include "fields/fieldformat.h"

namespace kartoitus::fields {

std::optional<Validation> checkFormat(const Field &field, QStringView text, int currentYear)
{
    switch (field.kind) {
    case FieldKind::BusinessId:
        return Validators::businessId(text);
    case FieldKind::RegisterNumber:
        return Validators::registerNumber(text);
    case FieldKind::PostalCode:
        return Validators::postalCode(text);
    case FieldKind::Email:
        return Validators::email(text);
    case FieldKind::Phone:
        return Validators::phone(text);
    case FieldKind::Website:
        return Validators::website(text);
    case FieldKind::Year:
        return Validators::foundedYear(text, currentYear);
    case FieldKind::Count:
        return Validators::count(text, field.label);
    case FieldKind::Number:
        return Validators::number(text, field.label);
    default:
        return std::nullopt;
    }
}

bool hasFormat(FieldKind kind)
{
    Field field;
    field.kind = kind;
    return checkFormat(field, QStringView()).has_value();
}

bool isWholeNumber(FieldKind kind)
{
    return kind == FieldKind::Count || kind == FieldKind::Number || kind == FieldKind::Year;
}

} // namespace kartoitus::fields
