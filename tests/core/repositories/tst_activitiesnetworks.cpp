// Activities, sector networks and surveys through their repositories: round trips,
// the filters of the health-station list, and refusals that name the field.
#include "common/finnishtext.h"
#include "repositories/activityrepository.h"
#include "repositories/networkrepository.h"
#include "repositories/organisationrepository.h"
#include "repositories/personrepository.h"
#include "repositories/surveyrepository.h"
#include "storage/register.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kartoitus;

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

int referenceId(const QSqlDatabase &db, const QString &table, const QString &nameFi)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE name_fi = ?").arg(table));
    q.addBindValue(nameFi);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

class TestActivitiesNetworks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void activityRoundTrip();
    void activityFilters();
    void activityValidation_data();
    void activityValidation();
    void networksMembersRepresentatives();
    void representativeValidation();
    void membershipHistory();
    void surveyQuestionsResponsesAnswers();
    void organisationsNetworksAndResponses();

private:
    qint64 organisation(const QString &name, const QString &home);
    qint64 person(const QString &name, qint64 organisationId);

    QTemporaryDir m_dir;
    Register m_register;
    QSqlDatabase m_db;
    int m_fileNumber = 0;
};

void TestActivitiesNetworks::init()
{
    const OpenResult opened =
        m_register.create(m_dir.filePath(QStringLiteral("a%1.kartoitus").arg(++m_fileNumber)));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    m_db = m_register.database();
}

void TestActivitiesNetworks::cleanup()
{
    m_db = QSqlDatabase();
    m_register.close();
}

qint64 TestActivitiesNetworks::organisation(const QString &name, const QString &home)
{
    Organisation o;
    o.name = name;
    o.homeMunicipality = home;
    QString error;
    if (!OrganisationRepository(m_db).create(&o, &error))
        qWarning("%s", qPrintable(error));
    return o.id;
}

qint64 TestActivitiesNetworks::person(const QString &name, qint64 organisationId)
{
    Person p;
    p.name = name;
    p.organisationId = organisationId;
    QString error;
    if (!PersonRepository(m_db).create(&p, &error))
        qWarning("%s", qPrintable(error));
    return p.id;
}

void TestActivitiesNetworks::activityRoundTrip()
{
    const qint64 org =
        organisation(QStringLiteral("Saarijärven Sydänyhdistys ry"), QStringLiteral("729"));
    const qint64 contact = person(QStringLiteral("Leena Mattila"), org);
    const int peer = referenceId(m_db, QStringLiteral("themes"), QStringLiteral("Vertaistuki"));
    const int carers =
        referenceId(m_db, QStringLiteral("target_groups"), QStringLiteral("Omaishoitajat"));
    ActivityRepository repository(m_db);
    Activity a;
    a.organisationId = org;
    a.name = QStringLiteral("Vertaistukiryhmä omaishoitajille");
    a.description = QStringLiteral("Keskustelua ja jaksamisvinkkejä.");
    a.hyte = true;
    a.placeType = QStringLiteral("hybrid");
    a.address = QStringLiteral("Kirkkotie 3, Saarijärvi");
    a.schedule = QStringLiteral("ti klo 17–19");
    a.cost = QStringLiteral("paid");
    a.costText = QStringLiteral("5 € / kerta");
    a.accessibility = QStringLiteral("Esteetön");
    a.languages = QStringLiteral("fi, sv");
    a.howToJoin = QStringLiteral("Ilmoittaudu yhteyshenkilölle.");
    a.openForReferral = true;
    a.contactPersonId = contact;
    a.themeIds = {peer};
    a.targetGroupIds = {carers};
    a.municipalityCodes = {QStringLiteral("729"), QStringLiteral("226")};
    QString error;
    QVERIFY2(repository.create(&a, &error), qPrintable(error));

    const Activity read = *repository.get(a.id);
    QCOMPARE(read.uuid, a.uuid);
    QCOMPARE(read.organisationId, org);
    QCOMPARE(read.nameSort, FinnishText::sortKey(a.name));
    QCOMPARE(read.schedule, QStringLiteral("ti klo 17–19"));
    QCOMPARE(read.costText, QStringLiteral("5 € / kerta"));
    QVERIFY(read.hyte);
    QVERIFY(read.openForReferral);
    QCOMPARE(read.placeType, QStringLiteral("hybrid"));
    QCOMPARE(read.contactPersonId, std::optional<qint64>(contact));
    QCOMPARE(read.themeIds, QList<int>{peer});
    QCOMPARE(read.targetGroupIds, QList<int>{carers});
    QCOMPARE(read.municipalityCodes, (QStringList{QStringLiteral("226"), QStringLiteral("729")}));

    Activity changed = read;
    changed.municipalityCodes = {QStringLiteral("729")};
    changed.openForReferral = false;
    QVERIFY2(repository.update(&changed, &error), qPrintable(error));
    QCOMPARE(repository.getByUuid(a.uuid)->municipalityCodes, QStringList{QStringLiteral("729")});
    QVERIFY(!repository.get(a.id)->openForReferral);
    QVERIFY(repository.remove(a.id, &error));
    QVERIFY(!repository.get(a.id));
    // Its facets go with it.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM activity_themes")), 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM activity_municipalities")), 0);
}

void TestActivitiesNetworks::activityFilters()
{
    const qint64 jkl = organisation(QStringLiteral("Jyväskylän Latu ry"), QStringLiteral("179"));
    const qint64 muurame =
        organisation(QStringLiteral("Muuramen Martat ry"), QStringLiteral("500"));
    const int exercise = referenceId(m_db, QStringLiteral("themes"), QStringLiteral("Liikunta"));
    const int nutrition = referenceId(m_db, QStringLiteral("themes"), QStringLiteral("Ravitsemus"));
    const int elderly =
        referenceId(m_db, QStringLiteral("target_groups"), QStringLiteral("Ikäihmiset"));
    struct Row
    {
        qint64 org;
        const char *name;
        int theme;
        bool hyte;
        bool referral;
        const char *municipality;
    };
    const Row rows[] = {{jkl, "Kävelykerho", exercise, true, true, "179"},
                        {jkl, "Hiihtokoulu", exercise, false, false, "179"},
                        {muurame, "Ruokapiiri", nutrition, true, true, "500"},
                        {muurame, "Tuolijumppa", exercise, true, false, "179"}};
    ActivityRepository repository(m_db);
    QString error;
    for (const Row &row : rows) {
        Activity a;
        a.organisationId = row.org;
        a.name = QString::fromUtf8(row.name);
        a.themeIds = {row.theme};
        a.targetGroupIds = {elderly};
        a.hyte = row.hyte;
        a.openForReferral = row.referral;
        a.municipalityCodes = {QLatin1String(row.municipality)};
        QVERIFY2(repository.create(&a, &error), qPrintable(error));
    }
    const auto names = [&](const RecordFilter &filter) {
        QStringList list;
        for (const Activity &a : repository.list(filter))
            list.append(a.name);
        return list;
    };
    RecordFilter healthStation; // what a health station in Jyväskylä refers to
    healthStation.municipalities = {QStringLiteral("179")};
    healthStation.themes = {exercise};
    healthStation.hyte = true;
    QCOMPARE(names(healthStation),
             (QStringList{QStringLiteral("Kävelykerho"), QStringLiteral("Tuolijumppa")}));
    healthStation.openForReferral = true;
    QCOMPARE(names(healthStation), QStringList{QStringLiteral("Kävelykerho")});
    RecordFilter ofMuurame;
    ofMuurame.organisationId = muurame;
    QCOMPARE(repository.count(ofMuurame), 2);
    RecordFilter forElderly;
    forElderly.targetGroups = {elderly};
    QCOMPARE(repository.count(forElderly), 4);
    RecordFilter notHyte;
    notHyte.hyte = false;
    QCOMPARE(names(notHyte), QStringList{QStringLiteral("Hiihtokoulu")});
}

void TestActivitiesNetworks::activityValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("name") << "name"
                          << " "
                          << "Name";
    QTest::newRow("organisation") << "organisation"
                                  << "4242"
                                  << "Organisation";
    QTest::newRow("place") << "placeType"
                           << "outdoors"
                           << "Place";
    QTest::newRow("cost") << "cost"
                          << "cheap"
                          << "Cost";
    QTest::newRow("municipality") << "municipality"
                                  << "998"
                                  << "Municipalities";
    QTest::newRow("theme") << "theme"
                           << "9999"
                           << "Themes";
}

void TestActivitiesNetworks::activityValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, messagePart);
    Activity a;
    a.organisationId =
        organisation(QStringLiteral("Toivakan Kyläyhdistys ry"), QStringLiteral("850"));
    a.name = QStringLiteral("Kyläilta");
    if (field == QLatin1String("name"))
        a.name = value;
    else if (field == QLatin1String("organisation"))
        a.organisationId = value.toLongLong();
    else if (field == QLatin1String("placeType"))
        a.placeType = value;
    else if (field == QLatin1String("cost"))
        a.cost = value;
    else if (field == QLatin1String("municipality"))
        a.municipalityCodes = {value};
    else if (field == QLatin1String("theme"))
        a.themeIds = {value.toInt()};
    QString error;
    QVERIFY(!ActivityRepository(m_db).create(&a, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QCOMPARE(ActivityRepository(m_db).count(), 0);
}

void TestActivitiesNetworks::networksMembersRepresentatives()
{
    const int culture = referenceId(m_db, QStringLiteral("sectors"), QStringLiteral("Kulttuuri"));
    const qint64 choir = organisation(QStringLiteral("Keuruun Kuoro ry"), QStringLiteral("249"));
    const qint64 theatre =
        organisation(QStringLiteral("Jämsän Teatteri ry"), QStringLiteral("182"));
    const qint64 chair = person(QStringLiteral("Kari Laine"), choir);
    const qint64 deputy = person(QStringLiteral("Sanna Niemi"), theatre);
    NetworkRepository repository(m_db);
    Network network;
    network.sectorId = culture;
    network.name = QStringLiteral("Kulttuuri -toimialaverkosto");
    network.coordinatorPersonId = chair;
    QString error;
    QVERIFY2(repository.create(&network, &error), qPrintable(error));
    QCOMPARE(repository.forSector(culture)->id, network.id);
    QCOMPARE(repository.list().size(), 1);
    // One network per sector.
    Network second = network;
    second.uuid.clear();
    QVERIFY(!repository.create(&second, &error));

    NetworkMember joined{
        0, network.id, theatre, QStringLiteral("member"), QStringLiteral("2024-01-01"), {}, {}};
    QVERIFY2(repository.addMember(&joined, &error), qPrintable(error));
    QVERIFY(joined.id > 0);
    NetworkMember coordinator{
        0, network.id, choir, QStringLiteral("coordinator"), QStringLiteral("2020-01-01"), {}, {}};
    QVERIFY2(repository.addMember(&coordinator, &error), qPrintable(error));
    // Already a member: refused, named.
    NetworkMember twice = joined;
    QVERIFY(!repository.addMember(&twice, &error));
    QVERIFY2(error.contains(QStringLiteral("Jämsän Teatteri ry")), qPrintable(error));
    const QList<NetworkMember> members = repository.members(network.id);
    QCOMPARE(members.size(), 2);
    QCOMPARE(members.at(0).organisationId, theatre); // Jämsän before Keuruun
    QCOMPARE(members.at(1).role, QStringLiteral("coordinator"));
    QVERIFY2(repository.removeMember(joined.id, &error), qPrintable(error));
    QCOMPARE(repository.members(network.id).size(), 1);
    QVERIFY(!repository.removeMember(joined.id, &error));

    NetworkRepresentative past{0,
                               network.id,
                               chair,
                               choir,
                               QStringLiteral("member"),
                               QStringLiteral("2023-01-01"),
                               QStringLiteral("2024-12-31"),
                               {}};
    NetworkRepresentative now{0,
                              network.id,
                              deputy,
                              theatre,
                              QStringLiteral("deputy"),
                              QStringLiteral("2025-01-01"),
                              QStringLiteral("2026-12-31"),
                              {}};
    QVERIFY2(repository.addRepresentative(&past, &error), qPrintable(error));
    QVERIFY2(repository.addRepresentative(&now, &error), qPrintable(error));
    QCOMPARE(repository.representatives(network.id).size(), 2);
    const QList<NetworkRepresentative> serving =
        repository.representatives(network.id, QDate(2025, 6, 1));
    QCOMPARE(serving.size(), 1);
    QCOMPARE(serving.at(0).personId, deputy);
    now.role = QStringLiteral("chair");
    QVERIFY(repository.updateRepresentative(now, &error));
    QCOMPARE(repository.representatives(network.id, QDate(2026, 12, 31)).value(0).role,
             QStringLiteral("chair"));
    QVERIFY(repository.removeRepresentative(past.id, &error));
    QCOMPARE(repository.representatives(network.id).size(), 1);

    network.name = QStringLiteral("Kulttuuriverkosto");
    QVERIFY(repository.update(&network, &error));
    QCOMPARE(repository.get(network.id)->name, QStringLiteral("Kulttuuriverkosto"));
    QVERIFY(repository.remove(network.id, &error));
    QVERIFY(!repository.get(network.id));
}

void TestActivitiesNetworks::representativeValidation()
{
    const int youth = referenceId(m_db, QStringLiteral("sectors"), QStringLiteral("Nuoriso"));
    const qint64 org =
        organisation(QStringLiteral("Uuraisten Nuorisoseura ry"), QStringLiteral("892"));
    NetworkRepository repository(m_db);
    Network network{0, {}, youth, QStringLiteral("Nuoriso -toimialaverkosto"), {}, {}, {}, {}};
    QString error;
    QVERIFY(repository.create(&network, &error));
    NetworkRepresentative backwards{0,
                                    network.id,
                                    person(QStringLiteral("Olli Salo"), org),
                                    org,
                                    QStringLiteral("member"),
                                    QStringLiteral("2026-01-01"),
                                    QStringLiteral("2025-01-01"),
                                    {}};
    QVERIFY(!repository.addRepresentative(&backwards, &error));
    QVERIFY2(error.contains(QLatin1String("Term end")), qPrintable(error));
    NetworkRepresentative badRole = backwards;
    badRole.termEnd = QStringLiteral("2027-12-31");
    badRole.role = QStringLiteral("boss");
    QVERIFY(!repository.addRepresentative(&badRole, &error));
    QVERIFY2(error.contains(QLatin1String("Role")), qPrintable(error));
    QCOMPARE(repository.representatives(network.id).size(), 0);
}

// Leaving sets a date and keeps the row: the network as it stood on any day, a second period
// after joining again, and many organisations added at once without doubles.
void TestActivitiesNetworks::membershipHistory()
{
    const int sports =
        referenceId(m_db, QStringLiteral("sectors"), QStringLiteral("Liikunta ja urheilu"));
    const qint64 latu = organisation(QStringLiteral("Laukaan Latu ry"), QStringLiteral("410"));
    const qint64 pallo = organisation(QStringLiteral("Jyväskylän Pallo ry"), QStringLiteral("179"));
    const qint64 uimarit =
        organisation(QStringLiteral("Äänekosken Uimarit ry"), QStringLiteral("992"));
    NetworkRepository repository(m_db);
    Network network{0, {}, sports, QStringLiteral("Liikunta -toimialaverkosto"), {}, {}, {}, {}};
    QString error;
    QVERIFY(repository.create(&network, &error));
    NetworkMember latuMember{
        0, network.id, latu, QStringLiteral("member"), QStringLiteral("2019-01-01"), {}, {}};
    QVERIFY2(repository.addMember(&latuMember, &error), qPrintable(error));

    // Leaving before joining, or without a day, is refused and changes nothing.
    QVERIFY(!repository.leave(latuMember.id, QStringLiteral("2018-12-31"), &error));
    QVERIFY2(error.contains(QLatin1String("2018-12-31")), qPrintable(error));
    QVERIFY(!repository.leave(latuMember.id, QString(), &error));
    QVERIFY(!repository.leave(latuMember.id, QStringLiteral("30.6.2024"), &error));
    QVERIFY2(error.contains(QLatin1String("30.6.2024")), qPrintable(error));
    QVERIFY(repository.member(latuMember.id)->leftOn.isEmpty());

    QVERIFY2(repository.leave(latuMember.id, QStringLiteral("2024-06-30"), &error),
             qPrintable(error));
    QCOMPARE(repository.members(network.id).size(), 1); // the row is kept
    QCOMPARE(repository.members(network.id, QDate(2024, 6, 29)).size(), 1);
    QCOMPARE(repository.members(network.id, QDate(2024, 6, 30)).size(), 0);
    QCOMPARE(repository.members(network.id, QDate(2018, 12, 31)).size(), 0);
    QVERIFY(repository.member(latuMember.id)->isMemberOn(QDate(2024, 6, 29)));
    QVERIFY(!repository.member(latuMember.id)->isMemberOn(QDate(2024, 6, 30)));

    // Joining again is a second period; many at once skip who is already a member.
    int added = 0;
    QVERIFY2(repository.addMembers(network.id, {latu, pallo, uimarit, pallo},
                                   QStringLiteral("member"), QStringLiteral("2025-02-01"), &error,
                                   &added),
             qPrintable(error));
    QCOMPARE(added, 3);
    QVERIFY(repository.addMembers(network.id, {latu, pallo}, QStringLiteral("member"),
                                  QStringLiteral("2025-03-01"), &error, &added));
    QCOMPARE(added, 0);
    QCOMPARE(repository.members(network.id).size(), 4);
    const QList<NetworkMember> now = repository.members(network.id, QDate(2025, 6, 1));
    QCOMPARE(now.size(), 3);
    QCOMPARE(now.at(0).organisationId, pallo); // Jyväskylän, Laukaan, Äänekosken
    QCOMPARE(now.at(2).organisationId, uimarit);
    QCOMPARE(repository.members(network.id, QDate(2024, 1, 1)).size(), 1);

    // A role that is not one, and dates in the wrong order, are refused.
    NetworkMember changed = now.at(0);
    changed.role = QStringLiteral("boss");
    QVERIFY(!repository.updateMember(changed, &error));
    QVERIFY2(error.contains(QLatin1String("boss")), qPrintable(error));
    changed.role = QStringLiteral("coordinator");
    QVERIFY2(repository.updateMember(changed, &error), qPrintable(error));
    QCOMPARE(repository.member(changed.id)->role, QStringLiteral("coordinator"));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM network_members WHERE role = "
                                         "'coordinator'")),
             1);
}

void TestActivitiesNetworks::surveyQuestionsResponsesAnswers()
{
    SurveyRepository repository(m_db);
    Survey survey;
    survey.name = QStringLiteral("Järjestökysely");
    survey.year = 2025;
    survey.source = QStringLiteral("Webropol");
    QString error;
    QVERIFY2(repository.createSurvey(&survey, &error), qPrintable(error));
    QCOMPARE(repository.findSurvey(QStringLiteral("Järjestökysely"), 2025)->id, survey.id);
    QVERIFY(!repository.findSurvey(QStringLiteral("Järjestökysely"), 2024));
    Survey duplicate = survey;
    duplicate.uuid.clear();
    QVERIFY(!repository.createSurvey(&duplicate, &error)); // one survey per name and year

    SurveyQuestion choice{0,
                          survey.id,
                          1,
                          QStringLiteral("q1"),
                          QStringLiteral("Teemat?"),
                          QStringLiteral("multiple_choice"),
                          {QStringLiteral("Liikunta"), QStringLiteral("Vertaistuki")}};
    SurveyQuestion number{0,
                          survey.id,
                          2,
                          QStringLiteral("q2"),
                          QStringLiteral("Vapaaehtoisia?"),
                          QStringLiteral("number"),
                          {}};
    QVERIFY2(repository.addQuestion(&choice, &error), qPrintable(error));
    QVERIFY2(repository.addQuestion(&number, &error), qPrintable(error));
    SurveyQuestion bad{
        0, survey.id, 3, QStringLiteral("q3"), QStringLiteral("?"), QStringLiteral("essay"), {}};
    QVERIFY(!repository.addQuestion(&bad, &error));
    QVERIFY(error.contains(QLatin1String("essay")));
    QCOMPARE(repository.questions(survey.id).value(0).options,
             (QStringList{QStringLiteral("Liikunta"), QStringLiteral("Vertaistuki")}));

    SurveyResponse response;
    response.surveyId = survey.id;
    response.respondent = QStringLiteral("Vastaaja");
    response.raw = QJsonObject{{QStringLiteral("Teemat?"), QStringLiteral("Liikunta; Vertaistuki")},
                               {QStringLiteral("Vapaaehtoisia?"), QStringLiteral("1 240")}};
    QVERIFY2(repository.addResponse(&response, &error), qPrintable(error));
    QVERIFY(repository.setAnswer(
        {response.id, choice.id, QStringLiteral("Liikunta\nVertaistuki"), {}}, &error));
    QVERIFY(
        repository.setAnswer({response.id, number.id, QStringLiteral("1 240"), 1240.0}, &error));
    const QList<SurveyAnswer> answers = repository.answers(response.id);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).value, QStringLiteral("Liikunta\nVertaistuki"));
    QCOMPARE(answers.at(1).number, std::optional<double>(1240.0));

    const qint64 org = organisation(QStringLiteral("Multian Martat ry"), QStringLiteral("495"));
    QVERIFY(repository.linkResponse(response.id, org, QStringLiteral("manual"), &error));
    const SurveyResponse read = repository.responses(survey.id).value(0);
    QCOMPARE(read.organisationId, std::optional<qint64>(org));
    QCOMPARE(read.matchedBy, QStringLiteral("manual"));
    QCOMPARE(read.raw, response.raw);
    QCOMPARE(repository.surveys().size(), 1);

    QVERIFY(repository.removeSurvey(survey.id, &error));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM survey_answers")), 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM survey_questions")), 0);
    QVERIFY(repository.responses(survey.id).isEmpty());
}

// The organisation editor lists what one organisation belongs to and answered: every
// membership (current before former, networks in their sectors' order) and every linked
// response, the newest survey first.
void TestActivitiesNetworks::organisationsNetworksAndResponses()
{
    QSqlQuery sectors(m_db);
    QVERIFY(sectors.exec(QStringLiteral("SELECT id FROM sectors ORDER BY sort_order, id LIMIT 2")));
    QList<int> sectorIds;
    while (sectors.next())
        sectorIds << sectors.value(0).toInt();
    QCOMPARE(sectorIds.size(), 2);
    const qint64 latu = organisation(QStringLiteral("Laukaan Latu ry"), QStringLiteral("410"));
    const qint64 pallo = organisation(QStringLiteral("Jyväskylän Pallo ry"), QStringLiteral("179"));
    NetworkRepository networks(m_db);
    QString error;
    // Created in the opposite order of their sectors.
    Network second{0, {}, sectorIds.at(1), QStringLiteral("Toinen verkosto"), {}, {}, {}, {}};
    Network first{0, {}, sectorIds.at(0), QStringLiteral("Ensimmäinen verkosto"), {}, {}, {}, {}};
    QVERIFY2(networks.create(&second, &error), qPrintable(error));
    QVERIFY2(networks.create(&first, &error), qPrintable(error));
    NetworkMember former{
        0, second.id, latu, QStringLiteral("member"), QStringLiteral("2019-01-01"), {}, {}};
    QVERIFY2(networks.addMember(&former, &error), qPrintable(error));
    QVERIFY2(networks.leave(former.id, QStringLiteral("2024-06-30"), &error), qPrintable(error));
    NetworkMember current{
        0, second.id, latu, QStringLiteral("coordinator"), QStringLiteral("2025-01-01"), {}, {}};
    QVERIFY2(networks.addMember(&current, &error), qPrintable(error));
    NetworkMember other{0, first.id, latu, QStringLiteral("member"), {}, {}, {}};
    QVERIFY2(networks.addMember(&other, &error), qPrintable(error));

    const QList<NetworkMember> memberships = networks.memberships(latu, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<qint64> ids;
    for (const NetworkMember &m : memberships)
        ids << m.id;
    QCOMPARE(ids, (QList<qint64>{other.id, current.id, former.id}));
    QCOMPARE(memberships.at(2).leftOn, QStringLiteral("2024-06-30"));
    QVERIFY(networks.memberships(pallo).isEmpty());

    SurveyRepository surveys(m_db);
    Survey older{0, {}, QStringLiteral("Järjestökysely"), 2024, {}, {}, {}, {}};
    Survey newer{0, {}, QStringLiteral("Järjestökysely"), 2025, {}, {}, {}, {}};
    QVERIFY2(surveys.createSurvey(&older, &error), qPrintable(error));
    QVERIFY2(surveys.createSurvey(&newer, &error), qPrintable(error));
    const auto respond = [&](qint64 surveyId, std::optional<qint64> organisationId) {
        SurveyResponse response;
        response.surveyId = surveyId;
        response.organisationId = organisationId;
        response.respondent = QStringLiteral("Vastaaja");
        return surveys.addResponse(&response, &error) ? response.id : 0;
    };
    const qint64 latuOld = respond(older.id, latu);
    const qint64 latuNew = respond(newer.id, latu);
    QVERIFY(latuOld && latuNew && respond(newer.id, pallo) && respond(newer.id, std::nullopt));
    QList<qint64> responseIds;
    for (const SurveyResponse &r : surveys.responsesOf(latu, &error))
        responseIds << r.id;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(responseIds, (QList<qint64>{latuNew, latuOld}));
    QCOMPARE(surveys.responsesOf(pallo).size(), 1);
}

QTEST_GUILESS_MAIN(TestActivitiesNetworks)
#include "tst_activitiesnetworks.moc"
