#pragma once

#include "fields/fieldcatalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kartoitus::exporting {

// The same entities import reads.
using Entity = fields::Entity;

// How a stored value becomes the text of a cell. Each is written the way the importer
// reads it, so that an exported file imports back to the same register.
enum class ValueFormat
{
    Text,
    Integer,        // a number cell in XLSX
    RegisterNumber, // digits shown with the thousands dot: 192.130
    YesNo,          // 0/1 as yes/no words
    Status,         // active | dormant | dissolved
    PlaceType,      // place | online | hybrid
    Cost            // free | paid
};

// One exportable column: its canonical key (a CSV header with `--headers keys`), the
// SQL expression that yields its value and how that value is written.
struct ExportField
{
    QString key;
    QString expression; // over o (organisations), a (activities) or p (persons)
    ValueFormat format = ValueFormat::Text;
    bool personal = false; // a person's name, email or phone (design §6)
};

class ExportFields
{
public:
    // Every exportable field of an entity in the default column order.
    static QList<ExportField> all(Entity entity);
    static QStringList keys(Entity entity);
    static std::optional<ExportField> find(Entity entity, const QString &key);
    // The keys of the personal-data columns, which need includePersonalData.
    static QStringList personalKeys(Entity entity);
};

} // namespace kartoitus::exporting
