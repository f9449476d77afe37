#pragma once

#include "fields/fieldcatalogue.h"
#include "repositories/organisationquery.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kartoitus::exporting {

// The same entities import reads; an exported column is a field of the catalogue.
using Entity = fields::Entity;
using ExportField = fields::Field;
using ValueFormat = fields::ValueFormat;

enum class Format
{
    Csv,      // "Standard CSV": UTF-8, `,`, CRLF (RFC 4180)
    CsvExcel, // "Excel (Finnish)": UTF-8 with BOM, `;`, CRLF, formulas neutralised
    Xlsx
};

// Whether a format writes values as the window shows them: the Excel (Finnish) preset,
// which people open in a spreadsheet, writes `Toimiva`, `Paikan päällä`, `kyllä` and
// `15.1.2026`; the others write the stored keys and ISO dates that scripts expect. The
// importer reads both back to the same register.
inline bool writesShownValues(Format format)
{
    return format == Format::CsvExcel;
}

enum class HeaderStyle
{
    Labels, // the column names in the user's language
    Keys    // the canonical English keys (`name`, `business_id`, ...)
};

// What to export: which rows (the filter the user sees), which columns and how.
struct ExportRequest
{
    Entity what = Entity::Organisations;
    Format format = Format::CsvExcel;
    HeaderStyle headers = HeaderStyle::Labels;
    // Field keys in the order wanted (FieldCatalogue::keys()); empty means every field.
    // Organisations also take the list's own column `updated_at` (OrganisationColumns).
    QStringList columns;
    // The header of each of `columns` when the caller names them (the list's own header
    // names, for "columns as in the list"); empty: the catalogue's labels or keys, as
    // `headers` says. Ignored with HeaderStyle::Keys.
    QStringList columnHeaders;
    // Persons' names, emails and phones and contact-person columns are left out unless
    // this is set (design §6: personal data only when explicitly asked for).
    bool includePersonalData = false;

    // Which rows: the list's filter as the window shows it. Activities and persons are
    // narrowed by its municipalities, sectors, themes and target groups.
    RecordFilter filter;
    // Organisations come in the list's order; activities grouped by organisation, persons
    // by name.
    OrganisationColumn sortColumn = OrganisationColumn::Name;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    // Activities and persons: the window's list column (ActivityQuery::columns(),
    // PersonQuery::columns()) the list is sorted by, in sortOrder. When set, the export
    // writes exactly the rows the list shows — its search included — in the list's order
    // (RecordCursor::setListOrder); empty, grouped as above, as the command line writes them.
    QString listSortKey;
};

} // namespace kartoitus::exporting
