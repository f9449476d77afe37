// The search index keeps itself up to date in every register: its triggers on each
// connection, its compaction before a register's free pages are reclaimed. Storage does not
// know it; it runs the hooks added here (storage/registerhooks.h).
#include "search/searchindex.h"
#include "storage/registerhooks.h"

namespace kartoitus {
namespace {

const bool added = [] {
    storage::RegisterHooks &hooks = storage::registerHooks();
    hooks.connectionSetUp.push_back(&SearchIndex::installTriggers);
    hooks.compact.push_back(&SearchIndex::optimize);
    hooks.derivedTables.push_back(QStringLiteral("organisation_search"));
    hooks.derivedTables.push_back(QStringLiteral("activity_search"));
    hooks.derivedTables.push_back(QStringLiteral("activity_name_search"));
    hooks.derivedTables.push_back(QStringLiteral("person_name_search"));
    return true;
}();

} // namespace
} // namespace kartoitus
