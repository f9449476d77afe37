#pragma once

#include <QSqlDatabase>
#include <QString>

namespace kartoitus::storage {

// Whether the connection's most recent failed call was its register file's fault (a full
// disk, damage, a lock) rather than the data's (a constraint), or none failed.
bool fileAtFault(const QSqlDatabase &db);
// Register::faultMessage() for the connection's most recent failed call when the register
// file is at fault, naming the file; empty otherwise. `detail` is SQLite's own words.
QString fileFaultMessage(const QSqlDatabase &db, const QString &detail);

} // namespace kartoitus::storage
