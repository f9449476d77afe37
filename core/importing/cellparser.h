#pragma once

#include "fields/fieldcatalogue.h"
#include "fields/rowvalues.h"
#include "importing/columnmapping.h"
#include "reference/referencedata.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kartoitus::importing {

// The values of a row, as the repositories' bulk writers take them (fields/rowvalues.h).
using fields::CellValue;
using fields::ParsedRow;

// Reads cells as the register stores them, with the shared validators and the register's
// own reference lists. Loaded once per import from the register's connection.
class CellParser
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::importing::CellParser)

public:
    bool load(const QSqlDatabase &db, QString *error);
    // What the file's own words for sectors, themes, target groups and municipalities
    // mean, looked at before the register's lists.
    void setValueMap(const ColumnMapping::ValueMap &values) { m_values = values; }

    // A reference cell's items that neither the value map nor the register knows, as
    // written; empty for other fields.
    QStringList unknownItems(const fields::Field &field, const QString &cell) const;
    // The existing item a file's unknown word most likely means, as a value map target
    // (a name, or a municipality's code), or empty.
    QString suggestion(const fields::Field &field, const QString &item) const;

    // The value of one cell for `field`; false and *error (naming the column as the
    // file's header writes it) when the cell cannot be read.
    bool parse(const fields::Field &field, const QString &header, const QString &cell,
               CellValue *value, QString *error) const;

private:
    // The value map's word for `item` of `field`: false when not mapped; an empty
    // *target leaves the item out.
    bool mapped(const fields::Field &field, const QString &item, QString *target) const;
    bool parseReference(const fields::Field &field, const QString &item, int *id) const;
    // "… is not in the list of sectors. Did you mean “Liikunta ja urheilu”?"
    QString unknownReference(const fields::Field &field, const QString &item) const;
    // "… is not a municipality of Finland (…). Did you mean “Jyväskylä”?"
    QString unknownMunicipality(const QString &item) const;
    bool parseWord(fields::FieldKind kind, const QString &cell, QString *word) const;
    bool parseScalar(const fields::Field &field, const QString &cell, CellValue *value,
                     QString *message) const;
    bool parseList(const fields::Field &field, const QString &cell, CellValue *value,
                   QString *message) const;

    MunicipalityDirectory m_municipalities;
    QHash<QString, ReferenceList> m_lists; // by table
    QHash<QString, int> m_legalFormCodes;  // "ry" -> id
    int m_currentYear = 0;
    ColumnMapping::ValueMap m_values;
};

} // namespace kartoitus::importing
