// The organisation list model over a demo register: what the table shows for a search,
// a facet filter and a sort, page after page.
#include "common/finnishtext.h"
#include "demo/demoregister.h"
#include "models/organisationtablemodel.h"
#include "storage/register.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kartoitus;

class TestOrganisationModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void showsEveryOrganisationAcrossPages();
    void laterPagesMatchTheRegister_data();
    void laterPagesMatchTheRegister();
    void searchIgnoresCase_data();
    void searchIgnoresCase();
    void searchNarrowsAndClears();
    void municipalityFilter();
    void statusFilter();
    void sortsByNameInFinnishOrder();
    void sortsNumbersDescendingWithBlanksLast();
    void refreshSeesNewRows();
    void columnKeysRoundTrip();

private:
    qint64 insert(const QString &name, const QString &municipality, int members);
    QStringList column(OrganisationColumn column);

    QTemporaryDir m_dir;
    Register m_register;
    OrganisationTableModel *m_model = nullptr;
};

qint64 TestOrganisationModel::insert(const QString &name, const QString &municipality, int members)
{
    QSqlQuery q(m_register.database());
    q.prepare(QStringLiteral("INSERT INTO organisations (uuid, name, name_sort, home_municipality, "
                             "members, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(name);
    q.addBindValue(FinnishText::sortKey(name));
    q.addBindValue(municipality);
    q.addBindValue(members);
    q.addBindValue(currentTimestamp());
    q.addBindValue(currentTimestamp());
    return q.exec() ? q.lastInsertId().toLongLong() : -1;
}

QStringList TestOrganisationModel::column(OrganisationColumn which)
{
    const int section = m_model->sectionOf(which);
    QStringList values;
    for (int row = 0; row < m_model->rowCount(); ++row)
        values.append(m_model->index(row, section).data().toString());
    return values;
}

void TestOrganisationModel::initTestCase()
{
    QVERIFY(m_register.create(m_dir.filePath(QStringLiteral("demo.kartoitus"))).ok());
    QString error;
    QVERIFY2(writeDemoRegister(m_register.database(), DemoOptions{}, &error), qPrintable(error));
    // Names whose order and search only Finnish rules get right.
    QVERIFY(insert(QStringLiteral("Äänekosken Ääniharrastajat ry"), QStringLiteral("992"), 12) > 0);
    QVERIFY(insert(QStringLiteral("Zeta-kerho"), QStringLiteral("179"), 5) > 0);
    QVERIFY(insert(QStringLiteral("Åsa-föreningen"), QStringLiteral("179"), 7) > 0);
    QVERIFY(insert(QStringLiteral("Öljymäen kyläyhdistys"), QStringLiteral("410"), 30) > 0);
    QVERIFY(insert(QStringLiteral("aakkoskerho"), QStringLiteral("179"), 3) > 0);
}

void TestOrganisationModel::init()
{
    delete m_model;
    m_model = new OrganisationTableModel(this);
    m_model->setColumns({OrganisationColumn::Name, OrganisationColumn::Municipality,
                         OrganisationColumn::MunicipalitiesServed, OrganisationColumn::Members,
                         OrganisationColumn::Status});
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_model);
    m_model->setDatabase(m_register.database());
}

void TestOrganisationModel::cleanupTestCase()
{
    delete m_model; // it holds the connection the register closes
    m_model = nullptr;
}

void TestOrganisationModel::showsEveryOrganisationAcrossPages()
{
    QSqlQuery q(m_register.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM organisations")) && q.next());
    const int total = q.value(0).toInt();
    QVERIFY2(total > OrganisationTableModel::PageSize, "the demo spans more than one page");
    QCOMPARE(m_model->rowCount(), total);
    QCOMPARE(m_model->totalCount(), total);
    QSet<qint64> ids;
    for (int row = 0; row < total; ++row)
        ids.insert(m_model->organisationId(row));
    QCOMPARE(int(ids.size()), total);
    QVERIFY(!ids.contains(0));
}

void TestOrganisationModel::laterPagesMatchTheRegister_data()
{
    QTest::addColumn<int>("row");
    QTest::newRow("first") << 0;
    QTest::newRow("last of page one") << OrganisationTableModel::PageSize - 1;
    QTest::newRow("first of page two") << OrganisationTableModel::PageSize;
    QTest::newRow("far") << OrganisationTableModel::PageSize + 40;
}

void TestOrganisationModel::laterPagesMatchTheRegister()
{
    QFETCH(int, row);
    QSqlQuery q(m_register.database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, name FROM organisations ORDER BY name_sort, id "
                                  "LIMIT 1 OFFSET %1")
                       .arg(row)));
    QVERIFY(q.next());
    // Touch the last page first so the cache does not simply hold everything in order.
    m_model->index(m_model->rowCount() - 1, 0).data();
    QCOMPARE(m_model->index(row, 0).data().toString(), q.value(1).toString());
    QCOMPARE(m_model->organisationId(row), q.value(0).toLongLong());
    QCOMPARE(m_model->index(row, 0).data(OrganisationTableModel::OrganisationIdRole).toLongLong(),
             q.value(0).toLongLong());
}

void TestOrganisationModel::searchIgnoresCase_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("lower") << QStringLiteral("ääniharr");
    QTest::newRow("upper") << QStringLiteral("ÄÄNIHARR");
    QTest::newRow("mixed") << QStringLiteral("Ääniharrastajat");
    QTest::newRow("two words") << QStringLiteral("äänekosken ääniharr");
}

void TestOrganisationModel::searchIgnoresCase()
{
    QFETCH(QString, typed);
    m_model->setFilter(RecordFilter{typed, {}, {}, {}, {}, {}});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, 0).data().toString(),
             QStringLiteral("Äänekosken Ääniharrastajat ry"));
    QVERIFY(m_model->totalCount() > 1);
}

void TestOrganisationModel::searchNarrowsAndClears()
{
    const int total = m_model->rowCount();
    // "a" without the dots is another letter in Finnish: it must not find "Ääni...".
    m_model->setFilter(RecordFilter{QStringLiteral("aaniharr"), {}, {}, {}, {}, {}});
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setFilter(RecordFilter{QStringLiteral("kerho"), {}, {}, {}, {}, {}});
    const QStringList names = column(OrganisationColumn::Name);
    QVERIFY(names.contains(QStringLiteral("Zeta-kerho")));
    QVERIFY(!names.contains(QStringLiteral("aakkoskerho"))); // words match from their start
    QVERIFY(m_model->rowCount() < total);
    m_model->setFilter(RecordFilter{});
    QCOMPARE(m_model->rowCount(), total);
}

void TestOrganisationModel::municipalityFilter()
{
    const int total = m_model->rowCount();
    m_model->setFilter(RecordFilter{{}, {QStringLiteral("992")}, {}, {}, {}, {}});
    const int shown = m_model->rowCount();
    QVERIFY(shown > 1);
    QVERIFY(shown < total);
    const QStringList home = column(OrganisationColumn::Municipality);
    const QStringList served = column(OrganisationColumn::MunicipalitiesServed);
    for (int row = 0; row < shown; ++row) {
        QVERIFY2(home.at(row) == QStringLiteral("Äänekoski") ||
                     served.at(row).contains(QStringLiteral("Äänekoski")),
                 qPrintable(home.at(row) + QStringLiteral(" / ") + served.at(row)));
    }
    QVERIFY(
        column(OrganisationColumn::Name).contains(QStringLiteral("Äänekosken Ääniharrastajat ry")));
    // Combined with a search, both must hold.
    m_model->setFilter(
        RecordFilter{QStringLiteral("kerho"), {QStringLiteral("992")}, {}, {}, {}, {}});
    QVERIFY(!column(OrganisationColumn::Name).contains(QStringLiteral("Zeta-kerho")));
}

void TestOrganisationModel::statusFilter()
{
    m_model->setFilter(RecordFilter{{}, {}, {}, {QStringLiteral("active")}, {}, {}});
    const int active = m_model->rowCount();
    QVERIFY(active > 0);
    for (const QString &status : column(OrganisationColumn::Status))
        QCOMPARE(status, QStringLiteral("Active"));
    m_model->setFilter(
        RecordFilter{{}, {}, {}, {QStringLiteral("dormant"), QStringLiteral("dissolved")}, {}, {}});
    QCOMPARE(m_model->rowCount() + active, m_model->totalCount());
}

void TestOrganisationModel::sortsByNameInFinnishOrder()
{
    m_model->sort(0, Qt::AscendingOrder);
    const QStringList names = column(OrganisationColumn::Name);
    const auto at = [&](const char *name) { return names.indexOf(QString::fromUtf8(name)); };
    // a < ... < z < å < ä < ö, and case does not matter.
    QCOMPARE(at("aakkoskerho"), 0);
    QVERIFY(at("Zeta-kerho") < at("Åsa-föreningen"));
    QVERIFY(at("Åsa-föreningen") < at("Äänekosken Ääniharrastajat ry"));
    QVERIFY(at("Äänekosken Ääniharrastajat ry") < at("Öljymäen kyläyhdistys"));
    QCOMPARE(at("Öljymäen kyläyhdistys"), int(names.size()) - 1);
    m_model->sort(0, Qt::DescendingOrder);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Öljymäen kyläyhdistys"));
}

void TestOrganisationModel::sortsNumbersDescendingWithBlanksLast()
{
    const int section = m_model->sectionOf(OrganisationColumn::Members);
    m_model->sort(section, Qt::DescendingOrder);
    bool blankSeen = false;
    qlonglong previous = std::numeric_limits<qlonglong>::max();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QVariant value = m_model->index(row, section).data(Qt::EditRole);
        if (value.isNull()) {
            blankSeen = true;
            continue;
        }
        QVERIFY2(!blankSeen, "a number after a blank");
        QVERIFY(value.toLongLong() <= previous);
        previous = value.toLongLong();
    }
    QCOMPARE(m_model->index(0, section).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestOrganisationModel::refreshSeesNewRows()
{
    const int before = m_model->rowCount();
    const qint64 id = insert(QStringLiteral("Uusi Yhdistys ry"), QStringLiteral("179"), 1);
    QVERIFY(id > 0);
    QCOMPARE(m_model->rowCount(), before); // the model does not poll
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), before + 1);
    QVERIFY(column(OrganisationColumn::Name).contains(QStringLiteral("Uusi Yhdistys ry")));
    QSqlQuery q(m_register.database());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM organisations WHERE id = %1").arg(id)));
}

void TestOrganisationModel::columnKeysRoundTrip()
{
    for (OrganisationColumn c : OrganisationColumns::all()) {
        QCOMPARE(OrganisationColumns::fromKey(OrganisationColumns::key(c)), c);
        QVERIFY(!OrganisationColumns::label(c).isEmpty());
    }
    QCOMPARE(OrganisationColumns::key(OrganisationColumn::City), QStringLiteral("city"));
    QVERIFY(!OrganisationColumns::fromKey(QStringLiteral("no_such_column")));
    // A field's column is labelled by the catalogue, and is a number when the field is one.
    for (const auto &[column, shown] : fields::FieldCatalogue::listColumns()) {
        const auto field = fields::FieldCatalogue::listField(column);
        QVERIFY(field);
        QCOMPARE(OrganisationColumns::label(column), field->listLabel);
        QCOMPARE(OrganisationColumns::isNumeric(column),
                 field->format == fields::ValueFormat::Integer);
    }
    QCOMPARE(
        OrganisationColumns::label(OrganisationColumn::Volunteers),
        fields::FieldCatalogue::label(fields::Entity::Organisations, QStringLiteral("volunteers")));
    QVERIFY(OrganisationColumns::isNumeric(OrganisationColumn::Members));
    QVERIFY(!OrganisationColumns::isNumeric(OrganisationColumn::BusinessId));
    QVERIFY(OrganisationColumns::isNumeric(OrganisationColumn::Id));
    QCOMPARE(OrganisationColumns::formatRegisterNumber(QStringLiteral("192130")),
             QStringLiteral("192.130"));
}

QTEST_GUILESS_MAIN(TestOrganisationModel)
#include "tst_organisationmodel.moc"
