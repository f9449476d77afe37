// Rows that point at other records: activities at their organisation (by id, business
// ID or name), persons at an organisation or, as liaison persons, a municipality, and
// contact persons named in a row, who become persons without publish consent.
#include "importtestutil.h"

#include "repositories/organisationrepository.h"
#include "repositories/personrepository.h"

#include <QTest>

using namespace importtest;

class TestImportLinks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void activityFindsItsOrganisation_data();
    void activityFindsItsOrganisation();
    void activityOfNoKnownOrganisationIsRejected_data();
    void activityOfNoKnownOrganisationIsRejected();
    void activityFacetsAndReimport();
    void activityContactBecomesPerson();
    void activityContactDetailsNeedAName();
    void liaisonPersonBelongsToAMunicipality();
    void publishConsentWords_data();
    void publishConsentWords();
    void personOfUnknownOrganisationIsRejected();
    void organisationContactBecomesPerson();
    void contactKeepsAnExistingPersonsConsent();

private:
    qint64 organisationId(const QString &name) const
    {
        return value(m_space->db(), QStringLiteral("SELECT id FROM organisations WHERE name = ?"),
                     {name})
            .toLongLong();
    }

    std::unique_ptr<Workspace> m_space;
    QString m_latuUuid;
};

void TestImportLinks::init()
{
    m_space = std::make_unique<Workspace>();
    QVERIFY(m_space->create());
    OrganisationRepository repository(m_space->db());
    const QList<std::tuple<QString, QString, QString>> organisations{
        {QStringLiteral("Jyväskylän Latu ry"), QStringLiteral("179"), QStringLiteral("0166094-0")},
        {QStringLiteral("Laukaan Kävelijät ry"), QStringLiteral("410"), QString()},
        {QStringLiteral("Kaksoset ry"), QStringLiteral("179"), QString()},
        {QStringLiteral("Kaksoset ry"), QStringLiteral("410"), QString()},
    };
    for (const auto &[name, municipality, businessId] : organisations) {
        Organisation o;
        o.name = name;
        o.homeMunicipality = municipality;
        o.businessId = businessId;
        QString error;
        QVERIFY2(repository.create(&o, &error), qPrintable(error));
        if (m_latuUuid.isEmpty())
            m_latuUuid = o.uuid;
    }
}

void TestImportLinks::activityFindsItsOrganisation_data()
{
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QString>("expected");
    QTest::newRow("id") << "{latu}"
                        << "Jyväskylän Latu ry";
    QTest::newRow("business id") << "0166094-0"
                                 << "Jyväskylän Latu ry";
    QTest::newRow("business id with spaces") << " 0166094-0 "
                                             << "Jyväskylän Latu ry";
    QTest::newRow("name") << "Laukaan Kävelijät ry"
                          << "Laukaan Kävelijät ry";
    QTest::newRow("name in other case") << "LAUKAAN kävelijät RY"
                                        << "Laukaan Kävelijät ry";
}

void TestImportLinks::activityFindsItsOrganisation()
{
    QFETCH(QString, organisation);
    QFETCH(QString, expected);
    organisation.replace(QLatin1String("{latu}"), m_latuUuid);
    const QByteArray csv =
        "Järjestö;Toiminnan nimi\r\n" + organisation.toUtf8() + ";Kävelyryhmä\r\n";
    const ImportResult result = m_space->runBytes(csv, [] {
        ImportOptions o;
        o.entity = fields::Entity::Activities;
        return o;
    }());
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.created, 1);
    QCOMPARE(value(m_space->db(), QStringLiteral("SELECT o.name FROM activities a JOIN "
                                                 "organisations o ON o.id = a.organisation_id"))
                 .toString(),
             expected);
}

void TestImportLinks::activityOfNoKnownOrganisationIsRejected_data()
{
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown name") << "Ei Ole ry"
                                  << "column \"Järjestö\": no organisation";
    QTest::newRow("unknown business id") << "0221704-3"
                                         << "column \"Järjestö\": no organisation";
    QTest::newRow("unknown id") << "6f1c2b9e-3d4a-4e5f-8a7b-1c2d3e4f5a6b"
                                << "column \"Järjestö\": no organisation";
    QTest::newRow("two of that name") << "Kaksoset ry"
                                      << "column \"Järjestö\": several organisations";
    QTest::newRow("blank") << ""
                           << "column \"Järjestö\": the organisation is missing";
}

void TestImportLinks::activityOfNoKnownOrganisationIsRejected()
{
    QFETCH(QString, organisation);
    QFETCH(QString, reason);
    const QByteArray csv = "Järjestö;Toiminnan nimi\r\nJyväskylän Latu ry;Hiihtokoulu\r\n" +
                           organisation.toUtf8() + ";Kävelyryhmä\r\n";
    ImportOptions options;
    options.entity = fields::Entity::Activities;
    const ImportResult result = m_space->runBytes(csv, options);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.created, 1);
    QCOMPARE(result.rejected, 1);
    QCOMPARE(result.rejects.value(0).line, 3);
    QVERIFY2(result.rejects.value(0).reason.startsWith(reason),
             qPrintable(result.rejects.value(0).reason));
    QCOMPARE(column(m_space->db(), QStringLiteral("SELECT name FROM activities")),
             QStringList{QStringLiteral("Hiihtokoulu")});
}

void TestImportLinks::activityFacetsAndReimport()
{
    const QByteArray csv =
        "organisation,name,hyte,themes,target_groups,municipalities,place,cost,"
        "open_for_referral\r\n"
        "Jyväskylän Latu ry,Hiihtokoulu,kyllä,\"Liikunta; vertaistuki\",Lapset|Nuoret,"
        "\"Jyväskylä, Laukaa\",paikan päällä,maksuton,x\r\n"
        "Jyväskylän Latu ry,Etäjumppa,ei,Liikunta,Ikäihmiset,179,verkossa,maksullinen,\r\n";
    ImportOptions options;
    options.entity = fields::Entity::Activities;
    const ImportResult result = m_space->runBytes(csv, options);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.created, 2);
    const QSqlDatabase db = m_space->db();
    QCOMPARE(column(db, QStringLiteral("SELECT name || ' ' || hyte || ' ' || place_type || ' ' "
                                       "|| cost || ' ' || open_for_referral FROM activities "
                                       "ORDER BY id")),
             QStringList({"Hiihtokoulu 1 place free 1", "Etäjumppa 0 online paid 0"}));
    QCOMPARE(column(db, QStringLiteral("SELECT t.name_fi FROM activity_themes at JOIN themes t ON "
                                       "t.id = at.theme_id WHERE at.activity_id = 1 ORDER BY 1")),
             QStringList({"Liikunta", "Vertaistuki"}));
    QCOMPARE(column(db, QStringLiteral("SELECT t.name_fi FROM activity_target_groups ag JOIN "
                                       "target_groups t ON t.id = ag.target_group_id WHERE "
                                       "ag.activity_id = 1 ORDER BY 1")),
             QStringList({"Lapset", "Nuoret"}));
    QCOMPARE(column(db, QStringLiteral("SELECT municipality_code FROM activity_municipalities "
                                       "WHERE activity_id = 1 ORDER BY 1")),
             QStringList({"179", "410"}));

    // The same file again: each activity is found by its name within its organisation.
    const ImportResult again = m_space->runBytes(csv, options);
    QVERIFY2(again.ok, qPrintable(describe(again)));
    QCOMPARE(again.created, 0);
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(again.outcomes.value(0).matchedBy, QStringLiteral("name"));
    QCOMPARE(count(db, QStringLiteral("activities")), 2);
}

void TestImportLinks::activityContactBecomesPerson()
{
    const QByteArray csv = "Järjestö;Toiminnan nimi;Yhteyshenkilö;Yhteyshenkilön sähköposti;"
                           "Yhteyshenkilön puhelin\r\n"
                           "Jyväskylän Latu ry;Hiihtokoulu;Åsa Öhman;asa@example.org;"
                           "040 123 4567\r\n"
                           "Jyväskylän Latu ry;Sauvakävely;ÅSA  öhman;;\r\n";
    ImportOptions options;
    options.entity = fields::Entity::Activities;
    const ImportResult result = m_space->runBytes(csv, options);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.created, 2);
    const QSqlDatabase db = m_space->db();
    // One person for both activities: the same name in the same organisation.
    QCOMPARE(count(db, QStringLiteral("persons")), 1);
    QCOMPARE(column(db, QStringLiteral("SELECT name || ' ' || email || ' ' || phone || ' ' || "
                                       "publish_consent || ' ' || organisation_id FROM persons")),
             QStringList{QStringLiteral("Åsa Öhman asa@example.org 040 123 4567 0 %1")
                             .arg(organisationId(QStringLiteral("Jyväskylän Latu ry")))});
    QCOMPARE(value(db, QStringLiteral("SELECT count(*) FROM activities WHERE contact_person_id = "
                                      "(SELECT id FROM persons)"))
                 .toInt(),
             2);
}

void TestImportLinks::activityContactDetailsNeedAName()
{
    const QByteArray csv = "Järjestö;Toiminnan nimi;Yhteyshenkilö;Yhteyshenkilön sähköposti\r\n"
                           "Jyväskylän Latu ry;Hiihtokoulu;;asa@example.org\r\n";
    ImportOptions options;
    options.entity = fields::Entity::Activities;
    const ImportResult result = m_space->runBytes(csv, options);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.rejected, 1);
    QVERIFY2(result.rejects.value(0).reason.contains(QStringLiteral("\"Yhteyshenkilö\"")),
             qPrintable(result.rejects.value(0).reason));
    QCOMPARE(count(m_space->db(), QStringLiteral("persons")), 0);
}

void TestImportLinks::liaisonPersonBelongsToAMunicipality()
{
    const QByteArray csv = "Nimi;Kunta;Rooli;Sähköposti;Puhelin;Julkaisulupa;Luvan päivämäärä\r\n"
                           "Liisa Yhdyshenkilö;JYVÄSKYLÄ;järjestöyhdyshenkilö;"
                           "liisa@jyvaskyla.example;014 266 0000;kyllä;31.5.2024\r\n"
                           "Pertti Pylkkänen;633;yhdyshenkilö;;;ei;\r\n";
    ImportOptions options;
    options.entity = fields::Entity::Persons;
    const ImportResult result = m_space->runBytes(csv, options);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.created, 2);
    QCOMPARE(column(m_space->db(),
                    QStringLiteral("SELECT name || '|' || coalesce(organisation_id, '-') || '|' "
                                   "|| municipality_code || '|' || publish_consent || '|' || "
                                   "coalesce(consent_date, '-') FROM persons ORDER BY id")),
             QStringList({"Liisa Yhdyshenkilö|-|179|1|2024-05-31",
                          // Pylkönmäki (633) merged into Saarijärvi (729) in 2009.
                          "Pertti Pylkkänen|-|729|0|-"}));
    // Imported again: found by name in the same municipality, nothing new.
    const ImportResult again = m_space->runBytes(csv, options);
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(count(m_space->db(), QStringLiteral("persons")), 2);
}

void TestImportLinks::publishConsentWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("consent"); // -1: rejected
    QTest::newRow("kyllä") << "kyllä" << 1;
    QTest::newRow("KYLLÄ") << "KYLLÄ" << 1;
    QTest::newRow("ei") << "ei" << 0;
    QTest::newRow("ja") << "ja" << 1;
    QTest::newRow("nej") << "nej" << 0;
    QTest::newRow("yes") << "Yes" << 1;
    QTest::newRow("no") << "no" << 0;
    QTest::newRow("x") << "x" << 1;
    QTest::newRow("X") << " X " << 1;
    QTest::newRow("1") << "1" << 1;
    QTest::newRow("0") << "0" << 0;
    QTest::newRow("empty") << "" << 0;
    QTest::newRow("joo") << "joo" << -1;
    QTest::newRow("maybe") << "ehkä" << -1;
}

void TestImportLinks::publishConsentWords()
{
    QFETCH(QString, word);
    QFETCH(int, consent);
    const QByteArray csv =
        "Nimi;Järjestö;Julkaisulupa\r\nMaija Mäki;Jyväskylän Latu ry;" + word.toUtf8() + "\r\n";
    ImportOptions options;
    options.entity = fields::Entity::Persons;
    const ImportResult result = m_space->runBytes(csv, options);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    if (consent < 0) {
        QCOMPARE(result.rejected, 1);
        QVERIFY2(result.rejects.value(0).reason.contains(QLatin1String("\"Julkaisulupa\"")),
                 qPrintable(result.rejects.value(0).reason));
        return;
    }
    QCOMPARE(result.created, 1);
    QCOMPARE(value(m_space->db(), QStringLiteral("SELECT publish_consent FROM persons")).toInt(),
             consent);
    QCOMPARE(
        value(m_space->db(), QStringLiteral("SELECT organisation_id FROM persons")).toLongLong(),
        organisationId(QStringLiteral("Jyväskylän Latu ry")));
}

void TestImportLinks::personOfUnknownOrganisationIsRejected()
{
    const QByteArray csv = "name,organisation,municipality\r\n"
                           "Maija Mäki,Ei Ole ry,\r\n"
                           "Matti Mäki,,Ei Kuntaa\r\n"
                           "Liisa Laukaa,,Laukaa\r\n";
    ImportOptions options;
    options.entity = fields::Entity::Persons;
    const ImportResult result = m_space->runBytes(csv, options);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.created, 1);
    QCOMPARE(result.rejected, 2);
    QVERIFY2(result.rejects[0].reason.contains(QLatin1String("column \"organisation\"")),
             qPrintable(result.rejects[0].reason));
    QVERIFY2(result.rejects[1].reason.contains(QLatin1String("column \"municipality\"")),
             qPrintable(result.rejects[1].reason));
}

void TestImportLinks::organisationContactBecomesPerson()
{
    const QByteArray csv = "Nimi;Kunta;Yhteyshenkilö\r\n"
                           "Uusi Yhdistys ry;Muurame;Pekka \"Pete\" Päivärinta\r\n"
                           "Jyväskylän Latu ry;Jyväskylä;Åsa Öhman\r\n";
    const ImportResult result = m_space->runBytes(csv);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.created, 1);
    QCOMPARE(result.updated, 1);
    const QSqlDatabase db = m_space->db();
    QCOMPARE(column(db, QStringLiteral("SELECT p.name || '|' || p.publish_consent || '|' || "
                                       "o.name FROM organisations o JOIN persons p ON p.id = "
                                       "o.contact_person_id AND p.organisation_id = o.id ORDER "
                                       "BY p.id")),
             QStringList({"Pekka \"Pete\" Päivärinta|0|Uusi Yhdistys ry",
                          "Åsa Öhman|0|Jyväskylän Latu ry"}));
    // Again: the contacts are there, no second person is made.
    const ImportResult again = m_space->runBytes(csv);
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(count(db, QStringLiteral("persons")), 2);
}

// The register knows the person already and has her consent: naming her as a contact
// does not take it away.
void TestImportLinks::contactKeepsAnExistingPersonsConsent()
{
    Person person;
    person.name = QStringLiteral("Åsa Öhman");
    person.organisationId = organisationId(QStringLiteral("Jyväskylän Latu ry"));
    person.publishConsent = true;
    person.consentDate = QStringLiteral("2024-05-31");
    person.email = QStringLiteral("asa@example.org");
    QString error;
    QVERIFY2(PersonRepository(m_space->db()).create(&person, &error), qPrintable(error));

    const ImportResult result =
        m_space->runBytes("Nimi;Y-tunnus;Yhteyshenkilö\r\nJyväskylän Latu ry;0166094-0;ÅSA "
                          "ÖHMAN\r\n");
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.updated, 1);
    const QSqlDatabase db = m_space->db();
    QCOMPARE(count(db, QStringLiteral("persons")), 1);
    QCOMPARE(value(db, QStringLiteral("SELECT contact_person_id FROM organisations WHERE id = ?"),
                   {*person.organisationId})
                 .toLongLong(),
             person.id);
    QCOMPARE(column(db, QStringLiteral("SELECT name || '|' || publish_consent || '|' || email "
                                       "FROM persons")),
             QStringList{QStringLiteral("Åsa Öhman|1|asa@example.org")});
}

QTEST_GUILESS_MAIN(TestImportLinks)
#include "tst_importlinks.moc"
