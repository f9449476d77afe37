// The demo's municipal liaison persons and sector networks with their representatives.
#include "demo/demowriter.h"

#include <QVariant>

namespace kartoitus::demo {

bool DemoWriter::writeLiaisonPersons()
{
    for (const Municipality &municipality : std::as_const(m_home)) {
        QString name;
        QString email;
        if (insertPerson(QStringLiteral("liaison"), QStringLiteral("järjestöyhdyshenkilö"), 0,
                         municipality.code, &name, &email) == 0)
            return false;
    }
    return true;
}

bool DemoWriter::writeNetworks()
{
    // Members of a sector's network: most active organisations whose primary sector it is.
    QList<QList<const DemoOrganisation *>> members(m_sectorIds.size());
    for (const DemoOrganisation &org : std::as_const(m_organisations)) {
        if (org.active && (members[org.sectorIndex].isEmpty() || m_random.chance(70)))
            members[org.sectorIndex].append(&org);
    }
    for (int s = 0; s < m_sectorIds.size(); ++s) {
        if (!writeNetwork(s, members.at(s)))
            return false;
    }
    return true;
}

bool DemoWriter::writeNetwork(int sectorIndex, const QList<const DemoOrganisation *> &members)
{
    const QVariant coordinator =
        members.isEmpty() ? QVariant() : QVariant(members.first()->contactPersonId);
    qint64 networkId = 0;
    if (!exec(BulkInserts::Row::Network,
              {uuid(QStringLiteral("network"), sectorIndex), m_sectorIds.at(sectorIndex),
               m_sectorNames.at(sectorIndex) + QStringLiteral(" -toimialaverkosto"), coordinator,
               QVariant(), timestamp(), timestamp()},
              &networkId))
        return false;
    // The coordinator's organisation coordinates the network.
    for (const DemoOrganisation *org : members) {
        const QString joined = QStringLiteral("%1-01-01").arg(m_random.between(2015, 2025));
        const QString role =
            org == members.first() ? QStringLiteral("coordinator") : QStringLiteral("member");
        if (!exec(BulkInserts::Row::NetworkMember, {networkId, org->id, joined, role}))
            return false;
    }
    // The partnership table's term is two years: a member for every network, a deputy for
    // most, and the previous term kept as history for some.
    struct Term
    {
        int member;
        const char *role;
        const char *start;
        const char *end;
    };
    const Term terms[] = {{0, "member", "2025-01-01", "2026-12-31"},
                          {1, "deputy", "2025-01-01", "2026-12-31"},
                          {2, "member", "2023-01-01", "2024-12-31"}};
    for (const Term &term : terms) {
        if (term.member >= members.size() || (term.member > 0 && !m_random.chance(70)))
            continue;
        const DemoOrganisation *org = members.at(term.member);
        if (!exec(BulkInserts::Row::NetworkRepresentative,
                  {networkId, org->contactPersonId, org->id, QLatin1String(term.role),
                   QLatin1String(term.start), QLatin1String(term.end)}))
            return false;
    }
    return true;
}

} // namespace kartoitus::demo
