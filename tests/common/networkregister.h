#pragma once

// A small register for the sector networks' lists: two networks with current members, one
// that left last year and one that joined next month, a coordinator, representatives (a term
// ending within 90 days, a term long past), and liaison persons for three municipalities of
// Central Finland. Dates are relative to today so that "last year" stays last year. Written
// through the repositories, as the program writes.
#include "repositories/networkrepository.h"
#include "repositories/organisationrepository.h"
#include "repositories/personrepository.h"
#include "storage/register.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace networks {

struct Expected
{
    QString sportsNetwork = QStringLiteral("Liikunta ja urheilu -toimialaverkosto");
    QString cultureNetwork = QStringLiteral("Kulttuuri -toimialaverkosto");
    // Current members of the sports network, in Finnish order (Ä after Z).
    QStringList sportsMembers = {QStringLiteral("Jyväskylän Latu ry"),
                                 QStringLiteral("Laukaan Pallo ry"),
                                 QStringLiteral("Äänekosken Uimarit ry")};
    QString formerMember = QStringLiteral("Keuruun Voimistelijat ry"); // left last year
    QString futureMember = QStringLiteral("Multian Hiihtäjät ry");     // joins next month
    QStringList cultureMembers = {QStringLiteral("Jämsän Teatteri ry"),
                                  QStringLiteral("Saarijärven Kuoro ry")};
    QString coordinator = QStringLiteral("Kaisa Koordinaattori");
    QString chair = QStringLiteral("Pekka Puheenjohtaja"); // term ends in 30 days
    QString deputy = QStringLiteral("Veera Varajäsen");    // term ends in two years
    QString pastRepresentative = QStringLiteral("Olli Entinen");
    QDate chairTermEnd;
    QDate formerLeft;
    QStringList liaisonMunicipalities = {QStringLiteral("Jyväskylä"), QStringLiteral("Laukaa"),
                                         QStringLiteral("Uurainen")};
    QString liaison = QStringLiteral("Liisa Yhdyshenkilö");
};

inline int sectorId(const QSqlDatabase &db, const QString &nameFi)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM sectors WHERE name_fi = ?"));
    q.addBindValue(nameFi);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

class Builder
{
public:
    explicit Builder(const QSqlDatabase &db)
        : m_db(db)
    {}

    qint64 organisation(const QString &name, const QString &municipality)
    {
        kartoitus::Organisation org;
        org.name = name;
        org.homeMunicipality = municipality;
        org.email = QStringLiteral("info%1@example.org").arg(++m_count);
        org.phone = QStringLiteral("014 100 %1").arg(100 + m_count);
        QString error;
        if (!kartoitus::OrganisationRepository(m_db).create(&org, &error))
            qWarning("organisation %s: %s", qPrintable(name), qPrintable(error));
        return org.id;
    }

    // A contact person of `organisationId` who becomes its contact person.
    qint64 contact(const QString &name, qint64 organisationId)
    {
        kartoitus::Person person;
        person.name = name;
        person.organisationId = organisationId;
        person.email = QStringLiteral("henkilo%1@example.org").arg(++m_count);
        person.phone = QStringLiteral("040 200 %1").arg(1000 + m_count);
        QString error;
        if (!kartoitus::PersonRepository(m_db).create(&person, &error))
            qWarning("person %s: %s", qPrintable(name), qPrintable(error));
        kartoitus::OrganisationRepository organisations(m_db);
        std::optional<kartoitus::Organisation> org = organisations.get(organisationId);
        if (org) {
            org->contactPersonId = person.id;
            if (!organisations.update(&*org, &error))
                qWarning("contact of %s: %s", qPrintable(org->name), qPrintable(error));
        }
        return person.id;
    }

    qint64 liaison(const QString &name, const QString &municipalityCode)
    {
        kartoitus::Person person;
        person.name = name;
        person.municipalityCode = municipalityCode;
        person.role = QStringLiteral("järjestöyhdyshenkilö");
        person.email = QStringLiteral("yhteys%1@example.org").arg(++m_count);
        person.verifiedAt = QStringLiteral("2025-03-01T10:00:00Z");
        QString error;
        if (!kartoitus::PersonRepository(m_db).create(&person, &error))
            qWarning("liaison %s: %s", qPrintable(name), qPrintable(error));
        return person.id;
    }

private:
    QSqlDatabase m_db;
    int m_count = 0;
};

inline QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

inline void member(kartoitus::NetworkRepository &repository, qint64 network, qint64 organisation,
                   const QString &joined, const QString &role = QStringLiteral("member"))
{
    kartoitus::NetworkMember m;
    m.networkId = network;
    m.organisationId = organisation;
    m.role = role;
    m.joinedOn = joined;
    QString error;
    if (!repository.addMember(&m, &error))
        qWarning("member: %s", qPrintable(error));
}

inline void representative(kartoitus::NetworkRepository &repository, qint64 network, qint64 person,
                           qint64 organisation, const QString &role, const QDate &start,
                           const QDate &end)
{
    kartoitus::NetworkRepresentative r;
    r.networkId = network;
    r.personId = person;
    r.organisationId = organisation;
    r.role = role;
    r.termStart = iso(start);
    r.termEnd = iso(end);
    QString error;
    if (!repository.addRepresentative(&r, &error))
        qWarning("representative: %s", qPrintable(error));
}

inline qint64 network(kartoitus::NetworkRepository &repository, int sector, const QString &name,
                      std::optional<qint64> coordinator = std::nullopt)
{
    kartoitus::Network n;
    n.sectorId = sector;
    n.name = name;
    n.coordinatorPersonId = coordinator;
    QString error;
    if (!repository.create(&n, &error))
        qWarning("network %s: %s", qPrintable(name), qPrintable(error));
    return n.id;
}

inline Expected fill(const QSqlDatabase &db)
{
    Expected expected;
    const QDate today = QDate::currentDate();
    expected.chairTermEnd = today.addDays(30);
    expected.formerLeft = QDate(today.year() - 1, 6, 30);
    Builder b(db);
    kartoitus::NetworkRepository repository(db);

    const qint64 latu = b.organisation(expected.sportsMembers.at(0), QStringLiteral("179"));
    const qint64 pallo = b.organisation(expected.sportsMembers.at(1), QStringLiteral("410"));
    const qint64 uimarit = b.organisation(expected.sportsMembers.at(2), QStringLiteral("992"));
    const qint64 former = b.organisation(expected.formerMember, QStringLiteral("249"));
    const qint64 future = b.organisation(expected.futureMember, QStringLiteral("495"));
    const qint64 coordinator = b.contact(expected.coordinator, latu);
    const qint64 chair = b.contact(expected.chair, pallo);
    const qint64 deputy = b.contact(expected.deputy, uimarit);
    const qint64 past = b.contact(expected.pastRepresentative, former);

    const qint64 sports = network(repository, sectorId(db, QStringLiteral("Liikunta ja urheilu")),
                                  expected.sportsNetwork, coordinator);
    member(repository, sports, latu, QStringLiteral("2018-01-01"), QStringLiteral("coordinator"));
    member(repository, sports, pallo, QStringLiteral("2020-03-01"));
    member(repository, sports, uimarit, QString());
    member(repository, sports, former, QStringLiteral("2015-01-01"));
    member(repository, sports, future, iso(today.addMonths(1)));
    QString error;
    const QList<kartoitus::NetworkMember> all = repository.members(sports);
    for (const kartoitus::NetworkMember &m : all) {
        if (m.organisationId == former && !repository.leave(m.id, iso(expected.formerLeft), &error))
            qWarning("leave: %s", qPrintable(error));
    }
    representative(repository, sports, chair, pallo, QStringLiteral("chair"), today.addYears(-2),
                   expected.chairTermEnd);
    representative(repository, sports, deputy, uimarit, QStringLiteral("deputy"),
                   today.addMonths(-6), today.addYears(2));
    representative(repository, sports, past, former, QStringLiteral("member"), QDate(2019, 1, 1),
                   QDate(2020, 12, 31));

    const qint64 culture =
        network(repository, sectorId(db, QStringLiteral("Kulttuuri")), expected.cultureNetwork);
    const qint64 teatteri = b.organisation(expected.cultureMembers.at(0), QStringLiteral("182"));
    const qint64 kuoro = b.organisation(expected.cultureMembers.at(1), QStringLiteral("729"));
    member(repository, culture, kuoro, QStringLiteral("2021-01-01"));
    member(repository, culture, teatteri, QStringLiteral("2022-01-01"));

    b.liaison(expected.liaison, QStringLiteral("179"));
    b.liaison(QStringLiteral("Lauri Laukaalainen"), QStringLiteral("410"));
    b.liaison(QStringLiteral("Ulla Uuraislainen"), QStringLiteral("892"));
    return expected;
}

} // namespace networks
