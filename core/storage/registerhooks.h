#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <map>
#include <vector>

// What the layers above storage add to every register, without storage knowing them: the
// search index installs its triggers on each connection and compacts itself before the
// file's free pages are reclaimed; the reference data seeds the tables the migrations
// create. Each of those layers adds its steps once, before main() (search/searchhooks.cpp,
// reference/referencehooks.cpp: object files that every target linking kartoitus_core links,
// so that every program and test opens registers the same way).
namespace kartoitus::storage {

// A step on one connection; false and *error (which may be null) when it failed.
using ConnectionStep = std::function<bool(const QSqlDatabase &db, QString *error)>;

struct RegisterHooks
{
    // Run on every new connection after its pragmas, in the order added.
    std::vector<ConnectionStep> connectionSetUp;
    // Run before a writable register's free pages go back to the disk (reclaimFreePages).
    std::vector<ConnectionStep> compact;
    // Run after migration N's script, in its transaction (seeding what it created).
    std::map<int, std::vector<ConnectionStep>> afterMigration;
    // Name prefixes of tables that triggers of their own keep in step with other tables
    // (the search index): the undo journal leaves them out, since undoing the write to
    // their source undoes them too.
    std::vector<QString> derivedTables;
};

// The one set of hooks; the layers above add to it while the program starts.
RegisterHooks &registerHooks();

// Runs `steps` in order; stops at the first that fails.
bool runSteps(const std::vector<ConnectionStep> &steps, const QSqlDatabase &db, QString *error);

} // namespace kartoitus::storage
