#include "repositories/mappingstore.h"

#include "storage/register.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kartoitus::importing {

using fields::Entity;
using fields::FieldCatalogue;

bool MappingStore::save(const QString &name, Entity entity, const ColumnMapping &mapping,
                        QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO import_mappings (name, what, header_signature, mapping, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
        "what = excluded.what, header_signature = excluded.header_signature, "
        "mapping = excluded.mapping, updated_at = excluded.updated_at"));
    query.addBindValue(name.trimmed());
    query.addBindValue(FieldCatalogue::entityKey(entity));
    query.addBindValue(ColumnMapping::signature(mapping.headers()));
    query.addBindValue(mapping.toJson());
    const QString now = currentTimestamp();
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

QList<SavedMapping> MappingStore::forHeaders(Entity entity, const QStringList &headers,
                                             QString *error) const
{
    QList<SavedMapping> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name, mapping FROM import_mappings WHERE what = ? AND "
                                 "header_signature = ? ORDER BY updated_at DESC, id DESC"));
    query.addBindValue(FieldCatalogue::entityKey(entity));
    query.addBindValue(ColumnMapping::signature(headers));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return result;
    }
    while (query.next())
        result.append({query.value(0).toString(),
                       ColumnMapping::fromJson(headers, query.value(1).toString())});
    return result;
}

QStringList MappingStore::names(Entity entity) const
{
    QStringList result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM import_mappings WHERE what = ? ORDER BY name"));
    query.addBindValue(FieldCatalogue::entityKey(entity));
    if (query.exec()) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

bool MappingStore::remove(const QString &name, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM import_mappings WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace kartoitus::importing
