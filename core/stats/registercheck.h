#pragma once

#include "fields/fieldcatalogue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kartoitus {

// One thing `check` found. Errors are things that are wrong (a damaged file, a broken
// link between rows, a stale search index, a value no rule accepts); warnings are things
// a person should look at (missing details, likely duplicates).
struct CheckFinding
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString table;   // "" for the file as a whole
    qint64 id = 0;   // the row's id; 0 when the finding is not about one row
    QString field;   // column name, "" when not about one field
    QString message; // for the user, translated

    QString severityName() const; // "error" / "warning", stable for --json
    QJsonObject toJson() const;
};

struct CheckReport
{
    QList<CheckFinding> findings;

    int errorCount() const;
    int warningCount() const;
    bool hasErrors() const { return errorCount() > 0; }
    // {"errors": n, "warnings": n, "findings": [{severity, table, id, field, message}...]}
    QJsonObject toJson() const;
};

// The integrity and data-quality report of a register: SQLite's own checks, the search
// index, and rules about the data (valid business IDs, no duplicates, every organisation
// with a home municipality, every person reachable, ...). Reads only.
class RegisterCheck
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::RegisterCheck)

public:
    static CheckReport run(const QSqlDatabase &db);

private:
    static void checkIntegrity(const QSqlDatabase &db, CheckReport *report);
    static void checkForeignKeys(const QSqlDatabase &db, CheckReport *report);
    static void checkSearchIndex(const QSqlDatabase &db, CheckReport *report);
    // registerrules.cpp
    static void checkRules(const QSqlDatabase &db, CheckReport *report);
    static void checkSharedIdentifiers(const QSqlDatabase &db, CheckReport *report);
    static void checkCounts(const QSqlDatabase &db, CheckReport *report);
    static void checkValues(const QSqlDatabase &db, fields::Entity entity, CheckReport *report);
    static void checkSortKeys(const QSqlDatabase &db, CheckReport *report);
    static void checkNearDuplicates(const QSqlDatabase &db, CheckReport *report);
    static void queryFailed(const QString &what, const QString &error, CheckReport *report);
};

} // namespace kartoitus
