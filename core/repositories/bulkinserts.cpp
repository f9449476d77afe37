#include "repositories/bulkinserts.h"

#include "repositories/activityrepository.h"
#include "repositories/organisationrepository.h"
#include "repositories/personrepository.h"
#include "repositories/repositoryutil.h"
#include "storage/statement.h"

namespace kartoitus {

namespace {

// The statement of each kind of row, in the order of BulkInserts::Row.
const char *const statements[] = {
    nullptr, // the record's repository's written columns, built on first use
    "UPDATE organisations SET contact_person_id = ? WHERE id = ?",
    "INSERT OR IGNORE INTO organisation_municipalities (organisation_id, municipality_code)"
    " VALUES (?, ?)",
    "INSERT OR IGNORE INTO organisation_sectors (organisation_id, sector_id, is_primary)"
    " VALUES (?, ?, ?)",
    "INSERT OR IGNORE INTO organisation_target_groups (organisation_id, target_group_id)"
    " VALUES (?, ?)",
    nullptr, // Person
    nullptr, // Activity
    "INSERT OR IGNORE INTO activity_themes (activity_id, theme_id) VALUES (?, ?)",
    "INSERT OR IGNORE INTO activity_target_groups (activity_id, target_group_id)"
    " VALUES (?, ?)",
    "INSERT OR IGNORE INTO activity_municipalities (activity_id, municipality_code)"
    " VALUES (?, ?)",
    "INSERT INTO networks (uuid, sector_id, name, coordinator_person_id, notes, created_at,"
    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO network_members (network_id, organisation_id, joined_on, role)"
    " VALUES (?, ?, ?, ?)",
    "INSERT INTO network_representatives (network_id, person_id, organisation_id, role,"
    " term_start, term_end) VALUES (?, ?, ?, ?, ?, ?)",
    "INSERT INTO surveys (uuid, name, year, source, notes, imported_at, created_at,"
    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO survey_questions (survey_id, position, code, text, type, options)"
    " VALUES (?, ?, ?, ?, ?, ?)",
    "INSERT INTO survey_responses (uuid, survey_id, organisation_id, matched_by, respondent,"
    " submitted_at, raw, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO survey_answers (response_id, question_id, value, number) VALUES (?, ?, ?, ?)",
};

// The insert of a kind of row that is a record's own.
QString recordInsert(BulkInserts::Row row)
{
    using repository::insertSql;
    switch (row) {
    case BulkInserts::Row::Organisation:
        return insertSql(QStringLiteral("organisations"), OrganisationRepository::writtenColumns());
    case BulkInserts::Row::Person:
        return insertSql(QStringLiteral("persons"), PersonRepository::writtenColumns());
    case BulkInserts::Row::Activity:
        return insertSql(QStringLiteral("activities"), ActivityRepository::writtenColumns());
    default:
        return QString();
    }
}

} // namespace

BulkInserts::BulkInserts(const QSqlDatabase &db)
    : m_db(db)
{
    static_assert(std::size(statements) == RowKinds);
}

BulkInserts::~BulkInserts() = default;

bool BulkInserts::write(const Organisation &organisation, QString *error, qint64 *id)
{
    return write(Row::Organisation, OrganisationRepository::writtenValues(organisation), error, id);
}

bool BulkInserts::write(const Person &person, QString *error, qint64 *id)
{
    return write(Row::Person, PersonRepository::writtenValues(person), error, id);
}

bool BulkInserts::write(const Activity &activity, QString *error, qint64 *id)
{
    return write(Row::Activity, ActivityRepository::writtenValues(activity), error, id);
}

bool BulkInserts::write(Row row, const QVariantList &values, QString *error, qint64 *id)
{
    std::unique_ptr<storage::Statement> &statement = m_statements[std::size_t(row)];
    if (!statement) {
        statement = std::make_unique<storage::Statement>();
        const char *const own = statements[int(row)];
        const QString sql = own ? QString::fromUtf8(own) : recordInsert(row);
        if (!statement->prepare(m_db, sql, error)) {
            statement.reset();
            return false;
        }
    }
    if (!statement->exec(values, error))
        return false;
    if (id)
        *id = statement->lastInsertId();
    return true;
}

} // namespace kartoitus
