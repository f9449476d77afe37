#include "importing/entitywriter.h"

#include "common/finnishtext.h"

namespace kartoitus::importing {

namespace {

// A person belongs to an organisation or, as a liaison person, to a municipality; matched
// by id, then by name within the same organisation and municipality.
class PersonWriter : public EntityWriter
{
protected:
    bool prepareEntity(const QSqlDatabase &db, const ColumnMapping &mapping,
                       QString *error) override
    {
        m_keys = fields::FieldCatalogue::keys(Entity::Persons);
        return m_rows.prepare(db, Entity::Persons, m_keys, mapping, error) &&
               m_organisations.prepare(db, error) && m_persons.prepare(db, error);
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
        using namespace std::placeholders;
        if (matchByCell(row, "id", std::bind(&PersonBulkWriter::findByUuid, &m_persons, _1, _2, _3),
                        QStringLiteral("uuid"), match, error))
            return true;
        if (!error->isEmpty())
            return false;
        const QString name = value(row, "name").text;
        const CellValue &organisation = value(row, "organisation");
        QList<NamedId> found;
        if (!m_persons.findByName(FinnishText::sortKey(name),
                                  organisation.blank ? 0 : organisation.number,
                                  value(row, "municipality").text, &found, error))
            return false;
        match->id = sameNameFor(found, name);
        if (match->id != 0)
            match->by = QStringLiteral("name");
        return true;
    }

    bool afterWrite(qint64, const ParsedRow &, bool, bool, bool *, QString *) override
    {
        return true;
    }

    // Persons are not in the organisations' search index.
    void touched(qint64, const ParsedRow &) override {}

private:
    OrganisationResolver m_organisations;
    PersonBulkWriter m_persons;
};

} // namespace

std::unique_ptr<EntityWriter> makePersonWriter()
{
    return std::make_unique<PersonWriter>();
}

} // namespace kartoitus::importing
