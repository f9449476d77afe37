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
    void definitionSavedInTheOldFormIsRead();
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
    options.filter.municipalities = {QStringLiteral("179"), QStringLiteral("410")};
    options.filter.themes = {3, 1};
    options.filter.targetGroups = {5};
    options.filter.sectors = {2};
    options.filter.search = QStringLiteral("latu");
    options.filter.languages = {QStringLiteral("fi"), QStringLiteral("sv")};
    options.filter.free = true;
    options.filter.accessibleOnly = true;
    options.filter.openForReferral = true;
    options.filter.hyte = true;
    options.grouping = HealthStationGrouping::Municipality;

    HealthStationOptions read;
    QString error;
    QVERIFY2(HealthStationOptions::fromJson(options.toJson(), &read, &error), qPrintable(error));
    QVERIFY(read == options);
    // Every choice matters: one changed is another list.
    read.filter.hyte = std::nullopt;
    QVERIFY(read != options);
    // A "no" is kept as a "no", not as "any".
    read.filter.hyte = false;
    QVERIFY(read != options);
    HealthStationOptions readAgain;
    QVERIFY2(HealthStationOptions::fromJson(read.toJson(), &readAgain, &error), qPrintable(error));
    QCOMPARE(readAgain.filter.hyte, std::optional<bool>(false));
    QVERIFY(readAgain == read);
}

void TestSavedLists::definitionSavedInTheOldFormIsRead()
{
    // As lists were saved before HYTE, free and referral could be "no": each an "only" flag,
    // false meaning any.
    const QJsonObject old{
        {QStringLiteral("municipalities"), QJsonArray{QStringLiteral("179")}},
        {QStringLiteral("themes"), QJsonArray{3}},
        {QStringLiteral("target_groups"), QJsonArray()},
        {QStringLiteral("sectors"), QJsonArray()},
        {QStringLiteral("languages"), QJsonArray{QStringLiteral("fi")}},
        {QStringLiteral("free_only"), false},
        {QStringLiteral("accessible_only"), true},
        {QStringLiteral("open_for_referral_only"), true},
        {QStringLiteral("hyte_only"), true},
        {QStringLiteral("grouping"), QStringLiteral("theme")},
    };
    HealthStationOptions read;
    QString error;
    QVERIFY2(HealthStationOptions::fromJson(old, &read, &error), qPrintable(error));
    QCOMPARE(read.filter.municipalities, QStringList{QStringLiteral("179")});
    QCOMPARE(read.filter.themes, QList<int>{3});
    QCOMPARE(read.filter.languages, QStringList{QStringLiteral("fi")});
    QCOMPARE(read.filter.hyte, std::optional<bool>(true));
    QCOMPARE(read.filter.openForReferral, std::optional<bool>(true));
    QCOMPARE(read.filter.free, std::optional<bool>());
    QVERIFY(read.filter.accessibleOnly);
    QCOMPARE(read.grouping, HealthStationGrouping::Theme);
    // Saved again, it reads back as the same choices.
    HealthStationOptions again;
    QVERIFY2(HealthStationOptions::fromJson(read.toJson(), &again, &error), qPrintable(error));
    QVERIFY(again == read);
}

void TestSavedLists::savedFoundInAnyCaseAndReplacedByName()
{
    SavedListRepository lists(m_reg.database());
    HealthStationOptions options;
    options.filter.municipalities = {QStringLiteral("179")};
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
    options.filter.free = true;
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
    QCOMPARE(read.filter.free, std::optional<bool>(true));

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
