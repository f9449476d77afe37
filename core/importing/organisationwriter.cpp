#include "importing/entitywriter.h"

#include "common/finnishtext.h"

namespace kartoitus::importing {

namespace {

const QList<LinkSpec> organisationLinks{
    {"municipalities_served", "organisation_municipalities", "organisation_id",
     "municipality_code"},
    {"sectors", "organisation_sectors", "organisation_id", "sector_id", "primary_sector"},
    {"target_groups", "organisation_target_groups", "organisation_id", "target_group_id"},
};

// Matching (design §4): by id, then business ID, then register number, then the same
// name in the same home municipality, unless the two carry different business IDs.
class OrganisationWriter : public EntityWriter
{
protected:
    bool prepareEntity(sqlite3 *db, const ColumnMapping &mapping, QString *error) override
    {
        m_keys = fields::FieldCatalogue::keys(Entity::Organisations);
        return m_rows.prepare(db, QStringLiteral("organisations"),
                              columnSpecs(Entity::Organisations), organisationLinks, m_keys,
                              mapping, error) &&
               m_byUuid.prepare(db, QStringLiteral("SELECT id FROM organisations WHERE uuid = ?1"),
                                error) &&
               m_byBusinessId.prepare(db,
                                      QStringLiteral("SELECT id FROM organisations WHERE "
                                                     "business_id = ?1 ORDER BY id LIMIT 1"),
                                      error) &&
               m_byRegister.prepare(db,
                                    QStringLiteral("SELECT id FROM organisations WHERE "
                                                   "register_number = ?1 ORDER BY id LIMIT 1"),
                                    error) &&
               m_byName.prepare(db,
                                // Names that start alike; sameNameFor() keeps those that
                                // differ at most in the association suffix (ry, r.y., rf).
                                QStringLiteral("SELECT id, name FROM organisations WHERE "
                                               "name_sort >= ?1 AND name_sort < ?4 AND "
                                               "home_municipality IS ?2 AND "
                                               "(?3 IS NULL OR business_id IS NULL OR "
                                               "business_id = ?3)"),
                                error) &&
               m_contact.prepare(db,
                                 QStringLiteral("SELECT contact_person_id FROM organisations "
                                                "WHERE id = ?1"),
                                 error) &&
               m_setContact.prepare(db,
                                    QStringLiteral("UPDATE organisations SET contact_person_id = "
                                                   "?2, updated_at = ?3 WHERE id = ?1"),
                                    error) &&
               m_persons.prepare(db, error);
    }

    bool resolve(ParsedRow &, QString *, QString *) override { return true; }

    bool match(const ParsedRow &row, Match *match, QString *error) override
    {
        if (matchByCell(row, "id", m_byUuid, QStringLiteral("uuid"), match, error) ||
            matchByCell(row, "business_id", m_byBusinessId, QStringLiteral("business_id"), match,
                        error) ||
            matchByCell(row, "register_number", m_byRegister, QStringLiteral("register_number"),
                        match, error))
            return error->isEmpty();
        if (!error->isEmpty())
            return false;
        const QString name = value(row, "name").text;
        const QString stem = FinnishText::sortKey(FinnishText::matchingName(name));
        m_byName.bindText(1, stem);
        m_byName.bindText(4, stem + QChar(0xDBFF) + QChar(0xDFFF));
        m_byName.bindText(2, value(row, "municipality").text);
        m_byName.bindText(3, value(row, "business_id").text);
        match->id = sameNameFor(m_byName, name, error);
        if (match->id != 0)
            match->by = QStringLiteral("name");
        return error->isEmpty();
    }

    // A contact person cell names a person of this organisation; an existing contact of
    // another name is replaced by an update, kept by fill.
    bool afterWrite(qint64 id, const ParsedRow &row, bool isNew, bool fill, bool *changed,
                    QString *error) override
    {
        const CellValue &contact = value(row, "contact_person");
        if (contact.blank)
            return true;
        qint64 current = 0;
        if (!isNew) {
            m_contact.bindInt(1, id);
            bool hasRow = false;
            if (m_contact.step(&hasRow) && hasRow)
                current = m_contact.columnInt(0);
            m_contact.reset();
            if (current > 0 &&
                (fill || FinnishText::normalisedName(m_persons.name(current, error)) ==
                             FinnishText::normalisedName(contact.text)))
                return error->isEmpty();
        }
        static const CellValue none;
        qint64 person = 0;
        if (!m_persons.findOrCreate(contact.text, id, none, none, m_now, &person, error))
            return false;
        m_setContact.bindInt(1, id);
        m_setContact.bindInt(2, person);
        m_setContact.bindText(3, m_now);
        *changed = true;
        return m_setContact.exec(error);
    }

    void touched(qint64 id, const ParsedRow &) override { m_touch(id); }

private:
    Statement m_byUuid;
    Statement m_byBusinessId;
    Statement m_byRegister;
    Statement m_byName;
    Statement m_contact;
    Statement m_setContact;
    ContactPersons m_persons;
};

} // namespace

std::unique_ptr<EntityWriter> makeOrganisationWriter()
{
    return std::make_unique<OrganisationWriter>();
}

} // namespace kartoitus::importing
