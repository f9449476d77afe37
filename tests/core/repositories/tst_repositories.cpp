// The repositories: what a caller writes is what it reads back, filters select the rows a
// user asked for, a bad value is refused with a message naming the field, and forgetting
// a person leaves no trace of them.
#include "common/finnishtext.h"
#include "fields/fieldcatalogue.h"
#include "repositories/activityrepository.h"
#include "repositories/networkrepository.h"
#include "repositories/organisationrepository.h"
#include "repositories/personrepository.h"
#include "repositories/surveyrepository.h"
#include "search/searchindex.h"
#include "storage/register.h"

#include <QFile>
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

Organisation makeOrganisation(const QString &name, const QString &home)
{
    Organisation o;
    o.name = name;
    o.homeMunicipality = home;
    return o;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void organisationRoundTrip();
    void organisationUpdateAndRemove();
    void organisationNotFound();
    void organisationValidation_data();
    void organisationValidation();
    void organisationFilters();
    void finnishSortOrder();
    void writesKeepSearchIndex();
    void recordColumnsAreTheCatalogues();
    void everyOrganisationFieldHasAValue();

    void personRoundTripAndFilters();
    void personValidation_data();
    void personValidation();
    void forgetErasesPerson();

private:
    qint64 createOrganisation(const QString &name, const QString &home = QStringLiteral("179"));

    QTemporaryDir m_dir;
    Register m_register;
    QSqlDatabase m_db;
    int m_fileNumber = 0;
};

void TestRepositories::init()
{
    const OpenResult opened =
        m_register.create(m_dir.filePath(QStringLiteral("r%1.kartoitus").arg(++m_fileNumber)));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    m_db = m_register.database();
}

void TestRepositories::cleanup()
{
    m_db = QSqlDatabase();
    m_register.close();
}

qint64 TestRepositories::createOrganisation(const QString &name, const QString &home)
{
    Organisation o = makeOrganisation(name, home);
    QString error;
    OrganisationRepository repository(m_db);
    if (!repository.create(&o, &error))
        qWarning("%s", qPrintable(error));
    return o.id;
}

void TestRepositories::organisationRoundTrip()
{
    OrganisationRepository repository(m_db);
    const int social =
        referenceId(m_db, QStringLiteral("sectors"), QStringLiteral("Sosiaali- ja terveys"));
    const int youth = referenceId(m_db, QStringLiteral("sectors"), QStringLiteral("Nuoriso"));
    const int elderly =
        referenceId(m_db, QStringLiteral("target_groups"), QStringLiteral("Ikäihmiset"));
    Organisation o =
        makeOrganisation(QStringLiteral("  Kinnulan   Kyläyhdistys ry "), QStringLiteral("256"));
    o.shortName = QStringLiteral("KKY");
    o.businessId = QStringLiteral("2077474 - 0");
    o.registerNumber = QStringLiteral("192.130");
    o.postalCode = QStringLiteral("43900");
    o.email = QStringLiteral("mailto:toimisto@EXAMPLE.org");
    o.phone = QStringLiteral("0401234567");
    o.website = QStringLiteral("www.example.org");
    o.foundedYear = 1952;
    o.members = 120;
    o.volunteers = 0;
    o.status = QStringLiteral("dormant");
    o.municipalitiesServed = {QStringLiteral("256"), QStringLiteral("265")};
    o.sectorIds = {youth};
    o.primarySectorId = social; // not among sectorIds: added
    o.targetGroupIds = {elderly};
    QString error;
    QVERIFY2(repository.create(&o, &error), qPrintable(error));
    QVERIFY(o.id > 0);
    QVERIFY(!o.uuid.isEmpty());
    QVERIFY(!o.createdAt.isEmpty());

    const std::optional<Organisation> read = repository.get(o.id, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->name, QStringLiteral("Kinnulan Kyläyhdistys ry"));
    QCOMPARE(read->nameSort, FinnishText::sortKey(read->name));
    QCOMPARE(read->businessId, QStringLiteral("2077474-0"));
    QCOMPARE(read->registerNumber, QStringLiteral("192130"));
    QCOMPARE(read->email, QStringLiteral("toimisto@example.org"));
    QCOMPARE(read->phone, QStringLiteral("040 123 4567"));
    QCOMPARE(read->website, QStringLiteral("https://www.example.org"));
    QCOMPARE(read->foundedYear, std::optional<int>(1952));
    QCOMPARE(read->members, std::optional<int>(120));
    QCOMPARE(read->volunteers, std::optional<int>(0));
    QVERIFY(!read->paidStaff);
    QVERIFY(!read->legalFormId);
    QCOMPARE(read->status, QStringLiteral("dormant"));
    QCOMPARE(read->municipalitiesServed,
             (QStringList{QStringLiteral("256"), QStringLiteral("265")}));
    QCOMPARE(read->primarySectorId, std::optional<int>(social));
    QCOMPARE(QSet<int>(read->sectorIds.cbegin(), read->sectorIds.cend()),
             (QSet<int>{social, youth}));
    QCOMPARE(read->targetGroupIds, QList<int>{elderly});
    // Empty text is stored as NULL, not as ''.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM organisations WHERE notes IS NULL")),
             1);

    const std::optional<Organisation> byUuid = repository.getByUuid(o.uuid);
    QVERIFY(byUuid);
    QCOMPARE(byUuid->id, o.id);
}

void TestRepositories::organisationUpdateAndRemove()
{
    OrganisationRepository repository(m_db);
    const qint64 id = createOrganisation(QStringLiteral("Laukaan Latu ry"), QStringLiteral("410"));
    QVERIFY(id > 0);
    Organisation o = *repository.get(id);
    o.name = QStringLiteral("Laukaan Latu ja Polku ry");
    o.municipalitiesServed = {QStringLiteral("410")};
    o.members = 15;
    QString error;
    QVERIFY2(repository.update(&o, &error), qPrintable(error));
    const Organisation read = *repository.get(id);
    QCOMPARE(read.name, QStringLiteral("Laukaan Latu ja Polku ry"));
    QCOMPARE(read.members, std::optional<int>(15));
    QCOMPARE(read.municipalitiesServed, QStringList{QStringLiteral("410")});

    // The organisation's activities go with it; its persons stay, unlinked.
    Person p;
    p.name = QStringLiteral("Aino Virtanen");
    p.organisationId = id;
    QVERIFY(PersonRepository(m_db).create(&p, &error));
    Activity a;
    a.organisationId = id;
    a.name = QStringLiteral("Kävelykerho");
    QVERIFY(ActivityRepository(m_db).create(&a, &error));
    QVERIFY2(repository.remove(id, &error), qPrintable(error));
    QVERIFY(!repository.get(id));
    QCOMPARE(ActivityRepository(m_db).count(), 0);
    const std::optional<Person> person = PersonRepository(m_db).get(p.id);
    QVERIFY(person);
    QVERIFY(!person->organisationId);
}

void TestRepositories::organisationNotFound()
{
    OrganisationRepository repository(m_db);
    QString error;
    QVERIFY(!repository.get(999, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!repository.remove(999, &error));
    QVERIFY(!error.isEmpty());
    Organisation ghost = makeOrganisation(QStringLiteral("Ei ole"), QStringLiteral("179"));
    ghost.id = 999;
    error.clear();
    QVERIFY(!repository.update(&ghost, &error));
    QVERIFY(!error.isEmpty());
}

void TestRepositories::organisationValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messagePart"); // the field as the message names it

    QTest::newRow("empty name") << "name"
                                << "   "
                                << "Name";
    QTest::newRow("business ID check digit") << "businessId"
                                             << "2077474-1"
                                             << "Business ID";
    QTest::newRow("register number") << "registerNumber"
                                     << "12.34.56"
                                     << "Register number";
    QTest::newRow("postal code") << "postalCode"
                                 << "4010A"
                                 << "Postal code";
    QTest::newRow("email") << "email"
                           << "toimisto(at)example.org"
                           << "toimisto(at)example.org";
    QTest::newRow("phone") << "phone"
                           << "soita meille"
                           << "soita meille";
    QTest::newRow("website") << "website"
                             << "ftp://example.org"
                             << "ftp://example.org";
    QTest::newRow("home municipality") << "homeMunicipality"
                                       << "999"
                                       << "Home municipality";
    QTest::newRow("status") << "status"
                            << "closed"
                            << "Status";
    QTest::newRow("members") << "members"
                             << "-5"
                             << "Members";
    QTest::newRow("founded year") << "foundedYear"
                                  << "1066"
                                  << "1066";
}

void TestRepositories::organisationValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, messagePart);
    Organisation o = makeOrganisation(QStringLiteral("Muuramen Kuoro ry"), QStringLiteral("500"));
    if (field == QLatin1String("name"))
        o.name = value;
    else if (field == QLatin1String("businessId"))
        o.businessId = value;
    else if (field == QLatin1String("registerNumber"))
        o.registerNumber = value;
    else if (field == QLatin1String("postalCode"))
        o.postalCode = value;
    else if (field == QLatin1String("email"))
        o.email = value;
    else if (field == QLatin1String("phone"))
        o.phone = value;
    else if (field == QLatin1String("website"))
        o.website = value;
    else if (field == QLatin1String("homeMunicipality"))
        o.homeMunicipality = value;
    else if (field == QLatin1String("status"))
        o.status = value;
    else if (field == QLatin1String("members"))
        o.members = value.toInt();
    else if (field == QLatin1String("foundedYear"))
        o.foundedYear = value.toInt();
    QString error;
    QVERIFY(!OrganisationRepository(m_db).create(&o, &error));
    QVERIFY2(error.contains(messagePart, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(o.id, 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM organisations")), 0);
}

void TestRepositories::organisationFilters()
{
    OrganisationRepository repository(m_db);
    const int culture = referenceId(m_db, QStringLiteral("sectors"), QStringLiteral("Kulttuuri"));
    const int sports =
        referenceId(m_db, QStringLiteral("sectors"), QStringLiteral("Liikunta ja urheilu"));
    struct Row
    {
        const char *name;
        const char *home;
        QStringList served;
        int sector;
        const char *status;
    };
    const Row rows[] = {
        {"Jyväskylän Kuoro ry", "179", {}, culture, "active"},
        {"Jyväskylän Pallo ry", "179", {}, sports, "dormant"},
        {"Muuramen Teatteri ry", "500", {QStringLiteral("179")}, culture, "active"},
        {"Joutsan Latu ry", "172", {}, sports, "active"},
    };
    QString error;
    for (const Row &row : rows) {
        Organisation o = makeOrganisation(QString::fromUtf8(row.name), QLatin1String(row.home));
        o.municipalitiesServed = row.served;
        o.primarySectorId = row.sector;
        o.status = QLatin1String(row.status);
        QVERIFY2(repository.create(&o, &error), qPrintable(error));
    }
    const auto names = [&](const RecordFilter &filter, int limit = 0, int offset = 0) {
        QStringList list;
        for (const Organisation &o : repository.list(filter, limit, offset))
            list.append(o.name);
        return list;
    };
    RecordFilter inJyvaskyla;
    inJyvaskyla.municipalities = {QStringLiteral("179")};
    QCOMPARE(names(inJyvaskyla), (QStringList{QStringLiteral("Jyväskylän Kuoro ry"),
                                              QStringLiteral("Jyväskylän Pallo ry"),
                                              QStringLiteral("Muuramen Teatteri ry")}));
    QCOMPARE(repository.count(inJyvaskyla), 3);
    RecordFilter culturalInJyvaskyla = inJyvaskyla;
    culturalInJyvaskyla.sectors = {culture};
    QCOMPARE(names(culturalInJyvaskyla), (QStringList{QStringLiteral("Jyväskylän Kuoro ry"),
                                                      QStringLiteral("Muuramen Teatteri ry")}));
    RecordFilter dormant;
    dormant.statuses = {QStringLiteral("dormant")};
    QCOMPARE(names(dormant), QStringList{QStringLiteral("Jyväskylän Pallo ry")});
    QCOMPARE(names({}, 2, 1), (QStringList{QStringLiteral("Jyväskylän Kuoro ry"),
                                           QStringLiteral("Jyväskylän Pallo ry")}));
    QCOMPARE(repository.count(), 4);
}

void TestRepositories::finnishSortOrder()
{
    for (const char *name : {"Öljymäen Kyläyhdistys ry", "Zeta ry", "Ääneseudun Martat ry",
                             "Åbo Svenska Förening rf", "Ahon Kuoro ry", "ähtärin latu ry"})
        QVERIFY(createOrganisation(QString::fromUtf8(name)) > 0);
    QStringList names;
    for (const Organisation &o : OrganisationRepository(m_db).list())
        names.append(o.name);
    // Finnish alphabet: ... z, å, ä, ö; case does not matter.
    QCOMPARE(names,
             (QStringList{QStringLiteral("Ahon Kuoro ry"), QStringLiteral("Zeta ry"),
                          QStringLiteral("Åbo Svenska Förening rf"),
                          QStringLiteral("ähtärin latu ry"), QStringLiteral("Ääneseudun Martat ry"),
                          QStringLiteral("Öljymäen Kyläyhdistys ry")}));
}

void TestRepositories::writesKeepSearchIndex()
{
    const qint64 id =
        createOrganisation(QStringLiteral("Kivijärven Näkövammaiset ry"), QStringLiteral("265"));
    Activity a;
    a.organisationId = id;
    a.name = QStringLiteral("Soveltava liikuntaryhmä");
    QString error;
    QVERIFY(ActivityRepository(m_db).create(&a, &error));
    QCOMPARE(SearchIndex::staleRows(m_db, &error), 0);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT rowid FROM organisation_search WHERE organisation_search"
                             " MATCH ?"));
    q.addBindValue(SearchIndex::matchExpression(QStringLiteral("liikuntar kivij")));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toLongLong(), id);
}

void TestRepositories::personRoundTripAndFilters()
{
    PersonRepository repository(m_db);
    const qint64 org =
        createOrganisation(QStringLiteral("Karstulan Martat ry"), QStringLiteral("226"));
    Person contact;
    contact.name = QStringLiteral("Öhman Eeva");
    contact.role = QStringLiteral("puheenjohtaja");
    contact.email = QStringLiteral("eeva.ohman@example.org");
    contact.phone = QStringLiteral("+358 40 123 4567");
    contact.organisationId = org;
    contact.publishConsent = true;
    contact.consentDate = QStringLiteral("2025-05-31");
    Person liaison;
    liaison.name = QStringLiteral("Aho Matti");
    liaison.municipalityCode = QStringLiteral("226");
    liaison.email = QStringLiteral("matti.aho@example.org");
    liaison.verifiedAt = QStringLiteral("2025-09-15");
    QString error;
    QVERIFY2(repository.create(&contact, &error), qPrintable(error));
    QVERIFY2(repository.create(&liaison, &error), qPrintable(error));

    const Person read = *repository.get(contact.id);
    QCOMPARE(read.name, contact.name);
    QCOMPARE(read.nameSort, FinnishText::sortKey(contact.name));
    QCOMPARE(read.phone, QStringLiteral("+358 40 123 4567"));
    QCOMPARE(read.organisationId, std::optional<qint64>(org));
    QVERIFY(read.publishConsent);
    QCOMPARE(read.consentDate, QStringLiteral("2025-05-31"));
    QVERIFY(!read.isLiaison());
    QVERIFY(repository.getByUuid(liaison.uuid)->isLiaison());
    // The day a liaison person's details were last checked, as a day.
    QCOMPARE(repository.get(liaison.id)->verifiedAt, QStringLiteral("2025-09-15"));

    RecordFilter ofOrganisation;
    ofOrganisation.organisationId = org;
    QCOMPARE(repository.count(ofOrganisation), 1);
    RecordFilter liaisons;
    liaisons.personKind = RecordFilter::PersonKind::Liaison;
    liaisons.municipalities = {QStringLiteral("226")};
    QCOMPARE(repository.list(liaisons).value(0).name, QStringLiteral("Aho Matti"));
    RecordFilter consenting;
    consenting.publishConsent = true;
    QCOMPARE(repository.list(consenting).size(), 1);
    // Ö sorts after A.
    QCOMPARE(repository.list().value(0).name, QStringLiteral("Aho Matti"));

    Person changed = read;
    changed.publishConsent = false;
    changed.role = QStringLiteral("sihteeri");
    QVERIFY2(repository.update(&changed, &error), qPrintable(error));
    QCOMPARE(repository.get(contact.id)->role, QStringLiteral("sihteeri"));
    QCOMPARE(repository.count(consenting), 0);
    QVERIFY(repository.remove(liaison.id, &error));
    QCOMPARE(repository.count(), 1);
}

void TestRepositories::personValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("name") << "name"
                          << ""
                          << "Name";
    QTest::newRow("email") << "email"
                           << "eeva@@example.org"
                           << "eeva@@example.org";
    QTest::newRow("phone") << "phone"
                           << "12"
                           << "12";
    QTest::newRow("consent date") << "consentDate"
                                  << "31.5.2025"
                                  << "Consent date";
    QTest::newRow("last checked") << "verifiedAt"
                                  << "eilen"
                                  << "Last checked";
    QTest::newRow("municipality") << "municipalityCode"
                                  << "000"
                                  << "Municipality";
}

void TestRepositories::personValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, messagePart);
    Person p;
    p.name = QStringLiteral("Eeva Öhman");
    if (field == QLatin1String("name"))
        p.name = value;
    else if (field == QLatin1String("email"))
        p.email = value;
    else if (field == QLatin1String("phone"))
        p.phone = value;
    else if (field == QLatin1String("consentDate"))
        p.consentDate = value;
    else if (field == QLatin1String("municipalityCode"))
        p.municipalityCode = value;
    else if (field == QLatin1String("verifiedAt"))
        p.verifiedAt = value;
    QString error;
    QVERIFY(!PersonRepository(m_db).create(&p, &error));
    QVERIFY2(error.contains(messagePart, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM persons")), 0);
}

void TestRepositories::forgetErasesPerson()
{
    { // the repositories hold the connection until the file is read below
        PersonRepository persons(m_db);
        const qint64 org =
            createOrganisation(QStringLiteral("Konneveden Eläkeläiset ry"), QStringLiteral("275"));
        Person person;
        person.name = QStringLiteral("Riitta Järvinen");
        person.email = QStringLiteral("riitta.jarvinen@example.org");
        person.phone = QStringLiteral("040 123 9876");
        person.organisationId = org;
        Person other;
        other.name = QStringLiteral("Timo Salo");
        other.email = QStringLiteral("timo.salo@example.org");
        QString error;
        QVERIFY(persons.create(&person, &error));
        QVERIFY(persons.create(&other, &error));

        OrganisationRepository organisations(m_db);
        Organisation o = *organisations.get(org);
        o.contactPersonId = person.id;
        QVERIFY2(organisations.update(&o, &error), qPrintable(error));

        NetworkRepository networks(m_db);
        Network network;
        network.sectorId = referenceId(m_db, QStringLiteral("sectors"),
                                       QStringLiteral("Eläkeläiset ja ikäihmiset"));
        network.name = QStringLiteral("Eläkeläiset ja ikäihmiset -toimialaverkosto");
        network.coordinatorPersonId = person.id;
        QVERIFY2(networks.create(&network, &error), qPrintable(error));
        NetworkRepresentative term;
        term.networkId = network.id;
        term.personId = person.id;
        term.organisationId = org;
        QVERIFY2(networks.addRepresentative(&term, &error), qPrintable(error));

        SurveyRepository surveys(m_db);
        Survey survey;
        survey.name = QStringLiteral("Järjestökysely");
        survey.year = 2025;
        QVERIFY(surveys.createSurvey(&survey, &error));
        SurveyResponse response;
        response.surveyId = survey.id;
        response.respondent = QStringLiteral("RIITTA JÄRVINEN");
        // What she typed, with her phone grouped differently and other text around her name.
        response.raw =
            QJsonObject{{QStringLiteral("Vastaaja"), QStringLiteral("riitta järvinen, pj")},
                        {QStringLiteral("Sähköposti"), person.email},
                        {QStringLiteral("Puhelin"), QStringLiteral("0401239876")},
                        {QStringLiteral("Järjestö"), QStringLiteral("Konneveden Eläkeläiset ry")},
                        {QStringLiteral("Varahenkilö"), QStringLiteral("Timo Salo")}};
        QVERIFY(surveys.addResponse(&response, &error));

        QVERIFY2(persons.forget(person.id, &error), qPrintable(error));
        QVERIFY(!persons.get(person.id));
        QCOMPARE(networks.representatives(network.id).size(), 0);
        QVERIFY(!networks.get(network.id)->coordinatorPersonId);
        QVERIFY(!organisations.get(org)->contactPersonId);

        const SurveyResponse scrubbed = surveys.responses(survey.id).value(0);
        QVERIFY(scrubbed.respondent.isEmpty());
        QCOMPARE(scrubbed.raw.value(QStringLiteral("Vastaaja")).toString(), QStringLiteral("pj"));
        QCOMPARE(scrubbed.raw.value(QStringLiteral("Sähköposti")).toString(), QString());
        QCOMPARE(scrubbed.raw.value(QStringLiteral("Puhelin")).toString(), QString());
        // What was not hers stays.
        QCOMPARE(scrubbed.raw.value(QStringLiteral("Järjestö")).toString(),
                 QStringLiteral("Konneveden Eläkeläiset ry"));
        QCOMPARE(scrubbed.raw.value(QStringLiteral("Varahenkilö")).toString(),
                 QStringLiteral("Timo Salo"));
        QVERIFY(persons.get(other.id));
    }
    // Nothing of her remains in the file's bytes, not even in freed pages.
    const QString path = m_register.path();
    m_db = QSqlDatabase();
    m_register.close();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("riitta.jarvinen@example.org"));
    QVERIFY(!bytes.contains(QStringLiteral("Riitta Järvinen").toUtf8()));
    QVERIFY(!bytes.contains("0401239876"));
    QVERIFY(bytes.contains("timo.salo@example.org"));
}

// Every organisation field the catalogue has is read and set through the repository by its
// key (the editor goes by these, not by naming keys): a value set is the value read back.
void TestRepositories::everyOrganisationFieldHasAValue()
{
    using fields::Entity;
    using fields::FieldKind;
    Organisation o;
    for (const fields::Field &field : fields::FieldCatalogue::fields(Entity::Organisations)) {
        QVariant value;
        switch (field.kind) {
        case FieldKind::ReferenceList:
            value = QVariantList{3, 1};
            break;
        case FieldKind::MunicipalityList:
            value = QVariantList{QStringLiteral("179"), QStringLiteral("077")};
            break;
        case FieldKind::Reference:
        case FieldKind::PersonName:
        case FieldKind::Count:
        case FieldKind::Number:
        case FieldKind::Year:
            value = 1990;
            break;
        default:
            value = QStringLiteral("x-") + field.key;
        }
        QVERIFY2(OrganisationRepository::setValue(&o, field.key, value), qPrintable(field.key));
        const QVariant read = OrganisationRepository::value(o, field.key);
        if (value.typeId() == QMetaType::QVariantList) {
            QCOMPARE(read.toList().size(), 2);
            QCOMPARE(read.toList().value(0).toString(), value.toList().value(0).toString());
        } else {
            QCOMPARE(read.toString(), value.toString());
        }
    }
    QCOMPARE(o.sectorIds, (QList<int>{3, 1}));
    QCOMPARE(o.municipalitiesServed, (QStringList{"179", "077"}));
    QCOMPARE(o.contactPersonId, std::optional<qint64>(1990));
    // An invalid value clears an id; an unknown key is refused.
    QVERIFY(OrganisationRepository::setValue(&o, QStringLiteral("contact_person"), QVariant()));
    QVERIFY(!o.contactPersonId);
    QVERIFY(!OrganisationRepository::value(o, QStringLiteral("contact_person")).isValid());
    QVERIFY(!OrganisationRepository::setValue(&o, QStringLiteral("no_such_field"), 1));

    // The catalogue's identifiers, first first: what import matches by, and what the
    // check looks for twice.
    QStringList identifiers;
    for (const fields::Field &field : fields::FieldCatalogue::identifiers(Entity::Organisations))
        identifiers.append(field.key);
    QCOMPARE(identifiers, (QStringList{"business_id", "register_number"}));
}

QTEST_GUILESS_MAIN(TestRepositories)
void TestRepositories::recordColumnsAreTheCatalogues()
{
    // A field the catalogue stores in a column of the record's own row (the column an import
    // writes) is held by the repository's table under the same key and column; the list
    // queries and the editors' records read it by that key.
    using fields::Entity;
    int stored = 0;
    for (const fields::Field &field : fields::FieldCatalogue::fields(Entity::Activities)) {
        if (field.column.isEmpty())
            continue;
        QCOMPARE(ActivityRepository::columnOf(field.key), field.column);
        ++stored;
    }
    for (const fields::Field &field : fields::FieldCatalogue::fields(Entity::Persons)) {
        if (field.column.isEmpty())
            continue;
        QCOMPARE(PersonRepository::columnOf(field.key), field.column);
        ++stored;
    }
    QVERIFY(stored > 20);
    QVERIFY(ActivityRepository::columnOf(QStringLiteral("themes")).isEmpty());

    // Values as comparable text: yes/no as 1/0, ids as numbers, nothing as empty.
    Activity a;
    a.organisationId = 12;
    a.hyte = true;
    a.placeType = QStringLiteral("online");
    QCOMPARE(ActivityRepository::valueText(a, QStringLiteral("organisation")),
             QStringLiteral("12"));
    QCOMPARE(ActivityRepository::valueText(a, QStringLiteral("hyte")), QStringLiteral("1"));
    QCOMPARE(ActivityRepository::valueText(a, QStringLiteral("open_for_referral")),
             QStringLiteral("0"));
    QCOMPARE(ActivityRepository::valueText(a, QStringLiteral("place")), QStringLiteral("online"));
    QCOMPARE(ActivityRepository::valueText(a, QStringLiteral("contact_person")), QString(""));
    QVERIFY(ActivityRepository::valueText(a, QStringLiteral("themes")).isNull());
    Person p;
    QCOMPARE(PersonRepository::valueText(p, QStringLiteral("organisation")), QString(""));
    p.organisationId = 7;
    QCOMPARE(PersonRepository::valueText(p, QStringLiteral("organisation")), QStringLiteral("7"));
}

#include "tst_repositories.moc"
