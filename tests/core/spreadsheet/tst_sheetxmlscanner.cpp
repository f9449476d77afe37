// The XLSX sheet scanner (SheetXmlScanner) through XlsxReader, on sheet XML written by hand
// into a zip: every shape of XML a sheet may take reads to the cells it holds, and what the
// scanner does not read is an error naming the sheet, row and column.
#include "spreadsheet/rowsource.h"
#include "spreadsheet/sheetxmlscanner.h"
#include "ziptestutil.h"

#include <QBuffer>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace kartoitus;
using namespace kartoitus::spreadsheet;

namespace {

// A device that hands out at most `chunk` bytes per read, so that every token of a sheet
// is cut between two reads somewhere.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(const QByteArray &bytes, qsizetype chunk)
        : m_bytes(bytes)
        , m_chunk(chunk)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>({maxSize, m_chunk, m_bytes.size() - m_at});
        memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qsizetype m_chunk;
    qsizetype m_at = 0;
};

} // namespace

class TestSheetXmlScanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // The rows of a workbook whose sheet is `sheetXml`, or the error that stopped them.
    QList<QStringList> read(const QByteArray &sheetXml, QString *error = nullptr,
                            QList<qint64> *lines = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("sheet%1.xlsx").arg(++m_files));
        if (!ziptest::writeZip(path, ziptest::xlsx(sheetXml, "<sst><si><t>jaettu</t></si></sst>")))
            qWarning("cannot write %s", qPrintable(path));
        OpenError openError;
        auto source = openRowSource(path, {}, &openError);
        if (!source) {
            if (error)
                *error = openError.message;
            return {};
        }
        QList<QStringList> rows;
        QStringList cells;
        while (source->readRow(&cells)) {
            rows.append(cells);
            if (lines)
                lines->append(source->line());
        }
        if (error)
            *error = source->errorString();
        return rows;
    }

private slots:
    void attributesInAnyOrderAndQuoting()
    {
        QString error;
        const QList<QStringList> rows =
            read(ziptest::sheet("<row r='1' spans=\"1:3\"><c t='s' r=\"B1\"><v>0</v></c>"
                                "<c s = '0'\n\tr =\t\"C1\"  t=\"inlineStr\" ><is><t>kolme</t></is>"
                                "</c><c\nr=\"A1\"\nt='b'><v>1</v></c></row>"),
                 &error);
        QCOMPARE(error, QString());
        QCOMPARE(rows, (QList<QStringList>{{"TRUE", "jaettu", "kolme"}}));
    }

    void entitiesAndCharacterReferences()
    {
        QString error;
        const QList<QStringList> rows =
            read(ziptest::sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Kahvi &amp; pulla "
                                "&lt;3&gt; &quot;x&quot; &apos;y&apos;</t></is></c>"
                                "<c r=\"B1\" t=\"str\"><v>&#74;yv&#228;skyl&#xE4; &#x1F332;</v></c>"
                                "<c r=\"C1\" t=\"inlineStr\"><is><t>a&#13;&#10;b&#x9;c</t></is></c>"
                                "</row>"),
                 &error);
        QCOMPARE(error, QString());
        QCOMPARE(rows, (QList<QStringList>{{"Kahvi & pulla <3> \"x\" 'y'",
                                            QStringLiteral("Jyväskylä 🌲"), "a\r\nb\tc"}}));
    }

    void whiteSpaceAndLineEnds()
    {
        // xml:space="preserve" keeps the spaces Excel marks; a literal CR LF or CR is a line
        // feed, as XML reads it; a character reference to CR stays a CR.
        QString error;
        const QList<QStringList> rows = read(
            ziptest::sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                           "  kaksi  </t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>rivi\r\n"
                           "toinen\rkolmas\n</t></is></c><c r=\"C1\" t=\"inlineStr\"><is>"
                           "<t xml:space='preserve'> </t></is></c></row>\r\n"),
            &error);
        QCOMPARE(error, QString());
        QCOMPARE(rows, (QList<QStringList>{{"  kaksi  ", "rivi\ntoinen\nkolmas\n", " "}}));
    }

    void selfClosingElementsAreEmpty()
    {
        QString error;
        QList<qint64> lines;
        const QList<QStringList> rows = read(
            ziptest::sheet("<row r=\"1\"><c r=\"A1\"/><c r=\"B1\" s=\"0\"/><c r=\"C1\"><v>7</v></c>"
                           "<c r=\"D1\" t=\"str\"><v/></c></row><row r=\"2\"/><row r=\"3\">"
                           "<c r=\"A3\" t=\"inlineStr\"><is><t/></is></c><c r=\"B3\"><v>8</v></c>"
                           "</row>"),
            &error, &lines);
        QCOMPARE(error, QString());
        QCOMPARE(rows, (QList<QStringList>{{"", "", "7"}, {}, {"", "8"}}));
        QCOMPARE(lines, (QList<qint64>{1, 2, 3}));
    }

    void rowsAndCellsWithoutReferences()
    {
        QString error;
        QList<qint64> lines;
        const QList<QStringList> rows =
            read(ziptest::sheet("<row><c><v>1</v></c><c><v>2</v></c><c r=\"E1\"><v>5</v></c>"
                                "<c><v>6</v></c></row><row r=\"4\"><c><v>1</v></c></row><row>"
                                "<c r=\"b\"><v>2</v></c></row><row r=\"\"><c r=\"\"><v>9</v></c>"
                                "<c r=''><v>10</v></c></row>"),
                 &error, &lines);
        QCOMPARE(error, QString());
        // An empty r is as good as none.
        QCOMPARE(rows,
                 (QList<QStringList>{{"1", "2", "", "", "5", "6"}, {"1"}, {"", "2"}, {"9", "10"}}));
        QCOMPARE(lines, (QList<qint64>{1, 4, 5, 6}));
    }

    void namespacePrefixes()
    {
        QString error;
        const QList<QStringList> rows =
            read("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<x:worksheet "
                 "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                 "<x:sheetData><x:row x:r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>Nimi"
                 "</x:t></x:is></x:c><x:c r=\"B1\"><x:v>2</x:v></x:c></x:row></x:sheetData>"
                 "</x:worksheet>",
                 &error);
        QCOMPARE(error, QString());
        QCOMPARE(rows, (QList<QStringList>{{"Nimi", "2"}}));
    }

    void richTextFormulasCommentsAndCdata()
    {
        QString error;
        const QList<QStringList> rows = read(
            "\xEF\xBB\xBF<?xml version='1.0' encoding='utf-8'?><!-- written by hand -->"
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<sheetPr><tabColor rgb=\"FF00FF00\"/></sheetPr><dimension ref=\"A1:D1\"/>"
            "<sheetData><?pi something?><row r=\"1\"><!-- <row r=\"9\"> -->"
            "<c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/><sz val=\"11\"/></rPr><t>Jyväs</t></r>"
            "<r><t>kylä</t></r><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh>"
            "<phoneticPr fontId=\"1\"/></is></c>"
            "<c r=\"B1\"><f>SUM(C1:C2)</f><v>3</v></c><c r=\"C1\"><f t=\"shared\" si=\"0\"/>"
            "<v>4</v></c><c r=\"D1\" t=\"str\"><v><![CDATA[<ei> & tagi]]></v></c></row>"
            "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>"
            "</worksheet>",
            &error);
        QCOMPARE(error, QString());
        QCOMPARE(rows,
                 (QList<QStringList>{{QStringLiteral("Jyväskylä"), "3", "4", "<ei> & tagi"}}));
    }

    void nothingAfterSheetDataIsRead()
    {
        // Reading stops at </sheetData>: what follows (damaged or not) is not the cells'.
        QString error;
        const QList<QStringList> rows =
            read("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"
                 "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row><broken",
                 &error);
        QCOMPARE(error, QString());
        QCOMPARE(rows, (QList<QStringList>{{"1"}}));
    }

    void everyBlockBoundary()
    {
        // Cells long enough that the scanner's 64 KiB blocks end inside tags, entities,
        // CR LF pairs and multi-byte characters somewhere among them.
        QByteArray xml;
        QList<QStringList> expected;
        for (int row = 1; row <= 1500; ++row) {
            const QString text = QStringLiteral("ä&<\n").repeated(row % 13) +
                                 QString(row % 97, u'x') + QStringLiteral("ö");
            QByteArray escaped = text.toUtf8();
            escaped.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "\r\n");
            xml += "<row r=\"" + QByteArray::number(row) + "\"><c r=\"A" + QByteArray::number(row) +
                   "\" t=\"inlineStr\"><is><t>" + escaped + "</t></is></c><c r=\"B" +
                   QByteArray::number(row) + "\" s=\"0\"><v>" + QByteArray::number(row) +
                   "</v></c></row>";
            expected.append({text, QString::number(row)});
        }
        QString error;
        const QList<QStringList> rows = read(ziptest::sheet(xml), &error);
        QCOMPARE(error, QString());
        QVERIFY(ziptest::sheet(xml).size() > 3 * 64 * 1024);
        QCOMPARE(rows.size(), expected.size());
        QCOMPARE(rows, expected);
    }

    void tricklingDeviceReadsTheSame()
    {
        // The scanner alone, fed one to seven bytes per read, gives what it gives from one
        // buffer.
        const QByteArray xml = ziptest::sheet(
            "<row r=\"2\"><c r=\"A2\" t=\"s\" s=\"3\"><v>12</v></c><c r=\"C2\" t=\"inlineStr\">"
            "<is><r><t>a&amp;b\r\n</t></r><r><t xml:space=\"preserve\"> &#x1F332;</t></r></is>"
            "</c><!-- x --><c r=\"D2\" t=\"str\"><v><![CDATA[c\r\nd]]></v></c></row>"
            "<row r=\"3\"/><row><c t=\"d\"><v>2024-05-31</v></c></row>");
        const auto scan = [](QIODevice *device) {
            SheetXmlScanner scanner(device, 1024);
            QStringList out;
            while (scanner.readRow()) {
                QString row = QString::number(scanner.rowNumber()) + u':';
                for (const SheetXmlScanner::Cell &cell : scanner.cells())
                    row += QStringLiteral("%1/%2/%3=%4;")
                               .arg(cell.column)
                               .arg(int(cell.type))
                               .arg(cell.style)
                               .arg(QString::fromUtf8(scanner.text(cell)));
                out.append(row);
            }
            out.append(scanner.errorString());
            return out;
        };
        QByteArray copy = xml;
        QBuffer whole(&copy);
        whole.open(QIODevice::ReadOnly);
        const QStringList expected = scan(&whole);
        QCOMPARE(expected, (QStringList{
                               "2:1/1/3=12;3/2/0=a&b\n \U0001F332;4/3/0=c\nd;",
                               "3:",
                               "4:1/6/0=2024-05-31;",
                               "",
                           }));
        for (qsizetype chunk = 1; chunk <= 7; ++chunk) {
            TrickleDevice trickle(xml, chunk);
            const QStringList got = scan(&trickle);
            QCOMPARE(got.last(), expected.last());
            QCOMPARE(got, expected);
        }
    }

    void whatIsNotReadIsAnError_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QString>("error");
        const auto row2 = [](const QByteArray &cells) {
            return "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\">" + cells + "</row>";
        };
        QTest::newRow("unknown entity")
            << row2("<c r=\"B2\" t=\"inlineStr\"><is><t>a&nbsp;b</t></is></c>")
            << "Sheet “Taul1”, row 2, column 2 (B): the entity “&nbsp;” is not one XML defines.";
        QTest::newRow("NUL reference")
            << row2("<c r=\"C2\" t=\"str\"><v>&#0;</v></c>")
            << "Sheet “Taul1”, row 2, column 3 (C): the character reference “&#0;” is not a "
               "character XML allows.";
        QTest::newRow("surrogate reference")
            << row2("<c r=\"C2\" t=\"str\"><v>&#xD800;</v></c>")
            << "Sheet “Taul1”, row 2, column 3 (C): the character reference “&#xD800;” is not a "
               "character XML allows.";
        QTest::newRow("ampersand alone")
            << row2("<c r=\"A2\" t=\"str\"><v>Kahvi & pulla</v></c>")
            << "Sheet “Taul1”, row 2, column 1 (A): an “&” in the text starts no entity.";
        QTest::newRow("control character")
            << row2("<c r=\"A2\" t=\"str\"><v>a\x01z</v></c>")
            << "Sheet “Taul1”, row 2, column 1 (A): the text holds a control character (U+0001) "
               "that XML does not allow.";
        QTest::newRow("Windows-1252 byte")
            << row2("<c r=\"D2\" t=\"inlineStr\"><is><t>P\xe4\xe4kaupunki</t></is></c>")
            << "Sheet “Taul1”, row 2, column 4 (D): the text is not valid UTF-8.";
        QTest::newRow("unknown cell type")
            << row2("<c r=\"A2\" t=\"x\"><v>1</v></c>")
            << "Sheet “Taul1”, row 2, column 1 (A): the cell type “x” is not one a sheet has.";
        QTest::newRow("style not a number")
            << row2("<c r=\"A2\" s=\"tyyli\"><v>1</v></c>")
            << "Sheet “Taul1”, row 2, column 1 (A): the cell style “tyyli” is not a number.";
        QTest::newRow("reference without a column")
            << row2("<c r=\"A2\"><v>1</v></c><c r=\"12\"><v>1</v></c>")
            << "Sheet “Taul1”, row 2, column 2 (B): the cell reference “12” is not a column of "
               "a sheet (A to XFD).";
        QTest::newRow("column past XFD")
            << row2("<c r=\"XFE2\"><v>1</v></c>")
            << "Sheet “Taul1”, row 2, column 1 (A): the cell reference “XFE2” is not a column of "
               "a sheet (A to XFD).";
        QTest::newRow("unknown element in a cell")
            << row2("<c r=\"E2\"><x:value>1</x:value></c>")
            << "Sheet “Taul1”, row 2, column 5 (E): the cell holds an element “value”, which is "
               "not read.";
        QTest::newRow("unknown element in a row")
            << row2("<cell r=\"E2\"><v>1</v></cell>")
            << "Sheet “Taul1”, row 2: the row holds an element “cell”, which is not read.";
        QTest::newRow("two values")
            << row2("<c r=\"B2\"><v>1</v><v>2</v></c>")
            << "Sheet “Taul1”, row 2, column 2 (B): the cell has more than one value.";
        QTest::newRow("element in a value")
            << row2("<c r=\"B2\"><v>1<b/></v></c>")
            << "Sheet “Taul1”, row 2, column 2 (B): the element “v” holds an element “b”; it "
               "holds text only.";
        QTest::newRow("row number zero")
            << QByteArray("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"0\"/>")
            << "Sheet “Taul1”: a row is numbered 0; a sheet has rows 1 to 1048576.";
        QTest::newRow("mismatched end tag")
            << row2("<c r=\"B2\"><v>1</c></v>")
            << "Sheet “Taul1”, row 2: the sheet cannot be read; the file is damaged (the end tag "
               "“</c>” does not close “<v>”).";
        QTest::newRow("attribute twice")
            << row2("<c r=\"B2\" r=\"C2\"><v>1</v></c>")
            << "Sheet “Taul1”, row 2: the sheet cannot be read; the file is damaged (the tag "
               "“<c r=\"B2\" r=\"C2\">” has the attribute “r” twice).";
        QTest::newRow("attribute without quotes")
            << row2("<c r=B2><v>1</v></c>")
            << "Sheet “Taul1”, row 2: the sheet cannot be read; the file is damaged (the tag "
               "“<c r=B2>” is not written as XML writes tags).";
        QTest::newRow("less-than in a tag")
            << row2("<c r=\"B2<\"><v>1</v></c>")
            << "Sheet “Taul1”, row 2: the sheet cannot be read; the file is damaged (a tag "
               "holds “<”: “<c r=\"B2”).";
    }

    void whatIsNotReadIsAnError()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QString, error);
        QString message;
        const QList<QStringList> read = this->read(ziptest::sheet(rows), &message);
        QCOMPARE(message, error);
        QCOMPARE(read, (QList<QStringList>{{"1"}})); // the row before the error, as it is
    }

    void formsTheScannerDoesNotRead_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("error");
        QTest::newRow("UTF-16 declared")
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet/>")
            << "Sheet “Taul1”: the sheet is written in utf-16; only sheets in UTF-8 are read "
               "(save the workbook again in Excel or LibreOffice).";
        QTest::newRow("UTF-16 bytes")
            << QByteArray("\xFF\xFE<\0w\0", 6)
            << "Sheet “Taul1”: the sheet is written in UTF-16; only sheets in UTF-8 are read "
               "(save the workbook again in Excel or LibreOffice).";
        QTest::newRow("DOCTYPE")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"b\">]>"
                          "<worksheet><sheetData><row><c t=\"str\"><v>&a;</v></c></row>"
                          "</sheetData></worksheet>")
            << "Sheet “Taul1”: the sheet declares a document type (DOCTYPE), which a workbook's "
               "sheet never has; it is not read.";
        // The sheet's XML up to "<row r="1">" is 120 bytes.
        const QByteArray whole = ziptest::sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        QTest::newRow("cut off in a row")
            << whole.left(120)
            << "Sheet “Taul1”, row 1: the sheet cannot be read; the file is damaged (the sheet "
               "ends inside a row).";
        QTest::newRow("cut off in a tag")
            << whole.left(126)
            << "Sheet “Taul1”, row 1: the sheet cannot be read; the file is damaged (the sheet "
               "ends inside a tag).";
        QTest::newRow("cut off in a cell")
            << whole.left(130)
            << "Sheet “Taul1”, row 1: the sheet cannot be read; the file is damaged (the sheet "
               "ends inside a cell).";
        QTest::newRow("cut off before a row")
            << whole.left(109)
            << "Sheet “Taul1”, row 1: the sheet cannot be read; the file is damaged (the sheet "
               "ends before its elements are closed).";
        QTest::newRow("empty")
            << QByteArray()
            << "Sheet “Taul1”, row 1: the sheet cannot be read; the file is damaged (the sheet "
               "ends before its elements are closed).";
    }

    void formsTheScannerDoesNotRead()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, error);
        QString message;
        const QList<QStringList> rows = read(xml, &message);
        QCOMPARE(message, error);
        QVERIFY(rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSheetXmlScanner)
#include "tst_sheetxmlscanner.moc"
