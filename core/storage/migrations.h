#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace kartoitus::storage {

// A numbered schema change: a SQL script from core/storage/migrations/NNNN_*.sql, followed
// in the same transaction by the steps the layers above added for its version
// (RegisterHooks::afterMigration: seeding data).
struct Migration
{
    int version;
    QString script; // resource path
};

// Every migration, in order. The last one's version is the current schema version.
const std::vector<Migration> &migrations();

// Runs the migrations above `fromVersion` in one transaction, then sets user_version and
// application_id. Nothing changes if any step fails. When the connection is already in a
// write transaction the migrations run inside it, and the caller commits or rolls back.
bool runMigrations(const QSqlDatabase &db, int fromVersion, QString *error);

} // namespace kartoitus::storage
