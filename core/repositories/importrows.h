#pragma once

#include "fields/fieldcatalogue.h"
#include "fields/rowvalues.h"
#include "importing/columnmapping.h"
#include "storage/statement.h"

#include <QSqlDatabase>

#include <memory>
#include <utility>
#include <vector>

namespace kartoitus {

// The import's bulk write of one entity's rows (organisations, activities or persons)
// into its table and its link tables, inside the caller's transaction: insert, update
// (the file wins; a record whose values already equal the file's is left untouched) and
// fill (only blank columns take values). The statements are prepared once, for the
// columns the mapping gives, so that unmapped fields are never touched; the columns are
// the field catalogue's.
class ImportRows
{
public:
    // `fieldKeys` are the entity's field keys in catalogue order, the order of a
    // ParsedRow's values.
    bool prepare(const QSqlDatabase &db, fields::Entity entity, const QStringList &fieldKeys,
                 const importing::ColumnMapping &mapping, QString *error);

    bool insert(const fields::ParsedRow &row, const QString &uuid, const QString &now, qint64 *id,
                QString *error);
    // *changed says whether the record differed from the file.
    bool update(qint64 id, const fields::ParsedRow &row, bool fill, const QString &now,
                bool *changed, QString *error);
    // Whether a record of the table already has `uuid`.
    bool hasUuid(const QString &uuid, bool *taken, QString *error);
    // Gives record `id` the file's `uuid` unless another record has it; *changed says
    // whether it did.
    bool adoptUuid(qint64 id, const QString &uuid, const QString &now, bool *changed,
                   QString *error);
    // The mapped fields' values of record `id`, in the order of snapshotKeys(): what an
    // import preview compares before and after an update.
    bool snapshot(qint64 id, QStringList *values, QString *error);
    const QStringList &snapshotKeys() const { return m_snapshotKeys; }

private:
    // A field stored as rows of a link table (owner id, value), as the catalogue says:
    // municipalities served, sectors, themes, target groups. `primaryKey` names the field
    // that marks one value as primary (sectors' is_primary): a reference to the same table.
    struct LinkSpec
    {
        QString key;
        QString table;
        QString ownerColumn;
        QString valueColumn;
        QString primaryKey;
    };
    struct Column
    {
        int field;
        QString column;
        QString defaultValue;
        bool day = false;
    };
    struct Link
    {
        int field;
        int primaryField = -1;
        bool text = false;
        std::unique_ptr<storage::Statement> select, remove, add;
    };

    static QString tableOf(fields::Entity entity);
    static QList<LinkSpec> linksOf(fields::Entity entity);
    static std::pair<QString, QString> updateTerms(const Column &column, const QString &p);
    void bindValues(storage::Statement &statement, const fields::ParsedRow &row) const;
    bool prepareInsert(const QSqlDatabase &db, const QString &table, QString *error);
    bool prepareSnapshot(const QSqlDatabase &db, fields::Entity entity,
                         const importing::ColumnMapping &mapping, QString *error);
    bool prepareUpdates(const QSqlDatabase &db, const QString &table, QString *error);
    bool prepareLink(const QSqlDatabase &db, const LinkSpec &spec, int field, int primaryField,
                     QString *error);
    // The values of one record in a link table, and the primary one (or empty).
    struct LinkState
    {
        QStringList values;
        QString primary;
    };
    LinkState stored(Link &link, qint64 id) const;
    LinkState wanted(const Link &link, const fields::ParsedRow &row, const LinkState &stored) const;
    bool writeLinks(qint64 id, const fields::ParsedRow &row, bool isNew, bool fill, bool *changed,
                    QString *error);

    std::vector<Column> m_columns;
    std::vector<Link> m_links;
    int m_nameField = -1;
    bool m_hasNameSort = false;
    storage::Statement m_insert;
    storage::Statement m_update;
    storage::Statement m_fill;
    storage::Statement m_touch; // updated_at when only links changed
    storage::Statement m_uuid;
    storage::Statement m_setUuid;
    storage::Statement m_snapshot;
    QStringList m_snapshotKeys;
};

} // namespace kartoitus
