#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// SQLite's own checks of a register file (its pragmas), for `check`.
namespace kartoitus::storage {

// What PRAGMA quick_check found wrong; empty when the file is sound.
bool quickCheck(const QSqlDatabase &db, QStringList *problems, QString *error);

// A row that refers to a row of another table that does not exist.
struct BrokenLink
{
    QString table;
    qint64 rowId = 0;
    QString column; // the referring column, "" when SQLite does not say
    QString parent; // the table referred to
};

// What PRAGMA foreign_key_check found.
bool brokenLinks(const QSqlDatabase &db, QList<BrokenLink> *links, QString *error);

} // namespace kartoitus::storage
