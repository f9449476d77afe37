#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace kartoitus {

// How much a register holds: rows per table and a few counts users ask about (persons
// who agreed to be published, liaison persons, hyte activities), and organisations broken
// down by status, home municipality and primary sector.
struct RegisterStats
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::RegisterStats)

public:
    // Key (a table name such as "organisations", or a derived count such as
    // "persons_with_consent") -> number. Keys are stable: scripts read them from --json.
    QMap<QString, qint64> counts;
    QMap<QString, qint64> organisationsByStatus;       // "active" -> n
    QMap<QString, qint64> organisationsByMunicipality; // home municipality's name ("": none)
    QMap<QString, qint64> organisationsBySector;       // primary sector's name -> n

    // Reads the statistics of an open register; false and *error when a query fails.
    bool collect(const QSqlDatabase &db, QString *error);

    // {"counts": {...}, "organisations_by_status": {...},
    //  "organisations_by_municipality": {...}, "organisations_by_sector": {...}}
    QJsonObject toJson() const;

    // The user-visible name of a key of `counts`, translated; the key itself when unknown.
    static QString label(const QString &key);
    // The keys of `counts` in the order a report lists them.
    static QStringList keys();
};

} // namespace kartoitus
