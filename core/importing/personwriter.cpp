#include "importing/entitywriter.h"

#include "common/finnishtext.h"

namespace kartoitus::importing {

namespace {

// A person belongs to an organisation or, as a liaison person, to a municipality; matched
// by id, then by name within the same organisation and municipality.
class PersonWriter : public EntityWriter
{
protected:
    bool prepareEntity(sqlite3 *db, const ColumnMapping &mapping, QString *error) override
    {
        m_keys = fields::FieldCatalogue::keys(Entity::Persons);
        return m_rows.prepare(db, QStringLiteral("persons"), columnSpecs(Entity::Persons), {},
                              m_keys, mapping, error) &&
               m_organisations.prepare(db, error) &&
               m_byUuid.prepare(db, QStringLiteral("SELECT id FROM persons WHERE uuid = ?1"),
                                error) &&
               m_byName.prepare(db,
                                QStringLiteral("SELECT id, name FROM persons WHERE name_sort = ?1 "
                                               "AND organisation_id IS ?2 AND "
                                               "municipality_code IS ?3"),
                                error);
    }

    bool resolve(ParsedRow &row, QString *reason, QString *error) override
    {
        const int index = field(QStringLiteral("organisation"));
        CellValue &organisation = row.values[index];
        if (organisation.blank)
            return true;
        const qint64 id =
            m_organisations.resolve(organisation.text, header("organisation"), reason, error);
        if (id == 0)
            return false;
        organisation.isNumber = true;
        organisation.number = id;
        return true;
    }

    bool match(const ParsedRow &row, Match *match, QString *error) override
    {
        if (matchByCell(row, "id", m_byUuid, QStringLiteral("uuid"), match, error))
            return true;
        if (!error->isEmpty())
            return false;
        const QString name = value(row, "name").text;
        m_byName.bindText(1, FinnishText::sortKey(name));
        const CellValue &organisation = value(row, "organisation");
        if (!organisation.blank)
            m_byName.bindInt(2, organisation.number);
        m_byName.bindText(3, value(row, "municipality").text);
        match->id = sameNameFor(m_byName, name, error);
        if (match->id != 0)
            match->by = QStringLiteral("name");
        return error->isEmpty();
    }

    bool afterWrite(qint64, const ParsedRow &, bool, bool, bool *, QString *) override
    {
        return true;
    }

    // Persons are not in the organisations' search index.
    void touched(qint64, const ParsedRow &) override {}

private:
    OrganisationResolver m_organisations;
    Statement m_byUuid;
    Statement m_byName;
};

} // namespace

std::unique_ptr<EntityWriter> makePersonWriter()
{
    return std::make_unique<PersonWriter>();
}

} // namespace kartoitus::importing
