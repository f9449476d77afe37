// The reference lists are written into the tables the migrations create, in the same
// transaction: the municipalities, sectors, themes, target groups and legal forms after the
// first, the Swedish municipality names after the second. Storage does not know them; it
// runs the hooks added here (storage/registerhooks.h).
#include "reference/referencedata.h"
#include "storage/registerhooks.h"

namespace kartoitus {
namespace {

const bool added = [] {
    auto &after = storage::registerHooks().afterMigration;
    after[1].push_back(&seedReferenceData);
    after[2].push_back(&seedSwedishMunicipalityNames);
    return true;
}();

} // namespace
} // namespace kartoitus
