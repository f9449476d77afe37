#include "storage/registerfault.h"

#include "storage/register.h"
#include "storage/sqlitehandle.h"

namespace kartoitus::storage {

bool fileAtFault(const QSqlDatabase &db)
{
    return faultOf(lastErrorCode(db)) != Fault::None;
}

QString fileFaultMessage(const QSqlDatabase &db, const QString &detail)
{
    const Fault fault = faultOf(lastErrorCode(db));
    return fault == Fault::None ? QString()
                                : Register::faultMessage(fault, databasePath(db), detail);
}

} // namespace kartoitus::storage
