// `stats` and `check`: counts agree with the register, the demo register is free of
// errors, and each kind of broken row is reported where a user can find it.
#include "demo/demoregister.h"
#include "stats/registercheck.h"
#include "stats/registerstats.h"
#include "storage/register.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kartoitus;

namespace {

QString describe(const CheckReport &report)
{
    QStringList lines;
    for (const CheckFinding &f : report.findings)
        lines.append(QStringLiteral("%1 %2#%3.%4: %5")
                         .arg(f.severityName(), f.table)
                         .arg(f.id)
                         .arg(f.field, f.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statsOfEmptyRegister();
    void statsOfDemoRegister();
    void statsJson();
    void demoHasNoErrors();
    void brokenRowIsReported_data();
    void brokenRowIsReported();
    void reportJson();

private:
    bool openDemo(Register *reg, const QString &file, int organisations);

    QTemporaryDir m_dir;
    Register m_demo;
    int m_files = 0;
};

bool TestStats::openDemo(Register *reg, const QString &file, int organisations)
{
    if (!reg->create(m_dir.filePath(file)).ok())
        return false;
    DemoOptions options;
    options.organisations = organisations;
    QString error;
    return organisations == 0 || writeDemoRegister(reg->database(), options, &error);
}

void TestStats::initTestCase()
{
    QVERIFY(openDemo(&m_demo, QStringLiteral("demo.kartoitus"), 320));
}

void TestStats::statsOfEmptyRegister()
{
    Register empty;
    QVERIFY(openDemo(&empty, QStringLiteral("empty.kartoitus"), 0));
    RegisterStats stats;
    QString error;
    QVERIFY2(stats.collect(empty.database(), &error), qPrintable(error));
    QCOMPARE(stats.counts.value(QStringLiteral("organisations"), -1), 0);
    QCOMPARE(stats.counts.value(QStringLiteral("municipalities")), 309);
    QCOMPARE(stats.counts.value(QStringLiteral("home_region_municipalities")), 22);
    QCOMPARE(stats.counts.value(QStringLiteral("sectors")), 13);
    QVERIFY(stats.organisationsByStatus.isEmpty());
}

void TestStats::statsOfDemoRegister()
{
    RegisterStats stats;
    QString error;
    QVERIFY2(stats.collect(m_demo.database(), &error), qPrintable(error));
    QCOMPARE(stats.counts.keys(), [] {
        QStringList keys = RegisterStats::keys();
        keys.sort();
        return keys;
    }());
    QSqlQuery q(m_demo.database());
    // Every table-named key counts exactly that table's rows.
    for (const QString &key : RegisterStats::keys()) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(key)))
            continue; // a derived count, checked below
        QVERIFY(q.next());
        QCOMPARE(stats.counts.value(key), q.value(0).toLongLong());
    }
    QCOMPARE(stats.counts.value(QStringLiteral("organisations")), 320);
    QCOMPARE(stats.counts.value(QStringLiteral("liaison_persons")), 22);
    QVERIFY(stats.counts.value(QStringLiteral("persons_with_consent")) > 0);
    QVERIFY(stats.counts.value(QStringLiteral("persons_with_consent")) <
            stats.counts.value(QStringLiteral("persons")));
    QVERIFY(stats.counts.value(QStringLiteral("hyte_activities")) > 0);
    qint64 byStatus = 0;
    for (qint64 n : std::as_const(stats.organisationsByStatus))
        byStatus += n;
    QCOMPARE(byStatus, 320);
    QCOMPARE(stats.organisationsByMunicipality.size(), 22);
    QVERIFY(stats.organisationsByMunicipality.contains(QStringLiteral("Äänekoski")));
    QCOMPARE(stats.organisationsBySector.size(), 13);
    for (const QString &key : RegisterStats::keys())
        QVERIFY2(RegisterStats::label(key) != key, qPrintable(key));
}

void TestStats::statsJson()
{
    RegisterStats stats;
    QVERIFY(stats.collect(m_demo.database(), nullptr));
    const QJsonObject json = stats.toJson();
    QCOMPARE(json.value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("organisations"))
                 .toInt(),
             320);
    QCOMPARE(json.value(QStringLiteral("organisations_by_municipality")).toObject().size(), 22);
    QVERIFY(json.contains(QStringLiteral("organisations_by_status")));
    QVERIFY(json.contains(QStringLiteral("organisations_by_sector")));
}

void TestStats::demoHasNoErrors()
{
    const CheckReport report = RegisterCheck::run(m_demo.database());
    QVERIFY2(report.errorCount() == 0, qPrintable(describe(report)));
    QVERIFY2(report.warningCount() < 20, qPrintable(describe(report)));
}

void TestStats::brokenRowIsReported_data()
{
    QTest::addColumn<QStringList>("breakage");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("table");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("field");

    QTest::newRow("invalid business ID")
        << QStringList{"UPDATE organisations SET business_id = '2077474-1' WHERE id = 1"} << "error"
        << "organisations" << 1ll << "business_id";
    QTest::newRow("duplicate business ID")
        << QStringList{"UPDATE organisations SET business_id = '2077474-0' WHERE id IN (1, 2)"}
        << "warning"
        << "organisations" << 2ll << "business_id";
    QTest::newRow("no home municipality")
        << QStringList{"UPDATE organisations SET home_municipality = NULL WHERE id = 3"}
        << "warning"
        << "organisations" << 3ll << "home_municipality";
    QTest::newRow("invalid email")
        << QStringList{"UPDATE organisations SET email = 'toimisto(at)example.org' WHERE id = 4"}
        << "error"
        << "organisations" << 4ll << "email";
    QTest::newRow("unknown municipality code")
        << QStringList{"PRAGMA foreign_keys = OFF",
                       "UPDATE organisations SET home_municipality = '999' WHERE id = 5",
                       "PRAGMA foreign_keys = ON"}
        << "error"
        << "organisations" << 5ll << "home_municipality";
    QTest::newRow("stale search index")
        << QStringList{"DELETE FROM organisation_search WHERE rowid = 6"} << "error"
        << "organisation_search" << 0ll << "";
    QTest::newRow("stale sort key")
        << QStringList{"UPDATE organisations SET name_sort = 'a' WHERE id = 7"} << "error"
        << "organisations" << 7ll << "name_sort";
    QTest::newRow("person without contact details")
        << QStringList{"UPDATE persons SET email = NULL, phone = NULL WHERE id = 1"} << "warning"
        << "persons" << 1ll << "email";
    QTest::newRow("invalid person phone")
        << QStringList{"UPDATE persons SET phone = 'call me' WHERE id = 2"} << "error"
        << "persons" << 2ll << "phone";
    QTest::newRow("activity without municipality")
        << QStringList{"DELETE FROM activity_municipalities WHERE activity_id = 1"} << "warning"
        << "activities" << 1ll << "municipalities";
    QTest::newRow("term ends before it starts")
        << QStringList{"UPDATE network_representatives SET term_end = '2020-01-01' WHERE id = 1"}
        << "error"
        << "network_representatives" << 1ll << "term_end";
    QTest::newRow("network without representative")
        << QStringList{"DELETE FROM network_representatives WHERE network_id = 1"} << "warning"
        << "networks" << 1ll << "representatives";
}

void TestStats::brokenRowIsReported()
{
    QFETCH(QStringList, breakage);
    QFETCH(QString, severity);
    QFETCH(QString, table);
    QFETCH(qint64, id);
    QFETCH(QString, field);

    Register reg;
    QVERIFY(openDemo(&reg, QStringLiteral("broken%1.kartoitus").arg(++m_files), 30));
    const CheckReport before = RegisterCheck::run(reg.database());
    QCOMPARE(before.errorCount(), 0);
    QSqlQuery q(reg.database());
    for (const QString &sql : breakage)
        QVERIFY2(q.exec(sql) && q.numRowsAffected() != 0, qPrintable(sql));

    const CheckReport after = RegisterCheck::run(reg.database());
    const auto found =
        std::find_if(after.findings.cbegin(), after.findings.cend(), [&](const CheckFinding &f) {
            return f.severityName() == severity && f.table == table && f.id == id &&
                   f.field == field;
        });
    QVERIFY2(found != after.findings.cend(), qPrintable(describe(after)));
    QVERIFY(!found->message.isEmpty());
    QCOMPARE(after.hasErrors(), severity == QLatin1String("error"));
}

void TestStats::reportJson()
{
    CheckReport report;
    report.findings.append({CheckFinding::Severity::Warning, QStringLiteral("persons"), 12,
                            QStringLiteral("email"), QStringLiteral("The person has no email.")});
    report.findings.append({CheckFinding::Severity::Error, QStringLiteral("organisations"), 3,
                            QStringLiteral("business_id"), QStringLiteral("Invalid.")});
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("errors")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("warnings")).toInt(), 1);
    const QJsonObject first = json.value(QStringLiteral("findings")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(first.value(QStringLiteral("table")).toString(), QStringLiteral("persons"));
    QCOMPARE(first.value(QStringLiteral("id")).toInteger(), 12);
    QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("email"));
    QCOMPARE(first.value(QStringLiteral("message")).toString(),
             QStringLiteral("The person has no email."));
}

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
