#include "repositories/bulkwriters.h"

#include "fields/fieldcatalogue.h"

namespace kartoitus {

using storage::Statement;

namespace {

// Steps `statement` (bound) for its first row's id; 0 when it has none.
bool firstId(Statement &statement, qint64 *id, QString *error)
{
    bool hasRow = false;
    const bool ok = statement.step(&hasRow);
    if (!ok)
        *error = statement.errorMessage();
    *id = ok && hasRow ? statement.columnInt(0) : 0;
    statement.reset();
    return ok;
}

bool firstIdOf(Statement &statement, const QString &key, qint64 *id, QString *error)
{
    statement.bindText(1, key);
    return firstId(statement, id, error);
}

// Steps `statement` (bound) for its rows' (id, name).
bool namedIds(Statement &statement, QList<NamedId> *found, QString *error)
{
    found->clear();
    bool hasRow = false;
    bool ok = true;
    while ((ok = statement.step(&hasRow)) && hasRow)
        found->append({statement.columnInt(0), statement.columnText(1)});
    if (!ok)
        *error = statement.errorMessage();
    statement.reset();
    return ok;
}

// The id of the only row of `statement` for `key`: 0 for none, -1 for several.
qint64 singleId(Statement &statement, const QString &key)
{
    statement.bindText(1, key);
    qint64 id = 0;
    bool hasRow = false;
    while (statement.step(&hasRow) && hasRow)
        id = id == 0 ? statement.columnInt(0) : -1;
    statement.reset();
    return id;
}

} // namespace

// --- OrganisationBulkWriter --------------------------------------------------------------

// The identifiers are the catalogue's (FieldCatalogue::identifiers()): one statement each.
bool OrganisationBulkWriter::prepare(const QSqlDatabase &db, QString *error)
{
    const QList<fields::Field> identifiers =
        fields::FieldCatalogue::identifiers(fields::Entity::Organisations);
    m_byIdentifier.clear();
    for (const fields::Field &field : identifiers) {
        auto statement = std::make_unique<Statement>();
        if (!statement->prepare(db,
                                QStringLiteral("SELECT id FROM organisations WHERE %1 = ?1 "
                                               "ORDER BY id LIMIT 1")
                                    .arg(field.column),
                                error))
            return false;
        m_byIdentifier.push_back(std::move(statement));
    }
    // Without identifiers, ?3 is never compared with a column: any name matches.
    const QString first =
        identifiers.isEmpty() ? QStringLiteral("NULL") : identifiers.first().column;
    return m_byUuid.prepare(db, QStringLiteral("SELECT id FROM organisations WHERE uuid = ?1"),
                            error) &&
           m_byName.prepare(db,
                            QStringLiteral("SELECT id, name FROM organisations WHERE "
                                           "name_sort >= ?1 AND name_sort < ?4 AND "
                                           "home_municipality IS ?2 AND "
                                           "(?3 IS NULL OR %1 IS NULL OR %1 = ?3)")
                                .arg(first),
                            error) &&
           m_contact.prepare(
               db, QStringLiteral("SELECT contact_person_id FROM organisations WHERE id = ?1"),
               error) &&
           m_setContact.prepare(db,
                                QStringLiteral("UPDATE organisations SET contact_person_id = "
                                               "?2, updated_at = ?3 WHERE id = ?1"),
                                error);
}

bool OrganisationBulkWriter::findByUuid(const QString &uuid, qint64 *id, QString *error)
{
    return firstIdOf(m_byUuid, uuid, id, error);
}

bool OrganisationBulkWriter::findByIdentifier(int index, const QString &value, qint64 *id,
                                              QString *error)
{
    return firstIdOf(*m_byIdentifier.at(std::size_t(index)), value, id, error);
}

bool OrganisationBulkWriter::findByNameStem(const QString &stem, const QString &municipality,
                                            const QString &identifier, QList<NamedId> *found,
                                            QString *error)
{
    m_byName.bindText(1, stem);
    m_byName.bindText(4, stem + QChar(0xDBFF) + QChar(0xDFFF));
    m_byName.bindText(2, municipality);
    m_byName.bindText(3, identifier);
    return namedIds(m_byName, found, error);
}

bool OrganisationBulkWriter::contactPerson(qint64 id, qint64 *person, QString *error)
{
    m_contact.bindInt(1, id);
    return firstId(m_contact, person, error);
}

bool OrganisationBulkWriter::setContactPerson(qint64 id, qint64 person, const QString &now,
                                              QString *error)
{
    m_setContact.bindInt(1, id);
    m_setContact.bindInt(2, person);
    m_setContact.bindText(3, now);
    return m_setContact.exec(error);
}

// --- OrganisationLookup ------------------------------------------------------------------

bool OrganisationLookup::prepare(const QSqlDatabase &db, QString *error)
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

qint64 OrganisationLookup::byUuid(const QString &uuid)
{
    return singleId(m_byUuid, uuid);
}

qint64 OrganisationLookup::byBusinessId(const QString &businessId)
{
    return singleId(m_byBusinessId, businessId);
}

bool OrganisationLookup::byNameSort(const QString &sortKey, QList<NamedId> *found, QString *error)
{
    m_byName.bindText(1, sortKey);
    return namedIds(m_byName, found, error);
}

// --- ActivityBulkWriter ------------------------------------------------------------------

bool ActivityBulkWriter::prepare(const QSqlDatabase &db, QString *error)
{
    return m_byUuid.prepare(db, QStringLiteral("SELECT id FROM activities WHERE uuid = ?1"),
                            error) &&
           m_byName.prepare(db,
                            QStringLiteral("SELECT id, name FROM activities WHERE "
                                           "organisation_id = ?1 AND name_sort = ?2"),
                            error) &&
           m_contact.prepare(
               db, QStringLiteral("SELECT contact_person_id FROM activities WHERE id = ?1"),
               error) &&
           m_setContact.prepare(db,
                                QStringLiteral("UPDATE activities SET contact_person_id = ?2, "
                                               "updated_at = ?3 WHERE id = ?1 AND "
                                               "contact_person_id IS NOT ?2"),
                                error);
}

bool ActivityBulkWriter::findByUuid(const QString &uuid, qint64 *id, QString *error)
{
    return firstIdOf(m_byUuid, uuid, id, error);
}

bool ActivityBulkWriter::findByName(qint64 organisationId, const QString &sortKey,
                                    QList<NamedId> *found, QString *error)
{
    m_byName.bindInt(1, organisationId);
    m_byName.bindText(2, sortKey);
    return namedIds(m_byName, found, error);
}

bool ActivityBulkWriter::hasContactPerson(qint64 id)
{
    m_contact.bindInt(1, id);
    bool hasRow = false;
    const bool has = m_contact.step(&hasRow) && hasRow && !m_contact.columnIsNull(0);
    m_contact.reset();
    return has;
}

bool ActivityBulkWriter::setContactPerson(qint64 id, qint64 person, const QString &now,
                                          bool *changed, QString *error)
{
    m_setContact.bindInt(1, id);
    m_setContact.bindInt(2, person);
    m_setContact.bindText(3, now);
    if (!m_setContact.exec(error))
        return false;
    *changed = m_setContact.changes() > 0;
    return true;
}

// --- PersonBulkWriter --------------------------------------------------------------------

bool PersonBulkWriter::prepare(const QSqlDatabase &db, QString *error)
{
    return m_byUuid.prepare(db, QStringLiteral("SELECT id FROM persons WHERE uuid = ?1"), error) &&
           m_byName.prepare(db,
                            QStringLiteral("SELECT id, name FROM persons WHERE name_sort = ?1 "
                                           "AND organisation_id IS ?2 AND "
                                           "municipality_code IS ?3"),
                            error) &&
           m_find.prepare(db,
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

bool PersonBulkWriter::findByUuid(const QString &uuid, qint64 *id, QString *error)
{
    return firstIdOf(m_byUuid, uuid, id, error);
}

bool PersonBulkWriter::findByName(const QString &sortKey, qint64 organisationId,
                                  const QString &municipality, QList<NamedId> *found,
                                  QString *error)
{
    m_byName.bindText(1, sortKey);
    if (organisationId > 0)
        m_byName.bindInt(2, organisationId);
    m_byName.bindText(3, municipality);
    return namedIds(m_byName, found, error);
}

bool PersonBulkWriter::findContact(const QString &sortKey, qint64 organisationId,
                                   QList<NamedId> *found, QString *error)
{
    m_find.bindText(1, sortKey);
    if (organisationId > 0)
        m_find.bindInt(2, organisationId);
    return namedIds(m_find, found, error);
}

bool PersonBulkWriter::insertContact(const QString &uuid, const QString &name,
                                     const QString &sortKey, const QString &email,
                                     const QString &phone, qint64 organisationId,
                                     const QString &now, qint64 *id, QString *error)
{
    m_insert.bindText(1, uuid);
    m_insert.bindText(2, name);
    m_insert.bindText(3, sortKey);
    m_insert.bindText(4, email);
    m_insert.bindText(5, phone);
    if (organisationId > 0)
        m_insert.bindInt(6, organisationId);
    m_insert.bindText(7, now);
    if (!m_insert.exec(error))
        return false;
    *id = m_insert.lastInsertId();
    return true;
}

bool PersonBulkWriter::fillContact(qint64 id, const QString &email, const QString &phone,
                                   const QString &now, QString *error)
{
    m_fill.bindInt(1, id);
    m_fill.bindText(2, email);
    m_fill.bindText(3, phone);
    m_fill.bindText(4, now);
    return m_fill.exec(error);
}

QString PersonBulkWriter::name(qint64 id, QString *error)
{
    m_name.bindInt(1, id);
    bool hasRow = false;
    QString result;
    if (!m_name.step(&hasRow))
        *error = m_name.errorMessage();
    else if (hasRow)
        result = m_name.columnText(0);
    m_name.reset();
    return result;
}

} // namespace kartoitus
