#include "repositories/bulkinserts.h"

#include "repositories/organisationrepository.h"
#include "storage/statement.h"

namespace kartoitus {

namespace {

// The statement of each kind of row, in the order of BulkInserts::Row.
const char *const statements[] = {
    nullptr, // OrganisationRepository::writtenColumns(), built on first use
    "UPDATE organisations SET contact_person_id = ? WHERE id = ?",
    "INSERT OR IGNORE INTO organisation_municipalities (organisation_id, municipality_code)"
    " VALUES (?, ?)",
    "INSERT OR IGNORE INTO organisation_sectors (organisation_id, sector_id, is_primary)"
    " VALUES (?, ?, ?)",
    "INSERT OR IGNORE INTO organisation_target_groups (organisation_id, target_group_id)"
    " VALUES (?, ?)",
    "INSERT INTO persons (uuid, name, name_sort, role, email, phone, organisation_id,"
    " municipality_code, publish_consent, consent_date, created_at, updated_at, verified_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO activities (uuid, organisation_id, name, name_sort, description, hyte,"
    " place_type, address, schedule, cost, cost_text, accessibility, languages, how_to_join,"
    " open_for_referral, contact_person_id, created_at, updated_at, verified_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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

QString organisationInsert()
{
    const QStringList columns = OrganisationRepository::writtenColumns();
    return QStringLiteral("INSERT INTO organisations (%1) VALUES (%2)")
        .arg(columns.join(QLatin1String(", ")),
             QStringLiteral("?, ").repeated(columns.size() - 1) + QLatin1Char('?'));
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

bool BulkInserts::write(Row row, const QVariantList &values, QString *error, qint64 *id)
{
    std::unique_ptr<storage::Statement> &statement = m_statements[std::size_t(row)];
    if (!statement) {
        statement = std::make_unique<storage::Statement>();
        const QString sql = row == Row::Organisation ? organisationInsert()
                                                     : QString::fromUtf8(statements[int(row)]);
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
