#include "repositories/personrepository.h"

#include "common/finnishtext.h"
#include "repositories/repositoryutil.h"
#include "storage/register.h"

#include <QDate>
#include <QSqlQuery>

namespace kartoitus {

using namespace repository;

namespace {

const QString columns = QStringLiteral(
    "id, uuid, name, name_sort, role, email, phone, organisation_id, municipality_code,"
    " publish_consent, consent_date, notes, created_at, updated_at, verified_at");
const QString writeColumns = columns.mid(columns.indexOf(QLatin1Char(',')) + 2);

QVariantList rowValues(const Person &p)
{
    return {p.uuid,
            p.name,
            p.nameSort,
            textOrNull(p.role),
            textOrNull(p.email),
            textOrNull(p.phone),
            optionalValue(p.organisationId),
            textOrNull(p.municipalityCode),
            p.publishConsent ? 1 : 0,
            textOrNull(p.consentDate),
            textOrNull(p.notes),
            p.createdAt,
            p.updatedAt,
            textOrNull(p.verifiedAt)};
}

Person fromQuery(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.name = q.value(2).toString();
    p.nameSort = q.value(3).toString();
    p.role = q.value(4).toString();
    p.email = q.value(5).toString();
    p.phone = q.value(6).toString();
    p.organisationId = toOptionalId(q.value(7));
    p.municipalityCode = q.value(8).toString();
    p.publishConsent = q.value(9).toBool();
    p.consentDate = q.value(10).toString();
    p.notes = q.value(11).toString();
    p.createdAt = q.value(12).toString();
    p.updatedAt = q.value(13).toString();
    p.verifiedAt = q.value(14).toString();
    return p;
}

} // namespace

PersonRepository::PersonRepository(const QSqlDatabase &db)
    : m_db(db)
{}

bool PersonRepository::validate(Person *p, QString *error) const
{
    p->name = p->name.simplified();
    if (p->name.isEmpty())
        return fail(error, tr("Name: a person needs a name."));
    p->nameSort = FinnishText::sortKey(p->name);
    if (!applyValidation(&p->email, Validators::email(p->email), error) ||
        !applyValidation(&p->phone, Validators::phone(p->phone), error))
        return false;
    if (!p->consentDate.isEmpty() && !QDate::fromString(p->consentDate, Qt::ISODate).isValid())
        return fail(error,
                    tr("Consent date \"%1\": write the date as 2025-05-31.").arg(p->consentDate));
    if (p->organisationId &&
        !rowExists(m_db, QStringLiteral("organisations"), QStringLiteral("id"), *p->organisationId))
        return fail(error,
                    tr("Organisation: no organisation has the id %1.").arg(*p->organisationId));
    if (!p->municipalityCode.isEmpty() && !rowExists(m_db, QStringLiteral("municipalities"),
                                                     QStringLiteral("code"), p->municipalityCode))
        return fail(
            error,
            tr("Municipality \"%1\": no municipality has this code.").arg(p->municipalityCode));
    return true;
}

bool PersonRepository::create(Person *p, QString *error)
{
    if (!validate(p, error))
        return false;
    if (p->uuid.isEmpty())
        p->uuid = newUuid();
    p->createdAt = p->updatedAt = currentTimestamp();
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("INSERT INTO persons (%1) VALUES (%2?)")
                 .arg(writeColumns, QStringLiteral("?, ").repeated(13)),
             rowValues(*p), error))
        return false;
    p->id = query.lastInsertId().toLongLong();
    return true;
}

bool PersonRepository::update(Person *p, QString *error)
{
    if (p->id <= 0)
        return fail(error, tr("The person has not been saved yet."));
    if (!validate(p, error))
        return false;
    p->updatedAt = currentTimestamp();
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("UPDATE persons SET %1 = ? WHERE id = ?")
                 .arg(writeColumns.split(QStringLiteral(", ")).join(QStringLiteral(" = ?, "))),
             rowValues(*p) << p->id, error))
        return false;
    return query.numRowsAffected() == 1 || fail(error, tr("No person has the id %1.").arg(p->id));
}

bool PersonRepository::remove(qint64 id, QString *error)
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("DELETE FROM persons WHERE id = ?"), {id}, error))
        return false;
    return query.numRowsAffected() == 1 || fail(error, tr("No person has the id %1.").arg(id));
}

std::optional<Person> PersonRepository::get(qint64 id, QString *error) const
{
    return getWhere(QStringLiteral("id = ?"), id, error);
}

std::optional<Person> PersonRepository::getByUuid(const QString &uuid, QString *error) const
{
    return getWhere(QStringLiteral("uuid = ?"), uuid, error);
}

std::optional<Person> PersonRepository::getWhere(const QString &where, const QVariant &key,
                                                 QString *error) const
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT %1 FROM persons WHERE %2").arg(columns, where), {key},
             error))
        return std::nullopt;
    if (!query.next()) {
        fail(error, tr("No such person."));
        return std::nullopt;
    }
    return fromQuery(query);
}

QList<Person> PersonRepository::list(const RecordFilter &filter, int limit, int offset,
                                     QString *error) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT %1 FROM persons p%2 ORDER BY p.name_sort, p.id")
                            .arg(columns, where(filter.personConditions(&values)));
    return listRecords<Person>(
        m_db, withPage(sql, limit, offset), values, &fromQuery,
        [](Person *, QString *) { return true; }, error);
}

qint64 PersonRepository::count(const RecordFilter &filter, QString *error) const
{
    QVariantList values;
    const QString conditions = filter.personConditions(&values);
    return countRows(m_db, QStringLiteral("SELECT count(*) FROM persons p") + where(conditions),
                     values, error);
}

} // namespace kartoitus
