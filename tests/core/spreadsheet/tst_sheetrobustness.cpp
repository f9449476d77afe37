// Damaged and hostile workbooks: each gives a clear error naming where it is, or reads in
// bounded memory; none hangs or crashes.
#include "spreadsheet/rowsource.h"
#include "spreadsheet/sharedstrings.h"
#include "ziptestutil.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace kartoitus;
using namespace kartoitus::spreadsheet;

class TestSheetRobustness : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const ziptest::Entries &entries)
    {
        const QString path = m_dir.filePath(name);
        if (!ziptest::writeZip(path, entries))
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    // Every row until the end or an error.
    static QList<QStringList> readAll(RowSource &source, QList<qint64> *lines = nullptr)
    {
        QList<QStringList> rows;
        QStringList cells;
        while (source.readRow(&cells)) {
            rows.append(cells);
            if (lines)
                lines->append(source.line());
        }
        return rows;
    }

private slots:
    void xlsxCellsSkippedInTheXmlAreEmpty()
    {
        const QString path =
            write(QStringLiteral("gaps.xlsx"),
                  ziptest::xlsx(
                      ziptest::sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                                     "<c r=\"D1\" t=\"inlineStr\"><is><t>Kunta</t></is></c></row>"
                                     "<row r=\"7\"><c r=\"B7\"><v>1240</v></c>"
                                     "<c r=\"D7\" t=\"s\"><v>1</v></c></row>"),
                      "<sst><si><t>Nimi</t></si><si><r><t>Jyväs</t></r><r><t>kylä</t></r>"
                      "<rPh><t>ignored</t></rPh></si></sst>"));
        OpenError error;
        auto source = openRowSource(path, {}, &error);
        QVERIFY2(source, qPrintable(error.message));
        QCOMPARE(source->info().format, Format::Xlsx);
        QCOMPARE(source->info().sheetName, QStringLiteral("Taul1"));
        QList<qint64> lines;
        const QList<QStringList> rows = readAll(*source, &lines);
        QVERIFY(!source->hasError());
        QCOMPARE(rows,
                 (QList<QStringList>{{"Nimi", "", "", "Kunta"}, {"", "1240", "", "Jyväskylä"}}));
        QCOMPARE(lines, (QList<qint64>{1, 7}));
    }

    void xlsxNumbersAndDatesAsShown()
    {
        const QByteArray styles =
            "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"d.m.yyyy\"/>"
            "<numFmt numFmtId=\"165\" formatCode=\"00000\"/></numFmts><cellXfs>"
            "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"2\"/><xf numFmtId=\"165\"/>"
            "<xf numFmtId=\"22\"/><xf numFmtId=\"10\"/></cellXfs></styleSheet>";
        const QString path = write(
            QStringLiteral("values.xlsx"),
            ziptest::xlsx(ziptest::sheet("<row r=\"1\"><c r=\"A1\"><v>1240</v></c>"
                                         "<c r=\"B1\" s=\"1\"><v>45443</v></c>"
                                         "<c r=\"C1\" s=\"2\"><v>3.14159</v></c>"
                                         "<c r=\"D1\" s=\"3\"><v>100</v></c>"
                                         "<c r=\"E1\" s=\"4\"><v>45443.5</v></c>"
                                         "<c r=\"F1\" s=\"5\"><v>0.123</v></c>"
                                         "<c r=\"G1\" t=\"b\"><v>1</v></c>"
                                         "<c r=\"H1\" t=\"str\"><f>A1&amp;\"\"</f><v>00100</v></c>"
                                         "<c r=\"I1\" t=\"e\"><v>#DIV/0!</v></c>"
                                         "<c r=\"J1\"><v>0.1</v></c></row>"),
                          {}, styles));
        OpenError error;
        auto source = openRowSource(path, {}, &error);
        QVERIFY2(source, qPrintable(error.message));
        const QList<QStringList> rows = readAll(*source);
        QCOMPARE(rows.size(), 1);
        // 45443 is 31 May 2024; "00000" pads like a postal code but is a number format
        // without decimals: the number is read as written.
        QCOMPARE(rows.first(), (QStringList{"1240", "2024-05-31", "3.14", "100", "2024-05-31 12:00",
                                            "12.30%", "TRUE", "00100", "#DIV/0!", "0.1"}));
    }

    void sheetByNameOrNumber()
    {
        ziptest::Entries entries = ziptest::xlsx(ziptest::sheet(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>first</t></is></c></row>"));
        entries[2].second =
            "<?xml version=\"1.0\"?><workbook "
            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            "<sheets><sheet name=\"Taul1\" sheetId=\"1\" r:id=\"rId1\"/>"
            "<sheet name=\"Vastaukset\" sheetId=\"2\" r:id=\"rId9\"/></sheets></workbook>";
        entries[3].second.replace("</Relationships>",
                                  "<Relationship Id=\"rId9\" Type=\"x/worksheet\" "
                                  "Target=\"/xl/worksheets/sheet2.xml\"/></Relationships>");
        entries.append({QStringLiteral("xl/worksheets/sheet2.xml"),
                        ziptest::sheet("<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>second"
                                       "</t></is></c></row>")});
        const QString path = write(QStringLiteral("sheets.xlsx"), entries);
        QCOMPARE(sheetNames(path), (QStringList{"Taul1", "Vastaukset"}));
        for (const QString &wanted : {QStringLiteral("2"), QStringLiteral("vastaukset")}) {
            SourceOptions options;
            options.sheet = wanted;
            OpenError error;
            auto source = openRowSource(path, options, &error);
            QVERIFY2(source, qPrintable(error.message));
            QCOMPARE(source->info().sheetName, QStringLiteral("Vastaukset"));
            QCOMPARE(readAll(*source), (QList<QStringList>{{"", "second"}}));
            QCOMPARE(source->line(), 3);
        }
        SourceOptions options;
        options.sheet = QStringLiteral("Tulokset");
        OpenError error;
        QVERIFY(!openRowSource(path, options, &error));
        QCOMPARE(error.message, QStringLiteral("There is no sheet “Tulokset”: the workbook has "
                                               "“Taul1”, “Vastaukset”."));
    }

    void zipBombIsRefusedBeforeUnpacking()
    {
        // 80 MiB of spaces inside a sheet packs to about 80 KiB.
        QByteArray huge = ziptest::sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        huge.insert(huge.indexOf("<sheetData>"), QByteArray(80 * 1024 * 1024, ' '));
        const QString path = write(QStringLiteral("bomb.xlsx"), ziptest::xlsx(huge));
        huge.clear();
        QElapsedTimer timer;
        timer.start();
        OpenError error;
        QVERIFY(!openRowSource(path, {}, &error));
        QVERIFY2(error.message.contains(QLatin1String("zip bomb")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("xl/worksheets/sheet1.xml")),
                 qPrintable(error.message));
    }

    void sharedStringIndexPastTheEnd()
    {
        const QString path =
            write(QStringLiteral("badindex.xlsx"),
                  ziptest::xlsx(ziptest::sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                               "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c>"
                                               "<c r=\"C2\" t=\"s\"><v>7</v></c></row>"),
                                "<sst><si><t>Nimi</t></si><si><t>Kunta</t></si></sst>"));
        OpenError error;
        auto source = openRowSource(path, {}, &error);
        QVERIFY2(source, qPrintable(error.message));
        QCOMPARE(readAll(*source).size(), 1);
        QVERIFY(source->hasError());
        QCOMPARE(source->errorLine(), 2);
        QCOMPARE(source->errorColumn(), 3);
        QCOMPARE(source->errorString(),
                 QStringLiteral("Sheet “Taul1”, row 2, column 3 (C): the cell refers to shared "
                                "string 7, but the workbook has 2; the file is damaged."));
    }

    // Past its memory limit the table keeps strings in a temporary file: every string comes
    // back as it went in, in any order, short or longer than a block of the file, with
    // multi-byte letters across block edges.
    void sharedStringsSpilledReadBack()
    {
        SharedStrings strings(1000);
        QStringList expected;
        for (int i = 0; i < 20000; ++i) {
            QString text = QStringLiteral("Äänekosken yhdistys %1 ry").arg(i);
            if (i % 997 == 0)
                text = QString(70000 + i, QChar(u'ö')); // longer than a block
            if (i % 13 == 0)
                text.clear();
            expected.append(text);
            QVERIFY2(strings.append(text), qPrintable(strings.errorString()));
        }
        QVERIFY(strings.finish());
        QVERIFY(strings.spilled());
        QCOMPARE(strings.size(), expected.size());
        QString text;
        for (int i = 0; i < expected.size(); ++i) {
            QVERIFY2(strings.at(i, &text), qPrintable(strings.errorString()));
            QCOMPARE(text, expected.at(i));
        }
        QRandomGenerator random(11);
        for (int n = 0; n < 20000; ++n) {
            const int i = int(random.bounded(quint32(expected.size())));
            QVERIFY(strings.at(i, &text));
            QCOMPARE(text, expected.at(i));
        }
    }

    // A workbook whose shared strings pass the table's memory limit (4 MiB of text): its
    // rows read the same, the last strings and the first alike.
    void xlsxWithManySharedStringsReads()
    {
        const int count = 60000;
        QByteArray sst = "<sst>";
        QByteArray rows;
        for (int i = 0; i < count; ++i) {
            sst += "<si><t>Keski-Suomen yhdistys numero " + QByteArray::number(i) +
                   " ry, Jyväskylä, Äänekoski ja Kinnula</t></si>";
            const QByteArray r = QByteArray::number(i + 1);
            rows += "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"s\"><v>" + QByteArray::number(i) +
                    "</v></c><c r=\"B" + r + "\" t=\"s\"><v>" + QByteArray::number(count - 1 - i) +
                    "</v></c></row>";
        }
        sst += "</sst>";
        QVERIFY(sst.size() > SharedStrings::DefaultMemoryLimit);
        const QString path =
            write(QStringLiteral("manystrings.xlsx"), ziptest::xlsx(ziptest::sheet(rows), sst));
        OpenError error;
        auto source = openRowSource(path, {}, &error);
        QVERIFY2(source, qPrintable(error.message));
        const QList<QStringList> read = readAll(*source);
        QVERIFY2(!source->hasError(), qPrintable(source->errorString()));
        QCOMPARE(read.size(), count);
        auto name = [](int i) {
            return QStringLiteral("Keski-Suomen yhdistys numero %1 ry, Jyväskylä, Äänekoski ja "
                                  "Kinnula")
                .arg(i);
        };
        for (int i : {0, 1, count / 2, count - 2, count - 1})
            QCOMPARE(read.at(i), QStringList({name(i), name(count - 1 - i)}));
    }

    void damagedSheetXmlNamesTheRow()
    {
        QByteArray xml = ziptest::sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                        "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>");
        xml.truncate(xml.indexOf("<row r=\"2\"") + 14);
        const QString path = write(QStringLiteral("cut.xlsx"), ziptest::xlsx(xml));
        OpenError error;
        auto source = openRowSource(path, {}, &error);
        QVERIFY2(source, qPrintable(error.message));
        QCOMPARE(readAll(*source).size(), 1);
        QVERIFY(source->hasError());
        QVERIFY2(source->errorString().startsWith(QStringLiteral("Sheet “Taul1”, row 2:")),
                 qPrintable(source->errorString()));
    }

    void entityExpansionIsBounded()
    {
        QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">";
        for (char c = 'b'; c <= 'j'; ++c)
            laughs += QByteArray("<!ENTITY ") + c + " \"" + QByteArray("&") + char(c - 1) + ";" +
                      QByteArray("&") + char(c - 1) + ";" + QByteArray("&") + char(c - 1) + ";" +
                      QByteArray("&") + char(c - 1) + ";" + QByteArray("&") + char(c - 1) + ";\">";
        laughs += "]><sst><si><t>&j;</t></si></sst>";
        const QString path = write(
            QStringLiteral("laughs.xlsx"),
            ziptest::xlsx(ziptest::sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                          laughs));
        OpenError error;
        auto source = openRowSource(path, {}, &error);
        if (source) {
            // Read, then the text is bounded by the cell limit.
            const QList<QStringList> rows = readAll(*source);
            QVERIFY(rows.isEmpty() || rows.first().first().size() <= SourceOptions().maxCellLength);
        } else {
            QVERIFY2(error.message.contains(QLatin1String("shared strings")),
                     qPrintable(error.message));
        }
    }

    void odsMillionRepeatedColumnsAndRows()
    {
        const QByteArray row =
            "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Nimi"
            "</text:p></table:table-cell><table:table-cell table:number-columns-repeated=\"2\"/>"
            "<table:table-cell office:value-type=\"float\" office:value=\"12346.5\"><text:p>"
            "12,346.50</text:p></table:table-cell>"
            "<table:table-cell table:number-columns-repeated=\"1000000\"/></table:table-row>";
        const QString path =
            write(QStringLiteral("repeated.ods"),
                  ziptest::ods("<table:table table:name=\"Lehti1\">" + row +
                               "<table:table-row table:number-rows-repeated=\"1048000\">"
                               "<table:table-cell table:number-columns-repeated=\"1024\"/>"
                               "</table:table-row>" +
                               row + "</table:table>"));
        OpenError error;
        auto source = openRowSource(path, {}, &error);
        QVERIFY2(source, qPrintable(error.message));
        QCOMPARE(source->info().format, Format::Ods);
        QList<qint64> lines;
        const QList<QStringList> rows = readAll(*source, &lines);
        QVERIFY2(!source->hasError(), qPrintable(source->errorString()));
        QCOMPARE(rows,
                 (QList<QStringList>{{"Nimi", "", "", "12346.5"}, {"Nimi", "", "", "12346.5"}}));
        QCOMPARE(lines, (QList<qint64>{1, 1048002}));
    }

    void odsFilledCellPastTheLastColumn()
    {
        const QString path =
            write(QStringLiteral("wide.ods"),
                  ziptest::ods("<table:table table:name=\"Lehti1\"><table:table-row>"
                               "<table:table-cell table:number-columns-repeated=\"1000000\"/>"
                               "<table:table-cell office:value-type=\"string\"><text:p>x</text:p>"
                               "</table:table-cell></table:table-row></table:table>"));
        OpenError error;
        auto source = openRowSource(path, {}, &error);
        QVERIFY2(source, qPrintable(error.message));
        QVERIFY(readAll(*source).isEmpty());
        QCOMPARE(source->errorString(), QStringLiteral("Sheet “Lehti1”, row 1, column 1000001: "
                                                       "the row is wider than 16384 columns."));
    }

    void odsTextAsShownAndDatesAsIso()
    {
        const QString path = write(
            QStringLiteral("text.ods"),
            ziptest::ods(
                "<table:table table:name=\"A\"/><table:table table:name=\"Vastaukset\">"
                "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Lähi"
                "<text:s text:c=\"2\"/>katu<text:tab/>1</text:p><text:p>toinen "
                "<text:span>rivi</text:span></text:p><office:annotation><text:p>kommentti"
                "</text:p></office:annotation></table:table-cell>"
                "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-05-31\">"
                "<text:p>31.5.2024</text:p></table:table-cell>"
                "<table:covered-table-cell><text:p>hidden</text:p></table:covered-table-cell>"
                "<table:table-cell office:value-type=\"string\"><text:p>00100</text:p>"
                "</table:table-cell></table:table-row></table:table>"));
        SourceOptions options;
        options.sheet = QStringLiteral("Vastaukset");
        OpenError error;
        auto source = openRowSource(path, options, &error);
        QVERIFY2(source, qPrintable(error.message));
        QCOMPARE(readAll(*source),
                 (QList<QStringList>{{"Lähi  katu\t1\ntoinen rivi", "2024-05-31", "", "00100"}}));
        QCOMPARE(sheetNames(path), (QStringList{"A", "Vastaukset"}));
    }

    void notAWorkbook()
    {
        const QString path =
            write(QStringLiteral("other.xlsx"), {{QStringLiteral("readme.txt"), "hello"}});
        OpenError error;
        QVERIFY(!openRowSource(path, {}, &error));
        QVERIFY2(error.message.startsWith(QLatin1String("The file cannot be read as an Excel "
                                                        "workbook:")),
                 qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestSheetRobustness)
#include "tst_sheetrobustness.moc"
