#include "importing/entitywriter.h"

#include "common/finnishtext.h"

namespace kartoitus::importing {

namespace {

// A person belongs to an organisation or, as a liaison person, to a municipality; matched
// by id, then by name within the same organisation and municipality.
class PersonWriter : public EntityWriter
{
public:
    PersonWriter()
        : EntityWriter(Entity::Persons)
    {}

protected:
    bool prepareEntity(const QSqlDatabase &db, QString *error) override
    {
        return m_organisations.prepare(db, error) && m_persons.prepare(db, error);
    }

    bool resolve(ParsedRow &row, QString *reason, QString *error) override
    {
        return m_organisations.resolveCell(&row.values[field(QStringLiteral("organisation"))],
                                           header("organisation"), reason, error);
    }

    bool match(const ParsedRow &row, Match *match, QString *error) override
    {
        if (matchByUuid(row, m_persons, match, error))
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
        matchByName(found, name, match);
        return true;
    }

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
