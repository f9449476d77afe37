#include "importing/entitywriter.h"

#include "common/finnishtext.h"

namespace kartoitus::importing {

namespace {

QStringList identifierKeys()
{
    QStringList keys;
    for (const fields::Field &field : fields::FieldCatalogue::identifiers(Entity::Organisations))
        keys.append(field.key);
    return keys;
}

// Matching (design §4): by id, then business ID, then register number, then the same
// name in the same home municipality, unless the two carry different business IDs.
class OrganisationWriter : public EntityWriter
{
public:
    OrganisationWriter()
        : EntityWriter(Entity::Organisations)
    {}

protected:
    bool prepareEntity(const QSqlDatabase &db, QString *error) override
    {
        return m_organisations.prepare(db, error) && m_persons.prepare(db, error);
    }

    // The identifiers are the catalogue's (FieldCatalogue::identifiers()), in their order;
    // the first is the one two records of the same name must not differ in.
    bool match(const ParsedRow &row, Match *match, QString *error) override
    {
        using namespace std::placeholders;
        if (matchByCell(
                row, "id",
                std::bind(&OrganisationBulkWriter::findByUuid, &m_organisations, _1, _2, _3),
                QStringLiteral("uuid"), match, error))
            return error->isEmpty();
        if (!error->isEmpty())
            return false;
        for (int i = 0; i < m_identifiers.size(); ++i) {
            const CellValue &cell = identifier(row, i);
            qint64 id = 0;
            if (!cell.blank && !m_organisations.findByIdentifier(i, cell.text, &id, error))
                return false;
            if (id != 0) {
                *match = {id, m_identifiers.at(i)};
                return true;
            }
        }
        // Names that start alike; sameNameFor() keeps those that differ at most in the
        // association suffix (ry, r.y., rf).
        const QString name = value(row, "name").text;
        QList<NamedId> found;
        if (!m_organisations.findByNameStem(FinnishText::sortKey(FinnishText::matchingName(name)),
                                            value(row, "municipality").text,
                                            identifier(row, 0).text, &found, error))
            return false;
        match->id = sameNameFor(found, name);
        if (match->id != 0)
            match->by = QStringLiteral("name");
        return true;
    }

    // The row's cell of the catalogue's identifier `index`; blank when there is none.
    const CellValue &identifier(const ParsedRow &row, int index) const
    {
        static const CellValue blank;
        const int at = index < m_identifiers.size() ? field(m_identifiers.at(index)) : -1;
        return at < 0 ? blank : row.values.at(at);
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
            if (!m_organisations.contactPerson(id, &current, error))
                return false;
            if (current > 0 &&
                (fill || FinnishText::normalisedName(m_persons.name(current, error)) ==
                             FinnishText::normalisedName(contact.text)))
                return error->isEmpty();
        }
        static const CellValue none;
        qint64 person = 0;
        if (!m_persons.findOrCreate(contact.text, id, none, none, m_now, &person, error))
            return false;
        *changed = true;
        return m_organisations.setContactPerson(id, person, m_now, error);
    }

    void touched(qint64 id, const ParsedRow &) override { m_touch(id); }

private:
    OrganisationBulkWriter m_organisations;
    ContactPersons m_persons;
    const QStringList m_identifiers = identifierKeys();
};

} // namespace

std::unique_ptr<EntityWriter> makeOrganisationWriter()
{
    return std::make_unique<OrganisationWriter>();
}

} // namespace kartoitus::importing
