// The activity and person list models over a demo register: counts and rows as the register
// holds them, facets, search with Finnish letters and with characters SQL gives a meaning to,
// sorting by any column, and QAbstractItemModelTester on both.
#include "common/finnishtext.h"
#include "demo/demoregister.h"
#include "models/activitytablemodel.h"
#include "models/persontablemodel.h"
#include "storage/register.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kartoitus;

class TestRecordListModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void activitiesAcrossPages();
    void activityFacets();
    void activitySearch();
    void activitySortsByOrganisation();
    void personFacets();
    void personSearchFindsEmail();
    void columnsChosenByKey();

private:
    int count(const QString &sql, const QVariantList &values = {});

    QTemporaryDir m_dir;
    Register m_register;
};

int TestRecordListModels::count(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_register.database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void TestRecordListModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_register.create(m_dir.filePath(QStringLiteral("demo.kartoitus"))).ok());
    QString error;
    QVERIFY2(writeDemoRegister(m_register.database(), DemoOptions{}, &error), qPrintable(error));
}

void TestRecordListModels::activitiesAcrossPages()
{
    ActivityTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setDatabase(m_register.database());
    const int all = count(QStringLiteral("SELECT count(*) FROM activities"));
    QVERIFY(all > RecordListModel::PageSize);
    QCOMPARE(model.rowCount(), all);
    QCOMPARE(model.totalCount(), all);
    // Every row once, across every page, in Finnish alphabetical order of the name.
    QSet<qint64> ids;
    QString previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.recordId(row));
        const QString key = FinnishText::sortKey(model.index(row, 0).data().toString());
        QVERIFY2(previous <= key, qPrintable(key));
        previous = key;
    }
    QCOMPARE(ids.size(), all);
}

void TestRecordListModels::activityFacets()
{
    ActivityTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setDatabase(m_register.database());
    RecordFilter filter;
    filter.hyte = true;
    filter.openForReferral = true;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), count(QStringLiteral("SELECT count(*) FROM activities WHERE hyte = "
                                                    "1 AND open_for_referral = 1")));
    QVERIFY(model.rowCount() > 0);
    const int target =
        count(QStringLiteral("SELECT target_group_id FROM activity_target_groups "
                             "GROUP BY target_group_id ORDER BY count(*) DESC LIMIT 1"));
    filter = RecordFilter();
    filter.targetGroups = {target};
    model.setFilter(filter);
    QCOMPARE(model.rowCount(),
             count(QStringLiteral("SELECT count(DISTINCT activity_id) FROM "
                                  "activity_target_groups WHERE target_group_id = ?"),
                   {target}));
    model.setFilter(RecordFilter());
    QCOMPARE(model.rowCount(), model.totalCount());
}

void TestRecordListModels::activitySearch()
{
    ActivityTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setDatabase(m_register.database());
    // An organisation's name with a Finnish letter, typed in the other case, finds its
    // activities.
    QSqlQuery q(m_register.database());
    QVERIFY(q.exec(QStringLiteral("SELECT o.name, count(*) FROM activities a JOIN organisations o"
                                  " ON o.id = a.organisation_id WHERE o.name LIKE '%ä%' GROUP BY"
                                  " o.id ORDER BY o.id LIMIT 1")));
    QVERIFY(q.next());
    const QString name = q.value(0).toString();
    q.finish();
    RecordFilter filter;
    filter.search = name.toUpper();
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    const int organisation = model.sectionOf(QStringLiteral("organisation"));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString shown = model.index(row, 0).data().toString() + u' ' +
                              model.index(row, organisation).data().toString();
        for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            QVERIFY2(shown.contains(word, Qt::CaseInsensitive), qPrintable(shown));
    }
    // Characters LIKE gives a meaning to are only characters.
    for (const QString &typed : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("a%b")}) {
        filter.search = typed;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
    }
}

void TestRecordListModels::activitySortsByOrganisation()
{
    ActivityTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setDatabase(m_register.database());
    const int organisation = model.sectionOf(QStringLiteral("organisation"));
    model.sort(organisation, Qt::DescendingOrder);
    QString previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString key = FinnishText::sortKey(model.index(row, organisation).data().toString());
        if (row > 0)
            QVERIFY2(key <= previous, qPrintable(key));
        previous = key;
    }
}

void TestRecordListModels::personFacets()
{
    PersonTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setDatabase(m_register.database());
    QCOMPARE(model.rowCount(), count(QStringLiteral("SELECT count(*) FROM persons")));
    RecordFilter filter;
    filter.personKind = RecordFilter::PersonKind::Liaison;
    model.setFilter(filter);
    const int liaison =
        count(QStringLiteral("SELECT count(*) FROM persons WHERE organisation_id IS "
                             "NULL AND municipality_code IS NOT NULL"));
    QVERIFY(liaison > 0);
    QCOMPARE(model.rowCount(), liaison);
    const int kind = model.sectionOf(QStringLiteral("kind"));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, kind).data().toString(), QStringLiteral("Liaison person"));
    filter.personKind = RecordFilter::PersonKind::Any;
    filter.publishConsent = false;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(),
             count(QStringLiteral("SELECT count(*) FROM persons WHERE publish_consent = 0")));
    const int consent = model.sectionOf(QStringLiteral("publish_consent"));
    for (int row = 0; row < qMin(model.rowCount(), 50); ++row)
        QVERIFY(model.index(row, consent).data().toString().isEmpty());
}

void TestRecordListModels::personSearchFindsEmail()
{
    PersonTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setDatabase(m_register.database());
    QSqlQuery q(m_register.database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, email FROM persons WHERE email IS NOT NULL ORDER BY "
                                  "id LIMIT 1")));
    QVERIFY(q.next());
    const qint64 id = q.value(0).toLongLong();
    const QString email = q.value(1).toString();
    q.finish();
    RecordFilter filter;
    filter.search = email.toUpper();
    model.setFilter(filter);
    QVERIFY(model.rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row)
        found |= model.recordId(row) == id;
    QVERIFY(found);
}

void TestRecordListModels::columnsChosenByKey()
{
    PersonTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setDatabase(m_register.database());
    model.setColumnKeys({QStringLiteral("email"), QStringLiteral("nonsense"),
                         QStringLiteral("name"), QStringLiteral("id")});
    QCOMPARE(model.columnKeys(),
             (QStringList{QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("id")}));
    // The name is always there, even when the settings forgot it.
    model.setColumnKeys({QStringLiteral("phone")});
    QCOMPARE(model.columnKeys(), (QStringList{QStringLiteral("name"), QStringLiteral("phone")}));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Phone"));
    const QVariant first = model.index(0, 0).data();
    QVERIFY(!first.toString().isEmpty());
}

QTEST_MAIN(TestRecordListModels)

#include "tst_recordlistmodels.moc"
