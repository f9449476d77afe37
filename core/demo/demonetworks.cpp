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
    if (!prepare(m_insertNetwork, QStringLiteral("INSERT INTO networks (uuid, sector_id, name,"
                                                 " coordinator_person_id, notes, created_at,"
                                                 " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) ||
        !prepare(m_insertMember, QStringLiteral("INSERT INTO network_members (network_id,"
                                                " organisation_id, joined_on) VALUES (?, ?, ?)")) ||
        !prepare(m_insertRepresentative,
                 QStringLiteral("INSERT INTO network_representatives (network_id, person_id,"
                                " organisation_id, role, term_start, term_end)"
                                " VALUES (?, ?, ?, ?, ?, ?)")))
        return false;

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
    if (!exec(m_insertNetwork,
              {uuid(QStringLiteral("network"), sectorIndex), m_sectorIds.at(sectorIndex),
               m_sectorNames.at(sectorIndex) + QStringLiteral(" -toimialaverkosto"), coordinator,
               QVariant(), timestamp(), timestamp()}))
        return false;
    const qint64 networkId = m_insertNetwork.lastInsertId();
    for (const DemoOrganisation *org : members) {
        if (!exec(m_insertMember, {networkId, org->id,
                                   QStringLiteral("%1-01-01").arg(m_random.between(2015, 2025))}))
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
        if (!exec(m_insertRepresentative,
                  {networkId, org->contactPersonId, org->id, QLatin1String(term.role),
                   QLatin1String(term.start), QLatin1String(term.end)}))
            return false;
    }
    return true;
}

} // namespace kartoitus::demo
