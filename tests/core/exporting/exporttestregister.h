#pragma once

// A small register whose text holds everything a CSV or XLSX writer can get wrong:
// Finnish letters, quotes, delimiters, line breaks and cells a spreadsheet would run
// as formulas.
#include "common/finnishtext.h"
#include "storage/register.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace exporttest {

struct Organisation
{
    QString name;
    QString municipality; // code
    QStringList served;   // codes
    QString sector;       // sectors.name_fi
    QString description;
    QVariant members;
    QString status = QStringLiteral("active");
    QString contact; // contact person's name
};

inline QList<Organisation> trickyOrganisations()
{
    return {
        {QStringLiteral("Äänekosken Seudun Ääni ry"),
         QStringLiteral("992"),
         {QStringLiteral("992"), QStringLiteral("179")},
         QStringLiteral("Kulttuuri"),
         QStringLiteral("Kuoro, joka laulaa; \"aina\" ja\nkaikkialla"),
         42,
         QStringLiteral("active"),
         QStringLiteral("Åsa Öhman")},
        {QStringLiteral("=SUM(A1:A9)"),
         QStringLiteral("179"),
         {},
         QStringLiteral("Nuoriso"),
         QStringLiteral("+358 40 123 4567"),
         7,
         QStringLiteral("dormant"),
         QString()},
        {QStringLiteral("-Miinus ry"),
         QStringLiteral("179"),
         {QStringLiteral("500")},
         QStringLiteral("Muu"),
         QStringLiteral("@mention"),
         QVariant(),
         QStringLiteral("active"),
         QStringLiteral("Pekka \"Pete\" Päivärinta")},
        {QStringLiteral("'=Jo suojattu"),
         QStringLiteral("077"),
         {},
         QStringLiteral("Muu"),
         QStringLiteral("Rivi 1\r\nRivi 2"),
         0,
         QStringLiteral("dissolved"),
         QString()},
        {QStringLiteral("Keuruun \"Kylä\"; yhdistys, ry"),
         QStringLiteral("249"),
         {},
         QStringLiteral("Kylä- ja asukastoiminta"),
         QString(),
         1240,
         QStringLiteral("active"),
         QString()},
    };
}

inline bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

inline qint64 addPerson(QSqlQuery &q, const QString &name, const QVariant &organisationId)
{
    const QString now = kartoitus::currentTimestamp();
    exec(q,
         QStringLiteral("INSERT INTO persons (uuid, name, name_sort, email, phone, "
                        "organisation_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)"),
         {kartoitus::newUuid(), name, kartoitus::FinnishText::sortKey(name),
          QStringLiteral("henkilo@example.org"), QStringLiteral("040 123 4567"), organisationId,
          now, now});
    return q.lastInsertId().toLongLong();
}

inline qint64 addOrganisation(QSqlQuery &q, const Organisation &o)
{
    const QString now = kartoitus::currentTimestamp();
    exec(q,
         QStringLiteral("INSERT INTO organisations (uuid, name, name_sort, home_municipality, "
                        "description, members, status, register_number, postal_code, "
                        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
         {kartoitus::newUuid(), o.name, kartoitus::FinnishText::sortKey(o.name), o.municipality,
          o.description.isNull() ? QVariant() : o.description, o.members, o.status,
          QStringLiteral("192130"), QStringLiteral("01234"), now, now});
    const qint64 id = q.lastInsertId().toLongLong();
    for (const QString &code : o.served)
        exec(q, QStringLiteral("INSERT INTO organisation_municipalities VALUES (?,?)"), {id, code});
    exec(q,
         QStringLiteral("INSERT INTO organisation_sectors SELECT ?, id, 1 FROM sectors WHERE "
                        "name_fi = ?"),
         {id, o.sector});
    if (!o.contact.isEmpty()) {
        const qint64 person = addPerson(q, o.contact, id);
        exec(q, QStringLiteral("UPDATE organisations SET contact_person_id = ? WHERE id = ?"),
             {person, id});
    }
    return id;
}

// One activity per organisation, with a theme, a target group and a municipality.
inline void addActivity(QSqlQuery &q, qint64 organisationId, const QString &name,
                        const QString &theme, const QString &group, const QString &code)
{
    const QString now = kartoitus::currentTimestamp();
    exec(q,
         QStringLiteral("INSERT INTO activities (uuid, organisation_id, name, name_sort, hyte, "
                        "place_type, cost, open_for_referral, created_at, updated_at) VALUES "
                        "(?,?,?,?,1,'place','free',1,?,?)"),
         {kartoitus::newUuid(), organisationId, name, kartoitus::FinnishText::sortKey(name), now,
          now});
    const qint64 id = q.lastInsertId().toLongLong();
    exec(q,
         QStringLiteral("INSERT INTO activity_themes SELECT ?, id FROM themes WHERE name_fi = ?"),
         {id, theme});
    exec(q,
         QStringLiteral("INSERT INTO activity_target_groups SELECT ?, id FROM target_groups "
                        "WHERE name_fi = ?"),
         {id, group});
    exec(q, QStringLiteral("INSERT INTO activity_municipalities VALUES (?,?)"), {id, code});
}

inline bool fill(kartoitus::Register &reg)
{
    QSqlQuery q(reg.database());
    kartoitus::Transaction transaction(reg.database());
    QList<qint64> ids;
    for (const Organisation &o : trickyOrganisations())
        ids.append(addOrganisation(q, o));
    addActivity(q, ids[0], QStringLiteral("Laulupiiri \"Ilo\""),
                QStringLiteral("Kulttuuri ja harrastukset"), QStringLiteral("Ikäihmiset"),
                QStringLiteral("992"));
    addActivity(q, ids[1], QStringLiteral("Nuorten ilta"),
                QStringLiteral("Yksinäisyyden ehkäisy ja osallisuus"), QStringLiteral("Nuoret"),
                QStringLiteral("179"));
    addActivity(q, ids[2], QStringLiteral("=Kävelyryhmä"), QStringLiteral("Liikunta"),
                QStringLiteral("Kaikki"), QStringLiteral("179"));
    // A municipality's liaison person, who belongs to no organisation.
    const qint64 liaison = addPerson(q, QStringLiteral("Liisa Yhdyshenkilö"), QVariant());
    exec(q, QStringLiteral("UPDATE persons SET municipality_code = '179' WHERE id = ?"), {liaison});
    return transaction.commit();
}

} // namespace exporttest
