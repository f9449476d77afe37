#pragma once

#include "fields/fieldcatalogue.h"

namespace kartoitus::fields::detail {

// One row of the catalogue as data: the label is translated in FieldCatalogue's context;
// `headers` lists the header variants, separated by '|', in UTF-8.
struct FieldSpec
{
    const char *key;
    FieldKind kind;
    const char *referenceTable;
    const char *label;
    const char *headers;
};

struct SpecTable
{
    const FieldSpec *begin;
    const FieldSpec *end;
};

SpecTable specs(Entity entity);

} // namespace kartoitus::fields::detail
