// The writer: quoting, BOM, line ends, formula neutralisation, and round trips through
// the reader.

#include "csvtestutil.h"

#include "csv/csvwriter.h"

#include <QTest>

using namespace kartoitus::csv;
using Rows = QList<QStringList>;

namespace {

QByteArray write(const Rows &rows, const Dialect &dialect,
                 Writer::FormulaGuard guard = Writer::FormulaGuard::Off)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Writer writer(&buffer, dialect);
    writer.setFormulaGuard(guard);
    for (const QStringList &row : rows)
        writer.writeRow(row);
    writer.flush();
    return bytes;
}

Rows tricky()
{
    return {
        {"Nimi", "Kunta", "Kuvaus", "Puhelin"},
        {"Äänekosken Ässät ry", "Äänekoski", "Sanoi \"hei\"; lähti", "+358 40 123 4567"},
        {"Ö-kerho", "Jämsä", "rivi 1\r\nrivi 2\nrivi 3\rloppu", "-"},
        {"=SUM(A1:A2)", "@cmd", "'=jo suojattu", "''+kaksi"},
        {" välilyönti ", "a,b", "", "\tsarkain"},
        {"Åbo", "tyhjät perässä", "", ""},
        {""},
    };
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data();
    void quoting();
    void presets();
    void utf16AndWindows1252();
    void neutralise_data();
    void neutralise();
    void guardInFile();
    void roundTrip_data();
    void roundTrip();
    void leadingByteOrderMarkCharacterIsData();
};

void TestCsvWriter::quoting_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringList{"a", "b"} << QByteArray("a,b\r\n");
    QTest::newRow("delimiter") << QStringList{"a,b", "c"} << QByteArray("\"a,b\",c\r\n");
    QTest::newRow("quote") << QStringList{"5\" disk"} << QByteArray("\"5\"\" disk\"\r\n");
    QTest::newRow("lf") << QStringList{"a\nb"} << QByteArray("\"a\nb\"\r\n");
    QTest::newRow("cr") << QStringList{"a\rb"} << QByteArray("\"a\rb\"\r\n");
    QTest::newRow("spaces unquoted") << QStringList{" a ", "b "} << QByteArray(" a ,b \r\n");
    QTest::newRow("semicolon unquoted") << QStringList{"a;b"} << QByteArray("a;b\r\n");
    QTest::newRow("trailing empties") << QStringList{"a", "", ""} << QByteArray("a,,\r\n");
    QTest::newRow("one empty field") << QStringList{""} << QByteArray("\"\"\r\n");
    QTest::newRow("no fields") << QStringList{} << QByteArray("\r\n");
}

void TestCsvWriter::quoting()
{
    QFETCH(QStringList, row);
    QFETCH(QByteArray, expected);
    QCOMPARE(write({row}, Dialect::standard()), expected);
}

void TestCsvWriter::presets()
{
    const Rows rows = {{"Nimi", "Kunta"}, {"Jyväskylän Kisa;veikot", "Jyväskylä"}};
    QCOMPARE(write(rows, Dialect::excelFinnish()),
             QByteArray("\xEF\xBB\xBFNimi;Kunta\r\n\"Jyv\xC3\xA4skyl\xC3\xA4n Kisa;veikot\";"
                        "Jyv\xC3\xA4skyl\xC3\xA4\r\n"));
    QCOMPARE(write(rows, Dialect::standard()),
             QByteArray("Nimi,Kunta\r\nJyv\xC3\xA4skyl\xC3\xA4n Kisa;veikot,"
                        "Jyv\xC3\xA4skyl\xC3\xA4\r\n"));
    // A header-only or empty export still says it is UTF-8.
    QCOMPARE(write({}, Dialect::excelFinnish()), QByteArray("\xEF\xBB\xBF"));
    Dialect lf = Dialect::standard();
    lf.lineEnding = "\n";
    QCOMPARE(write({{"a"}, {"b"}}, lf), QByteArray("a\nb\n"));
}

void TestCsvWriter::utf16AndWindows1252()
{
    Dialect unicodeText;
    unicodeText.encoding = Encoding::Utf16LE;
    unicodeText.delimiter = u'\t';
    QCOMPARE(write({{"Ä", "b"}}, unicodeText), QByteArray("\xFF\xFE\xC4\0\t\0b\0\r\0\n\0", 12));
    Dialect legacy = Dialect::excelFinnish();
    legacy.encoding = Encoding::Windows1252;
    QCOMPARE(write({{"Jämsä", "€"}}, legacy), QByteArray("J\xE4ms\xE4;\x80\r\n"));
}

void TestCsvWriter::neutralise_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("neutralised");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << "Jyväskylä"
                           << "Jyväskylä"
                           << "Jyväskylä";
    QTest::newRow("empty") << ""
                           << ""
                           << "";
    QTest::newRow("=") << "=1+2"
                       << "'=1+2"
                       << "=1+2";
    QTest::newRow("+") << "+358 40 1"
                       << "'+358 40 1"
                       << "+358 40 1";
    QTest::newRow("-") << "-5"
                       << "'-5"
                       << "-5";
    QTest::newRow("@") << "@SUM(A1)"
                       << "'@SUM(A1)"
                       << "@SUM(A1)";
    QTest::newRow("tab") << "\tx"
                         << "'\tx"
                         << "\tx";
    QTest::newRow("cr") << "\rx"
                        << "'\rx"
                        << "\rx";
    QTest::newRow("apostrophe then =") << "'=x"
                                       << "''=x"
                                       << "''=x";
    QTest::newRow("two apostrophes then -") << "''-x"
                                            << "'''-x"
                                            << "'''-x";
    QTest::newRow("apostrophe then text") << "'quoted'"
                                          << "'quoted'"
                                          << "'quoted'";
    QTest::newRow("only apostrophes") << "''"
                                      << "''"
                                      << "''";
    QTest::newRow("= later") << "a=b"
                             << "a=b"
                             << "a=b";
}

void TestCsvWriter::neutralise()
{
    QFETCH(QString, cell);
    QFETCH(QString, neutralised);
    QFETCH(QString, escaped);
    QCOMPARE(neutraliseFormula(cell), neutralised);
    QCOMPARE(escapeApostrophes(cell), escaped);
    QCOMPARE(restoreNeutralised(neutralised), cell);
    QCOMPARE(restoreNeutralised(escaped), cell);
}

void TestCsvWriter::guardInFile()
{
    const Rows rows = {{"=HYPERLINK(\"x\")", "'=a", "\r=b", "ok"}};
    QCOMPARE(write(rows, Dialect::standard(), Writer::FormulaGuard::Neutralise),
             QByteArray("\"'=HYPERLINK(\"\"x\"\")\",''=a,\"'\r=b\",ok\r\n"));
    QCOMPARE(write(rows, Dialect::standard(), Writer::FormulaGuard::EscapeOnly),
             QByteArray("\"=HYPERLINK(\"\"x\"\")\",''=a,\"\r=b\",ok\r\n"));
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("guard");
    for (int preset : {0, 1}) {
        for (auto guard : {Writer::FormulaGuard::Neutralise, Writer::FormulaGuard::EscapeOnly}) {
            QTest::addRow("%s/%s", preset ? "standard" : "excel-finnish",
                          guard == Writer::FormulaGuard::Neutralise ? "neutralise" : "escape")
                << preset << int(guard);
        }
    }
}

// Write, read back with auto-detection and restoreNeutralised() on every cell as the
// importer does, and write again: the values and the bytes are the same.
void TestCsvWriter::roundTrip()
{
    QFETCH(int, preset);
    QFETCH(int, guard);
    const Dialect dialect = preset ? Dialect::standard() : Dialect::excelFinnish();
    const auto formulaGuard = Writer::FormulaGuard(guard);
    const QByteArray first = write(tricky(), dialect, formulaGuard);
    const csvtest::ReadResult read = csvtest::readBytes(first, {}, 5);
    QCOMPARE(read.errorString, QString());
    QCOMPARE(read.dialect.encoding, dialect.encoding);
    QCOMPARE(read.dialect.delimiter, dialect.delimiter);
    Rows restored = read.rows;
    for (QStringList &row : restored) {
        for (QString &cell : row)
            cell = restoreNeutralised(cell);
    }
    QCOMPARE(restored, tricky());
    QCOMPARE(write(restored, dialect, formulaGuard), first);
}

// A value that itself starts with U+FEFF, first in the file: written bare, its bytes would
// read back as a byte order mark and the value would lose it (found by fuzzing).
void TestCsvWriter::leadingByteOrderMarkCharacterIsData()
{
    const Rows rows{{QStringLiteral("\uFEFFNimi"), QStringLiteral("Kunta")},
                    {QStringLiteral("\uFEFFÄänekoski"), QStringLiteral("992")}};
    for (const Dialect &dialect : {Dialect::standard(), Dialect::excelFinnish()}) {
        const QByteArray bytes = write(rows, dialect, Writer::FormulaGuard::Off);
        const csvtest::ReadResult read = csvtest::readBytes(bytes, {}, 5);
        QCOMPARE(read.errorString, QString());
        QCOMPARE(read.rows, rows);
    }
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
