// CSV export: presets, the filter and the chosen columns, the personal-data rule,
// progress, cancel and the all-or-nothing file.
#include "exporttestregister.h"

#include "csv/csvreader.h"
#include "exporting/exporter.h"
#include "storage/register.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kartoitus;
using namespace kartoitus::exporting;

namespace {

QList<QStringList> readCsv(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    csv::Reader reader(&buffer);
    QList<QStringList> rows;
    QStringList row;
    while (reader.readRow(&row))
        rows.append(row);
    return rows;
}

QStringList column(const QList<QStringList> &rows, int index)
{
    QStringList values;
    for (qsizetype r = 1; r < rows.size(); ++r)
        values.append(rows[r].value(index));
    return values;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void presets_data();
    void presets();
    void chosenColumnsInOrder_data();
    void chosenColumnsInOrder();
    void unknownColumnIsRefused();
    void municipalityFilterGivesOnlyThoseRows();
    void listFilterAndSortAreHonoured();
    void facetsForActivitiesAndPersons_data();
    void facetsForActivitiesAndPersons();
    void personalDataOnlyWhenAsked_data();
    void personalDataOnlyWhenAsked();
    void valuesAreWrittenAsTheImporterReadsThem();
    void progressReachesTotal();
    void cancelLeavesNoFile();
    void failedExportKeepsExistingFile();

private:
    QByteArray exportBytes(const ExportRequest &request, ExportResult *result = nullptr);

    QTemporaryDir m_dir;
    Register m_register;
};

void TestExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const OpenResult opened = m_register.create(m_dir.filePath(QStringLiteral("r.kartoitus")));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(exporttest::fill(m_register));
}

QByteArray TestExporter::exportBytes(const ExportRequest &request, ExportResult *result)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Exporter exporter(m_register.database());
    const ExportResult r = exporter.exportToDevice(request, &buffer);
    if (result)
        *result = r;
    if (!r.ok)
        qWarning("%s", qPrintable(r.error));
    return buffer.data();
}

void TestExporter::presets_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("formulaCell");
    QTest::addColumn<QByteArray>("escapedCell");

    // Excel would run =SUM(...) from a CSV: its preset puts an apostrophe in front.
    QTest::newRow("excel-finnish") << Format::CsvExcel << QByteArray("\xEF\xBB\xBFName;")
                                   << QByteArray("\r\n'=SUM(A1:A9);") << QByteArray("\r\n''=Jo");
    // The standard preset keeps the value and only escapes an existing apostrophe.
    QTest::newRow("standard") << Format::Csv << QByteArray("Name,")
                              << QByteArray("\r\n=SUM(A1:A9),") << QByteArray("\r\n''=Jo");
}

void TestExporter::presets()
{
    QFETCH(Format, format);
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, formulaCell);
    QFETCH(QByteArray, escapedCell);
    ExportRequest request;
    request.format = format;
    request.columns = {QStringLiteral("name"), QStringLiteral("description")};
    const QByteArray bytes = exportBytes(request);
    QVERIFY2(bytes.startsWith(start), bytes.left(40).constData());
    QVERIFY2(bytes.contains(formulaCell), bytes.constData());
    QVERIFY2(bytes.contains(escapedCell), bytes.constData());
    QVERIFY(bytes.endsWith("\r\n"));
    // Every record ends in CRLF; a bare LF appears only inside a quoted field.
    QVERIFY(bytes.contains("\"Kuoro, joka laulaa; \"\"aina\"\" ja\nkaikkialla\""));
    const QList<QStringList> rows = readCsv(bytes);
    QCOMPARE(rows.size(), 1 + exporttest::trickyOrganisations().size());
    QVERIFY(column(rows, 0).contains(QStringLiteral("Äänekosken Seudun Ääni ry")));
    QVERIFY(column(rows, 0).contains(QStringLiteral("Keuruun \"Kylä\"; yhdistys, ry")));
}

void TestExporter::chosenColumnsInOrder_data()
{
    QTest::addColumn<HeaderStyle>("headers");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("keys") << HeaderStyle::Keys << QStringList{"members", "name", "municipality"}
                          << QStringList{"members", "name", "municipality"};
    QTest::newRow("labels") << HeaderStyle::Labels
                            << QStringList{"municipality", "register_number", "name"}
                            << QStringList{"Municipality", "Register number", "Name"};
}

void TestExporter::chosenColumnsInOrder()
{
    QFETCH(HeaderStyle, headers);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, expected);
    ExportRequest request;
    request.format = Format::Csv;
    request.headers = headers;
    request.columns = columns;
    ExportResult result;
    const QList<QStringList> rows = readCsv(exportBytes(request, &result));
    QVERIFY(result.ok);
    QCOMPARE(result.columns, columns);
    QCOMPARE(rows.value(0), expected);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), columns.size());
}

void TestExporter::unknownColumnIsRefused()
{
    ExportRequest request;
    request.columns = {QStringLiteral("name"), QStringLiteral("shoe_size")};
    ExportResult result;
    exportBytes(request, &result);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("shoe_size")), qPrintable(result.error));
}

void TestExporter::municipalityFilterGivesOnlyThoseRows()
{
    ExportRequest request;
    request.format = Format::Csv;
    request.columns = {QStringLiteral("name"), QStringLiteral("municipality"),
                       QStringLiteral("municipalities_served")};
    request.filter.municipalities = {QStringLiteral("992")};
    ExportResult result;
    const QList<QStringList> rows = readCsv(exportBytes(request, &result));
    QCOMPARE(result.rows, 1);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1],
             (QStringList{"Äänekosken Seudun Ääni ry", "Äänekoski", "Jyväskylä, Äänekoski"}));

    // An organisation that serves Muurame counts, though its home is Jyväskylä.
    request.filter.municipalities = {QStringLiteral("500")};
    const QList<QStringList> muurame = readCsv(exportBytes(request, &result));
    QCOMPARE(column(muurame, 0), QStringList{"-Miinus ry"});
}

void TestExporter::listFilterAndSortAreHonoured()
{
    RecordFilter filter;
    filter.statuses = {QStringLiteral("active")};
    ExportRequest request;
    request.format = Format::Csv;
    request.headers = HeaderStyle::Keys;
    request.columns = {QStringLiteral("name")};
    // Sorted by members, as the window shows after a click on that header (a missing
    // number last); the members column itself is not exported.
    request.filter = filter;
    request.sortColumn = OrganisationColumn::Members;
    const QList<QStringList> rows = readCsv(exportBytes(request));
    QCOMPARE(column(rows, 0), (QStringList{"Äänekosken Seudun Ääni ry",
                                           "Keuruun \"Kylä\"; yhdistys, ry", "-Miinus ry"}));
}

void TestExporter::facetsForActivitiesAndPersons_data()
{
    QTest::addColumn<Entity>("what");
    QTest::addColumn<RecordFilter>("facets");
    QTest::addColumn<QStringList>("names");
    RecordFilter jyvaskyla;
    jyvaskyla.municipalities = {QStringLiteral("179")};
    // Activities come grouped by organisation: "-Miinus ry" sorts before "=SUM(A1:A9)".
    QTest::newRow("activities in Jyväskylä")
        << Entity::Activities << jyvaskyla << QStringList{"=Kävelyryhmä", "Nuorten ilta"};
    RecordFilter physical;
    physical.themes = {1}; // Liikunta, the first default theme
    QTest::newRow("activities by theme")
        << Entity::Activities << physical << QStringList{"=Kävelyryhmä"};
    RecordFilter young;
    young.targetGroups = {2}; // Nuoret
    QTest::newRow("activities by target group")
        << Entity::Activities << young << QStringList{"Nuorten ilta"};
    // Persons in Jyväskylä: the liaison person, the contact of an organisation there and
    // the contact of an organisation from Äänekoski that also serves Jyväskylä.
    QTest::newRow("persons in Jyväskylä")
        << Entity::Persons << jyvaskyla
        << QStringList{"Liisa Yhdyshenkilö", "Pekka \"Pete\" Päivärinta", "Åsa Öhman"};
}

void TestExporter::facetsForActivitiesAndPersons()
{
    QFETCH(Entity, what);
    QFETCH(RecordFilter, facets);
    QFETCH(QStringList, names);
    ExportRequest request;
    request.what = what;
    request.format = Format::Csv;
    request.includePersonalData = true;
    request.columns = {QStringLiteral("name")};
    request.filter = facets;
    const QList<QStringList> rows = readCsv(exportBytes(request));
    QCOMPARE(column(rows, 0), names);
}

void TestExporter::personalDataOnlyWhenAsked_data()
{
    QTest::addColumn<Entity>("what");
    QTest::addColumn<QStringList>("personal");
    QTest::newRow("organisations") << Entity::Organisations << QStringList{"contact_person"};
    QTest::newRow("activities") << Entity::Activities
                                << QStringList{"contact_person", "contact_email", "contact_phone"};
    QTest::newRow("persons") << Entity::Persons << QStringList{"name", "email", "phone"};
}

void TestExporter::personalDataOnlyWhenAsked()
{
    QFETCH(Entity, what);
    QFETCH(QStringList, personal);
    ExportRequest request;
    request.what = what;
    request.format = Format::Csv;
    request.headers = HeaderStyle::Keys;
    ExportResult result;
    QList<QStringList> rows = readCsv(exportBytes(request, &result));
    QVERIFY(result.ok);
    QCOMPARE(result.omittedPersonal, personal);
    QVERIFY(!result.containsPersonalData);
    for (const QString &key : personal)
        QVERIFY2(!rows[0].contains(key), qPrintable(key));
    const QByteArray without = exportBytes(request);
    QVERIFY(!without.contains("henkilo@example.org"));

    request.includePersonalData = true;
    rows = readCsv(exportBytes(request, &result));
    QVERIFY(result.omittedPersonal.isEmpty());
    QVERIFY(result.containsPersonalData);
    for (const QString &key : personal)
        QVERIFY2(rows[0].contains(key), qPrintable(key));
}

void TestExporter::valuesAreWrittenAsTheImporterReadsThem()
{
    ExportRequest request;
    request.format = Format::Csv;
    request.headers = HeaderStyle::Keys;
    request.columns = {QStringLiteral("register_number"), QStringLiteral("postal_code"),
                       QStringLiteral("status"), QStringLiteral("members")};
    const QList<QStringList> rows = readCsv(exportBytes(request));
    // Register numbers with the thousands dot, codes with their leading zero, status
    // keys, numbers plain and a missing number empty.
    QCOMPARE(rows[1], (QStringList{"192.130", "01234", "dissolved", "0"}));
    // In name order: '=Jo, -Miinus, =SUM, Keuruun, Äänekosken.
    QCOMPARE(column(rows, 3), (QStringList{"0", "", "7", "1240", "42"}));

    request.what = Entity::Activities;
    request.columns = {QStringLiteral("hyte"), QStringLiteral("place"), QStringLiteral("cost"),
                       QStringLiteral("open_for_referral")};
    QCOMPARE(readCsv(exportBytes(request)).value(1), (QStringList{"yes", "place", "free", "yes"}));
    // Labels translate the yes/no words only; the importer reads them in any language.
    request.headers = HeaderStyle::Labels;
    QCOMPARE(readCsv(exportBytes(request)).value(1), (QStringList{"yes", "place", "free", "yes"}));
}

void TestExporter::progressReachesTotal()
{
    ExportRequest request;
    request.format = Format::Csv;
    QList<QPair<qint64, qint64>> calls;
    Exporter exporter(m_register.database());
    exporter.setProgressHandler([&calls](qint64 done, qint64 total) {
        calls.append({done, total});
    });
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(exporter.exportToDevice(request, &buffer).ok);
    QVERIFY(calls.size() >= 2);
    QCOMPARE(calls.first(), (QPair<qint64, qint64>(0, 5)));
    QCOMPARE(calls.last(), (QPair<qint64, qint64>(5, 5)));
}

void TestExporter::cancelLeavesNoFile()
{
    for (Format format : {Format::Csv, Format::CsvExcel, Format::Xlsx}) {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.out"));
        std::atomic_bool cancel{false};
        Exporter exporter(m_register.database());
        exporter.setCancelFlag(&cancel);
        // The user presses Cancel once the first rows are out.
        exporter.setProgressHandler([&cancel](qint64, qint64) { cancel = true; });
        ExportRequest request;
        request.format = format;
        const ExportResult result = exporter.exportToFile(request, path);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
}

void TestExporter::failedExportKeepsExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.csv"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("earlier export\r\n");
    existing.close();
    ExportRequest request;
    request.columns = {QStringLiteral("no_such_column")};
    Exporter exporter(m_register.database());
    QVERIFY(!exporter.exportToFile(request, path).ok);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("earlier export\r\n"));
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
