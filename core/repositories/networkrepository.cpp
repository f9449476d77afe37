#include "repositories/networkrepository.h"

#include "repositories/repositoryutil.h"
#include "storage/register.h"

#include <QSet>
#include <QSqlQuery>

namespace kartoitus {

using namespace repository;

namespace {

const QString networkColumns = QStringLiteral(
    "id, uuid, sector_id, name, coordinator_person_id, notes, created_at, updated_at");
const QString representativeColumns =
    QStringLiteral("id, network_id, person_id, organisation_id, role, term_start, term_end, notes");

Network networkFromQuery(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(),    q.value(2).toInt(),
            q.value(3).toString(),   toOptionalId(q.value(4)), q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toString()};
}

NetworkRepresentative representativeFromQuery(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),  q.value(1).toLongLong(), q.value(2).toLongLong(),
            toOptionalId(q.value(3)), q.value(4).toString(),   q.value(5).toString(),
            q.value(6).toString(),    q.value(7).toString()};
}

QDate isoDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

bool NetworkMember::isMemberOn(const QDate &day) const
{
    const QDate joined = isoDate(joinedOn);
    const QDate left = isoDate(leftOn);
    return (!joined.isValid() || joined <= day) && (!left.isValid() || day < left);
}

bool NetworkRepresentative::isServingOn(const QDate &day) const
{
    const QDate start = isoDate(termStart);
    const QDate end = isoDate(termEnd);
    return (!start.isValid() || start <= day) && (!end.isValid() || day <= end);
}

NetworkRepository::NetworkRepository(const QSqlDatabase &db)
    : m_db(db)
{}

bool NetworkRepository::create(Network *n, QString *error)
{
    if (!requireName(&n->name, tr("Name: a network needs a name."), error))
        return false;
    stampNew(n);
    return insertRecord(
        m_db,
        QStringLiteral("INSERT INTO networks (uuid, sector_id, name, coordinator_person_id,"
                       " notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {n->uuid, n->sectorId, n->name, optionalValue(n->coordinatorPersonId), textOrNull(n->notes),
         n->createdAt, n->updatedAt},
        &n->id, error);
}

bool NetworkRepository::update(Network *n, QString *error)
{
    if (!requireName(&n->name, tr("Name: a network needs a name."), error))
        return false;
    n->updatedAt = currentTimestamp();
    return updateRecord(
        m_db,
        QStringLiteral("UPDATE networks SET sector_id = ?, name = ?, coordinator_person_id"
                       " = ?, notes = ?, updated_at = ? WHERE id = ?"),
        {n->sectorId, n->name, optionalValue(n->coordinatorPersonId), textOrNull(n->notes),
         n->updatedAt, n->id},
        tr("No network has the id %1.").arg(n->id), error);
}

bool NetworkRepository::remove(qint64 id, QString *error)
{
    return removeRow(m_db, QStringLiteral("networks"), id, tr("No network has the id %1.").arg(id),
                     error);
}

std::optional<Network> NetworkRepository::get(qint64 id, QString *error) const
{
    return getWhere(QStringLiteral("id = ?"), id, error);
}

std::optional<Network> NetworkRepository::forSector(int sectorId, QString *error) const
{
    return getWhere(QStringLiteral("sector_id = ?"), sectorId, error);
}

std::optional<Network> NetworkRepository::getWhere(const QString &where, const QVariant &key,
                                                   QString *error) const
{
    return oneRecord<Network>(
        m_db, QStringLiteral("SELECT %1 FROM networks WHERE %2").arg(networkColumns, where), {key},
        tr("No such network."), &networkFromQuery, error);
}

QList<Network> NetworkRepository::list(QString *error) const
{
    return listRecords<Network>(
        m_db,
        QStringLiteral("SELECT n.%1 FROM networks n JOIN sectors s ON s.id = n.sector_id"
                       " ORDER BY s.sort_order, s.id")
            .arg(QString(networkColumns).replace(QStringLiteral(", "), QStringLiteral(", n."))),
        {}, &networkFromQuery, error);
}

bool NetworkRepository::validateMember(const NetworkMember &m, QString *error) const
{
    static const QStringList roles = {QStringLiteral("member"), QStringLiteral("coordinator")};
    if (!roles.contains(m.role))
        return fail(error, tr("Role \"%1\": use member or coordinator.").arg(m.role));
    for (const QString &date : {m.joinedOn, m.leftOn}) {
        if (!date.isEmpty() && !isoDate(date).isValid())
            return fail(error, tr("Date \"%1\": write dates as 2025-01-01.").arg(date));
    }
    if (!m.joinedOn.isEmpty() && !m.leftOn.isEmpty() && isoDate(m.leftOn) < isoDate(m.joinedOn))
        return fail(error, tr("Left: %1 is before the day the organisation joined, %2.")
                               .arg(m.leftOn, m.joinedOn));
    if (!rowExists(m_db, QStringLiteral("organisations"), QStringLiteral("id"), m.organisationId))
        return fail(error,
                    tr("Organisation: no organisation has the id %1.").arg(m.organisationId));
    return true;
}

bool NetworkRepository::addMember(NetworkMember *m, QString *error)
{
    if (!validateMember(*m, error))
        return false;
    QSqlQuery query(m_db);
    if (m->leftOn.isEmpty()) {
        if (!run(query,
                 QStringLiteral("SELECT o.name FROM network_members m JOIN organisations o ON"
                                " o.id = m.organisation_id WHERE m.network_id = ? AND"
                                " m.organisation_id = ? AND m.left_on IS NULL"),
                 {m->networkId, m->organisationId}, error))
            return false;
        if (query.next())
            return fail(
                error, tr("%1 is already a member of the network.").arg(query.value(0).toString()));
    }
    if (!run(query,
             QStringLiteral("INSERT INTO network_members (network_id, organisation_id, role,"
                            " joined_on, left_on, notes) VALUES (?, ?, ?, ?, ?, ?)"),
             {m->networkId, m->organisationId, m->role, textOrNull(m->joinedOn),
              textOrNull(m->leftOn), textOrNull(m->notes)},
             error))
        return false;
    m->id = query.lastInsertId().toLongLong();
    return true;
}

bool NetworkRepository::addMembers(qint64 networkId, const QList<qint64> &organisationIds,
                                   const QString &role, const QString &joinedOn, QString *error,
                                   int *added)
{
    int count = 0;
    const QList<NetworkMember> current = members(networkId, QDate::currentDate(), error);
    QSet<qint64> present;
    for (const NetworkMember &m : current)
        present.insert(m.organisationId);
    for (qint64 organisationId : organisationIds) {
        if (present.contains(organisationId))
            continue;
        NetworkMember m;
        m.networkId = networkId;
        m.organisationId = organisationId;
        m.role = role;
        m.joinedOn = joinedOn;
        if (!addMember(&m, error))
            return false;
        present.insert(organisationId);
        ++count;
    }
    if (added)
        *added = count;
    return true;
}

bool NetworkRepository::updateMember(const NetworkMember &m, QString *error)
{
    if (!validateMember(m, error))
        return false;
    QSqlQuery query(m_db);
    return run(query,
               QStringLiteral("UPDATE network_members SET role = ?, joined_on = ?, left_on = ?,"
                              " notes = ? WHERE id = ?"),
               {m.role, textOrNull(m.joinedOn), textOrNull(m.leftOn), textOrNull(m.notes), m.id},
               error) &&
           (query.numRowsAffected() == 1 ||
            fail(error, tr("No membership has the id %1.").arg(m.id)));
}

bool NetworkRepository::leave(qint64 memberId, const QString &leftOn, QString *error)
{
    std::optional<NetworkMember> m = member(memberId, error);
    if (!m)
        return false;
    if (leftOn.isEmpty())
        return fail(error, tr("Left: give the day the organisation left the network."));
    m->leftOn = leftOn;
    return updateMember(*m, error);
}

bool NetworkRepository::removeMember(qint64 memberId, QString *error)
{
    QSqlQuery query(m_db);
    return run(query, QStringLiteral("DELETE FROM network_members WHERE id = ?"), {memberId},
               error) &&
           (query.numRowsAffected() == 1 ||
            fail(error, tr("No membership has the id %1.").arg(memberId)));
}

namespace {

const QString memberColumns = QStringLiteral(
    "m.id, m.network_id, m.organisation_id, m.role, m.joined_on, m.left_on, m.notes");

NetworkMember memberFromQuery(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
            q.value(6).toString()};
}

} // namespace

std::optional<NetworkMember> NetworkRepository::member(qint64 memberId, QString *error) const
{
    return oneRecord<NetworkMember>(
        m_db, QStringLiteral("SELECT %1 FROM network_members m WHERE m.id = ?").arg(memberColumns),
        {memberId}, tr("No membership has the id %1.").arg(memberId), &memberFromQuery, error);
}

QList<NetworkMember> NetworkRepository::members(qint64 networkId, const QDate &on,
                                                QString *error) const
{
    QString sql = QStringLiteral("SELECT %1 FROM network_members m JOIN organisations o ON"
                                 " o.id = m.organisation_id WHERE m.network_id = ?")
                      .arg(memberColumns);
    QVariantList values{networkId};
    if (on.isValid()) {
        sql += QStringLiteral(" AND (m.joined_on IS NULL OR m.joined_on <= ?) AND"
                              " (m.left_on IS NULL OR m.left_on > ?)");
        values << on.toString(Qt::ISODate) << on.toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY o.name_sort, o.id, m.joined_on");
    return listRecords<NetworkMember>(m_db, sql, values, &memberFromQuery, error);
}

QList<NetworkMember> NetworkRepository::memberships(qint64 organisationId, QString *error) const
{
    return listRecords<NetworkMember>(
        m_db,
        QStringLiteral("SELECT %1 FROM network_members m JOIN networks n ON n.id = "
                       "m.network_id JOIN sectors s ON s.id = n.sector_id WHERE "
                       "m.organisation_id = ? ORDER BY s.sort_order, s.id, "
                       "m.left_on IS NOT NULL, m.joined_on DESC, m.id DESC")
            .arg(memberColumns),
        {organisationId}, &memberFromQuery, error);
}

bool NetworkRepository::validateRepresentative(const NetworkRepresentative &r, QString *error) const
{
    static const QStringList roles = {QStringLiteral("member"), QStringLiteral("deputy"),
                                      QStringLiteral("chair")};
    if (!roles.contains(r.role))
        return fail(error, tr("Role \"%1\": use member, deputy or chair.").arg(r.role));
    for (const QString &date : {r.termStart, r.termEnd}) {
        if (!date.isEmpty() && !isoDate(date).isValid())
            return fail(error, tr("Term \"%1\": write dates as 2025-01-01.").arg(date));
    }
    if (!r.termStart.isEmpty() && !r.termEnd.isEmpty() && isoDate(r.termEnd) < isoDate(r.termStart))
        return fail(error, tr("Term end: %1 is before the start %2.").arg(r.termEnd, r.termStart));
    if (!rowExists(m_db, QStringLiteral("persons"), QStringLiteral("id"), r.personId))
        return fail(error, tr("Person: no person has the id %1.").arg(r.personId));
    return true;
}

bool NetworkRepository::addRepresentative(NetworkRepresentative *r, QString *error)
{
    if (!validateRepresentative(*r, error))
        return false;
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("INSERT INTO network_representatives (network_id, person_id,"
                            " organisation_id, role, term_start, term_end, notes)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {r->networkId, r->personId, optionalValue(r->organisationId), r->role,
              textOrNull(r->termStart), textOrNull(r->termEnd), textOrNull(r->notes)},
             error))
        return false;
    r->id = query.lastInsertId().toLongLong();
    return true;
}

bool NetworkRepository::updateRepresentative(const NetworkRepresentative &r, QString *error)
{
    if (!validateRepresentative(r, error))
        return false;
    QSqlQuery query(m_db);
    return run(query,
               QStringLiteral("UPDATE network_representatives SET network_id = ?, person_id = ?,"
                              " organisation_id = ?, role = ?, term_start = ?, term_end = ?,"
                              " notes = ? WHERE id = ?"),
               {r.networkId, r.personId, optionalValue(r.organisationId), r.role,
                textOrNull(r.termStart), textOrNull(r.termEnd), textOrNull(r.notes), r.id},
               error) &&
           (query.numRowsAffected() == 1 ||
            fail(error, tr("No representative has the id %1.").arg(r.id)));
}

bool NetworkRepository::removeRepresentative(qint64 id, QString *error)
{
    QSqlQuery query(m_db);
    return run(query, QStringLiteral("DELETE FROM network_representatives WHERE id = ?"), {id},
               error);
}

QList<NetworkRepresentative>
NetworkRepository::representatives(qint64 networkId, const QDate &servingOn, QString *error) const
{
    QList<NetworkRepresentative> result;
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT %1 FROM network_representatives WHERE network_id = ?"
                            " ORDER BY term_start DESC, role, id")
                 .arg(representativeColumns),
             {networkId}, error))
        return result;
    while (query.next()) {
        const NetworkRepresentative r = representativeFromQuery(query);
        if (!servingOn.isValid() || r.isServingOn(servingOn))
            result.append(r);
    }
    return result;
}

} // namespace kartoitus
