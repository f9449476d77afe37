#include "repositories/rosterrepository.h"

#include "common/finnishtext.h"
#include "repositories/repositoryutil.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace kartoitus {

using namespace repository;

namespace {

// A person's columns, read from the alias `p` (all NULL when the join found none).
const QString personColumns =
    QStringLiteral("p.id, p.name, p.role, p.email, p.phone, po.name, p.verified_at");

RosterPerson personFromQuery(const QSqlQuery &q, int first)
{
    return {q.value(first).toLongLong(),   q.value(first + 1).toString(),
            q.value(first + 2).toString(), q.value(first + 3).toString(),
            q.value(first + 4).toString(), q.value(first + 5).toString(),
            q.value(first + 6).toString()};
}

int roleRank(const QString &role)
{
    return role == QLatin1String("chair") ? 0 : role == QLatin1String("member") ? 1 : 2;
}

} // namespace

RosterRepository::RosterRepository(const QSqlDatabase &db, const QString &language)
    : m_db(db)
    , m_language(language)
{}

// Sectors have Swedish and English names, municipalities Swedish ones; Finnish where missing.
QString RosterRepository::nameColumn(const QString &alias) const
{
    const bool english = m_language == QLatin1String("en") && alias == QLatin1String("s");
    if (m_language == QLatin1String("sv") || english)
        return QStringLiteral("coalesce(nullif(%1.name_%2, ''), %1.name_fi)")
            .arg(alias, m_language);
    return alias + QStringLiteral(".name_fi");
}

QList<std::pair<int, QString>> RosterRepository::networkSectors(QString *error) const
{
    QList<std::pair<int, QString>> result;
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT s.id, %1 FROM networks n JOIN sectors s ON s.id = n.sector_id"
                            " ORDER BY s.sort_order, s.id")
                 .arg(nameColumn(QStringLiteral("s"))),
             {}, error))
        return result;
    while (query.next())
        result.append({query.value(0).toInt(), query.value(1).toString()});
    return result;
}

QList<NetworkRoster> RosterRepository::rosters(const QList<int> &sectorIds, const QDate &on,
                                               QString *error) const
{
    QList<NetworkRoster> result;
    const NetworkRepository networks(m_db);
    const QList<std::pair<int, QString>> sectors = networkSectors(error);
    for (const Network &network : networks.list(error)) {
        if (!sectorIds.isEmpty() && !sectorIds.contains(network.sectorId))
            continue;
        NetworkRoster roster;
        roster.network = network;
        for (const auto &[id, name] : sectors) {
            if (id == network.sectorId)
                roster.sectorName = name;
        }
        if (network.coordinatorPersonId) {
            roster.coordinator = person(*network.coordinatorPersonId, error);
            if (!roster.coordinator)
                return {};
        }
        if (!fillMembers(&roster, on, error) || !fillRepresentatives(&roster, on, error))
            return {};
        result.append(roster);
    }
    return result;
}

std::optional<RosterPerson> RosterRepository::person(qint64 id, QString *error) const
{
    return oneRecord<RosterPerson>(
        m_db,
        QStringLiteral("SELECT %1 FROM persons p LEFT JOIN organisations po ON"
                       " po.id = p.organisation_id WHERE p.id = ?")
            .arg(personColumns),
        {id}, tr("No person has the id %1.").arg(id),
        [](const QSqlQuery &q) { return personFromQuery(q, 0); }, error);
}

bool RosterRepository::fillMembers(NetworkRoster *roster, const QDate &on, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString day = on.toString(Qt::ISODate);
    if (!run(query,
             QStringLiteral(
                 "SELECT m.id, m.network_id, m.organisation_id, m.role, m.joined_on, m.left_on,"
                 " m.notes, o.name, o.home_municipality, %1, o.email, o.phone, %2"
                 " FROM network_members m JOIN organisations o ON o.id = m.organisation_id"
                 " LEFT JOIN municipalities mu ON mu.code = o.home_municipality"
                 " LEFT JOIN persons p ON p.id = o.contact_person_id"
                 " LEFT JOIN organisations po ON po.id = p.organisation_id"
                 " WHERE m.network_id = ? AND (m.joined_on IS NULL OR m.joined_on <= ?)"
                 " AND (m.left_on IS NULL OR m.left_on > ?) ORDER BY o.name_sort, o.id")
                 .arg(nameColumn(QStringLiteral("mu")), personColumns),
             {roster->network.id, day, day}, error))
        return false;
    while (query.next()) {
        RosterMember member;
        member.membership = {query.value(0).toLongLong(), query.value(1).toLongLong(),
                             query.value(2).toLongLong(), query.value(3).toString(),
                             query.value(4).toString(),   query.value(5).toString(),
                             query.value(6).toString()};
        member.organisation = query.value(7).toString();
        member.municipalityCode = query.value(8).toString();
        member.municipality = query.value(9).toString();
        member.organisationEmail = query.value(10).toString();
        member.organisationPhone = query.value(11).toString();
        member.contact = personFromQuery(query, 12);
        roster->members.append(member);
    }
    return query.lastError().type() == QSqlError::NoError || fail(error, query.lastError().text());
}

bool RosterRepository::fillRepresentatives(NetworkRoster *roster, const QDate &on,
                                           QString *error) const
{
    const NetworkRepository networks(m_db);
    QString failure;
    const QList<NetworkRepresentative> terms =
        networks.representatives(roster->network.id, on, &failure);
    if (!failure.isEmpty())
        return fail(error, failure);
    for (const NetworkRepresentative &term : terms) {
        const std::optional<RosterPerson> who = person(term.personId, error);
        if (!who)
            return false;
        roster->representatives.append({term, *who});
    }
    std::stable_sort(roster->representatives.begin(), roster->representatives.end(),
                     [](const RosterRepresentative &a, const RosterRepresentative &b) {
                         return roleRank(a.term.role) < roleRank(b.term.role);
                     });
    return true;
}

QList<MunicipalityLiaisons> RosterRepository::liaisons(QString *error) const
{
    QList<MunicipalityLiaisons> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // One row per municipality and liaison person (or one row of NULLs for none).
    if (!run(query,
             QStringLiteral("SELECT mu.code, %1, %2 FROM municipalities mu"
                            " LEFT JOIN persons p ON p.municipality_code = mu.code AND"
                            " p.organisation_id IS NULL"
                            " LEFT JOIN organisations po ON po.id = p.organisation_id"
                            " WHERE mu.home_region = 1 ORDER BY mu.code, p.name_sort, p.id")
                 .arg(nameColumn(QStringLiteral("mu")), personColumns),
             {}, error))
        return result;
    while (query.next()) {
        const QString code = query.value(0).toString();
        if (result.isEmpty() || result.last().code != code)
            result.append({code, query.value(1).toString(), {}});
        if (!query.value(2).isNull())
            result.last().persons.append(personFromQuery(query, 2));
    }
    if (query.lastError().type() != QSqlError::NoError) {
        fail(error, query.lastError().text());
        return {};
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const MunicipalityLiaisons &a, const MunicipalityLiaisons &b) {
                         return FinnishText::sortKey(a.name) < FinnishText::sortKey(b.name);
                     });
    return result;
}

} // namespace kartoitus
