// The demo register: what it promises a first-time user (every municipality, sector,
// network and survey part present), that it is fictional, and that it is reproducible.
#include "common/finnishtext.h"
#include "demo/demoregister.h"
#include "demo/demowriter.h"
#include "search/searchindex.h"
#include "stats/registercheck.h"
#include "storage/register.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace kartoitus;

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QStringList values;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("<query failed>")};
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

// Every column of every row, in id order: equal dumps mean equal data.
QString dump(const QSqlDatabase &db, const QString &table)
{
    QString out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
        return QStringLiteral("<query failed>");
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            out += q.value(i).toString() + (q.isNull(i) ? QStringLiteral("<null>") : QString()) +
                   QLatin1Char('\x1f');
        out += QLatin1Char('\n');
    }
    return out;
}

bool businessIdValid(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{7}-\\d$"));
    if (!shape.match(id).hasMatch())
        return false;
    static constexpr int weights[] = {7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 7; ++i)
        sum += id.at(i).digitValue() * weights[i];
    const int r = sum % 11;
    return r != 1 && id.at(8).digitValue() == (r == 0 ? 0 : 11 - r);
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsMeetTheMinima_data();
    void countsMeetTheMinima();
    void everyHomeMunicipalityHasOrganisationsAndLiaison();
    void everySectorHasNetworkWithRepresentative();
    void surveyHasEveryQuestionTypeAndResponses();
    void contactDetailsAreFictional();
    void businessIdsAreValidAndDistinct();
    void nameSortIsTheFinnishKey();
    void searchIndexIsConsistent();
    void sameSeedGivesSameData();
    void otherSeedGivesOtherData();
    void refusesARegisterWithOrganisations();
    void smallRegisterStillWorks();
    void largerRegisterPassesCheck();
    void generatedBusinessIds_data();
    void generatedBusinessIds();

private:
    QString writeDemo(const QString &file, const DemoOptions &options, Register *reg);

    QTemporaryDir m_dir;
    Register m_register;
    QSqlDatabase m_db;
};

QString TestDemo::writeDemo(const QString &file, const DemoOptions &options, Register *reg)
{
    const OpenResult opened = reg->create(m_dir.filePath(file));
    if (!opened.ok())
        return opened.message;
    QString error;
    if (!writeDemoRegister(reg->database(), options, &error))
        return error.isEmpty() ? QStringLiteral("failed without a message") : error;
    return QString();
}

void TestDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = writeDemo(QStringLiteral("demo.kartoitus"), DemoOptions(), &m_register);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_db = m_register.database();
}

void TestDemo::countsMeetTheMinima_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<qint64>("maximum");
    const qint64 any = std::numeric_limits<qint64>::max();
    QTest::newRow("organisations") << "SELECT count(*) FROM organisations" << 320ll << 320ll;
    QTest::newRow("activities") << "SELECT count(*) FROM activities" << 650ll << any;
    QTest::newRow("hyte activities")
        << "SELECT count(*) FROM activities WHERE hyte" << 300ll << any;
    QTest::newRow("non-hyte activities")
        << "SELECT count(*) FROM activities WHERE NOT hyte" << 1ll << any;
    QTest::newRow("open for referral")
        << "SELECT count(*) FROM activities WHERE open_for_referral" << 100ll << any;
    QTest::newRow("paid") << "SELECT count(*) FROM activities WHERE cost = 'paid'" << 1ll << any;
    QTest::newRow("free") << "SELECT count(*) FROM activities WHERE cost = 'free'" << 1ll << any;
    QTest::newRow("online") << "SELECT count(*) FROM activities WHERE place_type = 'online'" << 1ll
                            << any;
    QTest::newRow("activities with schedule")
        << "SELECT count(*) FROM activities WHERE schedule LIKE '% klo %'" << 500ll << any;
    QTest::newRow("activities without theme")
        << "SELECT count(*) FROM activities WHERE id NOT IN (SELECT activity_id FROM "
           "activity_themes)"
        << 0ll << 0ll;
    QTest::newRow("activities without target group")
        << "SELECT count(*) FROM activities WHERE id NOT IN (SELECT activity_id FROM "
           "activity_target_groups)"
        << 0ll << 0ll;
    QTest::newRow("activities without municipality")
        << "SELECT count(*) FROM activities WHERE id NOT IN (SELECT activity_id FROM "
           "activity_municipalities)"
        << 0ll << 0ll;
    QTest::newRow("persons with consent")
        << "SELECT count(*) FROM persons WHERE publish_consent" << 50ll << any;
    QTest::newRow("persons without consent")
        << "SELECT count(*) FROM persons WHERE NOT publish_consent" << 50ll << any;
    QTest::newRow("liaison persons")
        << "SELECT count(*) FROM persons WHERE organisation_id IS NULL AND municipality_code IS "
           "NOT NULL"
        << 22ll << 22ll;
    QTest::newRow("organisations without contact person")
        << "SELECT count(*) FROM organisations WHERE contact_person_id IS NULL" << 0ll << 0ll;
    QTest::newRow("networks") << "SELECT count(*) FROM networks" << 13ll << 13ll;
    QTest::newRow("network members") << "SELECT count(*) FROM network_members" << 100ll << any;
    QTest::newRow("organisations without business ID")
        << "SELECT count(*) FROM organisations WHERE business_id IS NULL" << 1ll << 160ll;
    QTest::newRow("organisations without register number")
        << "SELECT count(*) FROM organisations WHERE register_number IS NULL" << 1ll << 160ll;
    QTest::newRow("dormant or dissolved")
        << "SELECT count(*) FROM organisations WHERE status <> 'active'" << 1ll << 100ll;
    QTest::newRow("organisations serving several municipalities")
        << "SELECT count(DISTINCT organisation_id) FROM organisation_municipalities WHERE "
           "municipality_code <> (SELECT home_municipality FROM organisations WHERE id = "
           "organisation_id)"
        << 50ll << any;
}

void TestDemo::countsMeetTheMinima()
{
    QFETCH(QString, sql);
    QFETCH(qint64, minimum);
    QFETCH(qint64, maximum);
    const qint64 count = scalar(m_db, sql);
    QVERIFY2(count >= minimum && count <= maximum,
             qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(count).arg(minimum).arg(maximum)));
}

void TestDemo::everyHomeMunicipalityHasOrganisationsAndLiaison()
{
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM municipalities WHERE home_region")),
             22);
    QCOMPARE(column(m_db, QStringLiteral("SELECT code FROM municipalities m WHERE home_region AND"
                                         " NOT EXISTS (SELECT 1 FROM organisations o WHERE"
                                         " o.home_municipality = m.code)")),
             QStringList());
    QCOMPARE(column(m_db, QStringLiteral("SELECT code FROM municipalities m WHERE home_region AND"
                                         " NOT EXISTS (SELECT 1 FROM persons p WHERE"
                                         " p.municipality_code = m.code AND p.organisation_id IS"
                                         " NULL)")),
             QStringList());
    // Demo organisations live in the region the register serves.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM organisations o JOIN municipalities"
                                         " m ON m.code = o.home_municipality WHERE NOT"
                                         " m.home_region")),
             0);
}

void TestDemo::everySectorHasNetworkWithRepresentative()
{
    QCOMPARE(column(m_db, QStringLiteral("SELECT name_fi FROM sectors s WHERE NOT EXISTS (SELECT 1"
                                         " FROM organisation_sectors os WHERE os.sector_id = s.id"
                                         " AND os.is_primary)")),
             QStringList());
    QCOMPARE(column(m_db, QStringLiteral("SELECT s.name_fi FROM sectors s LEFT JOIN networks n ON"
                                         " n.sector_id = s.id WHERE n.id IS NULL OR NOT EXISTS"
                                         " (SELECT 1 FROM network_representatives r WHERE"
                                         " r.network_id = n.id AND r.term_start IS NOT NULL AND"
                                         " r.term_end > r.term_start)")),
             QStringList());
    // A representative speaks for a member organisation of the network.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM network_representatives r WHERE NOT"
                                         " EXISTS (SELECT 1 FROM network_members m WHERE"
                                         " m.network_id = r.network_id AND m.organisation_id ="
                                         " r.organisation_id)")),
             0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM network_representatives WHERE"
                                        " role = 'deputy'")) > 0);
}

void TestDemo::surveyHasEveryQuestionTypeAndResponses()
{
    QCOMPARE(column(m_db, QStringLiteral("SELECT name || ' ' || year FROM surveys")),
             QStringList{QStringLiteral("Järjestökysely 2025")});
    QCOMPARE(column(m_db, QStringLiteral("SELECT DISTINCT type FROM survey_questions ORDER BY 1")),
             (QStringList{QStringLiteral("multiple_choice"), QStringLiteral("number"),
                          QStringLiteral("scale"), QStringLiteral("single_choice"),
                          QStringLiteral("text")}));
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM survey_responses")) >= 100);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM survey_responses WHERE"
                                        " organisation_id IS NOT NULL")) > 0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM survey_responses WHERE"
                                        " organisation_id IS NULL")) > 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM survey_responses WHERE"
                                         " json_valid(raw) = 0 OR json_type(raw) <> 'object'")),
             0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM survey_answers WHERE number IS NOT"
                                        " NULL")) > 0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM survey_answers WHERE value LIKE"
                                        " '%' || char(10) || '%'")) > 0);
}

void TestDemo::contactDetailsAreFictional()
{
    const QStringList emails = column(
        m_db, QStringLiteral("SELECT email FROM organisations WHERE email IS NOT NULL UNION ALL"
                             " SELECT email FROM persons WHERE email IS NOT NULL"));
    QVERIFY(emails.size() > 300);
    for (const QString &email : emails)
        QVERIFY2(email.endsWith(QLatin1String("@example.org")), qPrintable(email));
    for (const QString &site : column(
             m_db, QStringLiteral("SELECT website FROM organisations WHERE website IS NOT NULL")))
        QVERIFY2(site.startsWith(QLatin1String("https://example.org/")), qPrintable(site));
    static const QRegularExpression phone(QStringLiteral("^040 123 \\d{4}$"));
    for (const QString &number :
         column(m_db, QStringLiteral("SELECT phone FROM organisations WHERE phone IS NOT NULL UNION"
                                     " ALL SELECT phone FROM persons WHERE phone IS NOT NULL")))
        QVERIFY2(phone.match(number).hasMatch(), qPrintable(number));
}

void TestDemo::businessIdsAreValidAndDistinct()
{
    const QStringList ids = column(
        m_db,
        QStringLiteral("SELECT business_id FROM organisations WHERE business_id IS NOT NULL"));
    QVERIFY(ids.size() > 150);
    for (const QString &id : ids)
        QVERIFY2(businessIdValid(id), qPrintable(id));
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    static const QRegularExpression registerNumber(QStringLiteral("^\\d{1,6}$"));
    for (const QString &number : column(m_db, QStringLiteral("SELECT register_number FROM"
                                                             " organisations WHERE register_number"
                                                             " IS NOT NULL")))
        QVERIFY2(registerNumber.match(number).hasMatch(), qPrintable(number));
}

void TestDemo::nameSortIsTheFinnishKey()
{
    for (const QString &table : {QStringLiteral("organisations"), QStringLiteral("persons"),
                                 QStringLiteral("activities")}) {
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT name, name_sort FROM %1").arg(table)));
        while (q.next())
            QCOMPARE(q.value(1).toString(), FinnishText::sortKey(q.value(0).toString()));
    }
    // Names are unique, so a list sorted by name has no indistinguishable rows.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(DISTINCT name) FROM organisations")), 320);
}

void TestDemo::searchIndexIsConsistent()
{
    QString error;
    QCOMPARE(SearchIndex::staleRows(m_db, &error), 0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // What a user types finds the organisations of that municipality.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM organisation_search WHERE organisation_search"
                             " MATCH ?"));
    q.addBindValue(SearchIndex::matchExpression(QStringLiteral("kinnula")));
    QVERIFY(q.exec() && q.next());
    QVERIFY(q.value(0).toInt() >= 1);
}

void TestDemo::sameSeedGivesSameData()
{
    Register again;
    const QString error = writeDemo(QStringLiteral("again.kartoitus"), DemoOptions(), &again);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &table :
         {QStringLiteral("organisations"), QStringLiteral("persons"), QStringLiteral("activities"),
          QStringLiteral("organisation_municipalities"), QStringLiteral("network_representatives"),
          QStringLiteral("survey_responses"), QStringLiteral("survey_answers")}) {
        const QString first = dump(m_db, table);
        QVERIFY(first.size() > 100);
        QVERIFY2(first == dump(again.database(), table), qPrintable(table));
    }
}

void TestDemo::otherSeedGivesOtherData()
{
    Register other;
    DemoOptions options;
    options.seed = 7;
    const QString error = writeDemo(QStringLiteral("other.kartoitus"), options, &other);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(dump(m_db, QStringLiteral("organisations")) !=
            dump(other.database(), QStringLiteral("organisations")));
    QCOMPARE(scalar(other.database(), QStringLiteral("SELECT count(*) FROM organisations")), 320);
}

void TestDemo::refusesARegisterWithOrganisations()
{
    const QString before = dump(m_db, QStringLiteral("organisations"));
    QString error;
    QVERIFY(!writeDemoRegister(m_db, DemoOptions(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(dump(m_db, QStringLiteral("organisations")), before);
}

void TestDemo::smallRegisterStillWorks()
{
    // Fewer organisations than municipalities: the liaison persons and networks remain.
    Register small;
    DemoOptions options;
    options.organisations = 5;
    const QString error = writeDemo(QStringLiteral("small.kartoitus"), options, &small);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(scalar(small.database(), QStringLiteral("SELECT count(*) FROM organisations")), 5);
    QCOMPARE(scalar(small.database(), QStringLiteral("SELECT count(*) FROM persons WHERE"
                                                     " organisation_id IS NULL")),
             22);
    QCOMPARE(scalar(small.database(), QStringLiteral("SELECT count(*) FROM networks")), 13);
}

void TestDemo::largerRegisterPassesCheck()
{
    // Many organisations per municipality and sector: names stay unique and the check
    // finds nothing wrong in what the demo wrote.
    Register larger;
    DemoOptions options;
    options.organisations = 5000;
    const QString error = writeDemo(QStringLiteral("larger.kartoitus"), options, &larger);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CheckReport report = RegisterCheck::run(larger.database());
    QCOMPARE(report.errorCount(), 0);
    QCOMPARE(report.warningCount(), 0);
    QCOMPARE(scalar(larger.database(), QStringLiteral("SELECT count(DISTINCT name) FROM"
                                                      " organisations")),
             5000);
}

void TestDemo::generatedBusinessIds_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("expected");
    QTest::newRow("valid as drawn") << 2077474 << "2077474-0";
    QTest::newRow("check digit 4") << 1166094 << "1166094-4";
    QTest::newRow("no check digit, the next has") << 2077402 << "2077403-8";
    // 1000999 and 1001000 both have remainder 1: the step carries into another.
    QTest::newRow("two in a row without a check digit") << 1000999 << "1001001-8";
}

void TestDemo::generatedBusinessIds()
{
    QFETCH(int, number);
    QFETCH(QString, expected);
    const QString id = demo::DemoWriter::firstBusinessIdFrom(number);
    QVERIFY2(businessIdValid(id), qPrintable(id));
    QVERIFY(id.left(7).toInt() >= number);
    QVERIFY(id.left(7).toInt() - number <= 2);
    if (!expected.isEmpty())
        QCOMPARE(id, expected);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
