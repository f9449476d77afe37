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

// An organisation's membership of a network for a period. Leaving sets leftOn instead of
// deleting the row, so the network as it stood on any day can be shown again.
struct NetworkMember
{
    qint64 id = 0;
    qint64 networkId = 0;
    qint64 organisationId = 0;
    QString role = QStringLiteral("member"); // member, coordinator
    QString joinedOn;                        // 2024-01-01; empty: not known
    QString leftOn;                          // empty: still a member
    QString notes;

    // A member on `day`: joined on or before it (or unknown) and not left on or before it.
    bool isMemberOn(const QDate &day) const;
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

    // Refuses an organisation that is already a member (an open membership); sets member->id.
    bool addMember(NetworkMember *member, QString *error);
    // Adds each organisation not already a member, with the same role and date; the number
    // added in *added. One failure stops the rest (the caller's transaction undoes them).
    bool addMembers(qint64 networkId, const QList<qint64> &organisationIds, const QString &role,
                    const QString &joinedOn, QString *error, int *added = nullptr);
    // Role, dates and notes of one membership.
    bool updateMember(const NetworkMember &member, QString *error);
    // Ends a membership on `leftOn` (2025-06-30): the row stays as history.
    bool leave(qint64 memberId, const QString &leftOn, QString *error);
    // Deletes a membership row entered by mistake; leaving is leave().
    bool removeMember(qint64 memberId, QString *error);
    std::optional<NetworkMember> member(qint64 memberId, QString *error = nullptr) const;
    // In the organisations' name order (Finnish). With a valid `on`, those who were members
    // on that day; otherwise every membership, former ones too.
    QList<NetworkMember> members(qint64 networkId, const QDate &on = {},
                                 QString *error = nullptr) const;
    // Every membership of one organisation, current and former: in the networks' order
    // (their sectors'), a network's current membership before its former ones.
    QList<NetworkMember> memberships(qint64 organisationId, QString *error = nullptr) const;

    bool addRepresentative(NetworkRepresentative *representative, QString *error);
    bool updateRepresentative(const NetworkRepresentative &representative, QString *error);
    bool removeRepresentative(qint64 id, QString *error);
    // Newest term first; with a valid `servingOn`, only those serving on that day.
    QList<NetworkRepresentative> representatives(qint64 networkId, const QDate &servingOn = {},
                                                 QString *error = nullptr) const;

private:
    std::optional<Network> getWhere(const QString &where, const QVariant &key,
                                    QString *error) const;
    bool validateMember(const NetworkMember &member, QString *error) const;
    bool validateRepresentative(const NetworkRepresentative &representative, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace kartoitus
