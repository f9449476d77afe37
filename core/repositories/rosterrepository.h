#pragma once

#include "repositories/networkrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kartoitus {

// A person as a roster names them: with their organisation and how to reach them.
struct RosterPerson
{
    qint64 id = 0;
    QString name;
    QString role; // title
    QString email;
    QString phone;
    QString organisation; // name; empty for a liaison person
    QString verifiedAt;   // last checked, 2025-05-31T...; empty: never
};

// A member organisation on a roster: the membership and what the roster prints of it.
struct RosterMember
{
    NetworkMember membership;
    QString organisation;
    QString municipalityCode; // home municipality
    QString municipality;     // its name
    RosterPerson contact;     // the organisation's contact person; empty name: none
    QString organisationEmail;
    QString organisationPhone;
};

struct RosterRepresentative
{
    NetworkRepresentative term;
    RosterPerson person;
};

// One network as it stood on a day: its coordinator, members and representatives.
struct NetworkRoster
{
    Network network;
    QString sectorName; // Finnish, Swedish where asked and known
    std::optional<RosterPerson> coordinator;
    QList<RosterMember> members;                 // by organisation name, Finnish order
    QList<RosterRepresentative> representatives; // chair, member, deputy; then by name
};

// A municipality of the register's home region with its liaison persons.
struct MunicipalityLiaisons
{
    QString code;
    QString name;
    QList<RosterPerson> persons; // by name; empty: the municipality has named none
};

// What the rosters, the partnership table and the liaison list read: one read per list,
// no writes. Names of municipalities and sectors in `language` ("sv": Swedish where known).
class RosterRepository
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::RosterRepository)

public:
    explicit RosterRepository(const QSqlDatabase &db,
                              const QString &language = QStringLiteral("fi"));

    // The networks of `sectorIds` (every network when empty), in the sectors' order, as they
    // stood on `on`: members then, representatives serving then.
    QList<NetworkRoster> rosters(const QList<int> &sectorIds, const QDate &on,
                                 QString *error = nullptr) const;
    // The municipalities of the home region (the 22 of Central Finland) by name, with their
    // liaison persons.
    QList<MunicipalityLiaisons> liaisons(QString *error = nullptr) const;
    // Sector id → name for the networks that exist, in the sectors' order.
    QList<std::pair<int, QString>> networkSectors(QString *error = nullptr) const;

private:
    bool fillMembers(NetworkRoster *roster, const QDate &on, QString *error) const;
    bool fillRepresentatives(NetworkRoster *roster, const QDate &on, QString *error) const;
    std::optional<RosterPerson> person(qint64 id, QString *error) const;
    QString nameColumn(const QString &alias) const;

    QSqlDatabase m_db;
    QString m_language;
};

} // namespace kartoitus
