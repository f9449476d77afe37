// Saved health-station list definitions: kept in the register by name, found again in any
// case, replaced when saved again under the same name, and read back to the same choices.
#include "reports/healthstationlist.h"
#include "repositories/savedlistrepository.h"
#include "storage/register.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace kartoitus;
using namespace kartoitus::reports;

class TestSavedLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void choicesRoundTripThroughJson();
    void savedFoundInAnyCaseAndReplacedByName();
    void unreadableDefinitionIsNamed();
    void refusesAnEmptyName();

private:
    QTemporaryDir m_dir;
    Register m_reg;
};

void TestSavedLists::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_reg.create(m_dir.filePath(QStringLiteral("lists.kartoitus"))).ok());
}

void TestSavedLists::choicesRoundTripThroughJson()
{
    HealthStationOptions options;
    options.filter.records.municipalities = {QStringLiteral("179"), QStringLiteral("410")};
    options.filter.records.themes = {3, 1};
    options.filter.records.targetGroups = {5};
    options.filter.records.sectors = {2};
    options.filter.records.search = QStringLiteral("latu");
    options.filter.languages = {QStringLiteral("fi"), QStringLiteral("sv")};
    options.filter.freeOnly = true;
    options.filter.accessibleOnly = true;
    options.filter.openForReferralOnly = true;
    options.filter.hyteOnly = true;
    options.grouping = HealthStationGrouping::Municipality;

    HealthStationOptions read;
    QString error;
    QVERIFY2(HealthStationOptions::fromJson(options.toJson(), &read, &error), qPrintable(error));
    QVERIFY(read == options);
    // Every choice matters: one changed is another list.
    read.filter.hyteOnly = false;
    QVERIFY(read != options);
}

void TestSavedLists::savedFoundInAnyCaseAndReplacedByName()
{
    SavedListRepository lists(m_reg.database());
    HealthStationOptions options;
    options.filter.records.municipalities = {QStringLiteral("179")};
    SavedList first{0,
                    {},
                    QStringLiteral("health-station"),
                    QStringLiteral("  Jyväskylän   terveysasemat "),
                    options.toJson(),
                    {},
                    {}};
    QString error;
    QVERIFY2(lists.save(&first, &error), qPrintable(error));
    QCOMPARE(first.name, QStringLiteral("Jyväskylän terveysasemat"));
    SavedList second{0,
                     {},
                     QStringLiteral("health-station"),
                     QStringLiteral("Saarijärvi–Viitasaari ikäihmiset"),
                     QJsonObject(),
                     {},
                     {}};
    QVERIFY(lists.save(&second, &error));

    const auto found =
        lists.find(QStringLiteral("health-station"), QStringLiteral("JYVÄSKYLÄN TERVEYSASEMAT"));
    QVERIFY(found);
    QCOMPARE(found->id, first.id);
    QCOMPARE(found->definition, options.toJson());
    QVERIFY(!lists.find(QStringLiteral("roster"), QStringLiteral("Jyväskylän terveysasemat")));
    QVERIFY(!lists.find(QStringLiteral("health-station"), QStringLiteral("Laukaa"), &error));
    QVERIFY(error.contains(QStringLiteral("Laukaa")));

    // Saved again under the same name (another case): the same list, with the new choices.
    options.filter.freeOnly = true;
    SavedList again{0,
                    {},
                    QStringLiteral("health-station"),
                    QStringLiteral("jyväskylän terveysasemat"),
                    options.toJson(),
                    {},
                    {}};
    QVERIFY(lists.save(&again, &error));
    QCOMPARE(again.id, first.id);
    const QList<SavedList> all = lists.list(QStringLiteral("health-station"));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().name, QStringLiteral("jyväskylän terveysasemat"));
    HealthStationOptions read;
    QVERIFY(HealthStationOptions::fromJson(all.first().definition, &read, &error));
    QVERIFY(read.filter.freeOnly);

    QVERIFY(lists.remove(second.id, &error));
    QCOMPARE(lists.list(QStringLiteral("health-station")).size(), 1);
    QVERIFY(!lists.remove(second.id, &error));
}

void TestSavedLists::unreadableDefinitionIsNamed()
{
    HealthStationOptions read;
    QString error;
    QVERIFY(!HealthStationOptions::fromJson(
        QJsonObject{{QStringLiteral("themes"), QJsonArray{QStringLiteral("Liikunta")}}}, &read,
        &error));
    QVERIFY2(error.contains(QStringLiteral("themes")), qPrintable(error));
    QVERIFY(!HealthStationOptions::fromJson(
        QJsonObject{{QStringLiteral("grouping"), QStringLiteral("colour")}}, &read, &error));
    QVERIFY2(error.contains(QStringLiteral("grouping")), qPrintable(error));
}

void TestSavedLists::refusesAnEmptyName()
{
    SavedListRepository lists(m_reg.database());
    SavedList list{0, {}, QStringLiteral("health-station"), QStringLiteral("   "), {}, {}, {}};
    QString error;
    QVERIFY(!lists.save(&list, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(list.id, 0);
}

QTEST_GUILESS_MAIN(TestSavedLists)
#include "tst_savedlists.moc"
