#include "storage/registerhooks.h"

namespace kartoitus::storage {

RegisterHooks &registerHooks()
{
    static RegisterHooks hooks;
    return hooks;
}

bool runSteps(const std::vector<ConnectionStep> &steps, const QSqlDatabase &db, QString *error)
{
    for (const ConnectionStep &step : steps) {
        if (!step(db, error))
            return false;
    }
    return true;
}

} // namespace kartoitus::storage
