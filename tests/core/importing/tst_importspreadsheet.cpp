// Importing workbooks: the same rows as .csv, .xlsx, .ods and .xls (the three written by
// LibreOffice) give the same records; the program's own XLSX export round-trips; a second
// sheet, title rows, rejects written as Excel (Finnish) CSV with the sheet's row numbers.
#include "importtestutil.h"
#include "trickyregister.h"
#include "ziptestutil.h"

#include "csv/csvreader.h"
#include "exporting/exporter.h"
#include "spreadsheet/rowsource.h"

#include <QTest>

using namespace importtest;

namespace {

// Every organisation, one line per record with the fields the fixtures fill.
QStringList organisations(const QSqlDatabase &db)
{
    return column(
        db, QStringLiteral("SELECT name || '|' || ifnull(business_id, '') || '|' || "
                           "ifnull(home_municipality, '') || '|' || ifnull(postal_code, '') || "
                           "'|' || ifnull(members, '') || '|' || ifnull(description, '') || '|' "
                           "|| ifnull(verified_at, '') || '|' || ifnull(founded_year, '') "
                           "FROM organisations ORDER BY name_sort"));
}

// Every cell of a workbook's first sheet, row by row.
QList<QStringList> sheetCells(const QString &path)
{
    spreadsheet::OpenError error;
    auto source = spreadsheet::openRowSource(path, {}, &error);
    QList<QStringList> rows;
    if (!source) {
        qWarning("%s", qPrintable(error.message));
        return rows;
    }
    QStringList cells;
    while (source->readRow(&cells))
        rows.append(cells);
    return rows;
}

} // namespace

class TestImportSpreadsheet : public QObject
{
    Q_OBJECT

private slots:
    void sameRecordsAsTheCsv_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("xlsx by LibreOffice") << "organisations-sheet.xlsx"
                                             << "xlsx";
        QTest::newRow("ods by LibreOffice") << "organisations-sheet.ods"
                                            << "ods";
        QTest::newRow("xls by LibreOffice") << "organisations-sheet.xls"
                                            << "xls";
    }

    void sameRecordsAsTheCsv()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        Workspace fromCsv;
        QVERIFY(fromCsv.create());
        const ImportResult csv = fromCsv.run(fixture(QStringLiteral("organisations-sheet.csv")));
        QVERIFY2(csv.ok && csv.rejected == 0, qPrintable(describe(csv)));
        QCOMPARE(csv.created, 4);

        Workspace fromSheet;
        QVERIFY(fromSheet.create());
        const ImportResult sheet = fromSheet.run(fixture(file));
        QVERIFY2(sheet.ok && sheet.rejected == 0, qPrintable(describe(sheet)));
        QCOMPARE(sheet.format, format);
        QCOMPARE(sheet.sheet, QStringLiteral("Järjestöt"));
        QVERIFY(sheet.encoding.isEmpty());
        QCOMPARE(organisations(fromSheet.db()), organisations(fromCsv.db()));
        // What the spreadsheet shows: a postal code stored as text keeps its zeros, a count
        // is a whole number, a date cell a date, a cell with line breaks keeps them.
        QCOMPARE(organisations(fromSheet.db()).first(),
                 QStringLiteral("Jyväskylän Åsa-seura ry||179|40100|45||2023-12-01|"));
        QVERIFY(organisations(fromSheet.db())
                    .contains(QStringLiteral("Äänekosken Öljymäen Kuoro ry|0221704-3|992|00100|"
                                             "1240|Kuoro\nja konsertit|2024-05-31|1952")));
    }

    void secondSheetByNameOrNumber()
    {
        Workspace workspace;
        QVERIFY(workspace.create());
        for (const QString &sheet : {QStringLiteral("Muistiinpanot"), QStringLiteral("2")}) {
            ImportOptions options;
            options.sheet = sheet;
            const ImportResult result = workspace.run(fixture("organisations-sheet.xlsx"), options);
            QVERIFY(!result.ok);
            QVERIFY(result.headerProblem);
            QCOMPARE(result.sheet, QStringLiteral("Muistiinpanot"));
            QCOMPARE(result.headerLine, 1);
        }
        ImportOptions options;
        options.sheet = QStringLiteral("3");
        const ImportResult missing = workspace.run(fixture("organisations-sheet.ods"), options);
        QCOMPARE(missing.error, QStringLiteral("There is no sheet “3”: the workbook has "
                                               "“Järjestöt”, “Muistiinpanot”."));
        QCOMPARE(count(workspace.db(), QStringLiteral("organisations")), 0);
    }

    // A register exported as XLSX, imported into an empty register and exported again
    // gives the same cells.
    void ownXlsxExportRoundTrips()
    {
        Workspace source;
        QVERIFY(source.create(QStringLiteral("source.kartoitus")));
        QString error;
        QVERIFY2(roundtrip::fillTrickyRegister(source.db(), &error), qPrintable(error));
        Workspace target;
        QVERIFY(target.create(QStringLiteral("target.kartoitus")));
        exporting::ExportRequest request;
        request.format = exporting::Format::Xlsx;
        request.includePersonalData = true;
        for (const auto &[entity, what] :
             {std::pair{fields::Entity::Organisations, exporting::Entity::Organisations},
              std::pair{fields::Entity::Activities, exporting::Entity::Activities},
              std::pair{fields::Entity::Persons, exporting::Entity::Persons}}) {
            request.what = what;
            const QString name = fields::FieldCatalogue::entityKey(entity);
            const QString first = source.path(name + QStringLiteral("-1.xlsx"));
            QVERIFY(exporting::Exporter(source.db()).exportToFile(request, first).ok);
            ImportOptions options;
            options.entity = entity;
            const ImportResult imported = target.run(first, options);
            QVERIFY2(imported.ok && imported.rejected == 0,
                     qPrintable(name + u' ' + describe(imported)));
            const QString second = target.path(name + QStringLiteral("-2.xlsx"));
            QVERIFY(exporting::Exporter(target.db()).exportToFile(request, second).ok);
            const QList<QStringList> before = sheetCells(first);
            QVERIFY(before.size() > 2);
            QCOMPARE(sheetCells(second), before);
        }
    }

    // A report's title above the header is found and skipped; the rejects of a workbook
    // are Excel (Finnish) CSV whose lines name the sheet's rows.
    void titleRowAndRejects()
    {
        Workspace workspace;
        QVERIFY(workspace.create());
        const QString path = workspace.path(QStringLiteral("webropol.xlsx"));
        QVERIFY(ziptest::writeZip(
            path, ziptest::xlsx(ziptest::sheet(
                      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Järjestökysely 2024"
                      "</t></is></c></row>"
                      "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Nimi</t></is></c>"
                      "<c r=\"B3\" t=\"inlineStr\"><is><t>Kunta</t></is></c>"
                      "<c r=\"C3\" t=\"inlineStr\"><is><t>Jäsenmäärä</t></is></c></row>"
                      "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Hyvä ry</t></is></c>"
                      "<c r=\"B4\" t=\"inlineStr\"><is><t>Jyväskylä</t></is></c>"
                      "<c r=\"C4\"><v>12</v></c></row>"
                      "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>Huono ry</t></is></c>"
                      "<c r=\"B6\" t=\"inlineStr\"><is><t>Jyväskylä</t></is></c>"
                      "<c r=\"C6\" t=\"inlineStr\"><is><t>paljon</t></is></c></row>"))));
        ImportOptions options;
        options.rejectsPath = workspace.path(QStringLiteral("rejects.csv"));
        const ImportResult result = workspace.run(path, options);
        QVERIFY2(result.ok, qPrintable(describe(result)));
        QCOMPARE(result.titleLines, 2);
        QCOMPARE(result.created, 1);
        QCOMPARE(result.rejected, 1);
        QCOMPARE(result.rejects.first().line, 6);
        const QByteArray rejects = fileBytes(options.rejectsPath);
        QVERIFY2(rejects.startsWith("\xEF\xBB\xBFNimi;Kunta;Jäsenmäärä;Reason\r\nHuono ry;"
                                    "Jyväskylä;paljon;"),
                 rejects.constData());

        // Asked for no title lines, the header problem names the row it read.
        options.detectTitleLines = false;
        const ImportResult refused = workspace.run(path, options);
        QVERIFY(!refused.ok);
        QVERIFY(refused.headerProblem);
        QCOMPARE(refused.headerLine, 1);
    }
};

QTEST_GUILESS_MAIN(TestImportSpreadsheet)
#include "tst_importspreadsheet.moc"
