#pragma once

#include "exporting/exportfields.h"
#include "models/organisationquery.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kartoitus::exporting {

enum class Format
{
    Csv,      // "Standard CSV": UTF-8, `,`, CRLF (RFC 4180)
    CsvExcel, // "Excel (Finnish)": UTF-8 with BOM, `;`, CRLF, formulas neutralised
    Xlsx
};

enum class HeaderStyle
{
    Labels, // the column names in the user's language
    Keys    // the canonical English keys (`name`, `business_id`, ...)
};

// Facets beyond the organisation list's filter, for activities and persons (and for
// organisations from the command line). Every part narrows (AND); within a part any
// value matches (OR).
struct FacetFilter
{
    QStringList municipalities; // codes ("179")
    QList<int> sectors;         // sectors.id
    QList<int> themes;          // themes.id
    QList<int> targetGroups;    // target_groups.id

    bool isEmpty() const
    {
        return municipalities.isEmpty() && sectors.isEmpty() && themes.isEmpty() &&
               targetGroups.isEmpty();
    }
};

// What to export: which rows (the filter the user sees), which columns and how.
struct ExportRequest
{
    Entity what = Entity::Organisations;
    Format format = Format::CsvExcel;
    HeaderStyle headers = HeaderStyle::Labels;
    // Field keys in the order wanted (ExportFields::keys()); empty means every field.
    QStringList columns;
    // Persons' names, emails and phones and contact-person columns are left out unless
    // this is set (design §6: personal data only when explicitly asked for).
    bool includePersonalData = false;

    // Organisations: the list's filter and sort order, exactly as the window shows them.
    OrganisationQuery organisationQuery;
    // Further narrowing; for activities and persons the only filter.
    FacetFilter facets;
};

} // namespace kartoitus::exporting
