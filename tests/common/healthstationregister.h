#pragma once

// A small register for the health-station list: activities that the list's filters keep and
// leave out, a contact person with publish consent and one without, and an organisation whose
// name is markup. Written through the repositories, as the program writes.
#include "repositories/activityrepository.h"
#include "repositories/organisationrepository.h"
#include "repositories/personrepository.h"
#include "storage/register.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace healthstation {

inline const QString MarkupName = QStringLiteral("<b>Kuoro</b> & <img src=\"x\">");

// Who must never appear in a public list: the contact person without consent.
struct Secret
{
    QString name = QStringLiteral("Salla Salainen");
    QString email = QStringLiteral("salla.salainen@example.org");
    QString phone = QStringLiteral("040 999 1111");
};

struct Expected
{
    QString activity;
    QString organisation;
};

inline int referenceId(const QSqlDatabase &db, const QString &table, const QString &nameFi)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE name_fi = ?").arg(table));
    q.addBindValue(nameFi);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

class Builder
{
public:
    explicit Builder(const QSqlDatabase &db)
        : m_db(db)
    {}

    qint64 organisation(const QString &name, const QString &municipality, const QString &email,
                        const QString &phone)
    {
        kartoitus::Organisation org;
        org.name = name;
        org.homeMunicipality = municipality;
        org.email = email;
        org.phone = phone;
        org.website = QStringLiteral("https://example.org/") + QString::number(++m_sites);
        QString error;
        if (!kartoitus::OrganisationRepository(m_db).create(&org, &error))
            qWarning("organisation %s: %s", qPrintable(name), qPrintable(error));
        return org.id;
    }

    qint64 person(const QString &name, qint64 organisation, const QString &email,
                  const QString &phone, bool consent)
    {
        kartoitus::Person person;
        person.name = name;
        person.organisationId = organisation;
        person.email = email;
        person.phone = phone;
        person.publishConsent = consent;
        QString error;
        if (!kartoitus::PersonRepository(m_db).create(&person, &error))
            qWarning("person %s: %s", qPrintable(name), qPrintable(error));
        return person.id;
    }

    // Free, on site, for older people, in Finnish, open for referral, hyte, unless changed.
    kartoitus::Activity activity(qint64 organisation, const QString &name,
                                 const QStringList &municipalities, const QString &theme)
    {
        kartoitus::Activity a;
        a.organisationId = organisation;
        a.name = name;
        a.placeType = QStringLiteral("place");
        a.address = QStringLiteral("Kauppakatu 1");
        a.schedule = QStringLiteral("ti klo 10–12");
        a.cost = QStringLiteral("free");
        a.accessibility = QStringLiteral("Esteetön sisäänkäynti");
        a.languages = QStringLiteral("fi");
        a.howToJoin = QStringLiteral("Tule paikalle.");
        a.openForReferral = true;
        a.hyte = true;
        a.municipalityCodes = municipalities;
        a.themeIds = {referenceId(m_db, QStringLiteral("themes"), theme)};
        a.targetGroupIds = {
            referenceId(m_db, QStringLiteral("target_groups"), QStringLiteral("Ikäihmiset"))};
        a.verifiedAt = QStringLiteral("2025-03-04T10:00:00Z");
        return a;
    }

    qint64 save(kartoitus::Activity a)
    {
        QString error;
        if (!kartoitus::ActivityRepository(m_db).create(&a, &error))
            qWarning("activity %s: %s", qPrintable(a.name), qPrintable(error));
        return a.id;
    }

private:
    QSqlDatabase m_db;
    int m_sites = 0;
};

// Fills the register. Returns the activities a list of free activities for older people in
// Jyväskylä and Laukaa shows; `fillers` more of them make the list run over several pages.
inline QList<Expected> fill(const QSqlDatabase &db, int fillers = 0)
{
    Builder b(db);
    const Secret secret;
    const QString jkl = QStringLiteral("179");
    const QString laukaa = QStringLiteral("410");
    const QString liikunta = QStringLiteral("Liikunta");
    const QString kulttuuri = QStringLiteral("Kulttuuri ja harrastukset");
    const qint64 latu =
        b.organisation(QStringLiteral("Laukaan Latu ry"), laukaa,
                       QStringLiteral("latu@example.org"), QStringLiteral("014 111 222"));
    const qint64 kuoro = b.organisation(MarkupName, jkl, QStringLiteral("kuoro@example.org"),
                                        QStringLiteral("014 333 444"));
    const qint64 kyla =
        b.organisation(QStringLiteral("Hankasalmen Kyläyhdistys ry"), QStringLiteral("077"),
                       QStringLiteral("kyla@example.org"), QString());
    const qint64 hidden = b.person(secret.name, latu, secret.email, secret.phone, false);
    const qint64 open =
        b.person(QStringLiteral("Julkinen Jaana"), kuoro, QStringLiteral("jaana@example.org"),
                 QStringLiteral("040 555 6666"), true);

    QList<Expected> expected;
    kartoitus::Activity walk = b.activity(latu, QStringLiteral("Kävelyryhmä"), {laukaa}, liikunta);
    walk.contactPersonId = hidden;
    b.save(walk);
    expected.append({walk.name, QStringLiteral("Laukaan Latu ry")});

    kartoitus::Activity song =
        b.activity(kuoro, QStringLiteral("Laulupiiri"), {jkl, laukaa}, kulttuuri);
    song.contactPersonId = open;
    song.verifiedAt = QStringLiteral("2024-09-15T08:00:00Z");
    b.save(song);
    expected.append({song.name, MarkupName});

    kartoitus::Activity paid =
        b.activity(latu, QStringLiteral("Maksullinen jumppa"), {laukaa}, liikunta);
    paid.cost = QStringLiteral("paid");
    paid.costText = QStringLiteral("5 € / kerta");
    paid.contactPersonId = hidden;
    b.save(paid);

    kartoitus::Activity elsewhere =
        b.activity(kyla, QStringLiteral("Kyläkävely"), {QStringLiteral("077")}, liikunta);
    b.save(elsewhere);

    kartoitus::Activity youth =
        b.activity(kuoro, QStringLiteral("Nuorten bändi"), {jkl}, kulttuuri);
    youth.targetGroupIds = {
        referenceId(db, QStringLiteral("target_groups"), QStringLiteral("Nuoret"))};
    b.save(youth);

    for (int i = 1; i <= fillers; ++i) {
        kartoitus::Activity filler =
            b.activity(latu, QStringLiteral("Vertaisryhmä %1").arg(i, 3, 10, QLatin1Char('0')),
                       {jkl}, QStringLiteral("Vertaistuki"));
        filler.contactPersonId = hidden;
        b.save(filler);
        expected.append({filler.name, QStringLiteral("Laukaan Latu ry")});
    }
    return expected;
}

} // namespace healthstation
