#include "importing/entitywriter.h"

#include "common/finnishtext.h"

namespace kartoitus::importing {

namespace {

// An activity belongs to the organisation its row names (id, business ID or name) and is
// matched by id, then by its name within that organisation.
class ActivityWriter : public EntityWriter
{
    // Its own context: the inherited tr() would look these strings up under EntityWriter,
    // while lupdate files them under ActivityWriter.
    Q_DECLARE_TR_FUNCTIONS(kartoitus::importing::ActivityWriter)

public:
    ActivityWriter()
        : EntityWriter(Entity::Activities)
    {}

protected:
    bool prepareEntity(const QSqlDatabase &db, QString *error) override
    {
        return m_organisations.prepare(db, error) && m_activities.prepare(db, error) &&
               m_persons.prepare(db, error);
    }

    bool resolve(ParsedRow &row, QString *reason, QString *error) override
    {
        CellValue &organisation = row.values[field(QStringLiteral("organisation"))];
        if (organisation.blank) {
            *reason = tr("column \"%1\": the organisation is missing.").arg(header("organisation"));
            return false;
        }
        if (!m_organisations.resolveCell(&organisation, header("organisation"), reason, error))
            return false;
        const bool contactDetails =
            !value(row, "contact_email").blank || !value(row, "contact_phone").blank;
        if (contactDetails && value(row, "contact_person").blank) {
            *reason = tr("column \"%1\": the contact person's email or phone is given without "
                         "a name.")
                          .arg(header("contact_person"));
            return false;
        }
        return true;
    }

    bool match(const ParsedRow &row, Match *match, QString *error) override
    {
        if (matchByUuid(row, m_activities, match, error))
            return true;
        if (!error->isEmpty())
            return false;
        const QString name = value(row, "name").text;
        QList<NamedId> found;
        if (!m_activities.findByName(value(row, "organisation").number, FinnishText::sortKey(name),
                                     &found, error))
            return false;
        matchByName(found, name, match);
        return true;
    }

    bool afterWrite(qint64 id, const ParsedRow &row, bool isNew, bool fill, bool *changed,
                    QString *error) override
    {
        const CellValue &contact = value(row, "contact_person");
        if (contact.blank)
            return true;
        if (!isNew && fill && m_activities.hasContactPerson(id))
            return true;
        qint64 person = 0;
        if (!m_persons.findOrCreate(contact.text, value(row, "organisation").number,
                                    value(row, "contact_email"), value(row, "contact_phone"), m_now,
                                    &person, error))
            return false;
        return m_activities.setContactPerson(id, person, m_now, changed, error);
    }

    // The organisation's index row lists its activities' names.
    void touched(qint64, const ParsedRow &row) override
    {
        m_touch(value(row, "organisation").number);
    }

private:
    OrganisationResolver m_organisations;
    ActivityBulkWriter m_activities;
    ContactPersons m_persons;
};

} // namespace

std::unique_ptr<EntityWriter> makeActivityWriter()
{
    return std::make_unique<ActivityWriter>();
}

} // namespace kartoitus::importing
