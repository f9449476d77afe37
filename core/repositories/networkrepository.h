#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kartoitus {

// A sector's network (toimialaverkosto); one per sector.
struct Network
{
    qint64 id = 0;
    QString uuid;
    int sectorId = 0;
    QString name;
    std::optional<qint64> coordinatorPersonId;
    QString notes;
    QString createdAt;
    QString updatedAt;
};

struct NetworkMember
{
    qint64 networkId = 0;
    qint64 organisationId = 0;
    QString joinedOn; // 2024-01-01
    QString notes;
};

// A network's representative at the partnership table (kumppanuuspöytä) for a term.
struct NetworkRepresentative
{
    qint64 id = 0;
    qint64 networkId = 0;
    qint64 personId = 0;
    std::optional<qint64> organisationId;
    QString role = QStringLiteral("member"); // member, deputy, chair
    QString termStart;                       // 2025-01-01
    QString termEnd;
    QString notes;

    // Whether the term covers `day` (an open start or end counts as covering).
    bool isServingOn(const QDate &day) const;
};

// Sector networks, their member organisations and representatives. Writes return false
// with *error, never throw.
class NetworkRepository
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::NetworkRepository)

public:
    explicit NetworkRepository(const QSqlDatabase &db);

    bool create(Network *network, QString *error);
    bool update(Network *network, QString *error);
    bool remove(qint64 id, QString *error);
    std::optional<Network> get(qint64 id, QString *error = nullptr) const;
    std::optional<Network> forSector(int sectorId, QString *error = nullptr) const;
    QList<Network> list(QString *error = nullptr) const; // in the sectors' order

    bool addMember(const NetworkMember &member, QString *error);
    bool removeMember(qint64 networkId, qint64 organisationId, QString *error);
    QList<NetworkMember> members(qint64 networkId, QString *error = nullptr) const;

    bool addRepresentative(NetworkRepresentative *representative, QString *error);
    bool updateRepresentative(const NetworkRepresentative &representative, QString *error);
    bool removeRepresentative(qint64 id, QString *error);
    // Newest term first; with a valid `servingOn`, only those serving on that day.
    QList<NetworkRepresentative> representatives(qint64 networkId, const QDate &servingOn = {},
                                                 QString *error = nullptr) const;

private:
    std::optional<Network> getWhere(const QString &where, const QVariant &key,
                                    QString *error) const;
    bool validateRepresentative(const NetworkRepresentative &representative, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace kartoitus
