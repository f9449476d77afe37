#pragma once

#include "importing/columnmapping.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kartoitus::importing {

struct SavedMapping
{
    QString name;
    ColumnMapping mapping; // applied to the headers asked about
};

// Column mappings saved by name in the register (table import_mappings), so that next
// year's file with the same columns imports the way this year's did.
class MappingStore
{
public:
    explicit MappingStore(const QSqlDatabase &db)
        : m_db(db)
    {}

    // Saves (or replaces) the mapping under `name`.
    bool save(const QString &name, fields::Entity entity, const ColumnMapping &mapping,
              QString *error);
    // The mappings saved for files with exactly these headers, most recent first.
    QList<SavedMapping> forHeaders(fields::Entity entity, const QStringList &headers,
                                   QString *error = nullptr) const;
    // Every saved mapping's name for an entity, by name.
    QStringList names(fields::Entity entity) const;
    bool remove(const QString &name, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace kartoitus::importing
