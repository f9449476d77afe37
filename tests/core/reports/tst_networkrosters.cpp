// The sector networks' lists as reports: what each holds (current members in Finnish order,
// the coordinating organisation marked, representatives serving on the day, terms ending
// within 90 days marked, the region's municipalities with those lacking a liaison person
// marked), every network from a new page, the internal-use note on every page, and register
// text that prints as text.
#include "networkregister.h"

#include "reports/networkrosters.h"
#include "reports/reportrenderer.h"
#include "repositories/rosterrepository.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace kartoitus;
using namespace kartoitus::reports;

class TestNetworkRosters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rosterOfEveryNetwork();
    void rosterOnADay();
    void partnershipTable();
    void liaisonPersons();
    void markupPrintsAsText();

private:
    QTemporaryDir m_dir;
    Register m_register;
    networks::Expected m_expected;
};

void TestNetworkRosters::initTestCase()
{
    QVERIFY(m_register.create(m_dir.filePath(QStringLiteral("r.kartoitus"))).ok());
    m_expected = networks::fill(m_register.database());
}

void TestNetworkRosters::cleanupTestCase()
{
    m_register.close();
}

static QStringList column(const ReportGroup &group, int index)
{
    QStringList values;
    for (const ReportEntry &entry : group.entries)
        values.append(entry.cells.value(index));
    return values;
}

void TestNetworkRosters::rosterOfEveryNetwork()
{
    Report report;
    QString error;
    RosterOptions options;
    options.language = QStringLiteral("en");
    QVERIFY2(NetworkRosters::roster(m_register.database(), options, QStringLiteral("r"), &report,
                                    &error),
             qPrintable(error));
    QCOMPARE(report.groups.size(), 2);
    QCOMPARE(report.groupColumn.key, QStringLiteral("network"));
    QCOMPARE(report.columns.value(0).key, QStringLiteral("organisation"));
    QVERIFY(!report.pageNote.isEmpty());
    const ReportGroup &sports = report.groups.at(0);
    QCOMPARE(sports.heading, m_expected.sportsNetwork);
    QVERIFY(sports.newPage);
    QVERIFY(report.groups.at(1).newPage);
    QCOMPARE(column(sports, 0), m_expected.sportsMembers);
    QCOMPARE(column(sports, 1), (QStringList{QStringLiteral("Jyväskylä"), QStringLiteral("Laukaa"),
                                             QStringLiteral("Äänekoski")}));
    // The coordinating organisation is marked; its contact person and the contact's phone.
    QVERIFY(sports.entries.at(0).marked);
    QVERIFY(!sports.entries.at(1).marked);
    QCOMPARE(sports.entries.at(0).cells.value(2), QStringLiteral("coordinator"));
    QCOMPARE(sports.entries.at(0).cells.value(4), m_expected.coordinator);
    QVERIFY(sports.entries.at(0).cells.value(6).startsWith(QStringLiteral("040 200")));
    QCOMPARE(sports.closing, QStringList{QStringLiteral("3 member organisations.")});
    const QString notes = sports.notes.join(u'\n');
    QVERIFY2(notes.contains(QStringLiteral("Coordinator: ") + m_expected.coordinator),
             qPrintable(notes));
    // Chair before deputy; the past term is not on today's roster.
    QVERIFY(notes.indexOf(m_expected.chair) < notes.indexOf(m_expected.deputy));
    QVERIFY(!notes.contains(m_expected.pastRepresentative));
    QCOMPARE(column(report.groups.at(1), 0), m_expected.cultureMembers);
}

void TestNetworkRosters::rosterOnADay()
{
    RosterRepository repository(m_register.database());
    const QDate before = m_expected.formerLeft.addDays(-1);
    const QList<NetworkRoster> then = repository.rosters(
        {networks::sectorId(m_register.database(), QStringLiteral("Liikunta ja urheilu"))}, before);
    QCOMPARE(then.size(), 1);
    QStringList names;
    for (const RosterMember &member : then.first().members)
        names.append(member.organisation);
    QVERIFY2(names.contains(m_expected.formerMember), qPrintable(names.join(u", ")));
    QVERIFY(!names.contains(m_expected.futureMember));
    const QList<NetworkRoster> later = repository.rosters({}, QDate::currentDate().addMonths(2));
    QCOMPARE(later.size(), 2);
    names.clear();
    for (const RosterMember &member : later.first().members)
        names.append(member.organisation);
    QVERIFY(names.contains(m_expected.futureMember));
    QVERIFY(!names.contains(m_expected.formerMember));
}

void TestNetworkRosters::partnershipTable()
{
    Report report;
    QString error;
    RosterOptions options;
    options.language = QStringLiteral("en");
    QVERIFY2(NetworkRosters::partnershipTable(m_register.database(), options, QString(), &report,
                                              &error),
             qPrintable(error));
    QCOMPARE(report.groups.size(), 2);
    const ReportGroup &sports = report.groups.at(0);
    QCOMPARE(column(sports, 0), (QStringList{m_expected.chair, m_expected.deputy}));
    QVERIFY(sports.entries.at(0).marked);
    QCOMPARE(sports.entries.at(0).cells.last(), QStringLiteral("Term ends in 30 days"));
    QVERIFY(!sports.entries.at(1).marked);
    QVERIFY(sports.entries.at(1).cells.last().isEmpty());
    QVERIFY(report.groups.at(1).entries.isEmpty());
    QVERIFY(!report.groups.at(1).notes.isEmpty());

    // 91 days before the chair's term ends, it is not yet marked; 90 days before, it is.
    options.on = m_expected.chairTermEnd.addDays(-91);
    QVERIFY(NetworkRosters::partnershipTable(m_register.database(), options, QString(), &report,
                                             &error));
    QVERIFY(!report.groups.at(0).entries.at(0).marked);
    options.on = m_expected.chairTermEnd.addDays(-90);
    QVERIFY(NetworkRosters::partnershipTable(m_register.database(), options, QString(), &report,
                                             &error));
    QVERIFY(report.groups.at(0).entries.at(0).marked);
}

void TestNetworkRosters::liaisonPersons()
{
    Report report;
    QString error;
    QVERIFY2(NetworkRosters::liaisonPersons(m_register.database(), QStringLiteral("en"), QString(),
                                            &report, &error),
             qPrintable(error));
    QCOMPARE(report.groups.size(), 1);
    const ReportGroup &group = report.groups.at(0);
    QCOMPARE(group.entries.size(), 22);
    QStringList marked;
    for (const ReportEntry &entry : group.entries) {
        if (entry.marked)
            marked.append(entry.cells.at(0));
        else
            QVERIFY(m_expected.liaisonMunicipalities.contains(entry.cells.at(0)));
    }
    QCOMPARE(marked.size(), 19);
    QCOMPARE(marked.first(), QStringLiteral("Hankasalmi"));
    QCOMPARE(marked.last(), QStringLiteral("Äänekoski"));
    QVERIFY(report.filters.join(u'\n').contains(QStringLiteral("Hankasalmi")));
}

void TestNetworkRosters::markupPrintsAsText()
{
    networks::Builder builder(m_register.database());
    const QString markup = QStringLiteral("<img src=\"x\"> & <b>Kerho</b> ry");
    const qint64 org = builder.organisation(markup, QStringLiteral("179"));
    NetworkRepository repository(m_register.database());
    const qint64 network = repository.list().at(1).id;
    networks::member(repository, network, org, QStringLiteral("2020-01-01"));
    Report report;
    QString error;
    QVERIFY(
        NetworkRosters::roster(m_register.database(), RosterOptions(), QString(), &report, &error));
    const auto doc = ReportRenderer::document(report);
    QVERIFY(doc->toPlainText().contains(markup));
    QCOMPARE(doc->resourceRequests(), 0);
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestNetworkRosters test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_networkrosters.moc"
