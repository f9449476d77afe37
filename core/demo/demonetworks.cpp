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
    DemoStatement network;
    DemoStatement member;
    DemoStatement representative;
    if (!prepare(network, QStringLiteral("INSERT INTO networks (uuid, sector_id, name,"
                                         " coordinator_person_id, notes, created_at, updated_at)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?)")) ||
        !prepare(member, QStringLiteral("INSERT INTO network_members (network_id,"
                                        " organisation_id, joined_on) VALUES (?, ?, ?)")) ||
        !prepare(representative,
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
        const QList<const DemoOrganisation *> &list = members.at(s);
        const QVariant coordinator =
            list.isEmpty() ? QVariant() : QVariant(list.first()->contactPersonId);
        if (!exec(network, {uuid(QStringLiteral("network"), s), m_sectorIds.at(s),
                            m_sectorNames.at(s) + QStringLiteral(" -toimialaverkosto"), coordinator,
                            QVariant(), timestamp(), timestamp()}))
            return false;
        const qint64 networkId = network.lastInsertId();
        for (const DemoOrganisation *org : list) {
            if (!exec(member, {networkId, org->id,
                               QStringLiteral("%1-01-01").arg(m_random.between(2015, 2025))}))
                return false;
        }
        // The partnership table's term is two years: a member for every network, a deputy
        // for most, and the previous term kept as history for some.
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
            if (term.member >= list.size() || (term.member > 0 && !m_random.chance(70)))
                continue;
            const DemoOrganisation *org = list.at(term.member);
            if (!exec(representative,
                      {networkId, org->contactPersonId, org->id, QLatin1String(term.role),
                       QLatin1String(term.start), QLatin1String(term.end)}))
                return false;
        }
    }
    return true;
}

} // namespace kartoitus::demo
