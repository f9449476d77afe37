#include "importing/entitywriter.h"

#include "common/finnishtext.h"
#include "storage/register.h"
#include "validation/validators.h"

#include <QUuid>

namespace kartoitus::importing {

bool EntityWriter::prepare(const QSqlDatabase &db, const ColumnMapping &mapping, MatchPolicy policy,
                           std::function<void(qint64)> touch, QString *error)
{
    m_mapping = mapping;
    m_policy = policy;
    m_touch = std::move(touch);
    m_now = currentTimestamp();
    m_keys = fields::FieldCatalogue::keys(m_entity);
    return m_rows.prepare(db, m_entity, m_keys, mapping, error) && prepareEntity(db, error);
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

qint64 EntityWriter::sameNameFor(const QList<NamedId> &found, const QString &name)
{
    const QString wanted = FinnishText::matchingName(name);
    qint64 id = 0;
    for (const NamedId &candidate : found) {
        if (FinnishText::matchingName(candidate.name) == wanted)
            id = id == 0 ? candidate.id : -1;
    }
    return id;
}

bool EntityWriter::matchByCell(const ParsedRow &row, const char *key, const Find &find,
                               const QString &by, Match *match, QString *error)
{
    const CellValue &cell = value(row, key);
    if (cell.blank)
        return false;
    qint64 id = 0;
    if (!find(cell.text, &id, error) || id == 0)
        return false;
    *match = {id, by};
    return true;
}

void EntityWriter::matchByName(const QList<NamedId> &found, const QString &name, Match *match)
{
    match->id = sameNameFor(found, name);
    if (match->id != 0)
        match->by = QStringLiteral("name");
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

QString EntityWriter::nameProblem(const QString &name) const
{
    return name.trimmed().isEmpty() ? tr("column \"%1\": the name is missing.").arg(header("name"))
                                    : QString();
}

bool EntityWriter::write(ParsedRow &row, RowOutcome *outcome, QString *error)
{
    outcome->name = value(row, "name").text;
    const auto reject = [outcome](const QString &reason) {
        outcome->action = RowAction::Reject;
        outcome->reason = reason;
        outcome->reasons.append(reason);
        return true;
    };
    if (const QString problem = nameProblem(outcome->name); !problem.isEmpty())
        return reject(problem);
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
    QStringList before;
    if (m_describeChanges && !m_rows.snapshot(found.id, &before, error))
        return false;
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
    if (m_describeChanges && changed) {
        QStringList after;
        if (!m_rows.snapshot(found.id, &after, error))
            return false;
        const QStringList keys = m_rows.snapshotKeys();
        for (int i = 0; i < keys.size(); ++i) {
            if (before.value(i) != after.value(i))
                outcome->changes.append({keys.at(i), before.value(i), after.value(i)});
        }
    }
    if (changed)
        touched(found.id, row);
    return true;
}

// --- OrganisationResolver ----------------------------------------------------------------

bool OrganisationResolver::prepare(const QSqlDatabase &db, QString *error)
{
    return m_organisations.prepare(db, error);
}

bool OrganisationResolver::resolveCell(CellValue *cell, const QString &header, QString *reason,
                                       QString *error)
{
    if (cell->blank)
        return true;
    const qint64 id = resolve(cell->text, header, reason, error);
    if (id == 0)
        return false;
    cell->isNumber = true;
    cell->number = id;
    return true;
}

qint64 OrganisationResolver::resolve(const QString &cell, const QString &header, QString *reason,
                                     QString *error)
{
    qint64 id = 0;
    const QUuid uuid = QUuid::fromString(cell);
    const Validation businessId = Validators::businessId(cell);
    if (!uuid.isNull())
        id = m_organisations.byUuid(uuid.toString(QUuid::WithoutBraces));
    else if (businessId.ok && !businessId.value.isEmpty())
        id = m_organisations.byBusinessId(businessId.value);
    if (id == 0) {
        QList<NamedId> found;
        if (!m_organisations.byNameSort(FinnishText::sortKey(cell), &found, error))
            return 0;
        id = EntityWriter::sameNameFor(found, cell);
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

bool ContactPersons::prepare(const QSqlDatabase &db, QString *error)
{
    return m_persons.prepare(db, error);
}

bool ContactPersons::findOrCreate(const QString &name, qint64 organisationId,
                                  const CellValue &email, const CellValue &phone,
                                  const QString &now, qint64 *personId, QString *error)
{
    const QString sortKey = FinnishText::sortKey(name);
    QList<NamedId> found;
    if (!m_persons.findContact(sortKey, organisationId, &found, error))
        return false;
    *personId = EntityWriter::sameNameFor(found, name);
    if (*personId > 0)
        return m_persons.fillContact(*personId, email.text, phone.text, now, error);
    return m_persons.insertContact(newUuid(), name, sortKey, email.text, phone.text, organisationId,
                                   now, personId, error);
}

QString ContactPersons::name(qint64 personId, QString *error)
{
    return m_persons.name(personId, error);
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
