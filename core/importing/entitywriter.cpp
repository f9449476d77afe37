#include "importing/entitywriter.h"

#include "common/finnishtext.h"
#include "storage/register.h"
#include "validation/validators.h"

#include <QUuid>

namespace kartoitus::importing {

bool EntityWriter::prepare(sqlite3 *db, const ColumnMapping &mapping, MatchPolicy policy,
                           std::function<void(qint64)> touch, QString *error)
{
    m_db = db;
    m_mapping = mapping;
    m_policy = policy;
    m_touch = std::move(touch);
    m_now = currentTimestamp();
    return prepareEntity(db, mapping, error);
}

const CellValue &EntityWriter::value(const ParsedRow &row, const char *key) const
{
    static const CellValue blank;
    const int index = field(QLatin1String(key));
    return index < 0 ? blank : row.values.at(index);
}

QString EntityWriter::header(const char *key) const
{
    const int column = m_mapping.columnOf(QLatin1String(key));
    return column < 0 ? QLatin1String(key) : m_mapping.headers().at(column);
}

qint64 EntityWriter::sameNameFor(Statement &statement, const QString &name, QString *error)
{
    const QString wanted = FinnishText::matchingName(name);
    qint64 found = 0;
    bool hasRow = false;
    bool ok = true;
    while ((ok = statement.step(&hasRow)) && hasRow) {
        if (FinnishText::matchingName(statement.columnText(1)) == wanted)
            found = found == 0 ? statement.columnInt(0) : -1;
    }
    if (!ok)
        *error = statement.errorMessage();
    statement.reset();
    return found;
}

bool EntityWriter::matchByCell(const ParsedRow &row, const char *key, Statement &statement,
                               const QString &by, Match *match, QString *error)
{
    const CellValue &cell = value(row, key);
    if (cell.blank)
        return false;
    statement.bindText(1, cell.text);
    bool hasRow = false;
    if (!statement.step(&hasRow))
        *error = statement.errorMessage();
    if (hasRow)
        *match = {statement.columnInt(0), by};
    statement.reset();
    return hasRow;
}

bool EntityWriter::uuidForNew(const ParsedRow &row, QString *uuid, QString *error)
{
    *uuid = value(row, "id").text;
    // Only without matching can the register already have the file's id: a copy of a
    // record made by --on-match create is a record of its own.
    bool taken = false;
    if (!uuid->isEmpty() && m_policy == MatchPolicy::Create &&
        !m_rows.hasUuid(*uuid, &taken, error))
        return false;
    if (uuid->isEmpty() || taken)
        *uuid = newUuid();
    return true;
}

bool EntityWriter::write(ParsedRow &row, RowOutcome *outcome, QString *error)
{
    outcome->name = value(row, "name").text;
    const auto reject = [outcome](const QString &reason) {
        outcome->action = RowAction::Reject;
        outcome->reason = reason;
        return true;
    };
    if (outcome->name.isEmpty())
        return reject(tr("column \"%1\": the name is missing.").arg(header("name")));
    QString reason;
    if (!resolve(row, &reason, error))
        return reason.isEmpty() ? false : reject(reason);
    Match found;
    if (m_policy != MatchPolicy::Create && !match(row, &found, error))
        return false;
    if (found.id < 0)
        return reject(tr("several records in the register are called \"%1\"; add an ID column "
                         "to say which one.")
                          .arg(outcome->name));
    outcome->matchedBy = found.by;
    bool changed = false;
    if (found.id == 0) {
        QString uuid;
        if (!uuidForNew(row, &uuid, error) || !m_rows.insert(row, uuid, m_now, &found.id, error) ||
            !afterWrite(found.id, row, true, false, &changed, error))
            return false;
        outcome->action = RowAction::Create;
        touched(found.id, row);
        return true;
    }
    if (m_policy == MatchPolicy::Skip) {
        outcome->action = RowAction::Skip;
        return true;
    }
    return updateRecord(found, row, outcome, error);
}

bool EntityWriter::updateRecord(const Match &found, const ParsedRow &row, RowOutcome *outcome,
                                QString *error)
{
    const bool fill = m_policy == MatchPolicy::Fill;
    bool changed = false;
    bool contactChanged = false;
    bool idChanged = false;
    if (!m_rows.update(found.id, row, fill, m_now, &changed, error) ||
        !afterWrite(found.id, row, false, fill, &contactChanged, error))
        return false;
    // The file wins its id too, where the register has no other record with it: a record
    // found by its name or business ID then keeps the id the file gave it, and a register
    // filled from another's exports exports the same ids. Filling keeps the register's.
    const QString uuid = value(row, "id").text;
    if (!fill && !uuid.isEmpty() && found.by != QLatin1String("uuid") &&
        !m_rows.adoptUuid(found.id, uuid, m_now, &idChanged, error))
        return false;
    changed = changed || contactChanged || idChanged;
    outcome->action = !changed ? RowAction::Unchanged : fill ? RowAction::Fill : RowAction::Update;
    if (changed)
        touched(found.id, row);
    return true;
}

// --- OrganisationResolver ----------------------------------------------------------------

bool OrganisationResolver::prepare(sqlite3 *db, QString *error)
{
    return m_byUuid.prepare(db, QStringLiteral("SELECT id FROM organisations WHERE uuid = ?1"),
                            error) &&
           m_byBusinessId.prepare(db,
                                  QStringLiteral("SELECT id FROM organisations WHERE "
                                                 "business_id = ?1 ORDER BY id LIMIT 2"),
                                  error) &&
           m_byName.prepare(
               db, QStringLiteral("SELECT id, name FROM organisations WHERE name_sort = ?1"),
               error);
}

qint64 OrganisationResolver::resolve(const QString &cell, const QString &header, QString *reason,
                                     QString *error)
{
    const auto single = [](Statement &statement, const QString &key) {
        statement.bindText(1, key);
        qint64 id = 0;
        bool hasRow = false;
        while (statement.step(&hasRow) && hasRow)
            id = id == 0 ? statement.columnInt(0) : -1;
        statement.reset();
        return id;
    };
    qint64 id = 0;
    const QUuid uuid = QUuid::fromString(cell);
    const Validation businessId = Validators::businessId(cell);
    if (!uuid.isNull())
        id = single(m_byUuid, uuid.toString(QUuid::WithoutBraces));
    else if (businessId.ok && !businessId.value.isEmpty())
        id = single(m_byBusinessId, businessId.value);
    if (id == 0) {
        m_byName.bindText(1, FinnishText::sortKey(cell));
        id = EntityWriter::sameNameFor(m_byName, cell, error);
        if (!error->isEmpty())
            return 0;
    }
    if (id == 0)
        *reason = tr("column \"%1\": no organisation \"%2\" in the register.").arg(header, cell);
    else if (id < 0)
        *reason = tr("column \"%1\": several organisations are called \"%2\"; write its "
                     "business ID instead.")
                      .arg(header, cell);
    return qMax<qint64>(id, 0);
}

// --- ContactPersons ----------------------------------------------------------------------

bool ContactPersons::prepare(sqlite3 *db, QString *error)
{
    return m_find.prepare(db,
                          QStringLiteral("SELECT id, name FROM persons WHERE name_sort = ?1 AND "
                                         "organisation_id IS ?2"),
                          error) &&
           m_insert.prepare(
               db,
               QStringLiteral("INSERT INTO persons (uuid, name, name_sort, email, phone,"
                              " organisation_id, publish_consent, created_at, "
                              "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?7)"),
               error) &&
           m_fill.prepare(db,
                          QStringLiteral("UPDATE persons SET email = coalesce(email, ?2), phone = "
                                         "coalesce(phone, ?3), updated_at = ?4 WHERE id = ?1 AND "
                                         "((email IS NULL AND ?2 IS NOT NULL) OR (phone IS NULL "
                                         "AND ?3 IS NOT NULL))"),
                          error) &&
           m_name.prepare(db, QStringLiteral("SELECT name FROM persons WHERE id = ?1"), error);
}

bool ContactPersons::findOrCreate(const QString &name, qint64 organisationId,
                                  const CellValue &email, const CellValue &phone,
                                  const QString &now, qint64 *personId, QString *error)
{
    m_find.bindText(1, FinnishText::sortKey(name));
    if (organisationId > 0)
        m_find.bindInt(2, organisationId);
    *personId = EntityWriter::sameNameFor(m_find, name, error);
    if (!error->isEmpty())
        return false;
    if (*personId > 0) {
        m_fill.bindInt(1, *personId);
        m_fill.bindText(2, email.text);
        m_fill.bindText(3, phone.text);
        m_fill.bindText(4, now);
        return m_fill.exec(error);
    }
    m_insert.bindText(1, newUuid());
    m_insert.bindText(2, name);
    m_insert.bindText(3, FinnishText::sortKey(name));
    m_insert.bindText(4, email.text);
    m_insert.bindText(5, phone.text);
    if (organisationId > 0)
        m_insert.bindInt(6, organisationId);
    m_insert.bindText(7, now);
    if (!m_insert.exec(error))
        return false;
    *personId = m_insert.lastInsertId();
    return true;
}

QString ContactPersons::name(qint64 personId, QString *error)
{
    m_name.bindInt(1, personId);
    bool hasRow = false;
    QString result;
    if (!m_name.step(&hasRow))
        *error = m_name.errorMessage();
    else if (hasRow)
        result = m_name.columnText(0);
    m_name.reset();
    return result;
}

} // namespace kartoitus::importing

namespace kartoitus::importing {

std::unique_ptr<EntityWriter> makeOrganisationWriter();
std::unique_ptr<EntityWriter> makeActivityWriter();
std::unique_ptr<EntityWriter> makePersonWriter();

std::unique_ptr<EntityWriter> EntityWriter::create(Entity entity)
{
    switch (entity) {
    case Entity::Activities:
        return makeActivityWriter();
    case Entity::Persons:
        return makePersonWriter();
    case Entity::Organisations:
        break;
    }
    return makeOrganisationWriter();
}

} // namespace kartoitus::importing
