#pragma once

#include "repositories/activity.h"
#include "repositories/organisation.h"
#include "repositories/person.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <array>
#include <memory>

namespace kartoitus {

namespace storage {
class Statement;
}

// Rows written many at a time inside the caller's one transaction, each kind through one
// prepared statement (storage::Statement, prepared on first use): the demo register's bulk
// path. A row's values are bound in the order of its kind's columns, listed below; "kept
// once" links ignore a row that is already there.
class BulkInserts
{
public:
    enum class Row
    {
        // an Organisation, through write(const Organisation &): the columns that
        // OrganisationRepository::writtenColumns() names
        Organisation,
        // contact_person_id, the organisation's id (an update)
        OrganisationContact,
        // organisation_id, municipality_code (kept once)
        OrganisationMunicipality,
        // organisation_id, sector_id, is_primary (kept once)
        OrganisationSector,
        // organisation_id, target_group_id (kept once)
        OrganisationTargetGroup,
        // PersonRepository::writtenColumns(): written as a Person
        Person,
        // ActivityRepository::writtenColumns(): written as an Activity
        Activity,
        // activity_id, theme_id (kept once)
        ActivityTheme,
        // activity_id, target_group_id (kept once)
        ActivityTargetGroup,
        // activity_id, municipality_code (kept once)
        ActivityMunicipality,
        // uuid, sector_id, name, coordinator_person_id, notes, created_at, updated_at
        Network,
        // network_id, organisation_id, joined_on, role (member, coordinator)
        NetworkMember,
        // network_id, person_id, organisation_id, role, term_start, term_end
        NetworkRepresentative,
        // uuid, name, year, source, notes, imported_at, created_at, updated_at
        Survey,
        // survey_id, position, code, text, type, options
        SurveyQuestion,
        // uuid, survey_id, organisation_id, matched_by, respondent, submitted_at, raw,
        // created_at, updated_at
        SurveyResponse,
        // response_id, question_id, value, number
        SurveyAnswer,
    };

    explicit BulkInserts(const QSqlDatabase &db);
    ~BulkInserts();
    Q_DISABLE_COPY(BulkInserts)

    // Writes one row; false and *error on failure. *id, when given, receives the new row's
    // id.
    bool write(Row row, const QVariantList &values, QString *error, qint64 *id = nullptr);
    // Writes one record's own row (its links are rows of their own kinds) through its
    // repository's column list.
    bool write(const Organisation &organisation, QString *error, qint64 *id = nullptr);
    bool write(const Person &person, QString *error, qint64 *id = nullptr);
    bool write(const Activity &activity, QString *error, qint64 *id = nullptr);

private:
    static constexpr int RowKinds = int(Row::SurveyAnswer) + 1;

    QSqlDatabase m_db;
    std::array<std::unique_ptr<storage::Statement>, RowKinds> m_statements;
};

} // namespace kartoitus
