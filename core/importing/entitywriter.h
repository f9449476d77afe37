#pragma once

#include "importing/cellparser.h"
#include "importing/importtypes.h"
#include "repositories/bulkwriters.h"
#include "repositories/importrows.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace kartoitus::importing {

// Writes parsed rows of one entity into the register inside the import's transaction:
// matches each row against existing records, then creates, updates, fills or skips it as
// the policy says. Every statement is prepared once per import, by the repositories' bulk
// writers (ImportRows and the entity's own).
class EntityWriter
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::importing::EntityWriter)

public:
    explicit EntityWriter(Entity entity)
        : m_entity(entity)
    {}
    virtual ~EntityWriter() = default;

    // `touch` receives the id of every organisation whose search-index row the write
    // changes (the index holds organisations' names and their activities' names).
    bool prepare(const QSqlDatabase &db, const ColumnMapping &mapping, MatchPolicy policy,
                 std::function<void(qint64)> touch, QString *error);

    // Writes one row; a row the register cannot take comes back as RowAction::Reject with
    // the reason. False only on a database error, which stops the import.
    bool write(ParsedRow &row, RowOutcome *outcome, QString *error);

    static std::unique_ptr<EntityWriter> create(Entity entity);

    // Why a row whose name cell is `name` cannot be taken for its name, or empty.
    QString nameProblem(const QString &name) const;
    // Whether the next write() lists an update's changes in RowOutcome::changes.
    void setDescribeChanges(bool describe) { m_describeChanges = describe; }

    // The id of the record of `found` whose name is the same as `name`
    // (FinnishText::matchingName: the association suffix aside); 0 when none, -1 when
    // several.
    static qint64 sameNameFor(const QList<NamedId> &found, const QString &name);

protected:
    struct Match
    {
        qint64 id = 0;
        QString by; // uuid, business_id, register_number, name
    };

    // Prepares the entity's own statements (the rows' are prepared by prepare()).
    virtual bool prepareEntity(const QSqlDatabase &db, QString *error) = 0;
    // Resolves references the row makes to other records; false with *reason rejects it.
    virtual bool resolve(ParsedRow &, QString * /*reason*/, QString * /*error*/) { return true; }
    virtual bool match(const ParsedRow &row, Match *match, QString *error) = 0;
    // After the row's own record is written: contact persons and the like.
    virtual bool afterWrite(qint64 /*id*/, const ParsedRow &, bool /*isNew*/, bool /*fill*/,
                            bool * /*changed*/, QString * /*error*/)
    {
        return true;
    }
    // Record `id` of the row was written: the organisations whose search-index row it
    // changes go to m_touch (nothing by default).
    virtual void touched(qint64 /*id*/, const ParsedRow &) {}

    // Looks the cell `key` up with `find` (the cell's text in, the first record's id or 0
    // out). True when a record has it: *match is set, found `by` that key. A database
    // failure sets *error and returns false.
    using Find = std::function<bool(const QString &, qint64 *, QString *)>;
    bool matchByCell(const ParsedRow &row, const char *key, const Find &find, const QString &by,
                     Match *match, QString *error);
    // matchByCell() on the row's id with `writer`'s findByUuid.
    template<typename BulkWriter>
    bool matchByUuid(const ParsedRow &row, BulkWriter &writer, Match *match, QString *error)
    {
        const Find find = [&writer](const QString &uuid, qint64 *id, QString *e) {
            return writer.findByUuid(uuid, id, e);
        };
        return matchByCell(row, "id", find, QStringLiteral("uuid"), match, error);
    }
    // The record of `found` with the row's name (sameNameFor) as *match, found by name.
    static void matchByName(const QList<NamedId> &found, const QString &name, Match *match);
    // The id a new record gets: the file's, unless the register already has it.
    bool uuidForNew(const ParsedRow &row, QString *uuid, QString *error);
    // Updates or fills a matched record as the policy says.
    bool updateRecord(const Match &found, const ParsedRow &row, RowOutcome *outcome,
                      QString *error);

    int field(const QString &key) const { return int(m_keys.indexOf(key)); }
    const CellValue &value(const ParsedRow &row, const char *key) const;
    // The column header a field came from, for messages.
    QString header(const char *key) const;

    const Entity m_entity;
    QStringList m_keys;
    ColumnMapping m_mapping;
    MatchPolicy m_policy = MatchPolicy::Update;
    ImportRows m_rows;
    std::function<void(qint64)> m_touch;
    QString m_now;
    bool m_describeChanges = false;
};

// Finds the organisation a cell names: its id (uuid), business ID or name.
class OrganisationResolver
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::importing::OrganisationResolver)

public:
    bool prepare(const QSqlDatabase &db, QString *error);
    // The organisation's id; 0 with *reason when the cell names none or several.
    qint64 resolve(const QString &cell, const QString &header, QString *reason, QString *error);
    // Puts the id of the organisation a cell of column `header` names into the cell, as its
    // number; a blank cell stays blank. False with *reason as resolve().
    bool resolveCell(CellValue *cell, const QString &header, QString *reason, QString *error);

private:
    OrganisationLookup m_organisations;
};

// The contact person a row names, as a Person of the register without publish consent
// (design §7): found among the organisation's persons by name, or created.
class ContactPersons
{
public:
    bool prepare(const QSqlDatabase &db, QString *error);
    // The person's id; email and phone fill the person's blank ones.
    bool findOrCreate(const QString &name, qint64 organisationId, const CellValue &email,
                      const CellValue &phone, const QString &now, qint64 *personId, QString *error);
    // The name of a person, for comparing with the file's.
    QString name(qint64 personId, QString *error);

private:
    PersonBulkWriter m_persons;
};

} // namespace kartoitus::importing
