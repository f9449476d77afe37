#include "importing/entitywriter.h"

#include "common/finnishtext.h"

namespace kartoitus::importing {

namespace {

const QList<LinkSpec> activityLinks{
    {"themes", "activity_themes", "activity_id", "theme_id"},
    {"target_groups", "activity_target_groups", "activity_id", "target_group_id"},
    {"municipalities", "activity_municipalities", "activity_id", "municipality_code"},
};

// An activity belongs to the organisation its row names (id, business ID or name) and is
// matched by id, then by its name within that organisation.
class ActivityWriter : public EntityWriter
{
    // Its own context: the inherited tr() would look these strings up under EntityWriter,
    // while lupdate files them under ActivityWriter.
    Q_DECLARE_TR_FUNCTIONS(kartoitus::importing::ActivityWriter)

protected:
    bool prepareEntity(sqlite3 *db, const ColumnMapping &mapping, QString *error) override
    {
        m_keys = fields::FieldCatalogue::keys(Entity::Activities);
        return m_rows.prepare(db, QStringLiteral("activities"), columnSpecs(Entity::Activities),
                              activityLinks, m_keys, mapping, error) &&
               m_organisations.prepare(db, error) &&
               m_byUuid.prepare(db, QStringLiteral("SELECT id FROM activities WHERE uuid = ?1"),
                                error) &&
               m_byName.prepare(db,
                                QStringLiteral("SELECT id, name FROM activities WHERE "
                                               "organisation_id = ?1 AND name_sort = ?2"),
                                error) &&
               m_contact.prepare(db,
                                 QStringLiteral("SELECT contact_person_id FROM activities "
                                                "WHERE id = ?1"),
                                 error) &&
               m_setContact.prepare(db,
                                    QStringLiteral("UPDATE activities SET contact_person_id = ?2, "
                                                   "updated_at = ?3 WHERE id = ?1 AND "
                                                   "contact_person_id IS NOT ?2"),
                                    error) &&
               m_persons.prepare(db, error);
    }

    bool resolve(ParsedRow &row, QString *reason, QString *error) override
    {
        const int index = field(QStringLiteral("organisation"));
        CellValue &organisation = row.values[index];
        if (organisation.blank) {
            *reason = tr("column \"%1\": the organisation is missing.").arg(header("organisation"));
            return false;
        }
        const qint64 id =
            m_organisations.resolve(organisation.text, header("organisation"), reason, error);
        if (id == 0)
            return false;
        organisation.isNumber = true;
        organisation.number = id;
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
        if (matchByCell(row, "id", m_byUuid, QStringLiteral("uuid"), match, error))
            return true;
        if (!error->isEmpty())
            return false;
        const QString name = value(row, "name").text;
        m_byName.bindInt(1, value(row, "organisation").number);
        m_byName.bindText(2, FinnishText::sortKey(name));
        match->id = sameNameFor(m_byName, name, error);
        if (match->id != 0)
            match->by = QStringLiteral("name");
        return error->isEmpty();
    }

    bool afterWrite(qint64 id, const ParsedRow &row, bool isNew, bool fill, bool *changed,
                    QString *error) override
    {
        const CellValue &contact = value(row, "contact_person");
        if (contact.blank)
            return true;
        if (!isNew && fill) {
            m_contact.bindInt(1, id);
            bool hasRow = false;
            const bool has = m_contact.step(&hasRow) && hasRow && !m_contact.columnIsNull(0);
            m_contact.reset();
            if (has)
                return true;
        }
        qint64 person = 0;
        if (!m_persons.findOrCreate(contact.text, value(row, "organisation").number,
                                    value(row, "contact_email"), value(row, "contact_phone"), m_now,
                                    &person, error))
            return false;
        m_setContact.bindInt(1, id);
        m_setContact.bindInt(2, person);
        m_setContact.bindText(3, m_now);
        if (!m_setContact.exec(error))
            return false;
        *changed = m_setContact.changes() > 0;
        return true;
    }

    // The organisation's index row lists its activities' names.
    void touched(qint64, const ParsedRow &row) override
    {
        m_touch(value(row, "organisation").number);
    }

private:
    OrganisationResolver m_organisations;
    Statement m_byUuid;
    Statement m_byName;
    Statement m_contact;
    Statement m_setContact;
    ContactPersons m_persons;
};

} // namespace

std::unique_ptr<EntityWriter> makeActivityWriter()
{
    return std::make_unique<ActivityWriter>();
}

} // namespace kartoitus::importing
