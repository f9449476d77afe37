// Rows meet records already in the register: matched by id, business ID, register number,
// then name in the same municipality; each --on-match policy does what it says, and the
// preview gives exactly what the import then does.
#include "importtestutil.h"

#include "repositories/organisationrepository.h"
#include "repositories/personrepository.h"

#include <QTest>

using namespace importtest;

namespace {

struct Existing
{
    const char *name;
    const char *municipality;
    const char *businessId = "";
    const char *registerNumber = "";
};

// The register's organisations before each test, by index.
const Existing existing[] = {
    {"Jyväskylän Latu ry", "179", "0166094-0", "192130"},
    {"Laukaan Latu ry", "410", "2077474-0", "100200"},
    {"Muuramen Kuoro ry", "500", "", "123456"},
    {"Äänekosken Kävelijät ry", "992"},
    {"Äänekosken Kävelijät ry", "179"},
};

} // namespace

class TestImportMatching : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void matchOrder_data();
    void matchOrder();
    void policies_data();
    void policies();
    void updateTwiceLeavesTheSecondUnchanged();
    void recordFoundByAnotherKeyTakesTheFilesId_data();
    void recordFoundByAnotherKeyTakesTheFilesId();
    void sameDayOfLastCheckKeepsItsTime();
    void createPolicyKeepsEveryRecord();
    void sameNameTwiceIsRejected();
    void previewGivesWhatTheRunDoes_data();
    void previewGivesWhatTheRunDoes();

private:
    QString uuidOf(int index) const { return m_uuids.value(index); }
    // Name of the organisation whose notes are `notes`, for "which record did it hit".
    QStringList namesWithNotes(const QString &notes) const;

    std::unique_ptr<Workspace> m_space;
    QStringList m_uuids;
};

void TestImportMatching::init()
{
    m_space = std::make_unique<Workspace>();
    QVERIFY(m_space->create());
    m_uuids.clear();
    OrganisationRepository repository(m_space->db());
    for (const Existing &e : existing) {
        Organisation o;
        o.name = QString::fromUtf8(e.name);
        o.homeMunicipality = QLatin1String(e.municipality);
        o.businessId = QLatin1String(e.businessId);
        o.registerNumber = QLatin1String(e.registerNumber);
        o.email = QStringLiteral("vanha@example.org");
        o.phone = QStringLiteral("014 123 456");
        o.members = 10;
        o.notes = QStringLiteral("ennen");
        o.municipalitiesServed = {QStringLiteral("179"), QStringLiteral("410")};
        QString error;
        QVERIFY2(repository.create(&o, &error), qPrintable(error));
        m_uuids.append(o.uuid);
    }
}

QStringList TestImportMatching::namesWithNotes(const QString &notes) const
{
    return column(m_space->db(),
                  QStringLiteral("SELECT name || ' (' || coalesce(home_municipality, '') || ')' "
                                 "FROM organisations WHERE notes = ? ORDER BY id"),
                  {notes});
}

void TestImportMatching::matchOrder_data()
{
    QTest::addColumn<QString>("row"); // id;name;business_id;register_number;municipality
    QTest::addColumn<QString>("hit"); // the record that takes the notes
    QTest::addColumn<QString>("matchedBy");
    // A blank municipality cell clears the record's municipality: the file wins.
    QTest::newRow("id before business id") << "{0};Uusi nimi ry;2077474-0;;Laukaa"
                                           << "Uusi nimi ry (410)"
                                           << "uuid";
    QTest::newRow("id in braces and capitals") << "{{0}};Jyväskylän Latu ry;;;"
                                               << "Jyväskylän Latu ry ()"
                                               << "uuid";
    QTest::newRow("business id before register number") << ";Jokin muu ry;2077474-0;123.456;"
                                                        << "Jokin muu ry ()"
                                                        << "business_id";
    QTest::newRow("unknown id falls through to business id")
        << "6f1c2b9e-3d4a-4e5f-8a7b-1c2d3e4f5a6b;Laukaan Latu ry;2077474-0;;"
        << "Laukaan Latu ry ()"
        << "business_id";
    QTest::newRow("register number written with a dot") << ";Muuramen Kuoro ry;;123.456;"
                                                        << "Muuramen Kuoro ry ()"
                                                        << "register_number";
    QTest::newRow("register number written with a space") << ";Muuramen Kuoro ry;;123 456;Muurame"
                                                          << "Muuramen Kuoro ry (500)"
                                                          << "register_number";
    QTest::newRow("name in other case and spacing, same municipality")
        << ";ÄÄNEKOSKEN  kävelijät RY;;;äänekoski"
        << "ÄÄNEKOSKEN kävelijät RY (992)"
        << "name";
    QTest::newRow("same name by municipality code") << ";Äänekosken Kävelijät ry;;;179"
                                                    << "Äänekosken Kävelijät ry (179)"
                                                    << "name";
    QTest::newRow("same name, another municipality: a new organisation")
        << ";Äänekosken Kävelijät ry;;;Laukaa"
        << "Äänekosken Kävelijät ry (410)"
        << "";
    QTest::newRow("same name, another business id: a new organisation")
        << ";Jyväskylän Latu ry;0221704-3;;Jyväskylä"
        << "Jyväskylän Latu ry (179)"
        << "";
    QTest::newRow("same name, business id only in the file")
        << ";Muuramen Kuoro ry;0221704-3;;Muurame"
        << "Muuramen Kuoro ry (500)"
        << "name";
}

void TestImportMatching::matchOrder()
{
    QFETCH(QString, row);
    QFETCH(QString, hit);
    QFETCH(QString, matchedBy);
    row.replace(QLatin1String("{{0}}"), QLatin1Char('{') + uuidOf(0).toUpper() + QLatin1Char('}'));
    row.replace(QLatin1String("{0}"), uuidOf(0));
    const QByteArray csv =
        "id;name;business_id;register_number;municipality;notes\r\n" + row.toUtf8() + ";tuotu\r\n";
    const ImportResult result = m_space->runBytes(csv);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.rejected, 0);
    QCOMPARE(result.outcomes.size(), 1);
    QCOMPARE(result.outcomes[0].matchedBy, matchedBy);
    QCOMPARE(result.created, matchedBy.isEmpty() ? 1 : 0);
    QCOMPARE(result.updated, matchedBy.isEmpty() ? 0 : 1);
    QCOMPARE(namesWithNotes(QStringLiteral("tuotu")), QStringList{hit});
    QCOMPARE(count(m_space->db(), QStringLiteral("organisations")),
             qint64(std::size(existing)) + result.created);
}

void TestImportMatching::policies_data()
{
    QTest::addColumn<MatchPolicy>("policy");
    QTest::addColumn<RowAction>("action");
    QTest::addColumn<QStringList>("stored"); // email, phone, website, members, served, notes
    // The file: a new email, a blank phone, a website the register lacks, a new member
    // count, blank municipalities served; notes are not in the file at all.
    QTest::newRow("update: the file wins, blank cells clear")
        << MatchPolicy::Update << RowAction::Update
        << QStringList{"uusi@example.org", "", "https://latu.example.org", "12", "", "ennen"};
    QTest::newRow("fill: only what the register lacks")
        << MatchPolicy::Fill << RowAction::Fill
        << QStringList{"vanha@example.org", "014 123 456", "https://latu.example.org", "10",
                       "179, 410",          "ennen"};
    QTest::newRow("skip: left as it is")
        << MatchPolicy::Skip << RowAction::Skip
        << QStringList{"vanha@example.org", "014 123 456", "", "10", "179, 410", "ennen"};
}

void TestImportMatching::policies()
{
    QFETCH(MatchPolicy, policy);
    QFETCH(RowAction, action);
    QFETCH(QStringList, stored);
    const QString updatedBefore =
        value(m_space->db(), QStringLiteral("SELECT updated_at FROM organisations WHERE id = 1"))
            .toString();
    QTest::qWait(1100); // timestamps have whole seconds
    ImportOptions options;
    options.onMatch = policy;
    const ImportResult result = m_space->runBytes(
        "Y-tunnus;Nimi;Sähköposti;Puhelin;Verkkosivut;Jäsenmäärä;Toimintakunnat\r\n"
        "0166094-0;Jyväskylän Latu ry;uusi@example.org;;https://latu.example.org;12;\r\n",
        options);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.outcomes.value(0).action, action);
    QCOMPARE(result.updated, action == RowAction::Skip ? 0 : 1);
    QCOMPARE(result.skipped, action == RowAction::Skip ? 1 : 0);
    QCOMPARE(count(m_space->db(), QStringLiteral("organisations")), qint64(std::size(existing)));
    const QSqlDatabase db = m_space->db();
    const QStringList actual{
        value(db, QStringLiteral("SELECT email FROM organisations WHERE id = 1")).toString(),
        value(db, QStringLiteral("SELECT phone FROM organisations WHERE id = 1")).toString(),
        value(db, QStringLiteral("SELECT website FROM organisations WHERE id = 1")).toString(),
        value(db, QStringLiteral("SELECT members FROM organisations WHERE id = 1")).toString(),
        column(db, QStringLiteral("SELECT municipality_code FROM organisation_municipalities "
                                  "WHERE organisation_id = 1 ORDER BY 1"))
            .join(QLatin1String(", ")),
        value(db, QStringLiteral("SELECT notes FROM organisations WHERE id = 1")).toString()};
    QCOMPARE(actual, stored);
    const QString updatedAfter =
        value(db, QStringLiteral("SELECT updated_at FROM organisations WHERE id = 1")).toString();
    QCOMPARE(updatedAfter != updatedBefore, action != RowAction::Skip);
}

void TestImportMatching::updateTwiceLeavesTheSecondUnchanged()
{
    const QByteArray csv = "Y-tunnus;Nimi;Sähköposti;Toimintakunnat;Jäsenmäärä\r\n"
                           "0166094-0;Jyväskylän Latu ry;uusi@example.org;Laukaa, 179;1 240\r\n";
    const ImportResult first = m_space->runBytes(csv);
    QCOMPARE(first.updated, 1);
    const QString stamp =
        value(m_space->db(), QStringLiteral("SELECT updated_at FROM organisations WHERE id = 1"))
            .toString();
    QTest::qWait(1100);
    const ImportResult second = m_space->runBytes(csv);
    QVERIFY2(second.ok, qPrintable(describe(second)));
    QCOMPARE(second.updated, 0);
    QCOMPARE(second.unchanged, 1);
    QCOMPARE(second.outcomes.value(0).action, RowAction::Unchanged);
    QCOMPARE(
        value(m_space->db(), QStringLiteral("SELECT updated_at FROM organisations WHERE id = 1"))
            .toString(),
        stamp);
}

void TestImportMatching::recordFoundByAnotherKeyTakesTheFilesId_data()
{
    QTest::addColumn<MatchPolicy>("policy");
    QTest::addColumn<bool>("takesId");
    QTest::newRow("update") << MatchPolicy::Update << true;
    QTest::newRow("fill") << MatchPolicy::Fill << false;
    QTest::newRow("skip") << MatchPolicy::Skip << false;
}

// A file from another register knows the organisation by its own id: an update gives
// the record that id, so that the two registers' exports agree from then on.
void TestImportMatching::recordFoundByAnotherKeyTakesTheFilesId()
{
    QFETCH(MatchPolicy, policy);
    QFETCH(bool, takesId);
    const QString theirs = QStringLiteral("6f1c2b9e-3d4a-4e5f-8a7b-1c2d3e4f5a6b");
    ImportOptions options;
    options.onMatch = policy;
    const QByteArray csv = "id;name;business_id;municipality\r\n" + theirs.toUtf8() +
                           ";Laukaan Latu ry;2077474-0;Laukaa\r\n";
    const ImportResult result = m_space->runBytes(csv, options);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.outcomes.value(0).matchedBy, QStringLiteral("business_id"));
    QCOMPARE(result.outcomes.value(0).action, takesId                       ? RowAction::Update
                                              : policy == MatchPolicy::Skip ? RowAction::Skip
                                                                            : RowAction::Unchanged);
    QCOMPARE(value(m_space->db(), QStringLiteral("SELECT uuid FROM organisations WHERE id = 2"))
                 .toString(),
             takesId ? theirs : uuidOf(1));
    // The same file again finds the record by that id and has nothing more to change.
    const ImportResult again = m_space->runBytes(csv, options);
    QCOMPARE(again.outcomes.value(0).matchedBy,
             takesId ? QStringLiteral("uuid") : QStringLiteral("business_id"));
    QCOMPARE(again.created + again.updated, 0);
}

// Files carry the day of the last check; the register keeps the time it was checked.
void TestImportMatching::sameDayOfLastCheckKeepsItsTime()
{
    QSqlQuery query(m_space->db());
    QVERIFY(query.exec(QStringLiteral(
        "UPDATE organisations SET verified_at = '2024-05-31T12:30:00Z' WHERE id = 1")));
    const QString header = QStringLiteral("Y-tunnus;Nimi;Tarkistettu\r\n");
    const ImportResult same = m_space->runBytes(
        (header + QStringLiteral("0166094-0;Jyväskylän Latu ry;31.5.2024\r\n")).toUtf8());
    QVERIFY2(same.ok, qPrintable(describe(same)));
    QCOMPARE(same.unchanged, 1);
    QCOMPARE(value(m_space->db(), QStringLiteral("SELECT verified_at FROM organisations WHERE "
                                                 "id = 1"))
                 .toString(),
             QStringLiteral("2024-05-31T12:30:00Z"));
    const ImportResult later = m_space->runBytes(
        (header + QStringLiteral("0166094-0;Jyväskylän Latu ry;2025-01-15\r\n")).toUtf8());
    QCOMPARE(later.updated, 1);
    QCOMPARE(value(m_space->db(), QStringLiteral("SELECT verified_at FROM organisations WHERE "
                                                 "id = 1"))
                 .toString(),
             QStringLiteral("2025-01-15"));
}

// --on-match create: every row is a new record, even one that carries the id of a record
// the register has; the existing record stays, and ids stay unique.
void TestImportMatching::createPolicyKeepsEveryRecord()
{
    ImportOptions options;
    options.onMatch = MatchPolicy::Create;
    const QString fresh = QStringLiteral("0e9d6c3b-5a4f-4e2d-9c1b-0a9b8c7d6e5f");
    const QByteArray csv = "id;name;business_id;municipality\r\n" + uuidOf(0).toUtf8() +
                           ";Jyväskylän Latu ry;0166094-0;179\r\n"
                           ";Äänekosken Kävelijät ry;;Äänekoski\r\n" +
                           fresh.toUtf8() + ";Ihan uusi ry;;Laukaa\r\n";
    const ImportResult result = m_space->runBytes(csv, options);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.created, 3);
    QCOMPARE(result.updated + result.unchanged + result.skipped + result.rejected, 0);
    const QSqlDatabase db = m_space->db();
    QCOMPARE(count(db, QStringLiteral("organisations")), qint64(std::size(existing)) + 3);
    QCOMPARE(value(db, QStringLiteral("SELECT count(DISTINCT uuid) FROM organisations")).toInt(),
             int(std::size(existing)) + 3);
    QCOMPARE(value(db, QStringLiteral("SELECT name FROM organisations WHERE uuid = ?"), {uuidOf(0)})
                 .toString(),
             QStringLiteral("Jyväskylän Latu ry"));
    QCOMPARE(value(db, QStringLiteral("SELECT id FROM organisations WHERE uuid = ?"), {uuidOf(0)})
                 .toInt(),
             1);
    // An id the register does not have is kept, as in any other import.
    QCOMPARE(value(db, QStringLiteral("SELECT name FROM organisations WHERE uuid = ?"), {fresh})
                 .toString(),
             QStringLiteral("Ihan uusi ry"));
}

void TestImportMatching::sameNameTwiceIsRejected()
{
    OrganisationRepository repository(m_space->db());
    Organisation twin;
    twin.name = QStringLiteral("Laukaan  latu RY");
    twin.homeMunicipality = QStringLiteral("410");
    QString error;
    QVERIFY2(repository.create(&twin, &error), qPrintable(error));
    const ImportResult result =
        m_space->runBytes("Nimi;Kunta;Lisätiedot\r\nLaukaan Latu ry;Laukaa;tuotu\r\n");
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.rejected, 1);
    QCOMPARE(result.rejects.value(0).line, 2);
    QVERIFY2(result.rejects.value(0).reason.contains(QLatin1String("Laukaan Latu ry")),
             qPrintable(result.rejects.value(0).reason));
    QVERIFY(namesWithNotes(QStringLiteral("tuotu")).isEmpty());
}

void TestImportMatching::previewGivesWhatTheRunDoes_data()
{
    QTest::addColumn<MatchPolicy>("policy");
    QTest::newRow("update") << MatchPolicy::Update;
    QTest::newRow("fill") << MatchPolicy::Fill;
    QTest::newRow("skip") << MatchPolicy::Skip;
    QTest::newRow("create") << MatchPolicy::Create;
}

// A file that does a bit of everything, including a new organisation named twice (the
// second row meets the record the first created).
void TestImportMatching::previewGivesWhatTheRunDoes()
{
    QFETCH(MatchPolicy, policy);
    const QByteArray csv = "Nimi;Y-tunnus;Rekisterinumero;Kunta;Jäsenmäärä;Sähköposti\r\n"
                           "Jyväskylän Latu ry;0166094-0;;;10;vanha@example.org\r\n"
                           "Laukaan Latu ry;2077474-0;;;99;\r\n"
                           "Muuramen Kuoro ry;;123456;Muurame;;kuoro@example.org\r\n"
                           "Uusi Yhdistys ry;;;Laukaa;5;\r\n"
                           "Uusi yhdistys RY;;;Laukaa;6;uusi@example.org\r\n"
                           "Huono ry;2077474-1;;;;\r\n"
                           "Toinen huono ry;;;Ei Kuntaa;;\r\n";
    const QString input = m_space->write(QStringLiteral("mixed.csv"), csv);
    const QByteArray before = m_space->closedBytes();
    ImportOptions options;
    options.onMatch = policy;
    QList<RowOutcome> streamed;
    ImportControl control;
    control.row = [&](const RowOutcome &outcome) { streamed.append(outcome); };
    const ImportResult preview = Importer(m_space->db()).preview(input, options, control);
    QVERIFY2(preview.ok, qPrintable(describe(preview)));
    QCOMPARE(m_space->closedBytes(), before);
    QCOMPARE(streamed.size(), 7);

    const ImportResult run = Importer(m_space->db()).run(input, options);
    QVERIFY2(run.ok, qPrintable(describe(run)));
    QCOMPARE(run.created, preview.created);
    QCOMPARE(run.updated, preview.updated);
    QCOMPARE(run.unchanged, preview.unchanged);
    QCOMPARE(run.skipped, preview.skipped);
    QCOMPARE(run.rejected, preview.rejected);
    QCOMPARE(run.rejected, 2);
    QCOMPARE(run.outcomes.size(), preview.outcomes.size());
    for (int i = 0; i < run.outcomes.size(); ++i) {
        QCOMPARE(run.outcomes[i].line, preview.outcomes[i].line);
        QCOMPARE(run.outcomes[i].action, preview.outcomes[i].action);
        QCOMPARE(run.outcomes[i].matchedBy, preview.outcomes[i].matchedBy);
        QCOMPARE(run.outcomes[i].reason, preview.outcomes[i].reason);
        QCOMPARE(streamed[i].action, run.outcomes[i].action);
    }
    QCOMPARE(count(m_space->db(), QStringLiteral("organisations")),
             qint64(std::size(existing)) + run.created);
}

QTEST_GUILESS_MAIN(TestImportMatching)
#include "tst_importmatching.moc"
