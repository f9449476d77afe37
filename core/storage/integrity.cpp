#include "storage/integrity.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kartoitus::storage {

bool quickCheck(const QSqlDatabase &db, QStringList *problems, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems->append(line);
    }
    return true;
}

bool brokenLinks(const QSqlDatabase &db, QList<BrokenLink> *links, QString *error)
{
    QSqlQuery query(db);
    QSqlQuery columns(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        BrokenLink link{query.value(0).toString(), query.value(1).toLongLong(), QString(),
                        query.value(2).toString()};
        // foreign_key_check names the constraint by number; its column is what users fix.
        if (columns.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(link.table))) {
            while (columns.next()) {
                if (columns.value(0).toInt() == query.value(3).toInt())
                    link.column = columns.value(3).toString();
            }
        }
        links->append(link);
    }
    return true;
}

} // namespace kartoitus::storage
