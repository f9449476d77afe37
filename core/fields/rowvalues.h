#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kartoitus::fields {

// One cell read for its field: text (codes, names, normalised IDs), a number (counts,
// years, yes/no as 0/1, a reference's id) or a list (municipality codes, reference ids).
struct CellValue
{
    bool blank = true;
    QString text;
    qint64 number = 0;
    bool isNumber = false;
    QStringList codes;
    QList<int> ids;
};

// A row read for its fields: one value per field of the entity, in FieldCatalogue order;
// fields without a column stay blank and `mapped` false.
struct ParsedRow
{
    QList<CellValue> values;
    QList<bool> mapped;
};

} // namespace kartoitus::fields
