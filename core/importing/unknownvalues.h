#pragma once

#include "fields/fieldcatalogue.h"
#include "importing/columnmapping.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kartoitus::importing {

class CellParser;

// A value of a reference column (sector, theme, target group, municipality) that neither
// the register nor the mapping's value map knows: for the value-mapping step.
struct UnknownValue
{
    QString key;        // the field
    QString header;     // the column, as the file writes it
    QString value;      // as the file first writes it
    int rows = 0;       // how many rows hold it
    QString suggestion; // the existing item it most likely means, or empty
};

// What Importer::unknownValues found, or why it could not look.
struct UnknownValues
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QList<UnknownValue> values; // in the order first met
};

// Whether a field's values are items of a list a value map can name: sectors, themes, target
// groups, legal forms, municipalities.
bool takesListItems(const fields::Field &field);
// Whether `mapping` fills such a field of `entity`: only then can a file hold unknown values.
bool mapsListField(const ColumnMapping &mapping, fields::Entity entity);

// Gathers, row by row, the values of a file's reference columns that neither the register
// nor the mapping's value map knows: each once (case and spacing aside), with the number of
// rows holding it and the parser's suggestion.
class UnknownValueCollector
{
public:
    // `parser` is loaded; it is given the mapping's value map.
    UnknownValueCollector(CellParser &parser, const ColumnMapping &mapping, fields::Entity entity,
                          QList<UnknownValue> *found);

    void add(const QStringList &cells);

private:
    CellParser &m_parser;
    QStringList m_headers;
    QList<UnknownValue> *m_found;
    QList<std::optional<fields::Field>> m_columnField;
    QHash<QString, int> m_index; // key + '\n' + value key -> position in *m_found
};

} // namespace kartoitus::importing
