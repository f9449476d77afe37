#include "storage/migrations.h"

#include "storage/register.h"
#include "storage/registerhooks.h"
#include "storage/sqlitehandle.h"

#include <QFile>

#include <sqlite3.h>

namespace kartoitus::storage {

const std::vector<Migration> &migrations()
{
    // To change the schema: add NNNN_what.sql to core/storage/migrations/, list it in
    // core/storage/CMakeLists.txt and append it here. Never edit a released migration. What
    // a layer above writes into the new tables (reference data) is its hook (registerhooks.h).
    static const std::vector<Migration> all = {
        {1, QStringLiteral(":/migrations/0001_initial.sql")},
        {2, QStringLiteral(":/migrations/0002_list_indexes.sql")},
        {3, QStringLiteral(":/migrations/0003_saved_lists.sql")},
        {4, QStringLiteral(":/migrations/0004_network_history.sql")},
        {5, QStringLiteral(":/migrations/0005_survey_dates.sql")},
        {6, QStringLiteral(":/migrations/0006_activity_search.sql")},
        {7, QStringLiteral(":/migrations/0007_name_search.sql")},
    };
    return all;
}

static bool runOne(const QSqlDatabase &db, const Migration &migration, QString *error)
{
    QFile file(migration.script);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("missing migration %1").arg(migration.script);
        return false;
    }
    if (!execScript(db, QString::fromUtf8(file.readAll()), error))
        return false;
    const auto &after = registerHooks().afterMigration;
    const auto steps = after.find(migration.version);
    return steps == after.end() || runSteps(steps->second, db, error);
}

bool runMigrations(const QSqlDatabase &db, int fromVersion, QString *error)
{
    QString scratch;
    QString *err = error ? error : &scratch;
    // Register::open checks the file and migrates it in one write transaction of its own, so
    // that nothing changes between the check, the backup and the migration.
    sqlite3 *handle = nativeHandle(db);
    const bool ownTransaction = !handle || sqlite3_get_autocommit(handle);
    if (ownTransaction && !execScript(db, QStringLiteral("BEGIN IMMEDIATE"), err))
        return false;
    const auto failed = [&] {
        if (ownTransaction)
            execScript(db, QStringLiteral("ROLLBACK"), nullptr);
        return false;
    };
    int version = fromVersion;
    for (const Migration &migration : migrations()) {
        if (migration.version <= fromVersion)
            continue;
        if (!runOne(db, migration, err)) {
            *err = QStringLiteral("migration %1: %2").arg(migration.version).arg(*err);
            return failed();
        }
        version = migration.version;
    }
    const QString stamp = QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                              .arg(qint32(Register::ApplicationId))
                              .arg(version);
    if (!execScript(db, stamp, err) ||
        (ownTransaction && !execScript(db, QStringLiteral("COMMIT"), err)))
        return failed();
    return true;
}

} // namespace kartoitus::storage
