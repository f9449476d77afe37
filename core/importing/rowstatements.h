#pragma once

#include "importing/cellparser.h"
#include "importing/columnmapping.h"
#include "storage/statement.h"

#include <memory>
#include <utility>
#include <vector>

namespace kartoitus::importing {

// The import's statements are storage's.
using storage::Statement;

// A field stored in a column of the entity's table. A NOT NULL column has a default
// (an SQL literal) that a new record takes when its cell is blank, and an update leaves
// as it is when the cell is blank. A timestamp that files carry as a day (`verified_at`)
// is left as it is by an update that gives the same day.
struct ColumnSpec
{
    QString key;
    QString column;
    QString defaultValue;
    bool day = false;
};

// The fields of an entity that are columns of its table, as the field catalogue says.
QList<ColumnSpec> columnSpecs(fields::Entity entity);

// A field stored as rows of a link table (owner id, value): municipalities served,
// sectors, themes, target groups. `primaryKey` names the field that marks one value as
// primary (sectors' is_primary).
struct LinkSpec
{
    const char *key;
    const char *table;
    const char *ownerColumn;
    const char *valueColumn;
    const char *primaryKey = nullptr;
};

// The statements that write a row's mapped fields into one table and its link tables:
// insert, update (the file wins; a record whose values already equal the file's is left
// untouched) and fill (only blank columns take values). Built for the columns the
// mapping gives, so that unmapped fields are never touched.
class RowStatements
{
public:
    bool prepare(sqlite3 *db, const QString &table, const QList<ColumnSpec> &columns,
                 const QList<LinkSpec> &links, const QStringList &fieldKeys,
                 const ColumnMapping &mapping, QString *error);

    bool insert(const ParsedRow &row, const QString &uuid, const QString &now, qint64 *id,
                QString *error);
    // *changed says whether the record differed from the file.
    bool update(qint64 id, const ParsedRow &row, bool fill, const QString &now, bool *changed,
                QString *error);
    // Whether a record of the table already has `uuid`.
    bool hasUuid(const QString &uuid, bool *taken, QString *error);
    // Gives record `id` the file's `uuid` unless another record has it; *changed says
    // whether it did.
    bool adoptUuid(qint64 id, const QString &uuid, const QString &now, bool *changed,
                   QString *error);

private:
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
        std::unique_ptr<Statement> select, remove, add;
    };

    static std::pair<QString, QString> updateTerms(const Column &column, const QString &p);
    void bindValues(Statement &statement, const ParsedRow &row) const;
    bool prepareInsert(sqlite3 *db, const QString &table, QString *error);
    bool prepareUpdates(sqlite3 *db, const QString &table, QString *error);
    bool prepareLink(sqlite3 *db, const LinkSpec &spec, int field, int primaryField,
                     QString *error);
    // The values of one record in a link table, and the primary one (or empty).
    struct LinkState
    {
        QStringList values;
        QString primary;
    };
    LinkState stored(Link &link, qint64 id) const;
    LinkState wanted(const Link &link, const ParsedRow &row, const LinkState &stored) const;
    bool writeLinks(qint64 id, const ParsedRow &row, bool isNew, bool fill, bool *changed,
                    QString *error);

    std::vector<Column> m_columns;
    std::vector<Link> m_links;
    int m_nameField = -1;
    bool m_hasNameSort = false;
    Statement m_insert;
    Statement m_update;
    Statement m_fill;
    Statement m_touch; // updated_at when only links changed
    Statement m_uuid;
    Statement m_setUuid;
};

} // namespace kartoitus::importing
